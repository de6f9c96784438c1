import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { sql } from 'kysely';

import { openDatabase, type DatabaseHandle } from '../db/database';
import { migrateToLatest } from '../db/migrate';

export type Engine = 'pglite' | 'postgres';

/** Set to run every database test on a PostgreSQL server as well. */
export const POSTGRES_URL = process.env.CALM_TEST_DATABASE_URL;

/** A migrated embedded database saved once per run, loaded by each file. */
export const TEMPLATE_PATH = path.join(
  os.tmpdir(),
  `open-calm-template-${process.env.CALM_TEST_RUN ?? 'local'}.tar.gz`,
);

export const ENGINES: Engine[] = POSTGRES_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

/** A migrated database of its own for one test file. */
export async function openTestDatabase(
  engine: Engine,
): Promise<DatabaseHandle> {
  if (engine === 'pglite') {
    const template = fs.readFileSync(TEMPLATE_PATH);
    return openDatabase({
      dataDir: 'memory://',
      loadDataDir: new Blob([template]),
    });
  }
  const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = await openDatabase({ url: POSTGRES_URL });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  await admin.close();

  const handle = await openDatabase({ url: POSTGRES_URL, schema });
  await migrateToLatest(handle.db, schema);

  return {
    ...handle,
    close: async () => {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(handle.db);
      await handle.close();
    },
  };
}
