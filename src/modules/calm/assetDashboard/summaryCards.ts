import { formatCalendarDate, formatCurrency, formatNumber } from 'data/format';
import type { CurrencySummary, Summary } from 'data/wire';

export interface CardRow {
  key: string;
  figure: string;
  note?: string;
}

export interface SummaryCard {
  key: string;
  title: string;
  rows: CardRow[];
  href: string;
  linkLabel: string;
}

type Row = (summary: CurrencySummary, isAccount: boolean) => CardRow;

const money = (value: number, summary: CurrencySummary) =>
  formatCurrency(value, summary.currencyIsoCode, 'code');

const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 ? '' : 's'}`;

const quantityRow: Row = (s, isAccount) => ({
  key: s.currencyIsoCode,
  figure: formatNumber(s.quantity),
  note: isAccount
    ? `${plural(s.assetCount, 'asset')} in ${s.currencyIsoCode}`
    : undefined,
});

const amountRow: Row = (s) => ({
  key: s.currencyIsoCode,
  figure: money(s.amount, s),
  note: `Total lifecycle amount: ${money(s.totalLifecycleAmount, s)}`,
});

const mrrRow: Row = (s) => ({
  key: s.currencyIsoCode,
  figure: money(s.mrr, s),
});

const balanceRow: Row = (s) => ({
  key: s.currencyIsoCode,
  figure: money(s.invoiceLineBalance, s),
});

const asset = (id: string) => `/lightning/r/Asset/${encodeURIComponent(id)}`;

const CARDS = [
  { key: 'quantity', title: 'Quantity', row: quantityRow, what: 'changes' },
  { key: 'amount', title: 'Amount', row: amountRow, what: 'changes' },
  { key: 'mrr', title: 'MRR', row: mrrRow, what: 'changes' },
  {
    key: 'balance',
    title: 'Invoice Line Balance',
    row: balanceRow,
    what: 'invoices',
  },
];

function linkOf(what: string, objectApiName: string, recordId: string) {
  if (objectApiName !== 'Asset') {
    return `/lightning/r/Account/${encodeURIComponent(recordId)}/view#assets`;
  }
  if (what === 'invoices')
    return `${asset(recordId)}/related/InvoiceLines/view`;
  return `${asset(recordId)}/changes`;
}

function linkLabelOf(what: string, title: string, objectApiName: string) {
  if (objectApiName !== 'Asset') return `View the assets behind ${title}`;
  if (what === 'invoices') return 'View invoice lines';
  return `View ${title === 'MRR' ? title : title.toLowerCase()} changes`;
}

/** The four dashboard cards, one row of figures per currency. */
export function summaryCards(
  summary: Summary,
  objectApiName: string,
  recordId: string,
): SummaryCard[] {
  const isAccount = objectApiName !== 'Asset';

  return CARDS.map(({ key, title, row, what }) => ({
    key,
    title,
    rows: summary.currencies.map((currency) => row(currency, isAccount)),
    href: linkOf(what, objectApiName, recordId),
    linkLabel: linkLabelOf(what, title, objectApiName),
  }));
}

/** "As of Dec 3, 2026 · Times in UTC". */
export function asOfLine(summary: Summary): string {
  return `As of ${formatCalendarDate(summary.asOf)} · Times in ${summary.timeZone}`;
}

export function hasLifecycleAssets(summary: Summary): boolean {
  return summary.currencies.some((currency) => currency.assetCount > 0);
}
