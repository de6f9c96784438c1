import type { Transaction } from 'kysely';

import type { Database } from '../db/schema';
import type { RunningTotals } from './deltas';
import { decimal, sum, type Big } from './money';
import type { StatePeriod } from './periods';
import { summarize } from './summary';

type Trx = Transaction<Database>;

export interface StoredPeriod extends StatePeriod {
  id: string;
}

export interface LastAction extends RunningTotals {
  sequenceNumber: number;
  type: string;
  categoryTotals: Record<string, string>;
}

/** Locks the asset row so writes to one asset run one after another. */
export async function lockAsset(trx: Trx, assetId: string) {
  return trx
    .selectFrom('asset')
    .selectAll()
    .where('id', '=', assetId)
    .forUpdate()
    .executeTakeFirst();
}

export async function loadPeriods(
  trx: Trx,
  assetId: string,
): Promise<StoredPeriod[]> {
  const rows = await trx
    .selectFrom('assetStatePeriod')
    .select(['id', 'startDate', 'endDate', 'quantity', 'amount', 'mrr'])
    .where('assetId', '=', assetId)
    .orderBy('startDate')
    .execute();

  return rows.map((row) => ({
    ...row,
    quantity: decimal(row.quantity),
    amount: decimal(row.amount),
    mrr: decimal(row.mrr),
  }));
}

export async function loadLastAction(
  trx: Trx,
  assetId: string,
): Promise<LastAction | undefined> {
  const row = await trx
    .selectFrom('assetAction')
    .select([
      'sequenceNumber',
      'type',
      'totalQuantity',
      'totalMrr',
      'totalAmount',
      'categoryTotals',
    ])
    .where('assetId', '=', assetId)
    .orderBy('sequenceNumber', 'desc')
    .limit(1)
    .executeTakeFirst();

  return (
    row && {
      sequenceNumber: row.sequenceNumber,
      type: row.type,
      quantity: decimal(row.totalQuantity),
      mrr: decimal(row.totalMrr),
      amount: decimal(row.totalAmount),
      categoryTotals: row.categoryTotals,
    }
  );
}

export async function replacePeriods(
  trx: Trx,
  assetId: string,
  replaced: StoredPeriod[],
  added: (StatePeriod & { id: string })[],
): Promise<void> {
  if (replaced.length > 0) {
    await trx
      .deleteFrom('assetStatePeriod')
      .where(
        'id',
        'in',
        replaced.map((period) => period.id),
      )
      .execute();
  }
  if (added.length === 0) return;

  await trx
    .insertInto('assetStatePeriod')
    .values(
      added.map((period) => ({
        id: period.id,
        assetId,
        startDate: period.startDate,
        endDate: period.endDate,
        quantity: period.quantity.toString(),
        amount: period.amount.toString(),
        mrr: period.mrr.toString(),
      })),
    )
    .execute();
}

/** Recomputes the asset's lifecycle fields and invoice line balance. */
export async function refreshAsset(
  trx: Trx,
  assetId: string,
  periods: StatePeriod[],
  at: Date,
): Promise<void> {
  const summary = summarize(periods, at);
  const balances = await trx
    .selectFrom('invoiceLine')
    .select('balance')
    .where('assetId', '=', assetId)
    .where('status', '=', 'Posted')
    .execute();
  const text = (value: Big) => value.toString();

  await trx
    .updateTable('asset')
    .set({
      lifecycleStartDate: summary.lifecycleStartDate,
      lifecycleEndDate: summary.lifecycleEndDate,
      currentQuantity: text(summary.currentQuantity),
      currentMrr: text(summary.currentMrr),
      currentAmount: text(summary.currentAmount),
      currentLifecycleEndDate: summary.currentLifecycleEndDate,
      totalLifecycleAmount: text(summary.totalLifecycleAmount),
      invoiceLineBalance: text(sum(balances.map((b) => decimal(b.balance)))),
      currentAsOf: at,
      lastModifiedAt: at,
    })
    .where('id', '=', assetId)
    .execute();
}
