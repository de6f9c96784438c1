import { formatCalendarDate, formatCurrency, formatNumber } from 'data/format';
import type { SObject } from 'data/wire';

export interface InvoiceLineRow {
  key: string;
  number: string;
  date: string;
  status: string;
  badgeClass: string;
  amount: string;
  balance: string;
}

const POSTED = 'Posted';

export function moneyFormatter(currencyIsoCode?: string) {
  return (value: unknown) => {
    const amount = Number(value ?? 0);
    return currencyIsoCode
      ? formatCurrency(amount, currencyIsoCode)
      : formatNumber(amount);
  };
}

/** Newest invoice first; lines of one day keep their order. */
export function newestFirst(lines: SObject[]): SObject[] {
  return [...lines].sort((a, b) =>
    String(b.InvoiceDate).localeCompare(String(a.InvoiceDate)),
  );
}

export function toRow(
  line: SObject,
  money: (value: unknown) => string,
): InvoiceLineRow {
  const status = String(line.Status ?? '');

  return {
    key: line.Id,
    number: String(line.InvoiceNumber ?? ''),
    date: formatCalendarDate(line.InvoiceDate as string),
    status,
    badgeClass:
      status === POSTED ? 'slds-badge slds-theme_success' : 'slds-badge',
    amount: money(line.Amount),
    balance: money(line.Balance),
  };
}

/** The asset's InvoiceLineBalance: what its posted lines still owe. */
export function postedBalance(lines: SObject[]): number {
  const cents = lines
    .filter((line) => line.Status === POSTED)
    .reduce((sum, line) => sum + Math.round(Number(line.Balance) * 100), 0);

  return cents / 100;
}
