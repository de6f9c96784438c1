import { sql, type Expression } from 'kysely';

import type { Db } from '../db/database';
import type { ObjectType } from '../domain/ids';
import {
  BY_NAME,
  findRow,
  queryResult,
  type QueryResult,
} from './sobject-reads';
import { toSObject } from './serialize';
import { loose, SOBJECT_TYPES } from './sobject-types';

type Row = Record<string, unknown>;

export interface RelatedList {
  parent: ObjectType;
  name: string;
  child: ObjectType;
  foreignKey: string;
  orderBy: string | Expression<unknown>;
  embed?: (db: Db, records: Row[], basePath: string) => Promise<void>;
}

export const RELATED_LISTS: RelatedList[] = [
  {
    parent: 'Asset',
    name: 'AssetStatePeriods',
    child: 'AssetStatePeriod',
    foreignKey: 'assetId',
    orderBy: 'startDate',
  },
  {
    parent: 'Asset',
    name: 'AssetActions',
    child: 'AssetAction',
    foreignKey: 'assetId',
    orderBy: 'sequenceNumber',
    embed: embedActionSources,
  },
  {
    parent: 'Asset',
    name: 'InvoiceLines',
    child: 'InvoiceLine',
    foreignKey: 'assetId',
    orderBy: 'invoiceDate',
  },
  {
    parent: 'Account',
    name: 'Assets',
    child: 'Asset',
    foreignKey: 'accountId',
    orderBy: BY_NAME,
  },
];

export async function readRelatedList(
  db: Db,
  list: RelatedList,
  parentIdParam: string,
  basePath: string,
): Promise<QueryResult> {
  const parent = await findRow(db, list.parent, parentIdParam);
  const rows = await loose(db)
    .selectFrom(SOBJECT_TYPES[list.child].table)
    .selectAll()
    .where(list.foreignKey, '=', parent.id)
    .orderBy(list.orderBy)
    .orderBy('id')
    .execute();
  const records = rows.map((row) => toSObject(list.child, row, basePath));

  await list.embed?.(db, records, basePath);
  return queryResult(records);
}

/**
 * Adds each action's sources as `AssetActionSources`, read in one query.
 * Ids are compared byte-wise so that they sort in the order they were drawn.
 */
async function embedActionSources(db: Db, actions: Row[], basePath: string) {
  if (actions.length === 0) return;

  const sources = await db
    .selectFrom('assetActionSource')
    .selectAll()
    .where(
      'assetActionId',
      'in',
      actions.map((action) => String(action.Id)),
    )
    .orderBy(sql`id collate "C"`)
    .execute();

  const byAction = new Map<unknown, Row[]>();
  for (const source of sources) {
    const own = byAction.get(source.assetActionId) ?? [];
    own.push(toSObject('AssetActionSource', source, basePath));
    byAction.set(source.assetActionId, own);
  }
  for (const action of actions) {
    action.AssetActionSources = queryResult(byAction.get(action.Id) ?? []);
  }
}
