import { Problems } from './errors';
import { sum, ZERO, type Big } from './money';
import type { StatePeriod } from './periods';

export type ActionType = 'Generate' | 'Change' | 'Cancel';

export interface Deltas {
  quantityChange: Big;
  mrrChange: Big;
  amount: Big;
}

/** Where the asset stood after its last action. */
export interface RunningTotals {
  quantity: Big;
  mrr: Big;
  /** The asset's total lifecycle amount. */
  amount: Big;
}

export const NO_TOTALS: RunningTotals = {
  quantity: ZERO,
  mrr: ZERO,
  amount: ZERO,
};

/** A change that sends no periods (a terms change) moves no figure. */
export const NO_DELTAS: Deltas = {
  quantityChange: ZERO,
  mrrChange: ZERO,
  amount: ZERO,
};

export function lifecycleAmount(periods: StatePeriod[]): Big {
  return sum(periods.map((p) => p.amount));
}

/**
 * The deltas an action must carry: the latest period's quantity and MRR
 * after minus the running totals before (minus all of them on a cancel),
 * and the change in total lifecycle amount.
 */
export function expectedDeltas(
  type: ActionType,
  before: RunningTotals,
  after: StatePeriod[],
): Deltas {
  const latest = after[after.length - 1];
  const amount = lifecycleAmount(after).minus(before.amount);

  if (type === 'Cancel' || !latest) {
    return {
      quantityChange: before.quantity.neg(),
      mrrChange: before.mrr.neg(),
      amount,
    };
  }
  return {
    quantityChange: latest.quantity.minus(before.quantity),
    mrrChange: latest.mrr.minus(before.mrr),
    amount,
  };
}

const DELTA_FIELDS: (keyof Deltas)[] = [
  'quantityChange',
  'mrrChange',
  'amount',
];

/** Adds a problem for each delta the caller sent that the periods contradict. */
export function checkDeltas(
  sent: Deltas,
  expected: Deltas,
  problems: Problems,
) {
  for (const field of DELTA_FIELDS) {
    if (!sent[field].eq(expected[field])) {
      problems.add(
        `assetAction.${field}`,
        `assetAction.${field} is ${sent[field].toString()} but the state periods give ${expected[field].toString()}.`,
      );
    }
  }
}

export function addDeltas(
  before: RunningTotals,
  deltas: Deltas,
): RunningTotals {
  return {
    quantity: before.quantity.plus(deltas.quantityChange),
    mrr: before.mrr.plus(deltas.mrrChange),
    amount: before.amount.plus(deltas.amount),
  };
}
