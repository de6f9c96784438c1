import { sql } from 'kysely';

import type { Db } from './db/database';
import { seedDemoOrg, type SeedSummary } from './seed/demo';

/** Any fixed number: instances starting together set up the org one at a time. */
const ORG_SETUP_LOCK = 4_242_001;

/** Tables a half-finished demo load may have written to, children first. */
const ORG_TABLES = [
  'invoice_line',
  'asset_action_source',
  'asset_action',
  'asset_state_period',
  'asset',
  'work_order_line_item',
  'work_order',
  'order_item',
  'sales_order',
  'product2',
  'account',
];

/** Creates the org's settings unless they exist; true when it created them. */
export async function ensureOrg(db: Db, timeZone: string): Promise<boolean> {
  const inserted = await db
    .insertInto('orgSetting')
    .values({ id: 1, timeZone, validateDeltas: true })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();

  return inserted !== undefined;
}

export interface OrgSetup {
  timeZone: string;
  demo: boolean;
  onDemoLoaded?: (summary: SeedSummary) => void;
}

/**
 * Sets up a new org on first start, loading demo data when asked. The
 * settings row is written last, so an org whose setup was interrupted (a
 * process killed during the demo load) has none: its partial rows are
 * cleared and the setup runs again.
 */
export async function prepareOrg(db: Db, setup: OrgSetup): Promise<boolean> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${ORG_SETUP_LOCK})`.execute(conn);
    try {
      const existing = await conn
        .selectFrom('orgSetting')
        .select('id')
        .executeTakeFirst();
      if (existing) return false;

      await sql`truncate ${sql.join(ORG_TABLES.map((t) => sql.id(t)))}`.execute(
        conn,
      );
      await sql`alter sequence record_id_seq restart`.execute(conn);
      if (setup.demo) {
        setup.onDemoLoaded?.(await seedDemoOrg(conn, { accounts: 25 }));
      }
      await ensureOrg(conn, setup.timeZone);
      return true;
    } finally {
      await sql`select pg_advisory_unlock(${ORG_SETUP_LOCK})`.execute(conn);
    }
  });
}
