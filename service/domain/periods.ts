import type { Big } from './money';
import { Problems, invalidInput } from './errors';

export const SECOND_MS = 1_000;
export const DAY_MS = 86_400_000;

/** Changes and cancels may replace or remove at most this many periods. */
export const MAX_PERIODS_REPLACED = 4;

export interface StatePeriod {
  startDate: Date;
  endDate: Date | null;
  quantity: Big;
  amount: Big;
  mrr: Big;
}

/** A period from a request, with the path that names it in errors. */
export interface SentPeriod extends StatePeriod {
  path: string;
}

export interface PeriodPlan<P> {
  /** The asset's periods after the call, sorted by start. */
  periods: (P | SentPeriod)[];
  /** Existing periods the call replaces or removes. */
  replaced: P[];
}

const iso = (date: Date) => date.toISOString();

export function byStart<T extends StatePeriod>(periods: T[]): T[] {
  return [...periods].sort((a, b) => +a.startDate - +b.startDate);
}

function checkOwnBounds(period: SentPeriod, problems: Problems): void {
  const { startDate: start, endDate: end, path } = period;

  if (start.getUTCSeconds() !== 0 || start.getUTCMilliseconds() !== 0) {
    problems.add(
      `${path}.startDate`,
      `A state period starts at 00 seconds; ${iso(start)} does not.`,
    );
  }
  if (end === null) return;

  if (end.getUTCSeconds() !== 59 || end.getUTCMilliseconds() !== 0) {
    problems.add(
      `${path}.endDate`,
      `A state period ends at 59 seconds; ${iso(end)} does not.`,
    );
  }
  const span = +end + SECOND_MS - +start;
  if (span <= 0) {
    problems.add(
      `${path}.endDate`,
      `A state period ends after it starts; ${iso(end)} is not after ${iso(start)}.`,
    );
  } else if (span % DAY_MS !== 0) {
    problems.add(
      `${path}.endDate`,
      `A state period spans whole days (end + 1 second - start in multiples of 24 hours); ${iso(start)} to ${iso(end)} does not.`,
    );
  }
}

/**
 * Rules that hold across an asset's periods: contiguity, the open end on
 * the latest period only, and at least one period of a day or more.
 */
function checkSequence(
  periods: (StatePeriod | SentPeriod)[],
  problems: Problems,
): void {
  const pathOf = (p: StatePeriod) =>
    'path' in p ? (p as SentPeriod).path : null;

  periods.forEach((period, i) => {
    const previous = periods[i - 1];
    if (!previous) return;

    if (previous.endDate === null) {
      const path = pathOf(previous) ?? pathOf(period);
      problems.add(
        path && `${path}.endDate`,
        `Only the latest state period may have no end date; the period starting ${iso(previous.startDate)} is followed by another.`,
      );
      return;
    }
    const expected = +previous.endDate + SECOND_MS;
    if (+period.startDate !== expected) {
      const path = pathOf(period) ?? pathOf(previous);
      const kind =
        +period.startDate < expected ? 'overlaps' : 'leaves a gap after';
      problems.add(
        path && `${path}.startDate`,
        `State periods are contiguous: the period starting ${iso(period.startDate)} ${kind} the one ending ${iso(previous.endDate)}; it must start at ${iso(new Date(expected))}.`,
      );
    }
  });

  const lastsADay = periods.some(
    (p) =>
      p.endDate === null || +p.endDate + SECOND_MS - +p.startDate >= DAY_MS,
  );
  if (periods.length > 0 && !lastsADay) {
    problems.add(
      null,
      'At least one state period of the asset must last 24 hours or more.',
    );
  }
}

function checkPlan(sent: SentPeriod[], result: (StatePeriod | SentPeriod)[]) {
  const problems = new Problems();

  sent.forEach((period) => checkOwnBounds(period, problems));
  checkSequence(result, problems);
  problems.throwIfAny();
}

/** The periods of a new asset: 1 to 10 of them, in any order. */
export function planGenerate(sent: SentPeriod[]): PeriodPlan<never> {
  const periods = byStart(sent);

  checkPlan(sent, periods);
  return { periods, replaced: [] };
}

/**
 * A change restates the asset from S, the earliest start it sends: S is the
 * start of an existing period or one second after the asset's last end.
 * Every existing period from S on is replaced by the periods sent.
 */
export function planChange<P extends StatePeriod>(
  existing: P[],
  sent: SentPeriod[],
): PeriodPlan<P> {
  const current = byStart(existing);
  const incoming = byStart(sent);
  const first = incoming[0];
  if (!first) return { periods: current, replaced: [] };

  const from = current.findIndex((p) => +p.startDate === +first.startDate);
  const last = current[current.length - 1];
  const extends_ =
    last?.endDate != null && +first.startDate === +last.endDate + SECOND_MS;

  if (from === -1 && !extends_) {
    throw invalidInput(
      `${first.path}.startDate`,
      changeStartProblem(current, first),
    );
  }
  const kept = from === -1 ? current : current.slice(0, from);
  const replaced = from === -1 ? [] : current.slice(from);
  if (replaced.length > MAX_PERIODS_REPLACED) {
    throw invalidInput(
      `${first.path}.startDate`,
      `A change replaces at most ${MAX_PERIODS_REPLACED} state periods; starting at ${iso(first.startDate)} would replace ${replaced.length}.`,
    );
  }
  const periods = [...kept, ...incoming];

  checkPlan(sent, periods);
  return { periods, replaced };
}

function changeStartProblem(current: StatePeriod[], first: SentPeriod) {
  const start = first.startDate;
  const lifecycleStart = current[0]?.startDate;
  const inside = current.find(
    (p) =>
      +p.startDate < +start && (p.endDate === null || +start <= +p.endDate),
  );

  if (lifecycleStart && +start < +lifecycleStart) {
    return `The lifecycle start date ${iso(lifecycleStart)} cannot change; a change cannot start at ${iso(start)}.`;
  }
  if (inside) {
    return `${iso(start)} falls inside the state period starting ${iso(inside.startDate)}: restate that period from its start.`;
  }
  const last = current[current.length - 1];
  const next = last?.endDate ? iso(new Date(+last.endDate + SECOND_MS)) : '';
  return `A change starts at an existing state period's start or at ${next}, one second after the asset's last period ends; ${iso(start)} is neither.`;
}

/**
 * A shortened period's amount lies between zero and its amount before, on
 * the same side of zero. An evergreen period has no span to prorate, so
 * only the sign is kept.
 */
function amountShrinks(before: StatePeriod, after: StatePeriod): boolean {
  const sign = before.amount.lt(0) ? -1 : 1;
  const magnitude = after.amount.times(sign);

  if (magnitude.lt(0)) return false;
  return before.endDate === null || magnitude.lte(before.amount.abs());
}

/**
 * A cancel restates one existing period with an earlier or equal end and
 * the same quantity and MRR; every later period is removed.
 */
export function planCancel<P extends StatePeriod>(
  existing: P[],
  sent: SentPeriod,
): PeriodPlan<P> {
  const current = byStart(existing);
  const index = current.findIndex((p) => +p.startDate === +sent.startDate);
  const target = current[index];
  const path = sent.path;

  if (!target) {
    throw invalidInput(
      `${path}.startDate`,
      `A cancel restates an existing state period; none starts at ${iso(sent.startDate)}.`,
    );
  }
  const problems = new Problems();
  if (sent.endDate === null) {
    problems.add(
      `${path}.endDate`,
      'A cancelled state period needs an end date.',
    );
  } else if (target.endDate !== null && +sent.endDate > +target.endDate) {
    problems.add(
      `${path}.endDate`,
      `A cancel cannot extend a period: ${iso(sent.endDate)} is after its end ${iso(target.endDate)}.`,
    );
  }
  if (!sent.quantity.eq(target.quantity)) {
    problems.add(
      `${path}.quantity`,
      `A cancel keeps the period's quantity of ${target.quantity.toString()}.`,
    );
  }
  if (!sent.mrr.eq(target.mrr)) {
    problems.add(
      `${path}.mrr`,
      `A cancel keeps the period's MRR of ${target.mrr.toString()}.`,
    );
  }
  if (!amountShrinks(target, sent)) {
    problems.add(
      `${path}.amount`,
      `A cancel reduces the period's amount to the shortened span: ${sent.amount.toString()} is not between 0 and ${target.amount.toString()}.`,
    );
  }
  const replaced = current.slice(index);
  if (replaced.length - 1 > MAX_PERIODS_REPLACED) {
    problems.add(
      `${path}.startDate`,
      `A cancel removes at most ${MAX_PERIODS_REPLACED} later state periods; this one would remove ${replaced.length - 1}.`,
    );
  }
  problems.throwIfAny();

  const periods = [...current.slice(0, index), sent];
  checkPlan([sent], periods);
  return { periods, replaced };
}
