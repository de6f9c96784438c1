import { sql } from 'kysely';

import type { Db } from '../db/database';
import { ApiError, invalidInput, notFound } from '../domain/errors';
import { normalizeId, objectTypeOf, type ObjectType } from '../domain/ids';
import { toSObject } from './serialize';
import { loose, SOBJECT_TYPES } from './sobject-types';

type Row = Record<string, unknown>;

export interface QueryResult {
  totalSize: number;
  done: boolean;
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

/**
 * Records whose name contains `q`, ignoring case, by name. `totalSize`
 * counts every match; `done` is false when the limit cut the list short.
 */
export async function searchByName(
  db: Db,
  type: ObjectType,
  { q, limit }: NameSearch,
  basePath: string,
): Promise<QueryResult> {
  const table = SOBJECT_TYPES[type].table;
  const matching = q
    ? loose(db)
        .selectFrom(table)
        .where('name', 'ilike', `%${escapeLike(q)}%`)
    : loose(db).selectFrom(table);

  const rows = await matching
    .selectAll()
    .orderBy(BY_NAME)
    .orderBy('id')
    .limit(searchLimit(limit))
    .execute();
  const { count } = await matching
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  const totalSize = Number(count);

  return {
    totalSize,
    done: rows.length >= totalSize,
    records: rows.map((row) => toSObject(type, row, basePath)),
  };
}
