import { describeEachDatabase } from '../test/app';
import {
  API,
  createOrgFixture,
  generateBody,
  renewalBody,
} from '../test/fixtures';

const CLIENTS = 8;

describeEachDatabase('concurrent writes to one asset', (t) => {
  async function newAsset() {
    const org = await createOrgFixture(t.db);
    const response = await t.app.inject({
      method: 'POST',
      url: `${API}/actions/generate`,
      payload: generateBody(org),
    });
    return response.json().asset.id as string;
  }

  async function lastEnd(assetId: string): Promise<Date> {
    const latest = await t.db
      .selectFrom('assetStatePeriod')
      .select('endDate')
      .where('assetId', '=', assetId)
      .orderBy('startDate', 'desc')
      .executeTakeFirstOrThrow();
    return latest.endDate!;
  }

  const renew = (assetId: string, body: object) =>
    t.app.inject({
      method: 'POST',
      url: `${API}/${assetId}/actions/change`,
      payload: body,
    });

  it('lets one of several identical renewals win and rejects the rest', async () => {
    const assetId = await newAsset();
    const body = renewalBody(await lastEnd(assetId));

    const responses = await Promise.all(
      Array.from({ length: CLIENTS }, () => renew(assetId, body)),
    );
    const statuses = responses.map((r) => r.statusCode).sort();

    expect(statuses).toEqual([201, ...Array(CLIENTS - 1).fill(400)]);
  });

  it('lands every renewal of clients that retry, contiguous and consistent', async () => {
    const assetId = await newAsset();

    async function client() {
      for (let attempt = 0; attempt < CLIENTS * 2; attempt++) {
        const response = await renew(
          assetId,
          renewalBody(await lastEnd(assetId)),
        );
        if (response.statusCode === 201) return;
        expect([400, 409]).toContain(response.statusCode);
      }
      throw new Error('a client never landed its renewal');
    }
    await Promise.all(Array.from({ length: CLIENTS }, client));

    const periods = await t.db
      .selectFrom('assetStatePeriod')
      .selectAll()
      .where('assetId', '=', assetId)
      .orderBy('startDate')
      .execute();
    const actions = await t.db
      .selectFrom('assetAction')
      .selectAll()
      .where('assetId', '=', assetId)
      .orderBy('sequenceNumber')
      .execute();

    expect(periods).toHaveLength(CLIENTS + 1);
    periods.slice(1).forEach((period, i) => {
      expect(+period.startDate).toBe(+periods[i]!.endDate! + 1000);
    });
    expect(actions.map((a) => a.sequenceNumber)).toEqual(
      Array.from({ length: CLIENTS + 1 }, (_, i) => i + 1),
    );
    const total = periods.reduce((sum, p) => sum + Number(p.amount), 0);
    expect(Number(actions.at(-1)!.totalAmount)).toBe(total);
    expect(Number(actions.at(-1)!.totalQuantity)).toBe(10);
  });
});
