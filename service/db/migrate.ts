import { Migrator, type MigrationResultSet } from 'kysely';

import { migrations } from '../../migrations';
import type { Db } from './database';

export function createMigrator(db: Db, schema?: string): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: schema,
  });
}

/** Brings the schema up to date; throws the first migration failure. */
export async function migrateToLatest(db: Db, schema?: string) {
  const result: MigrationResultSet = await createMigrator(
    db,
    schema,
  ).migrateToLatest();

  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const name = failed ? ` in ${failed.migrationName}` : '';
    throw new Error(`Migration failed${name}: ${String(result.error)}`, {
      cause: result.error,
    });
  }
  return result.results ?? [];
}
