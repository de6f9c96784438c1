import { formatCurrency, formatDate, formatNumber } from 'data/format';
import type { SObject } from 'data/wire';

export interface AssetRow {
  key: string;
  href: string;
  name: string;
  product: string;
  currency: string;
  quantity: string;
  mrr: string;
  lifecycleEnd: string;
  sortValues: Record<SortField, string | number>;
}

export type SortField =
  'name' | 'product' | 'currency' | 'quantity' | 'mrr' | 'lifecycleEnd';

export const COLUMNS: { field: SortField; label: string; numeric?: true }[] = [
  { field: 'name', label: 'Asset Name' },
  { field: 'product', label: 'Product' },
  { field: 'currency', label: 'Currency' },
  { field: 'quantity', label: 'Current Quantity', numeric: true },
  { field: 'mrr', label: 'Current MRR', numeric: true },
  { field: 'lifecycleEnd', label: 'Lifecycle End' },
];

const EVERGREEN = '9999-12-31';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function toAssetRow(
  asset: SObject,
  productNames: Map<string, string>,
  timeZone: string,
): AssetRow {
  const currency = text(asset.CurrencyIsoCode);
  const quantity = Number(asset.CurrentQuantity ?? 0);
  const mrr = Number(asset.CurrentMrr ?? 0);
  const end = text(asset.LifecycleEndDate);
  const product = productNames.get(text(asset.Product2Id)) ?? '';

  return {
    key: asset.Id,
    href: `/lightning/r/Asset/${encodeURIComponent(asset.Id)}/view`,
    name: text(asset.Name),
    product: product || '—',
    currency,
    quantity: formatNumber(quantity),
    mrr: currency ? formatCurrency(mrr, currency) : formatNumber(mrr),
    lifecycleEnd: end ? formatDate(end, timeZone) : 'Evergreen',
    sortValues: {
      name: text(asset.Name),
      product,
      currency,
      quantity,
      mrr,
      lifecycleEnd: end || EVERGREEN,
    },
  };
}

export const lifecycleManaged = (assets: SObject[] = []) =>
  assets.filter((asset) => asset.HasLifecycleManagement === true);

export const namesById = (records: SObject[] = []) =>
  new Map(records.map((record) => [record.Id, String(record.Name)]));

/** Rows ordered by one column; ties keep the related list's order. */
export function sortRows(
  rows: AssetRow[],
  field: SortField,
  ascending: boolean,
): AssetRow[] {
  const sign = ascending ? 1 : -1;

  return [...rows].sort((a, b) => {
    const x = a.sortValues[field];
    const y = b.sortValues[field];
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y));
    return sign * order;
  });
}
