import { sql, type Transaction } from 'kysely';

import type { Database } from '../db/schema';
import { lockAsset } from '../domain/store';

type Trx = Transaction<Database>;

export function assetIdsOf(...lines: Record<string, unknown>[]): string[] {
  const ids = lines.map((line) => line.assetId);
  return [...new Set(ids.filter((id) => typeof id === 'string'))].sort();
}

/**
 * Locks the assets before their lines are written. Writing a line first
 * would take a key-share lock on its asset through the foreign key, and two
 * such writers would then deadlock on the lock for the balance.
 */
export async function lockAssets(trx: Trx, assetIds: string[]) {
  for (const assetId of assetIds) await lockAsset(trx, assetId);
}

/** Sets each asset's InvoiceLineBalance to the sum of its posted lines. */
export async function refreshInvoiceLineBalances(
  trx: Trx,
  assetIds: string[],
): Promise<void> {
  for (const assetId of assetIds) {
    const { balance } = await trx
      .selectFrom('invoiceLine')
      .select(sql<string>`coalesce(sum(balance), 0)::text`.as('balance'))
      .where('assetId', '=', assetId)
      .where('status', '=', 'Posted')
      .executeTakeFirstOrThrow();

    await trx
      .updateTable('asset')
      .set({ invoiceLineBalance: balance, lastModifiedAt: new Date() })
      .where('id', '=', assetId)
      .execute();
  }
}
