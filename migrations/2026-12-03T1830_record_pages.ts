import { sql, type Kysely } from 'kysely';

/**
 * Record page definitions: every saved version of an object's page, and the
 * version that object's records are shown with.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('record_page')
    .addColumn('id', 'integer', (c) =>
      c.primaryKey().generatedAlwaysAsIdentity(),
    )
    .addColumn('object_api_name', 'varchar(40)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version > 0`))
    .addColumn('label', 'varchar(80)', (c) => c.notNull())
    .addColumn('template', 'varchar(40)', (c) => c.notNull())
    .addColumn('regions', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`now()`),
    )
    .execute();

  // Finds an object's versions, newest first, and keeps each number once.
  await db.schema
    .createIndex('record_page_object_version_key')
    .on('record_page')
    .columns(['object_api_name', 'version'])
    .unique()
    .execute();

  await db.schema
    .createTable('record_page_activation')
    .addColumn('object_api_name', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('activated_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`now()`),
    )
    .addForeignKeyConstraint(
      'record_page_activation_page_fkey',
      ['object_api_name', 'version'],
      'record_page',
      ['object_api_name', 'version'],
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('record_page_activation').execute();
  await db.schema.dropTable('record_page').execute();
}
