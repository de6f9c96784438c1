import { sql } from 'kysely';

import type { Db } from '../db/database';
import { ApiError, invalidInput, notFound } from '../domain/errors';
import { normalizeId, objectTypeOf, type ObjectType } from '../domain/ids';
import { toSObject } from './serialize';
import { loose, SOBJECT_TYPES } from './sobject-types';

type Row = Record<string, unknown>;

export interface QueryResult {
  totalSize: number;
  done: true;
  records: Row[];
}

/** Names sort as people read them, whatever the database's collation. */
export const BY_NAME = sql`lower(name)`;

export const SEARCH_LIMIT = { default: 50, max: 200 };

export function queryResult(records: Row[]): QueryResult {
  return { totalSize: records.length, done: true, records };
}

/** The 18-character id of a record of `type` named in a URL. */
export function parseId(type: ObjectType, value: string): string {
  const id = normalizeId(value);
  if (!id) {
    const message = `${value} is not a valid record id.`;
    throw new ApiError(400, [
      { errorCode: 'MALFORMED_ID', message, fields: ['id'] },
    ]);
  }
  if (objectTypeOf(id) !== type)
    throw notFound(`No ${type} has the id ${value}.`);
  return id;
}

export async function findRow(
  db: Db,
  type: ObjectType,
  idParam: string,
): Promise<Row> {
  const row = await loose(db)
    .selectFrom(SOBJECT_TYPES[type].table)
    .selectAll()
    .where('id', '=', parseId(type, idParam))
    .executeTakeFirst();

  if (!row) throw notFound(`No ${type} has the id ${idParam}.`);
  return row;
}

export async function readSObject(
  db: Db,
  type: ObjectType,
  idParam: string,
  basePath: string,
): Promise<Row> {
  return toSObject(type, await findRow(db, type, idParam), basePath);
}

export interface NameSearch {
  q?: string;
  limit?: string;
}

/** `50%_off\` → `50\%\_off\\`: a LIKE pattern matching the text as written. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function searchLimit(limit: string | undefined): number {
  const value = limit === undefined ? SEARCH_LIMIT.default : Number(limit);
  if (!(value >= 1 && value <= SEARCH_LIMIT.max)) {
    throw invalidInput(
      'limit',
      `limit must be a whole number from 1 to ${SEARCH_LIMIT.max}.`,
    );
  }
  return value;
}

/** Records whose name contains `q`, ignoring case, by name. */
export async function searchByName(
  db: Db,
  type: ObjectType,
  { q, limit }: NameSearch,
  basePath: string,
): Promise<QueryResult> {
  let query = loose(db)
    .selectFrom(SOBJECT_TYPES[type].table)
    .selectAll()
    .orderBy(BY_NAME)
    .orderBy('id')
    .limit(searchLimit(limit));
  if (q) query = query.where('name', 'ilike', `%${escapeLike(q)}%`);

  const rows = await query.execute();
  return queryResult(rows.map((row) => toSObject(type, row, basePath)));
}
