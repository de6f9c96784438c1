/** Formatting for people: figures in the user's locale, dates in the org's zone. */

const locale = () =>
  (typeof navigator !== 'undefined' && navigator.language) || 'en-US';

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** Building an Intl formatter is slow: one per locale and options, reused. */
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(
  Format: new (locale: string, options: object) => T,
  locale: string,
  options: object,
): T {
  const key = `${Format.name} ${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = new Format(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** "$1,200.00", or "USD 1,200.00" with `currencyDisplay: 'code'`. */
export function formatCurrency(
  value: number,
  currencyIsoCode: string,
  currencyDisplay: 'symbol' | 'code' = 'symbol',
): string {
  return cached(Intl.NumberFormat, locale(), {
    style: 'currency',
    currency: currencyIsoCode,
    currencyDisplay,
  }).format(value);
}

export function formatNumber(value: number): string {
  return cached(Intl.NumberFormat, locale(), {
    maximumFractionDigits: 2,
  }).format(value);
}

/** `2024-03-01T00:00:00Z` in the org's zone: "Mar 1, 2024". */
export function formatDate(iso: string | null | undefined, timeZone: string) {
  if (!iso) return '';
  return cached(Intl.DateTimeFormat, locale(), {
    dateStyle: 'medium',
    timeZone,
  }).format(new Date(iso));
}

/** Date and time in the org's zone: "Mar 1, 2024, 9:00 AM". */
export function formatDateTime(
  iso: string | null | undefined,
  timeZone: string,
) {
  if (!iso) return '';
  return cached(Intl.DateTimeFormat, locale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

/** Whether a value is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(+date) && date.toISOString().startsWith(value);
}

/**
 * A date range as typed into an address or a page property: dates that do
 * not exist are dropped, and a range that ends before it starts is no range.
 */
export function dateRange(startDate: unknown, endDate: unknown) {
  const start = isCalendarDate(startDate) ? startDate : '';
  const end = isCalendarDate(endDate) ? endDate : '';
  if (start && end && start > end) return { startDate: '', endDate: '' };
  return { startDate: start, endDate: end };
}

/** A calendar date as written ("2024-03-01"), shown without any zone shift. */
export function formatCalendarDate(date: string | null | undefined) {
  if (!isCalendarDate(date)) return '';
  return formatDate(`${date}T12:00:00Z`, 'UTC');
}

/** The calendar date an instant falls on in a zone: "2024-03-01". */
export function dateInZone(iso: string | Date, timeZone: string): string {
  const parts = cached(Intl.DateTimeFormat, 'en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
  return parts;
}

/** A signed change: "+5", "−250.5". */
export function formatDelta(value: number): string {
  const text = formatNumber(Math.abs(value));
  if (value > 0) return `+${text}`;
  if (value < 0) return `\u2212${text}`;
  return text;
}
