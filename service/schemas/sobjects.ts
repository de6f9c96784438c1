import { Type, type TSchema } from '@sinclair/typebox';

import { SEARCH_LIMIT } from '../records/sobject-reads';
import type { Field, FieldDef, Fields } from '../records/sobject-types';
import { CalendarDate, Figure, RecordId, strictObject } from './common';

const MAX_TEXT = 32000;
/** PostgreSQL text cannot hold the NUL character. */
const NO_NUL = '^[^\\u0000]*$';

const CurrencyCode = Type.String({ pattern: '^[A-Z]{3}$' });

function fieldSchema(def: FieldDef, nonEmpty: boolean): TSchema {
  switch (def.kind) {
    case 'text':
      return Type.String({
        minLength: nonEmpty ? 1 : 0,
        maxLength: def.maxLength ?? MAX_TEXT,
        pattern: NO_NUL,
      });
    case 'picklist':
      return Type.Unsafe<string>({ type: 'string', enum: [...def.values] });
    case 'currency':
      return CurrencyCode;
    case 'date':
      return CalendarDate;
    case 'boolean':
      return Type.Boolean();
    case 'money':
    case 'quantity':
      return Figure;
    case 'reference':
      return RecordId;
  }
}

/** Null in the schema itself: a wrong value gives one error, not three. */
function orNull(schema: TSchema): TSchema {
  const values: unknown[] | undefined = schema.enum;
  return Type.Unsafe({
    ...schema,
    type: [schema.type, 'null'],
    ...(values && { enum: [...values, null] }),
  });
}

function propertySchema({ def, nullable }: Field): TSchema {
  const schema = fieldSchema(def, !nullable);
  return nullable ? orNull(schema) : schema;
}

/** The body of a create: required fields must be present. */
export function createBody(fields: Fields) {
  const properties: Record<string, TSchema> = {};

  for (const [name, field] of Object.entries(fields)) {
    const schema = propertySchema(field);
    properties[name] = field.required ? schema : Type.Optional(schema);
  }
  return strictObject(properties);
}

/** The body of an update: every field optional. */
export function updateBody(fields: Fields) {
  const properties: Record<string, TSchema> = {};

  for (const [name, field] of Object.entries(fields)) {
    properties[name] = Type.Optional(propertySchema(field));
  }
  return strictObject(properties);
}

/** Whatever a refused write sends: it is not read. */
export const AnyBody = Type.Unknown();

export const VersionParams = Type.Object({ version: Type.String() });

export const RecordParams = Type.Object({
  version: Type.String(),
  id: Type.String({ description: 'A 15- or 18-character record id' }),
});

/** Query strings are not coerced: limit arrives as text. */
export const SearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 255, pattern: NO_NUL })),
  limit: Type.Optional(
    Type.String({
      pattern: '^[0-9]{1,4}$',
      description: `1 to ${SEARCH_LIMIT.max}; ${SEARCH_LIMIT.default} when absent`,
    }),
  ),
});

export const SObject = Type.Record(Type.String(), Type.Unknown(), {
  description: 'A record with platform field names and its attributes',
});

export const QueryResult = Type.Object({
  totalSize: Type.Integer(),
  done: Type.Boolean(),
  records: Type.Array(SObject),
});

export const SaveResult = Type.Object({
  id: Type.String(),
  success: Type.Boolean(),
  errors: Type.Array(Type.Unknown()),
});

export const NoContent = Type.Null({ description: 'No content' });
