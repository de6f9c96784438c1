import type { Kysely } from 'kysely';

import type { Database } from '../db/schema';
import type { ObjectType } from '../domain/ids';

export type FieldDef =
  | { kind: 'text'; maxLength?: number; autoNumber?: boolean }
  | { kind: 'picklist'; values: readonly string[] }
  | { kind: 'currency' | 'date' | 'boolean' | 'money' | 'quantity' }
  | { kind: 'reference'; to: ObjectType };

export interface Field {
  def: FieldDef;
  required: boolean;
  /** Whether an update may clear it with null. */
  nullable: boolean;
}

export type Fields = Record<string, Field>;

export interface SObjectType {
  table: keyof Database;
  /** Null for the lifecycle records, which only asset management writes. */
  fields: Fields | null;
}

export const PRODUCT_TYPES = [
  'Physical',
  'Subscription',
  'UsageBased',
  'ProfessionalService',
  'AftermarketService',
] as const;

const required = (def: FieldDef): Field => ({
  def,
  required: true,
  nullable: false,
});
const optional = (def: FieldDef): Field => ({
  def,
  required: false,
  nullable: true,
});
/** Optional, but never empty: left out, it gets a default. */
const defaulted = (def: FieldDef): Field => ({
  def,
  required: false,
  nullable: false,
});

const text = (maxLength?: number): FieldDef => ({ kind: 'text', maxLength });
const autoNumber: FieldDef = { kind: 'text', maxLength: 30, autoNumber: true };
const picklist = (values: readonly string[]): FieldDef => ({
  kind: 'picklist',
  values,
});
const reference = (to: ObjectType): FieldDef => ({ kind: 'reference', to });
const date: FieldDef = { kind: 'date' };
const money: FieldDef = { kind: 'money' };
const quantity: FieldDef = { kind: 'quantity' };

const editable = (table: keyof Database, fields: Fields): SObjectType => ({
  table,
  fields,
});
const lifecycle = (table: keyof Database): SObjectType => ({
  table,
  fields: null,
});

/** Tables named at run time; the type table decides which columns exist. */
export type LooseDb = Kysely<Record<string, Record<string, unknown>>>;

export function loose(db: Kysely<Database>): LooseDb {
  return db as unknown as LooseDb;
}

/** Every record type the sObject API serves, by its platform name. */
export const SOBJECT_TYPES: Record<ObjectType, SObjectType> = {
  Account: editable('account', {
    Name: required(text(255)),
    AccountNumber: optional(text(40)),
    Industry: optional(text(40)),
    BillingCity: optional(text(40)),
    BillingCountry: optional(text(80)),
  }),
  Product2: editable('product2', {
    Name: required(text(255)),
    ProductCode: optional(text(255)),
    ProductType: required(picklist(PRODUCT_TYPES)),
    Family: optional(text(40)),
    Description: optional(text()),
    IsActive: defaulted({ kind: 'boolean' }),
  }),
  Order: editable('salesOrder', {
    AccountId: required(reference('Account')),
    OrderNumber: defaulted(autoNumber),
    Status: required(text(40)),
    EffectiveDate: required(date),
    CurrencyIsoCode: required({ kind: 'currency' }),
  }),
  OrderItem: editable('orderItem', {
    OrderId: required(reference('Order')),
    Product2Id: required(reference('Product2')),
    Quantity: required(quantity),
    UnitPrice: required(money),
    TotalPrice: optional(money),
    ServiceDate: optional(date),
    EndDate: optional(date),
  }),
  WorkOrder: editable('workOrder', {
    AccountId: required(reference('Account')),
    WorkOrderNumber: defaulted(autoNumber),
    Subject: optional(text(255)),
    Status: required(text(40)),
  }),
  WorkOrderLineItem: editable('workOrderLineItem', {
    WorkOrderId: required(reference('WorkOrder')),
    Product2Id: optional(reference('Product2')),
    LineItemNumber: defaulted(autoNumber),
    Description: optional(text()),
    Quantity: optional(quantity),
    Status: required(text(40)),
  }),
  InvoiceLine: editable('invoiceLine', {
    AssetId: required(reference('Asset')),
    InvoiceNumber: required(text(30)),
    InvoiceDate: required(date),
    Status: required(picklist(['Draft', 'Posted'])),
    Amount: required(money),
    Balance: required(money),
  }),
  Asset: lifecycle('asset'),
  AssetAction: lifecycle('assetAction'),
  AssetActionSource: lifecycle('assetActionSource'),
  AssetStatePeriod: lifecycle('assetStatePeriod'),
};

export const SOBJECT_NAMES = Object.keys(SOBJECT_TYPES) as ObjectType[];

/** `AccountId` → `accountId`: the column behind a platform field name. */
export function columnOf(field: string): string {
  return field.charAt(0).toLowerCase() + field.slice(1);
}
