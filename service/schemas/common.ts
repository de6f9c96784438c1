import { Type, type TSchema } from '@sinclair/typebox';

/** ISO 8601 date and time with an offset: 2020-01-01T09:00:00+08:00. */
export const Timestamp = Type.String({
  format: 'date-time',
  description: 'ISO 8601 date and time with an offset',
  examples: ['2020-01-01T09:00:00+08:00'],
});

/** A calendar date: 2020-01-31. */
export const CalendarDate = Type.String({ format: 'date' });

/** A 15- or 18-character record id. */
export const RecordId = Type.String({
  pattern: '^[0-9A-Za-z]{15}([0-9A-Za-z]{3})?$',
  description: 'A 15- or 18-character record id',
});

/** Money and quantities: at most two decimals, checked after the schema. */
export const Figure = Type.Number();

export const PlatformErrors = Type.Array(
  Type.Object({
    errorCode: Type.String(),
    message: Type.String(),
    fields: Type.Array(Type.String()),
  }),
  { description: 'The platform error array' },
);

/** The error responses every data route can give. */
export const errorResponses = {
  400: PlatformErrors,
  404: PlatformErrors,
  409: PlatformErrors,
};

export function strictObject<T extends Record<string, TSchema>>(properties: T) {
  return Type.Object(properties, { additionalProperties: false });
}

/** Text of 1 to `maxLength` characters; PostgreSQL cannot store NUL. */
export const Text = (maxLength: number) =>
  Type.String({ minLength: 1, maxLength, pattern: '^[^\\u0000]*$' });
