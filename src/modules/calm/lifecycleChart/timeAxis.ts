import { dateInZone } from 'data/format';

import { addDays, addMonths, startOfDay } from './zonedTime';

export type TickUnit = 'day' | 'month';

export interface TimeTicks {
  unit: TickUnit;
  values: number[];
}

const DAY_MS = 86_400_000;
const MAX_TICKS = 8;
const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60];

function calendarTicks(
  first: string,
  step: (date: string) => string,
  min: number,
  max: number,
  timeZone: string,
): number[] {
  const values: number[] = [];

  for (let date = first; ; date = step(date)) {
    const value = startOfDay(date, timeZone);
    if (value > max) return values;
    if (value >= min) values.push(value);
  }
}

/**
 * Ticks on day or month boundaries of the org's zone, so that a linear axis
 * in epoch ms reads as a calendar.
 */
export function timeTicks(
  min: number,
  max: number,
  timeZone: string,
): TimeTicks {
  const days = (max - min) / DAY_MS;
  const first = dateInZone(new Date(min), timeZone);
  const dayStep = DAY_STEPS.find((step) => days / step <= MAX_TICKS);

  if (dayStep && days < 92) {
    const step = (date: string) => addDays(date, dayStep);
    return {
      unit: 'day',
      values: calendarTicks(first, step, min, max, timeZone),
    };
  }
  const monthStep =
    MONTH_STEPS.find((step) => days / 30.44 / step <= MAX_TICKS) ?? 120;
  const [year = 0, month = 1] = first.split('-').map(Number);
  const index = year * 12 + month - 1;
  const aligned = index - (index % monthStep);
  const start = `${Math.floor(aligned / 12)}-${String((aligned % 12) + 1).padStart(2, '0')}-01`;
  const step = (date: string) => addMonths(date, monthStep);

  return {
    unit: 'month',
    values: calendarTicks(start, step, min, max, timeZone),
  };
}

/** "Jan 2024" for month ticks, "Jan 5" for day ticks, in the org's zone. */
export function tickLabel(value: number, unit: TickUnit, timeZone: string) {
  const style: Intl.DateTimeFormatOptions =
    unit === 'month'
      ? { month: 'short', year: 'numeric' }
      : { month: 'short', day: 'numeric' };

  return new Intl.DateTimeFormat(undefined, { ...style, timeZone }).format(
    new Date(value),
  );
}
