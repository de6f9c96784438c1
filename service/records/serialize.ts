import { BUSINESS_CATEGORIES, categoryTotalField } from '../domain/categories';

type Row = Record<string, unknown>;

/** Columns stored as numeric: they leave the database as strings. */
const NUMERIC_COLUMNS = new Set([
  'quantity',
  'amount',
  'mrr',
  'unitPrice',
  'totalPrice',
  'currentQuantity',
  'currentMrr',
  'currentAmount',
  'totalLifecycleAmount',
  'invoiceLineBalance',
  'quantityChange',
  'mrrChange',
  'totalQuantity',
  'totalMrr',
  'totalAmount',
  'productAmountChange',
  'adjustmentAmountChange',
  'subtotalChange',
  'estimatedTaxChange',
  'actualTaxChange',
  'productAmount',
  'adjustmentAmount',
  'subtotal',
  'estimatedTax',
  'actualTax',
  'balance',
]);

const RENAMED: Record<string, string> = {
  createdAt: 'createdDate',
  lastModifiedAt: 'lastModifiedDate',
};

const HIDDEN = new Set(['sequenceNumber', 'categoryTotals']);

function value(column: string, raw: unknown): unknown {
  if (raw instanceof Date) return raw.toISOString();
  if (typeof raw === 'string' && NUMERIC_COLUMNS.has(column)) {
    return Number(raw);
  }
  return raw;
}

function categoryTotals(row: Row): Row {
  const totals = row.categoryTotals as Record<string, string> | undefined;
  if (!totals) return {};

  return Object.fromEntries(
    BUSINESS_CATEGORIES.map((category) => [
      categoryTotalField(category),
      Number(totals[category] ?? 0),
    ]),
  );
}

/** A record in the Connect API's shape: camelCase fields. */
export function toConnectRecord(row: Row): Row {
  const record: Row = {};

  for (const [column, raw] of Object.entries(row)) {
    if (HIDDEN.has(column)) continue;
    record[RENAMED[column] ?? column] = value(column, raw);
  }
  for (const [field, total] of Object.entries(categoryTotals(row))) {
    record[field.charAt(0).toLowerCase() + field.slice(1)] = total;
  }
  return record;
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** A record as the sObject API shows it: platform field names, attributes. */
export function toSObject(type: string, row: Row, basePath: string): Row {
  const record: Row = {
    attributes: { type, url: `${basePath}/sobjects/${type}/${String(row.id)}` },
  };

  for (const [field, raw] of Object.entries(toConnectRecord(row))) {
    record[pascal(field)] = raw;
  }
  return record;
}
