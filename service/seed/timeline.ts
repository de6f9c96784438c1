import type { BusinessCategory } from '../domain/categories';
import { sum, ZERO, type Big } from '../domain/money';
import { monthsBetween, secondAfter, secondBefore } from './calendar';

export interface PlannedPeriod {
  startDate: Date;
  endDate: Date | null;
  quantity: Big;
  unitPrice: Big;
  mrr: Big;
  amount: Big;
}

export type SourceKind = 'orderItem' | 'workOrderLineItem' | 'external';

export interface PlannedSource {
  kind: SourceKind;
  dataSource: string | null;
  startDate: Date;
  endDate: Date | null;
  quantity: Big | null;
  amount: Big;
}

export interface LifecycleStep {
  type: 'Generate' | 'Change' | 'Cancel';
  category: BusinessCategory;
  actionDate: Date;
  periods: PlannedPeriod[];
  quantityChange: Big;
  mrrChange: Big;
  amount: Big;
  sources: PlannedSource[];
}

interface Totals {
  quantity: Big;
  mrr: Big;
  amount: Big;
}

/**
 * A period priced from its quantity and unit price: a recurring period
 * costs its MRR for each calendar month it spans, an evergreen one is
 * priced per billing month, a one-time period is priced per unit.
 */
export function pricedPeriod(
  startDate: Date,
  endDate: Date | null,
  quantity: Big,
  unitPrice: Big,
  recurring: boolean,
): PlannedPeriod {
  const mrr = recurring ? quantity.times(unitPrice).round(2) : ZERO;
  const amount = !recurring
    ? quantity.times(unitPrice).round(2)
    : endDate === null
      ? mrr
      : mrr.times(monthsBetween(startDate, secondAfter(endDate))).round(2);

  return { startDate, endDate, quantity, unitPrice, mrr, amount };
}

export function containing(periods: PlannedPeriod[], at: Date) {
  return periods.findIndex(
    (p) => +p.startDate <= +at && (p.endDate === null || +at <= +p.endDate),
  );
}

/**
 * The asset's state periods and running totals as the story unfolds. Each
 * action's deltas are worked out here from the reference's rules, not
 * borrowed from the service, so its delta check tests them.
 */
export class PlannedLifecycle {
  readonly steps: LifecycleStep[] = [];
  periods: PlannedPeriod[] = [];
  private totals: Totals = { quantity: ZERO, mrr: ZERO, amount: ZERO };

  constructor(private readonly recurring: boolean) {}

  get latest(): PlannedPeriod {
    return this.periods[this.periods.length - 1]!;
  }

  get lastActionDate(): Date | undefined {
    return this.steps[this.steps.length - 1]?.actionDate;
  }

  get isCancelled(): boolean {
    return this.steps[this.steps.length - 1]?.type === 'Cancel';
  }

  generate(
    category: BusinessCategory,
    actionDate: Date,
    sent: PlannedPeriod[],
  ) {
    return this.record('Generate', category, actionDate, sent, sent);
  }

  change(category: BusinessCategory, actionDate: Date, sent: PlannedPeriod[]) {
    const from = sent[0]?.startDate;
    const kept = from ? this.periods.filter((p) => +p.startDate < +from) : [];
    const after = from ? [...kept, ...sent] : this.periods;

    return this.record('Change', category, actionDate, sent, after);
  }

  cancel(actionDate: Date, period: PlannedPeriod) {
    const kept = this.periods.filter((p) => +p.startDate < +period.startDate);

    return this.record(
      'Cancel',
      'Cancellations',
      actionDate,
      [period],
      [...kept, period],
    );
  }

  /** The periods sent for a quantity change that takes effect at `at`. */
  restateQuantity(at: Date, quantityChange: Big): PlannedPeriod[] {
    const index = containing(this.periods, at);
    const target = this.periods[index]!;
    const repriced = this.periods
      .slice(index)
      .map((p, i) =>
        this.price(
          i === 0 ? at : p.startDate,
          p.endDate,
          p.quantity.plus(quantityChange),
          p.unitPrice,
        ),
      );
    if (+at === +target.startDate) return repriced;

    const before = this.price(
      target.startDate,
      secondBefore(at),
      target.quantity,
      target.unitPrice,
    );
    return [before, ...repriced];
  }

  /** The period containing the last second before `at`, ending then. */
  shortenedTo(at: Date): PlannedPeriod {
    const end = secondBefore(at);
    const target = this.periods[containing(this.periods, end)]!;

    return this.price(target.startDate, end, target.quantity, target.unitPrice);
  }

  price(start: Date, end: Date | null, quantity: Big, unitPrice: Big) {
    return pricedPeriod(start, end, quantity, unitPrice, this.recurring);
  }

  private record(
    type: LifecycleStep['type'],
    category: BusinessCategory,
    actionDate: Date,
    sent: PlannedPeriod[],
    after: PlannedPeriod[],
  ): LifecycleStep {
    const before = this.totals;
    const latest = after[after.length - 1];
    const amount = sum(after.map((p) => p.amount));
    const periodsSent = sent.length > 0;
    const totals: Totals =
      type === 'Cancel'
        ? { quantity: ZERO, mrr: ZERO, amount }
        : periodsSent && latest
          ? { quantity: latest.quantity, mrr: latest.mrr, amount }
          : before;
    const step: LifecycleStep = {
      type,
      category,
      actionDate,
      periods: sent,
      quantityChange: totals.quantity.minus(before.quantity),
      mrrChange: totals.mrr.minus(before.mrr),
      amount: totals.amount.minus(before.amount),
      sources: [],
    };

    this.periods = after;
    this.totals = totals;
    this.steps.push(step);
    return step;
  }
}
