import type { Db } from '../db/database';
import { decimal, sum, toJsonNumber, type Big } from '../domain/money';
import type { StatePeriod } from '../domain/periods';
import { summarize } from '../domain/summary';

export interface CurrencySummary {
  currencyIsoCode: string;
  assetCount: number;
  quantity: number;
  amount: number;
  mrr: number;
  totalLifecycleAmount: number;
  invoiceLineBalance: number;
}

interface Figures {
  quantity: Big;
  amount: Big;
  mrr: Big;
  totalLifecycleAmount: Big;
  invoiceLineBalance: Big;
}

/**
 * The dashboard's figures at one instant for one asset or for all the
 * lifecycle-managed assets of an account, one entry per currency.
 */
export async function summarizeAssets(
  db: Db,
  scope: { assetId: string } | { accountId: string },
  at: Date,
): Promise<CurrencySummary[]> {
  let query = db
    .selectFrom('asset')
    .select(['id', 'currencyIsoCode', 'invoiceLineBalance'])
    .where('hasLifecycleManagement', '=', true);
  query =
    'assetId' in scope
      ? query.where('id', '=', scope.assetId)
      : query.where('accountId', '=', scope.accountId);
  const assets = await query.execute();
  const periods = await periodsByAsset(
    db,
    assets.map((a) => a.id),
  );

  const byCurrency = new Map<string, Figures[]>();
  for (const asset of assets) {
    const summary = summarize(periods.get(asset.id) ?? [], at);
    const figures = byCurrency.get(asset.currencyIsoCode) ?? [];
    figures.push({
      quantity: summary.currentQuantity,
      amount: summary.currentAmount,
      mrr: summary.currentMrr,
      totalLifecycleAmount: summary.totalLifecycleAmount,
      invoiceLineBalance: decimal(asset.invoiceLineBalance),
    });
    byCurrency.set(asset.currencyIsoCode, figures);
  }

  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currencyIsoCode, figures]) => {
      const total = (pick: (f: Figures) => Big) =>
        toJsonNumber(sum(figures.map(pick)));
      return {
        currencyIsoCode,
        assetCount: figures.length,
        quantity: total((f) => f.quantity),
        amount: total((f) => f.amount),
        mrr: total((f) => f.mrr),
        totalLifecycleAmount: total((f) => f.totalLifecycleAmount),
        invoiceLineBalance: total((f) => f.invoiceLineBalance),
      };
    });
}

async function periodsByAsset(db: Db, assetIds: string[]) {
  const byAsset = new Map<string, StatePeriod[]>();
  if (assetIds.length === 0) return byAsset;

  const rows = await db
    .selectFrom('assetStatePeriod')
    .select(['assetId', 'startDate', 'endDate', 'quantity', 'amount', 'mrr'])
    .where('assetId', 'in', assetIds)
    .execute();
  for (const row of rows) {
    const periods = byAsset.get(row.assetId) ?? [];
    periods.push({
      startDate: row.startDate,
      endDate: row.endDate,
      quantity: decimal(row.quantity),
      amount: decimal(row.amount),
      mrr: decimal(row.mrr),
    });
    byAsset.set(row.assetId, periods);
  }
  return byAsset;
}
