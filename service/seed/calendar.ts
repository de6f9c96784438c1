import { decimal, type Big } from '../domain/money';
import { DAY_MS, SECOND_MS } from '../domain/periods';

export function addDays(date: Date, days: number): Date {
  return new Date(+date + days * DAY_MS);
}

/** The same day and time `months` later; a missing day becomes the last. */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  const timeOfDay = +date % DAY_MS;

  return new Date(Date.UTC(year, month, day) + timeOfDay);
}

export function startOfUtcDay(date: Date): Date {
  return new Date(+date - (+date % DAY_MS));
}

/** The last second before `next`: where a state period ends. */
export function secondBefore(next: Date): Date {
  return new Date(+next - SECOND_MS);
}

export function secondAfter(end: Date): Date {
  return new Date(+end + SECOND_MS);
}

export function daysBetween(start: Date, end: Date): number {
  return Math.round((+end - +start) / DAY_MS);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Calendar months from `start` to `endExclusive`, the rest by days. */
export function monthsBetween(start: Date, endExclusive: Date): Big {
  let whole = 0;
  while (+addMonths(start, whole + 1) <= +endExclusive) whole++;

  const anchor = addMonths(start, whole);
  const monthLength = +addMonths(start, whole + 1) - +anchor;
  const rest = decimal(+endExclusive - +anchor).div(monthLength);

  return rest.plus(whole);
}
