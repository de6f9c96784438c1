import { formatCurrency, formatNumber } from 'data/format';
import type { QueryResult, SObject, WireResult } from 'data/wire';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

const recordHref = (type: string, id: string) =>
  `/lightning/r/${type}/${encodeURIComponent(id)}/view`;

export function accountRow(account: SObject) {
  return {
    key: account.Id,
    href: recordHref('Account', account.Id),
    name: text(account.Name),
    industry: text(account.Industry),
    city: text(account.BillingCity),
  };
}

export function assetRow(asset: SObject) {
  const currency = text(asset.CurrencyIsoCode);
  const mrr = Number(asset.CurrentMrr ?? 0);

  return {
    key: asset.Id,
    href: recordHref('Asset', asset.Id),
    name: text(asset.Name),
    currency,
    quantity: formatNumber(Number(asset.CurrentQuantity ?? 0)),
    mrr: currency ? formatCurrency(mrr, currency) : formatNumber(mrr),
  };
}

export const isLifecycleManaged = (asset: SObject) =>
  asset.HasLifecycleManagement === true;

interface ListOptions {
  label: string;
  limit: number;
  keep?: (record: SObject) => boolean;
}

/** What one result list shows: a spinner, an error, a message or rows. */
export function listState<R>(
  result: WireResult<QueryResult> | undefined,
  toRow: (record: SObject) => R,
  { label, limit, keep = () => true }: ListOptions,
) {
  const found = result?.data?.records;
  const records = found?.filter(keep);
  const more = found && found.length >= limit ? '+' : '';

  return {
    error: result?.error,
    isLoading: !records && !result?.error,
    isEmpty: records?.length === 0,
    count: `${records?.length ?? 0}${more}`,
    heading: records ? `${label} (${records.length}${more})` : label,
    rows: (records ?? []).map(toRow),
  };
}

export function noMatchMessage(kind: string, query: string) {
  return query ? `No ${kind} match “${query}”.` : `There are no ${kind} yet.`;
}

/** Keeps the search in the address (?q=) without adding history entries. */
export function rememberSearch(query: string) {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  window.history.replaceState(window.history.state, '', url);
}
