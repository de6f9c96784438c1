import { sql } from 'kysely';

import type { Db } from '../db/database';

/**
 * Key prefixes of the record ids. Account, Product2, Asset, Order, OrderItem,
 * WorkOrder and WorkOrderLineItem use the platform's own; the lifecycle
 * records and invoice lines use prefixes of Open CALM's choosing.
 */
export const KEY_PREFIXES = {
  Account: '001',
  Product2: '01t',
  Asset: '02i',
  Order: '801',
  OrderItem: '802',
  WorkOrder: '0WO',
  WorkOrderLineItem: '1WL',
  AssetAction: '1Cl',
  AssetActionSource: '1Cs',
  AssetStatePeriod: '1Cp',
  InvoiceLine: '5Cv',
} as const;

export type ObjectType = keyof typeof KEY_PREFIXES;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const INSTANCE = '0C0';
const COUNTER_LENGTH = 9;

/**
 * The three-character suffix that makes an id case-insensitive: one
 * character per five, encoding which of those five are upper-case letters.
 */
export function idChecksum(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const char = id15.charAt(chunk * 5 + i);
      if (char >= 'A' && char <= 'Z') bits |= 1 << i;
    }
    suffix += CHECKSUM_ALPHABET.charAt(bits);
  }
  return suffix;
}

/** An id with the counter value `n` and the type's key prefix. */
export function formatId(type: ObjectType, n: bigint): string {
  let counter = '';
  for (let rest = n; counter.length < COUNTER_LENGTH; rest /= 62n) {
    counter = BASE62.charAt(Number(rest % 62n)) + counter;
  }
  const id15 = KEY_PREFIXES[type] + INSTANCE + counter;

  return id15 + idChecksum(id15);
}

/**
 * The 18-character form of a 15- or 18-character id, or null when the value
 * is not an id. An 18-character id is case-insensitive: its suffix restores
 * the case of the first fifteen characters.
 */
export function normalizeId(value: string): string | null {
  if (!/^[0-9A-Za-z]{15}([0-9A-Za-z]{3})?$/.test(value)) return null;
  if (value.length === 15) return value + idChecksum(value);

  let id15 = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    const bits = CHECKSUM_ALPHABET.indexOf(
      value.charAt(15 + chunk).toUpperCase(),
    );
    for (let i = 0; i < 5; i++) {
      const char = value.charAt(chunk * 5 + i);
      const upper = (bits & (1 << i)) !== 0;
      if (upper && !/[A-Za-z]/.test(char)) return null;
      id15 += upper ? char.toUpperCase() : char.toLowerCase();
    }
  }
  return id15 + idChecksum(id15);
}

export function objectTypeOf(id: string): ObjectType | undefined {
  const prefix = id.slice(0, 3);
  return (Object.keys(KEY_PREFIXES) as ObjectType[]).find(
    (type) => KEY_PREFIXES[type] === prefix,
  );
}

/** Draws `count` new ids of one type from the database's id sequence. */
export async function newIds(
  db: Db,
  type: ObjectType,
  count: number,
): Promise<string[]> {
  if (count === 0) return [];

  const { rows } = await sql<{ n: string }>`
    select nextval('record_id_seq')::text as n
    from generate_series(1, ${count})
  `.execute(db);

  return rows.map((row) => formatId(type, BigInt(row.n)));
}

export async function newId(db: Db, type: ObjectType): Promise<string> {
  const [id] = await newIds(db, type, 1);
  return id!;
}
