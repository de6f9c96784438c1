import { DateTime } from 'luxon';

import { invalidInput } from './errors';

export interface AsOf {
  /** The calendar date in the org's time zone. */
  date: string;
  /** The instant figures are evaluated at. */
  at: Date;
}

/**
 * "As of" a calendar date in the org's time zone: today means now; any
 * other day means the last second of that day.
 */
export function resolveAsOf(
  date: string | undefined,
  timeZone: string,
  now = new Date(),
): AsOf {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;
  if (date === undefined || date === today) return { date: today, at: now };

  const day = DateTime.fromISO(date, { zone: timeZone });
  if (!day.isValid) {
    throw invalidInput('asOf', `${date} is not a calendar date (YYYY-MM-DD).`);
  }
  const endOfDay = day.endOf('day').set({ millisecond: 0 });
  return { date, at: endOfDay.toJSDate() };
}
