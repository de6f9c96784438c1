import fs from 'node:fs';

import { sql } from 'kysely';

import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';

/**
 * Saves a migrated embedded database that every test file loads instead of
 * running initdb, and checks the PostgreSQL server when one is named.
 */
export default async function globalSetup() {
  process.env.CALM_TEST_RUN = String(process.pid);
  const { POSTGRES_URL, TEMPLATE_PATH } = await import('./databases');

  const handle = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(handle.db);
    const dump = await handle.dumpDataDir!();
    fs.writeFileSync(TEMPLATE_PATH, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await handle.close();
  }

  if (!POSTGRES_URL) {
    console.log(
      '\nPostgreSQL run skipped: set CALM_TEST_DATABASE_URL to also run the database tests on a server.',
    );
    return;
  }
  const server = await openDatabase({ url: POSTGRES_URL });
  try {
    await sql`select 1`.execute(server.db);
  } catch (error) {
    throw new Error(
      `CALM_TEST_DATABASE_URL is set but no PostgreSQL server answers there: ${String(error)}`,
    );
  } finally {
    await server.close();
  }
}
