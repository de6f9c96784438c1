import type { DatabaseHandle, Db } from '../db/database';
import type { Database } from '../db/schema';
import { decimal, sum } from '../domain/money';
import { DAY_MS, SECOND_MS } from '../domain/periods';
import { ENGINES, openTestDatabase } from '../test/databases';
import { seedDemoOrg, type SeedSummary } from './demo';

const NOW = new Date('2026-12-03T15:30:00Z');
const OPTIONS = { accounts: 25, seed: 42, now: NOW };
const PRODUCT_TYPES = [
  'Physical',
  'Subscription',
  'UsageBased',
  'ProfessionalService',
  'AftermarketService',
];
const STORY_CATEGORIES = [
  'Initial Sale',
  'Cross-Sells',
  'Renewals',
  'Upsells',
  'Downsells',
  'Cancellations',
  'Terms And Conditions Changes',
];
const SEEDED_TABLES: (keyof Database)[] = [
  'orgSetting',
  'account',
  'product2',
  'salesOrder',
  'orderItem',
  'workOrder',
  'workOrderLineItem',
  'asset',
  'assetStatePeriod',
  'assetAction',
  'assetActionSource',
  'invoiceLine',
];

type Period = Awaited<ReturnType<typeof loadPeriods>>[number];

async function loadPeriods(db: Db) {
  return db
    .selectFrom('assetStatePeriod')
    .selectAll()
    .orderBy('assetId')
    .orderBy('startDate')
    .execute();
}

function groupByAsset<T extends { assetId: string }>(rows: T[]) {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    groups.set(row.assetId, [...(groups.get(row.assetId) ?? []), row]);
  }
  return groups;
}

function periodProblems(periods: Period[]): string[] {
  return periods.flatMap((period, i) => {
    const { startDate: start, endDate: end } = period;
    const previous = periods[i - 1];
    const problems: string[] = [];

    if (start.getUTCSeconds() !== 0) problems.push('start not at :00');
    if (end && end.getUTCSeconds() !== 59) problems.push('end not at :59');
    if (end && (+end + SECOND_MS - +start) % DAY_MS !== 0) {
      problems.push('not whole days');
    }
    if (end === null && i !== periods.length - 1) problems.push('open early');
    if (previous && +previous.endDate! + SECOND_MS !== +start) {
      problems.push('not contiguous');
    }
    return problems.map(
      (problem) => `${period.assetId} ${start.toISOString()}: ${problem}`,
    );
  });
}

async function dumpTables(db: Db) {
  const dump: Record<string, unknown[]> = {};
  for (const table of SEEDED_TABLES) {
    const rows = await db.selectFrom(table).selectAll().orderBy('id').execute();
    dump[table] = rows.map(
      ({ createdAt: _, ...row }: Record<string, unknown>) => row,
    );
  }
  return dump;
}

describe.each(ENGINES)('seedDemoOrg [%s]', (engine) => {
  let handle: DatabaseHandle | undefined;
  let summary: SeedSummary;
  const db = () => handle!.db;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    summary = await seedDemoOrg(db(), OPTIONS);
  }, 60_000);

  afterAll(async () => {
    await handle?.close();
  });

  it('creates 25 accounts with about twelve lifecycle-managed assets each', async () => {
    const assets = await db().selectFrom('asset').selectAll().execute();
    const accounts = await db().selectFrom('account').select('id').execute();

    expect(accounts).toHaveLength(25);
    expect(assets.length).toBeGreaterThanOrEqual(250);
    expect(assets.length).toBeLessThanOrEqual(350);
    expect(assets.every((asset) => asset.hasLifecycleManagement)).toBe(true);
    expect(summary.assets).toBe(assets.length);
  });

  it('reports the rows it wrote in its summary', async () => {
    const counted = async (table: keyof Database) =>
      (await db().selectFrom(table).select('id').execute()).length;

    expect(summary).toMatchObject({
      accounts: await counted('account'),
      products: await counted('product2'),
      assetActions: await counted('assetAction'),
      assetStatePeriods: await counted('assetStatePeriod'),
      invoiceLines: await counted('invoiceLine'),
    });
  });

  it('sells a product of every product type', async () => {
    const rows = await db()
      .selectFrom('asset')
      .innerJoin('product2', 'product2.id', 'asset.product2Id')
      .select('product2.productType')
      .distinct()
      .execute();

    expect(rows.map((row) => row.productType).sort()).toEqual(
      [...PRODUCT_TYPES].sort(),
    );
  });

  it('tells renewals, upsells, downsells, cancellations and terms changes', async () => {
    const rows = await db()
      .selectFrom('assetAction')
      .select('categoryEnum')
      .distinct()
      .execute();

    expect(rows.map((row) => row.categoryEnum)).toEqual(
      expect.arrayContaining(STORY_CATEGORIES),
    );
  });

  it('includes evergreen subscriptions and changes that take effect after now', async () => {
    const periods = await loadPeriods(db());

    expect(periods.some((period) => period.endDate === null)).toBe(true);
    expect(periods.some((period) => +period.startDate > +NOW)).toBe(true);
  });

  it('cites order products, work order line items and external transactions', async () => {
    const sources = await db()
      .selectFrom('assetActionSource')
      .select(['referenceEntityItemId', 'externalReferenceDataSource'])
      .execute();
    const prefixes = sources.map((s) => s.referenceEntityItemId?.slice(0, 3));

    expect(prefixes).toContain('802');
    expect(prefixes).toContain('1WL');
    expect(sources.map((s) => s.externalReferenceDataSource)).toEqual(
      expect.arrayContaining(['Billing System', 'ERP']),
    );
  });

  it('issues posted and draft invoice lines, some paid down to zero', async () => {
    const lines = await db().selectFrom('invoiceLine').selectAll().execute();
    const posted = lines.filter((line) => line.status === 'Posted');

    expect(lines.some((line) => line.status === 'Draft')).toBe(true);
    expect(posted.some((line) => decimal(line.balance).eq(0))).toBe(true);
    expect(posted.some((line) => decimal(line.balance).gt(0))).toBe(true);
  });

  it("keeps every asset's state periods contiguous and in whole days", async () => {
    const periods = groupByAsset(await loadPeriods(db()));
    const problems = [...periods.values()].flatMap(periodProblems);

    expect(problems).toEqual([]);
  });

  it('ends every asset on action totals that match its state periods', async () => {
    const periods = groupByAsset(await loadPeriods(db()));
    const actions = await db()
      .selectFrom('assetAction')
      .selectAll()
      .orderBy('assetId')
      .orderBy('sequenceNumber')
      .execute();
    const lastActions = [...groupByAsset(actions).values()].map((a) =>
      a.at(-1)!,
    );

    const mismatches = lastActions.filter((action) => {
      const own = periods.get(action.assetId)!;
      const latest = own.at(-1)!;
      const cancelled = action.type === 'Cancel';
      const quantity = cancelled ? decimal(0) : decimal(latest.quantity);
      const mrr = cancelled ? decimal(0) : decimal(latest.mrr);
      const amount = sum(own.map((period) => decimal(period.amount)));

      return (
        !decimal(action.totalQuantity).eq(quantity) ||
        !decimal(action.totalMrr).eq(mrr) ||
        !decimal(action.totalAmount).eq(amount)
      );
    });
    expect(lastActions).toHaveLength(summary.assets);
    expect(mismatches).toEqual([]);
  });

  it("sets each asset's invoice line balance to its posted balances", async () => {
    const assets = await db()
      .selectFrom('asset')
      .leftJoin('invoiceLine', (join) =>
        join
          .onRef('invoiceLine.assetId', '=', 'asset.id')
          .on('invoiceLine.status', '=', 'Posted'),
      )
      .select(['asset.id', 'asset.invoiceLineBalance'])
      .select((eb) =>
        eb.fn
          .coalesce(eb.fn.sum<string>('invoiceLine.balance'), eb.val('0'))
          .as('posted'),
      )
      .groupBy(['asset.id', 'asset.invoiceLineBalance'])
      .execute();

    const wrong = assets.filter(
      (asset) => !decimal(asset.invoiceLineBalance).eq(asset.posted),
    );
    expect(wrong).toEqual([]);
  });

  it('produces identical rows from the same seed', async () => {
    const again = await openTestDatabase(engine);
    try {
      await seedDemoOrg(again.db, OPTIONS);

      expect(await dumpTables(again.db)).toEqual(await dumpTables(db()));
    } finally {
      await again.close();
    }
  }, 60_000);
});
