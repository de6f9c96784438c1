import { sql } from 'kysely';

import type { Db } from '../db/database';

/**
 * Sets every lifecycle-managed asset's Current fields from the state period
 * that contains `at` (zero when none does), in one statement. The same rule
 * as `contains` in domain/summary.ts: a period holds its start up to one
 * second past its end.
 */
export async function refreshCurrentFields(db: Db, at: Date): Promise<number> {
  const result = await sql`
    update asset
    set current_quantity = coalesce(period.quantity, 0),
        current_mrr = coalesce(period.mrr, 0),
        current_amount = coalesce(period.amount, 0),
        current_lifecycle_end_date = period.end_date,
        current_as_of = ${at}
    from asset as target
    left join asset_state_period as period
      on period.asset_id = target.id
      and period.start_date <= ${at}
      and (period.end_date is null
        or ${at} < period.end_date + interval '1 second')
    where asset.id = target.id and target.has_lifecycle_management
  `.execute(db);

  return Number(result.numAffectedRows ?? 0);
}
