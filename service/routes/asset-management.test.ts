import { describeEachDatabase } from '../test/app';
import { API, createOrgFixture, type OrgFixture } from '../test/fixtures';

/*
 * The platform's published examples end each ramp period a day before the
 * next one starts (06/30 08:59:59, then 07/01 09:00:00), which breaks the
 * rule they state: a period starts one second after the previous one ends.
 * The figures below are theirs; the ends are moved to make the ramps
 * contiguous.
 */
const rampedGenerate = (org: OrgFixture) => ({
  accountId: org.accountId,
  assetName: 'MDM Subscription',
  productId: org.productId,
  currencyIsoCode: 'USD',
  assetStatePeriods: [
    {
      startDate: '2020-01-01T09:00:00+08:00',
      endDate: '2020-07-01T08:59:59+08:00',
      quantity: 10,
      mrr: 100,
      amount: 600,
    },
    {
      startDate: '2020-07-01T09:00:00+08:00',
      endDate: '2020-12-31T08:59:59+08:00',
      quantity: 20,
      mrr: 200,
      amount: 1200,
    },
  ],
  assetAction: {
    category: 'Initial Sale',
    actionDate: '2019-09-05T16:00:00+08:00',
    quantityChange: 20,
    mrrChange: 200,
    amount: 1800,
  },
  assetActionSources: [
    {
      transactionDate: '2019-09-05T16:00:00+08:00',
      startDate: '2020-01-01T09:00:00+08:00',
      endDate: '2020-12-31T08:59:59+08:00',
      quantity: 10,
      productAmount: 1800,
      referenceEntityItem: org.orderItemId,
    },
  ],
});

const splitChange = (org: OrgFixture) => ({
  assetStatePeriods: [
    {
      startDate: '2020-07-01T09:00:00+08:00',
      endDate: '2020-10-01T08:59:59+08:00',
      quantity: 20,
      mrr: 200,
      amount: 600,
    },
    {
      startDate: '2020-10-01T09:00:00+08:00',
      endDate: '2020-12-31T08:59:59+08:00',
      quantity: 25,
      mrr: 250,
      amount: 750,
    },
  ],
  assetAction: {
    category: 'Upsells',
    actionDate: '2020-10-01T14:00:00+08:00',
    quantityChange: 5,
    mrrChange: 50,
    amount: 150,
  },
  assetActionSources: [
    {
      transactionDate: '2020-10-01T14:00:00+08:00',
      startDate: '2020-10-01T09:00:00+08:00',
      endDate: '2020-12-31T08:59:59+08:00',
      quantity: 5,
      productAmount: 150,
      referenceEntityItem: org.workOrderLineItemId,
    },
  ],
});

const cancel = (deltas: {
  quantityChange: number;
  mrrChange: number;
  amount: number;
}) => ({
  assetStatePeriod: {
    startDate: '2020-10-01T09:00:00+08:00',
    endDate: '2020-11-30T08:59:59+08:00',
    quantity: 25,
    mrr: 250,
    amount: 500,
  },
  assetAction: {
    category: 'Cancellations',
    actionDate: '2020-12-01T09:00:00+08:00',
    ...deltas,
  },
  assetActionSources: [
    {
      externalReference: 'CANCEL-1250',
      externalReferenceDataSource: 'Order Management',
      quantity: -25,
      productAmount: -250,
    },
  ],
});

describeEachDatabase('published examples', (t) => {
  let org: OrgFixture;

  beforeAll(async () => {
    org = await createOrgFixture(t.db);
  });

  async function post(url: string, payload: object) {
    const response = await t.app.inject({ method: 'POST', url, payload });
    return { status: response.statusCode, body: response.json() };
  }

  it('generates, upsells and cancels the ramped asset', async () => {
    const generated = await post(
      `${API}/actions/generate`,
      rampedGenerate(org),
    );
    expect(generated).toMatchObject({ status: 201, body: {} });
    const assetId: string = generated.body.asset.id;
    expect(assetId).toMatch(/^02i[0-9A-Za-z]{15}$/);
    expect(generated.body.asset).toMatchObject({
      hasLifecycleManagement: true,
      lifecycleStartDate: '2020-01-01T01:00:00.000Z',
      lifecycleEndDate: '2020-12-31T00:59:59.000Z',
      totalLifecycleAmount: 1800,
    });
    expect(generated.body.assetStatePeriods).toHaveLength(2);
    expect(generated.body.assetAction).toMatchObject({
      type: 'Generate',
      categoryEnum: 'Initial Sale',
      totalQuantity: 20,
      totalMrr: 200,
      totalAmount: 1800,
    });
    expect(generated.body.assetActionSources[0]).toMatchObject({
      referenceEntityItemId: org.orderItemId,
      subtotal: 1800,
    });

    const changed = await post(
      `${API}/${assetId}/actions/change`,
      splitChange(org),
    );
    expect(changed.status).toBe(201);
    expect(
      changed.body.assetStatePeriods.map(
        (p: { quantity: number }) => p.quantity,
      ),
    ).toEqual([10, 20, 25]);
    expect(changed.body.assetAction).toMatchObject({
      quantityChange: 5,
      mrrChange: 50,
      amount: 150,
      totalQuantity: 25,
      totalAmount: 1950,
      totalUpsellsAmount: 150,
      totalInitialSaleAmount: 1800,
    });

    const cancelled = await post(
      `${API}/${assetId}/actions/cancel`,
      cancel({ quantityChange: -25, mrrChange: -250, amount: -250 }),
    );
    expect(cancelled.status).toBe(201);
    expect(cancelled.body.assetStatePeriods.at(-1)).toMatchObject({
      endDate: '2020-11-30T00:59:59.000Z',
      amount: 500,
    });
    expect(cancelled.body.asset).toMatchObject({
      lifecycleEndDate: '2020-11-30T00:59:59.000Z',
      totalLifecycleAmount: 1700,
      currentQuantity: 0,
    });
    expect(cancelled.body.assetAction).toMatchObject({
      type: 'Cancel',
      totalQuantity: 0,
      totalMrr: 0,
      totalAmount: 1700,
    });
  });
});

describeEachDatabase('the delta check', (t) => {
  const inconsistentCancel = cancel({
    quantityChange: 5,
    mrrChange: 50,
    amount: 150,
  });

  async function setUpSplitAsset() {
    const org = await createOrgFixture(t.db);
    const generated = await t.app.inject({
      method: 'POST',
      url: `${API}/actions/generate`,
      payload: rampedGenerate(org),
    });
    const assetId: string = generated.json().asset.id;
    await t.app.inject({
      method: 'POST',
      url: `${API}/${assetId}/actions/change`,
      payload: splitChange(org),
    });
    return assetId;
  }

  const setDeltaCheck = (validateDeltas: boolean) =>
    t.app.inject({
      method: 'PATCH',
      url: '/services/data/v60.0/asset-management/settings',
      payload: { validateDeltas },
    });

  it('rejects the published cancel whose deltas contradict its periods', async () => {
    const assetId = await setUpSplitAsset();

    const response = await t.app.inject({
      method: 'POST',
      url: `${API}/${assetId}/actions/cancel`,
      payload: inconsistentCancel,
    });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual([
      expect.objectContaining({
        fields: ['assetAction.quantityChange'],
        message: expect.stringContaining('give -25'),
      }),
      expect.objectContaining({
        fields: ['assetAction.mrrChange'],
        message: expect.stringContaining('give -250'),
      }),
      expect.objectContaining({
        fields: ['assetAction.amount'],
        message: expect.stringContaining('give -250'),
      }),
    ]);
  });

  it('stores the deltas as sent when the org turns the check off', async () => {
    const assetId = await setUpSplitAsset();
    expect((await setDeltaCheck(false)).json()).toMatchObject({
      validateDeltas: false,
    });

    const response = await t.app.inject({
      method: 'POST',
      url: `${API}/${assetId}/actions/cancel`,
      payload: inconsistentCancel,
    });
    await setDeltaCheck(true);

    expect(response.statusCode).toBe(201);
    expect(response.json().assetAction).toMatchObject({
      quantityChange: 5,
      mrrChange: 50,
      amount: 150,
      totalQuantity: 30,
    });
    expect(response.json().asset.totalLifecycleAmount).toBe(1700);
  });
});
