import { sql, type Transaction } from 'kysely';

import type { Database } from '../db/schema';
import { ApiError, type PlatformError } from '../domain/errors';
import { normalizeId, objectTypeOf, type ObjectType } from '../domain/ids';
import { MONEY_DIGITS, QUANTITY_DIGITS } from '../domain/input';
import { decimal, fitsColumn } from '../domain/money';
import {
  columnOf,
  loose,
  SOBJECT_TYPES,
  type FieldDef,
  type Fields,
} from './sobject-types';

type Trx = Transaction<Database>;
export type Values = Record<string, unknown>;

export const INTEGER_DIGITS = {
  money: MONEY_DIGITS,
  quantity: QUANTITY_DIGITS,
};
const AUTO_NUMBER_WIDTH = 8;

export function throwIfAny(errors: PlatformError[]): void {
  if (errors.length > 0) throw new ApiError(400, errors);
}

function invalidField(field: string, message: string): PlatformError {
  return { errorCode: 'INVALID_INPUT', message, fields: [field] };
}

/**
 * Turns a body that passed its schema into column values, collecting what
 * the schema cannot say: figures that do not fit, ids that are malformed.
 */
export function readValues(
  fields: Fields,
  body: Values,
  errors: PlatformError[],
): Values {
  const values: Values = {};

  for (const [name, raw] of Object.entries(body)) {
    const def = fields[name]?.def;
    if (def) values[columnOf(name)] = readValue(name, def, raw, errors);
  }
  return values;
}

function readValue(
  name: string,
  def: FieldDef,
  raw: unknown,
  errors: PlatformError[],
): unknown {
  if (raw === null) return null;

  if (def.kind === 'money' || def.kind === 'quantity') {
    return readFigure(name, raw as number, INTEGER_DIGITS[def.kind], errors);
  }
  if (def.kind === 'reference') {
    const id = normalizeId(raw as string);
    if (!id) {
      const message = `${name}: ${String(raw)} is not a valid record id.`;
      errors.push({ errorCode: 'MALFORMED_ID', message, fields: [name] });
    }
    return id;
  }
  return raw;
}

export function readFigure(
  name: string,
  value: number,
  digits: number,
  errors: PlatformError[],
): string | null {
  if (fitsColumn(value, digits)) return decimal(value).toString();

  errors.push(
    invalidField(
      name,
      `${name} takes at most ${digits} digits before the decimal point ` +
        `and 2 after; ${value} does not fit.`,
    ),
  );
  return null;
}

/** Each reference must name an existing record of the field's type. */
export async function checkReferences(
  trx: Trx,
  fields: Fields,
  values: Values,
): Promise<void> {
  const errors: PlatformError[] = [];

  for (const [name, { def }] of Object.entries(fields)) {
    const id = values[columnOf(name)];
    if (def.kind !== 'reference' || typeof id !== 'string') continue;

    if (!(await recordExists(trx, def.to, id))) {
      errors.push({
        errorCode: 'INVALID_CROSS_REFERENCE_KEY',
        message: `${name}: no ${def.to} has the id ${id}.`,
        fields: [name],
      });
    }
  }
  throwIfAny(errors);
}

async function recordExists(trx: Trx, type: ObjectType, id: string) {
  if (objectTypeOf(id) !== type) return false;

  const row = await loose(trx)
    .selectFrom(SOBJECT_TYPES[type].table)
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/** Numbers for the auto-number fields the body left out. */
export async function autoNumbers(
  trx: Trx,
  fields: Fields,
  values: Values,
): Promise<Values> {
  const numbers: Values = {};

  for (const [name, { def }] of Object.entries(fields)) {
    const column = columnOf(name);
    if (def.kind !== 'text' || !def.autoNumber || column in values) continue;

    const { rows } = await sql<{ n: string }>`
      select nextval('record_id_seq')::text as n
    `.execute(trx);
    numbers[column] = rows[0]!.n.padStart(AUTO_NUMBER_WIDTH, '0');
  }
  return numbers;
}
