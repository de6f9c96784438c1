import { describeEachDatabase } from '../test/app';
import { API, createOrgFixture, type OrgFixture } from '../test/fixtures';

const SOBJECTS = '/services/data/v60.0/sobjects';

interface Lifecycle {
  assetId: string;
  actionIds: string[];
  sourceId: string;
  periodId: string;
}

/** Two ramp periods, sent latest first, and one order product as source. */
const generateBody = (org: OrgFixture, assetName: string) => ({
  accountId: org.accountId,
  assetName,
  productId: org.productId,
  currencyIsoCode: 'USD',
  assetStatePeriods: [
    {
      startDate: '2020-07-01T00:00:00Z',
      endDate: '2020-12-31T23:59:59Z',
      quantity: 20,
      mrr: 200,
      amount: 1200,
    },
    {
      startDate: '2020-01-01T00:00:00Z',
      endDate: '2020-06-30T23:59:59Z',
      quantity: 10,
      mrr: 100,
      amount: 600,
    },
  ],
  assetAction: {
    category: 'Initial Sale',
    actionDate: '2019-12-01T00:00:00Z',
    quantityChange: 20,
    mrrChange: 200,
    amount: 1800,
  },
  assetActionSources: [
    { referenceEntityItem: org.orderItemId, quantity: 10, productAmount: 1800 },
  ],
});

const upsellBody = (org: OrgFixture) => ({
  assetStatePeriods: [
    {
      startDate: '2020-07-01T00:00:00Z',
      endDate: '2020-12-31T23:59:59Z',
      quantity: 25,
      mrr: 250,
      amount: 1500,
    },
  ],
  assetAction: {
    category: 'Upsells',
    actionDate: '2020-06-15T00:00:00Z',
    quantityChange: 5,
    mrrChange: 50,
    amount: 300,
  },
  assetActionSources: [
    { referenceEntityItem: org.workOrderLineItemId, productAmount: 100 },
    {
      externalReference: 'UP-1',
      externalReferenceDataSource: 'Billing',
      productAmount: 200,
    },
  ],
});

describeEachDatabase('sObject API', (t) => {
  let org: OrgFixture;
  let life: Lifecycle;

  async function call(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) {
    const response = await t.app.inject({
      method,
      url: `${SOBJECTS}${url}`,
      payload,
    });
    return {
      status: response.statusCode,
      body: response.body ? response.json() : undefined,
    };
  }

  async function create(type: string, fields: object): Promise<string> {
    const { status, body } = await call('POST', `/${type}`, fields);
    expect({ status, body }).toMatchObject({
      status: 201,
      body: { success: true, errors: [] },
    });
    return body.id;
  }

  async function generate(
    assetName: string,
    accountId = org.accountId,
  ): Promise<string> {
    const response = await t.app.inject({
      method: 'POST',
      url: `${API}/actions/generate`,
      payload: { ...generateBody(org, assetName), accountId },
    });
    expect(response.statusCode).toBe(201);
    return response.json().asset.id;
  }

  async function countOrderItems() {
    const rows = await t.db.selectFrom('orderItem').select('id').execute();
    return rows.length;
  }

  beforeAll(async () => {
    org = await createOrgFixture(t.db);
    const assetId = await generate('MDM Subscription');
    const upsell = await t.app.inject({
      method: 'POST',
      url: `${API}/${assetId}/actions/change`,
      payload: upsellBody(org),
    });
    expect(upsell.statusCode).toBe(201);

    const actions = await call('GET', `/Asset/${assetId}/AssetActions`);
    const periods = await call('GET', `/Asset/${assetId}/AssetStatePeriods`);
    life = {
      assetId,
      actionIds: actions.body.records.map((r: { Id: string }) => r.Id),
      sourceId: actions.body.records[0].AssetActionSources.records[0].Id,
      periodId: periods.body.records[0].Id,
    };
  });

  describe('POST /sobjects/{Type}', () => {
    it('creates each supporting type and reads it back', async () => {
      const bodies: [string, (ids: Record<string, string>) => object][] = [
        [
          'Account',
          () => ({
            Name: 'Harbor Clinic',
            Industry: 'Healthcare',
            BillingCountry: 'NZ',
          }),
        ],
        [
          'Product2',
          () => ({
            Name: 'Field Service',
            ProductType: 'ProfessionalService',
            Family: 'Services',
          }),
        ],
        [
          'Order',
          (ids) => ({
            AccountId: ids.Account,
            Status: 'Draft',
            EffectiveDate: '2024-02-29',
            CurrencyIsoCode: 'NZD',
          }),
        ],
        [
          'OrderItem',
          (ids) => ({
            OrderId: ids.Order,
            Product2Id: ids.Product2,
            Quantity: 3,
            UnitPrice: 19.99,
            ServiceDate: '2024-03-01',
          }),
        ],
        [
          'WorkOrder',
          (ids) => ({
            AccountId: ids.Account,
            Subject: 'Install',
            Status: 'New',
          }),
        ],
        [
          'WorkOrderLineItem',
          (ids) => ({
            WorkOrderId: ids.WorkOrder,
            Product2Id: ids.Product2,
            Quantity: 1.5,
            Status: 'New',
          }),
        ],
        [
          'InvoiceLine',
          () => ({
            AssetId: life.assetId,
            InvoiceNumber: 'INV-1',
            InvoiceDate: '2024-03-31',
            Status: 'Draft',
            Amount: 10,
            Balance: 10,
          }),
        ],
      ];
      const ids: Record<string, string> = {};

      for (const [type, body] of bodies) {
        const sent = body(ids);
        ids[type] = await create(type, sent);
        const read = await call('GET', `/${type}/${ids[type]}`);

        expect(read.status).toBe(200);
        expect(read.body).toMatchObject({
          ...sent,
          Id: ids[type],
          attributes: {
            type,
            url: `/services/data/v60.0/sobjects/${type}/${ids[type]}`,
          },
        });
      }
    });

    it('numbers orders and prices order products sent without them', async () => {
      const orderId = await create('Order', {
        AccountId: org.accountId,
        Status: 'Draft',
        EffectiveDate: '2024-01-01',
        CurrencyIsoCode: 'USD',
      });
      const itemId = await create('OrderItem', {
        OrderId: orderId,
        Product2Id: org.productId,
        Quantity: 3,
        UnitPrice: 0.35,
      });

      expect((await call('GET', `/Order/${orderId}`)).body.OrderNumber).toMatch(
        /^\d{8,}$/,
      );
      expect((await call('GET', `/OrderItem/${itemId}`)).body.TotalPrice).toBe(
        1.05,
      );
    });

    it('accepts 15-character ids in references and URLs', async () => {
      const orderId = await create('Order', {
        AccountId: org.accountId.slice(0, 15),
        Status: 'Draft',
        EffectiveDate: '2024-01-01',
        CurrencyIsoCode: 'USD',
      });
      const read = await call('GET', `/Order/${orderId.slice(0, 15)}`);

      expect(read.body).toMatchObject({
        Id: orderId,
        AccountId: org.accountId,
      });
    });

    it('names an unknown field', async () => {
      const { status, body } = await call('POST', '/Account', {
        Name: 'Initech',
        Revenue: 5,
      });

      expect(status).toBe(400);
      expect(body).toEqual([
        expect.objectContaining({
          errorCode: 'INVALID_INPUT',
          fields: ['Revenue'],
        }),
      ]);
    });

    it('names a missing required field', async () => {
      const { status, body } = await call('POST', '/Product2', {
        Name: 'No type',
      });

      expect(status).toBe(400);
      expect(body).toEqual([
        expect.objectContaining({ fields: ['ProductType'] }),
      ]);
    });

    it('rejects a figure with more than two decimals', async () => {
      const body = {
        AssetId: life.assetId,
        InvoiceNumber: 'X',
        InvoiceDate: '2024-01-01',
        Status: 'Draft',
        Amount: 1.005,
        Balance: 0,
      };
      const response = await call('POST', '/InvoiceLine', body);

      expect(response).toMatchObject({
        status: 400,
        body: [{ errorCode: 'INVALID_INPUT', fields: ['Amount'] }],
      });
    });

    it('rejects a reference to another type and writes nothing', async () => {
      const before = await countOrderItems();
      const response = await call('POST', '/OrderItem', {
        OrderId: org.accountId,
        Product2Id: org.productId,
        Quantity: 1,
        UnitPrice: 1,
      });

      expect(response).toMatchObject({
        status: 400,
        body: [
          { errorCode: 'INVALID_CROSS_REFERENCE_KEY', fields: ['OrderId'] },
        ],
      });
      expect(await countOrderItems()).toBe(before);
    });

    it('rejects a malformed reference', async () => {
      const response = await call('POST', '/WorkOrder', {
        AccountId: '001000000000000AAZ',
        Status: 'New',
      });

      expect(response).toMatchObject({
        status: 400,
        body: [{ errorCode: 'MALFORMED_ID', fields: ['AccountId'] }],
      });
    });

    it('answers 404 for an unknown type', async () => {
      const response = await call('POST', '/Opportunity', { Name: 'Big deal' });

      expect(response).toMatchObject({
        status: 404,
        body: [{ errorCode: 'NOT_FOUND' }],
      });
    });
  });

  describe('GET /sobjects/{Type}/{id}', () => {
    it('shows an asset action with its running category totals', async () => {
      const { status, body } = await call(
        'GET',
        `/AssetAction/${life.actionIds[1]}`,
      );

      expect(status).toBe(200);
      expect(body).toMatchObject({
        AssetId: life.assetId,
        Type: 'Change',
        CategoryEnum: 'Upsells',
        TotalQuantity: 25,
        TotalUpsellsAmount: 300,
        TotalInitialSaleAmount: 1800,
        attributes: { type: 'AssetAction' },
      });
      expect(body).not.toHaveProperty('SequenceNumber');
    });

    it.each([
      ['a malformed id', () => '/Account/not-an-id', 400, 'MALFORMED_ID'],
      [
        'an id of another type',
        () => `/Account/${org.productId}`,
        404,
        'NOT_FOUND',
      ],
      ['an unknown id', () => '/Account/001000000000000AAA', 404, 'NOT_FOUND'],
    ])('refuses %s', async (_, url, status, errorCode) => {
      const response = await call('GET', url());

      expect(response).toMatchObject({ status, body: [{ errorCode }] });
    });
  });

  describe('PATCH /sobjects/{Type}/{id}', () => {
    it('updates the fields sent and clears those sent as null', async () => {
      const id = await create('Account', {
        Name: 'Vandelay',
        Industry: 'Import',
      });
      const patched = await call('PATCH', `/Account/${id}`, {
        BillingCity: 'Queens',
        Industry: null,
      });

      expect(patched).toEqual({ status: 204, body: undefined });
      expect((await call('GET', `/Account/${id}`)).body).toMatchObject({
        Name: 'Vandelay',
        BillingCity: 'Queens',
        Industry: null,
      });
    });

    it('reprices an order product when its quantity changes', async () => {
      const [orderId] = await t.db
        .selectFrom('salesOrder')
        .select('id')
        .execute();
      const id = await create('OrderItem', {
        OrderId: orderId!.id,
        Product2Id: org.productId,
        Quantity: 2,
        UnitPrice: 10,
      });
      await call('PATCH', `/OrderItem/${id}`, { Quantity: 4 });

      expect((await call('GET', `/OrderItem/${id}`)).body).toMatchObject({
        Quantity: 4,
        TotalPrice: 40,
      });
    });

    it('refuses to clear a required field', async () => {
      const response = await call('PATCH', `/Account/${org.accountId}`, {
        Name: null,
      });

      expect(response).toMatchObject({
        status: 400,
        body: [{ fields: ['Name'] }],
      });
    });

    it('answers 404 for an unknown record', async () => {
      const response = await call('PATCH', '/Account/001000000000000AAA', {
        Name: 'Ghost',
      });

      expect(response).toMatchObject({
        status: 404,
        body: [{ errorCode: 'NOT_FOUND' }],
      });
    });
  });

  describe('lifecycle records', () => {
    const idOf = {
      Asset: () => life.assetId,
      AssetAction: () => life.actionIds[0]!,
      AssetActionSource: () => life.sourceId,
      AssetStatePeriod: () => life.periodId,
    };
    const types = Object.keys(idOf) as (keyof typeof idOf)[];

    it.each(types)('refuses to create %s records', async (type) => {
      const response = await call('POST', `/${type}`, { Name: 'Direct' });

      expect(response).toMatchObject({
        status: 400,
        body: [{ errorCode: 'INVALID_OPERATION' }],
      });
    });

    it.each(types)(
      'refuses to update or delete one %s and leaves it as it was',
      async (type) => {
        const url = `/${type}/${idOf[type]()}`;
        const before = await call('GET', url);
        const patched = await call('PATCH', url, { Quantity: 1 });
        const deleted = await call('DELETE', url);

        expect(patched).toMatchObject({
          status: 400,
          body: [{ errorCode: 'INVALID_OPERATION' }],
        });
        expect(deleted).toMatchObject({
          status: 400,
          body: [{ errorCode: 'INVALID_OPERATION' }],
        });
        expect(await call('GET', url)).toEqual(before);
      },
    );
  });

  describe('invoice lines', () => {
    const line = (assetId: string, status: string, balance: number) => ({
      AssetId: assetId,
      InvoiceNumber: `INV-${balance}`,
      InvoiceDate: '2024-06-30',
      Status: status,
      Amount: balance,
      Balance: balance,
    });

    async function balanceOf(assetId: string) {
      return (await call('GET', `/Asset/${assetId}`)).body.InvoiceLineBalance;
    }

    it('keeps the asset balance at the sum of its posted lines', async () => {
      const assetId = await generate('Balance Check');
      const posted = await create(
        'InvoiceLine',
        line(assetId, 'Posted', 100.5),
      );
      const draft = await create('InvoiceLine', line(assetId, 'Draft', 40));
      expect(await balanceOf(assetId)).toBe(100.5);

      await call('PATCH', `/InvoiceLine/${draft}`, { Status: 'Posted' });
      expect(await balanceOf(assetId)).toBe(140.5);

      await call('PATCH', `/InvoiceLine/${posted}`, { Balance: 0.25 });
      expect(await balanceOf(assetId)).toBe(40.25);
    });

    it('counts every line posted at the same time', async () => {
      const assetId = await generate('Balance Race');
      const balances = [1, 2, 3, 4, 5, 6, 7, 8];
      await Promise.all(
        balances.map((b) => create('InvoiceLine', line(assetId, 'Posted', b))),
      );

      expect(await balanceOf(assetId)).toBe(36);
    });

    it('moves a line balance from one asset to another', async () => {
      const from = await generate('Balance From');
      const to = await generate('Balance To');
      const id = await create('InvoiceLine', line(from, 'Posted', 70));

      await call('PATCH', `/InvoiceLine/${id}`, { AssetId: to });

      expect([await balanceOf(from), await balanceOf(to)]).toEqual([0, 70]);
    });
  });

  describe('related lists', () => {
    it("lists an asset's state periods by start date", async () => {
      const { body } = await call(
        'GET',
        `/Asset/${life.assetId}/AssetStatePeriods`,
      );

      expect(body).toMatchObject({ totalSize: 2, done: true });
      expect(body.records.map((r: { Quantity: number }) => r.Quantity)).toEqual(
        [10, 25],
      );
      expect(body.records[0].attributes.type).toBe('AssetStatePeriod');
    });

    it('lists asset actions in order, each with its sources', async () => {
      const { body } = await call('GET', `/Asset/${life.assetId}/AssetActions`);
      const sources = body.records.map(
        (r: {
          AssetActionSources: {
            totalSize: number;
            records: { ProductAmount: number }[];
          };
        }) => r.AssetActionSources.records.map((s) => s.ProductAmount),
      );

      expect(body.records.map((r: { Type: string }) => r.Type)).toEqual([
        'Generate',
        'Change',
      ]);
      expect(sources).toEqual([[1800], [100, 200]]);
      expect(body.records[1].AssetActionSources).toMatchObject({
        totalSize: 2,
        done: true,
      });
    });

    it("lists an asset's invoice lines by invoice date", async () => {
      const assetId = await generate('Invoice Order');
      for (const date of ['2024-03-01', '2024-01-01', '2024-02-01']) {
        await create('InvoiceLine', {
          AssetId: assetId,
          InvoiceNumber: date,
          InvoiceDate: date,
          Status: 'Posted',
          Amount: 1,
          Balance: 1,
        });
      }
      const { body } = await call('GET', `/Asset/${assetId}/InvoiceLines`);

      expect(
        body.records.map((r: { InvoiceDate: string }) => r.InvoiceDate),
      ).toEqual(['2024-01-01', '2024-02-01', '2024-03-01']);
    });

    it("lists an account's assets by name, ignoring case", async () => {
      const accountId = await create('Account', { Name: 'Two Assets Ltd' });
      await generate('zeta Plan', accountId);
      await generate('Alpha Plan', accountId);
      const { body } = await call('GET', `/Account/${accountId}/Assets`);

      expect(body.records.map((r: { Name: string }) => r.Name)).toEqual([
        'Alpha Plan',
        'zeta Plan',
      ]);
    });

    it('answers 404 for an unknown parent', async () => {
      const response = await call(
        'GET',
        '/Asset/02i000000000000AAA/AssetActions',
      );

      expect(response).toMatchObject({
        status: 404,
        body: [{ errorCode: 'NOT_FOUND' }],
      });
    });
  });

  describe('GET /sobjects/Account and /sobjects/Asset', () => {
    beforeAll(async () => {
      for (const Name of [
        'Zenith 100% Cotton',
        'Zenith 1000 Threads',
        'ZENITH Looms',
        'Zen_ith',
      ]) {
        await create('Account', { Name });
      }
    });

    async function names(url: string) {
      const { status, body } = await call('GET', url);
      expect(status).toBe(200);
      return body.records.map((r: { Name: string }) => r.Name);
    }

    it('finds accounts by part of their name, ignoring case', async () => {
      expect(await names('/Account?q=zenith')).toEqual([
        'Zenith 100% Cotton',
        'Zenith 1000 Threads',
        'ZENITH Looms',
      ]);
    });

    it('treats % and _ in the query as themselves', async () => {
      expect(await names('/Account?q=100%25')).toEqual(['Zenith 100% Cotton']);
      expect(await names('/Account?q=n_i')).toEqual(['Zen_ith']);
    });

    it('returns at most limit records and says how many match', async () => {
      const { body } = await call('GET', '/Account?q=zen&limit=2');
      expect(body).toMatchObject({ totalSize: 4, done: false });
      expect(body.records).toHaveLength(2);
      expect(await call('GET', '/Account?q=zen')).toMatchObject({
        body: { totalSize: 4, done: true },
      });
      expect((await call('GET', '/Account?limit=500')).status).toBe(400);
    });

    it('finds assets by name', async () => {
      expect(await names('/Asset?q=mdm%20sub')).toEqual(['MDM Subscription']);
    });
  });
});
