import type { Transaction } from 'kysely';

import type { Db } from '../db/database';
import type { Database } from '../db/schema';
import { ApiError, notFound, type PlatformError } from '../domain/errors';
import { newId, type ObjectType } from '../domain/ids';
import { decimal } from '../domain/money';
import {
  assetIdsOf,
  lockAssets,
  refreshInvoiceLineBalances,
} from './invoice-lines';
import {
  autoNumbers,
  checkReferences,
  INTEGER_DIGITS,
  readFigure,
  readValues,
  throwIfAny,
  type Values,
} from './sobject-fields';
import { loose, SOBJECT_TYPES, type Fields } from './sobject-types';
import { parseId } from './sobject-reads';

type Trx = Transaction<Database>;

type WriteHook = (trx: Trx, before: Values, after: Values) => Promise<void>;

interface WriteRules {
  /** Values the write implies, given the record's values before it. */
  derive?(values: Values, before: Values, errors: PlatformError[]): Values;
  beforeWrite?: WriteHook;
  afterWrite?: WriteHook;
}

const RULES: Partial<Record<ObjectType, WriteRules>> = {
  OrderItem: { derive: withTotalPrice },
  InvoiceLine: {
    beforeWrite: (trx, before, after) =>
      lockAssets(trx, assetIdsOf(before, after)),
    afterWrite: (trx, before, after) =>
      refreshInvoiceLineBalances(trx, assetIdsOf(before, after)),
  },
};

/** TotalPrice follows Quantity × UnitPrice unless it is sent. */
function withTotalPrice(
  values: Values,
  before: Values,
  errors: PlatformError[],
): Values {
  const { quantity, unitPrice } = { ...before, ...values };
  const repriced = 'quantity' in values || 'unitPrice' in values;
  if ('totalPrice' in values || !repriced) return values;
  if (quantity == null || unitPrice == null) return values;

  const total = decimal(String(quantity)).times(String(unitPrice)).round(2);
  const digits = INTEGER_DIGITS.money;
  const totalPrice = readFigure('TotalPrice', total.toNumber(), digits, errors);
  return { ...values, totalPrice };
}

export async function createRecord(
  db: Db,
  type: ObjectType,
  body: Values,
): Promise<string> {
  const { table, fields } = editable(type);
  const rules = RULES[type] ?? {};
  const errors: PlatformError[] = [];
  const sent = readValues(fields, body, errors);
  const values = rules.derive?.(sent, {}, errors) ?? sent;
  throwIfAny(errors);

  return db.transaction().execute(async (trx) => {
    await checkReferences(trx, fields, values);
    const id = await newId(trx, type);
    const numbers = await autoNumbers(trx, fields, values);
    const record = { id, ...numbers, ...values };

    await rules.beforeWrite?.(trx, {}, record);
    await loose(trx).insertInto(table).values(record).execute();
    await rules.afterWrite?.(trx, {}, record);
    return id;
  });
}

export async function updateRecord(
  db: Db,
  type: ObjectType,
  idParam: string,
  body: Values,
): Promise<void> {
  const { table, fields } = editable(type);
  const rules = RULES[type] ?? {};
  const id = parseId(type, idParam);
  const errors: PlatformError[] = [];
  const sent = readValues(fields, body, errors);
  throwIfAny(errors);

  await db.transaction().execute(async (trx) => {
    const before = await loose(trx)
      .selectFrom(table)
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound(`No ${type} has the id ${idParam}.`);

    const values = rules.derive?.(sent, before, errors) ?? sent;
    throwIfAny(errors);
    await checkReferences(trx, fields, values);
    const after = { ...before, ...values };
    await rules.beforeWrite?.(trx, before, after);
    if (Object.keys(values).length > 0) {
      await loose(trx)
        .updateTable(table)
        .set(values)
        .where('id', '=', id)
        .execute();
    }
    await rules.afterWrite?.(trx, before, after);
  });
}

function editable(type: ObjectType): { table: string; fields: Fields } {
  const { table, fields } = SOBJECT_TYPES[type];
  if (!fields) throw lifecycleWriteRefused(type);
  return { table, fields };
}

export function lifecycleWriteRefused(type: ObjectType): ApiError {
  return new ApiError(400, [
    {
      errorCode: 'INVALID_OPERATION',
      message:
        `${type} records are written only through the asset-management ` +
        'generate, change and cancel endpoints.',
      fields: [],
    },
  ]);
}
