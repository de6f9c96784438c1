import {
  dateInZone,
  formatCurrency,
  formatDateTime,
  formatDelta,
  formatNumber,
} from 'data/format';

export interface AssetActionRecord {
  Id: string;
  Type: string;
  CategoryEnum: string;
  ActionDate: string;
  QuantityChange: number;
  MrrChange: number;
  Amount: number;
  TotalQuantity: number;
  TotalMrr: number;
  TotalAmount: number;
}

export interface ChangeRow {
  id: string;
  url: string;
  label: string;
  sequence: number;
  day: string;
  record: AssetActionRecord;
  actionDate: string;
  quantityChange: string;
  mrrChange: string;
  amountChange: string;
  totalQuantity: string;
  totalMrr: string;
  totalAmount: string;
}

export type SortField = keyof AssetActionRecord | 'sequence';
export type SortDirection = 'ascending' | 'descending';

/** Rows for the related list, in the order the asset's actions were made. */
export function toChangeRows(
  records: AssetActionRecord[],
  timeZone: string,
  currencyIsoCode?: string,
): ChangeRow[] {
  const money = (value: number) =>
    currencyIsoCode
      ? formatCurrency(value, currencyIsoCode)
      : formatNumber(value);

  return records.map((record, index) => ({
    id: record.Id,
    url: `/lightning/r/AssetAction/${record.Id}/view`,
    label: `Action ${index + 1}: ${record.Type}`,
    sequence: index + 1,
    day: dateInZone(record.ActionDate, timeZone),
    record,
    actionDate: formatDateTime(record.ActionDate, timeZone),
    quantityChange: formatDelta(record.QuantityChange),
    mrrChange: formatDelta(record.MrrChange),
    amountChange: formatDelta(record.Amount),
    totalQuantity: formatNumber(record.TotalQuantity),
    totalMrr: money(record.TotalMrr),
    totalAmount: money(record.TotalAmount),
  }));
}

/** Rows whose action date, in the org's zone, falls within from..to. */
export function rowsInRange(rows: ChangeRow[], from?: string, to?: string) {
  return rows.filter(
    (row) => (!from || row.day >= from) && (!to || row.day <= to),
  );
}

const sortValue = (row: ChangeRow, field: SortField) =>
  field === 'sequence' ? row.sequence : row.record[field];

export function sortRows(
  rows: ChangeRow[],
  field: SortField,
  direction: SortDirection,
): ChangeRow[] {
  const sign = direction === 'ascending' ? 1 : -1;

  return [...rows].sort((a, b) => {
    const x = sortValue(a, field);
    const y = sortValue(b, field);
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y));
    return sign * order || a.sequence - b.sequence;
  });
}
