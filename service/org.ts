import type { Db } from './db/database';

/**
 * Creates the org's settings on first start. Returns whether the org is new,
 * which is when demo data may be loaded.
 */
export async function ensureOrg(db: Db, timeZone: string): Promise<boolean> {
  const inserted = await db
    .insertInto('orgSetting')
    .values({ id: 1, timeZone, validateDeltas: true })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();

  return inserted !== undefined;
}
