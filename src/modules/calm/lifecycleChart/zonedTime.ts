/** Calendar arithmetic on 'YYYY-MM-DD' dates and their instants in a zone. */

const DAY_MS = 86_400_000;

const parts = (date: string) => date.split('-').map(Number) as number[];

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const [y = 0, m = 1, d = 1] = parts(date);
  return isoDate(Date.UTC(y, m - 1, d) + days * DAY_MS);
}

/** Same day of a later month, or that month's last day. */
export function addMonths(date: string, months: number): string {
  const [y = 0, m = 1, d = 1] = parts(date);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return isoDate(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
}

function offsetAt(epochMs: number, timeZone: string): number {
  const fields = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(epochMs));
  const get = (type: string) =>
    Number(fields.find((field) => field.type === type)?.value);
  const wallClock = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );

  return wallClock - Math.floor(epochMs / 1000) * 1000;
}

/** The instant a calendar date begins in a zone, in epoch ms. */
export function startOfDay(date: string, timeZone: string): number {
  const [y = 0, m = 1, d = 1] = parts(date);
  const utcMidnight = Date.UTC(y, m - 1, d);
  const guess = utcMidnight - offsetAt(utcMidnight, timeZone);

  return utcMidnight - offsetAt(guess, timeZone);
}

/** The last millisecond of a calendar date in a zone. */
export function endOfDay(date: string, timeZone: string): number {
  return startOfDay(addDays(date, 1), timeZone) - 1;
}
