import { describeEachDatabase } from '../test/app';
import {
  API,
  createOrgFixture,
  generateBody,
  type OrgFixture,
} from '../test/fixtures';

const SUMMARIES = '/services/data/v60.0/asset-management/summaries';

describeEachDatabase('GET /asset-management/summaries', (t) => {
  let org: OrgFixture;
  let usdAssetId: string;

  beforeAll(async () => {
    org = await createOrgFixture(t.db);
    const generate = async (currencyIsoCode: string, quantity: number) => {
      const body = generateBody(org);
      body.currencyIsoCode = currencyIsoCode;
      Object.assign(body.assetStatePeriods[0]!, {
        quantity,
        mrr: quantity * 10,
        amount: quantity * 120,
      });
      Object.assign(body.assetAction, {
        quantityChange: quantity,
        mrrChange: quantity * 10,
        amount: quantity * 120,
      });
      const response = await t.app.inject({
        method: 'POST',
        url: `${API}/actions/generate`,
        payload: body,
      });
      return response.json().asset.id as string;
    };
    usdAssetId = await generate('USD', 10);
    await generate('USD', 5);
    await generate('EUR', 3);
  });

  const summary = async (path: string) => {
    const response = await t.app.inject({ url: `${SUMMARIES}/${path}` });
    return { status: response.statusCode, body: response.json() };
  };

  it('sums an account per currency, never across them', async () => {
    const { body } = await summary(`Account/${org.accountId}?asOf=2024-06-15`);

    expect(body).toMatchObject({ asOf: '2024-06-15', timeZone: 'UTC' });
    expect(body.currencies).toEqual([
      expect.objectContaining({
        currencyIsoCode: 'EUR',
        assetCount: 1,
        quantity: 3,
        mrr: 30,
      }),
      expect.objectContaining({
        currencyIsoCode: 'USD',
        assetCount: 2,
        quantity: 15,
        mrr: 150,
        amount: 1800,
        totalLifecycleAmount: 1800,
      }),
    ]);
  });

  it('shows zero outside the lifecycle and keeps the lifecycle total', async () => {
    const { body } = await summary(`Asset/${usdAssetId}?asOf=2025-01-01`);

    expect(body.currencies).toEqual([
      expect.objectContaining({
        quantity: 0,
        mrr: 0,
        amount: 0,
        totalLifecycleAmount: 1200,
      }),
    ]);
  });

  it('answers 404 for a record that does not exist', async () => {
    const { status } = await summary('Asset/02i0C0000000zzzAAA');

    expect(status).toBe(404);
  });

  it('rejects a date that is not a calendar date', async () => {
    const { status, body } = await summary(
      `Asset/${usdAssetId}?asOf=2024-13-01`,
    );

    expect(status).toBe(400);
    expect(body[0].fields).toEqual(['asOf']);
  });
});
