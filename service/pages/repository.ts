import { sql, type Selectable } from 'kysely';

import type { Db } from '../db/database';
import type { RecordPageTable } from '../db/schema';
import type { PageDefinition, PageObject } from './types';

/** A saved version of an object's record page, as the API shows it. */
export interface SavedPage extends PageDefinition {
  objectApiName: string;
  version: number;
  createdDate: string;
  isActive: boolean;
}

export type PageVersion = Omit<SavedPage, 'objectApiName' | 'regions'>;

function rowToSavedPage(
  row: Selectable<RecordPageTable>,
  activeVersion: number | null,
): SavedPage {
  return {
    objectApiName: row.objectApiName,
    version: row.version,
    label: row.label,
    template: row.template,
    regions: row.regions,
    createdDate: row.createdAt.toISOString(),
    isActive: row.version === activeVersion,
  };
}

/**
 * Saves a page as its object's next version. Saves of one object take turns
 * under a transaction-scoped lock, so two at once get different versions.
 */
export async function savePage(
  db: Db,
  object: PageObject,
  page: PageDefinition,
): Promise<SavedPage> {
  return db.transaction().execute(async (trx) => {
    const lock = sql`pg_advisory_xact_lock(hashtext('record_page'), hashtext(${object}))`;
    await sql`select ${lock}`.execute(trx);

    const { latest } = await trx
      .selectFrom('recordPage')
      .select((eb) => eb.fn.max('version').as('latest'))
      .where('objectApiName', '=', object)
      .executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('recordPage')
      .values({
        objectApiName: object,
        version: (latest ?? 0) + 1,
        label: page.label,
        template: page.template,
        regions: JSON.stringify(page.regions),
      })
      .returningAll()
      .executeTakeFirstOrThrow();

    return rowToSavedPage(row, null);
  });
}

export async function findActiveVersion(db: Db, object: PageObject) {
  const activation = await db
    .selectFrom('recordPageActivation')
    .select('version')
    .where('objectApiName', '=', object)
    .executeTakeFirst();

  return activation?.version ?? null;
}

/** Every version of an object's page, newest first. */
export async function listVersions(
  db: Db,
  object: PageObject,
): Promise<PageVersion[]> {
  const activeVersion = await findActiveVersion(db, object);
  const rows = await db
    .selectFrom('recordPage')
    .select(['version', 'label', 'template', 'createdAt'])
    .where('objectApiName', '=', object)
    .orderBy('version', 'desc')
    .execute();

  return rows.map(({ version, label, template, createdAt }) => ({
    version,
    label,
    template,
    createdDate: createdAt.toISOString(),
    isActive: version === activeVersion,
  }));
}

/** One version of an object's page; the active one when none is named. */
export async function findPage(
  db: Db,
  object: PageObject,
  version?: number,
): Promise<SavedPage | undefined> {
  const activeVersion = await findActiveVersion(db, object);
  const wanted = version ?? activeVersion;
  if (wanted === null) return undefined;

  const row = await db
    .selectFrom('recordPage')
    .selectAll()
    .where('objectApiName', '=', object)
    .where('version', '=', wanted)
    .executeTakeFirst();

  return row && rowToSavedPage(row, activeVersion);
}

/** Makes a saved version the object's page; no version, no change. */
export async function activatePage(
  db: Db,
  object: PageObject,
  version: number,
): Promise<void> {
  await db
    .insertInto('recordPageActivation')
    .columns(['objectApiName', 'version'])
    .expression((eb) =>
      eb
        .selectFrom('recordPage')
        .select(['objectApiName', 'version'])
        .where('objectApiName', '=', object)
        .where('version', '=', version),
    )
    .onConflict((oc) =>
      oc.column('objectApiName').doUpdateSet({
        version: (eb) => eb.ref('excluded.version'),
        activatedAt: sql`now()`,
      }),
    )
    .execute();
}
