import type { BusinessCategory } from '../domain/categories';
import type { Big } from '../domain/money';
import type { DemoAccount } from './accounts';
import { addDays, addMonths, startOfUtcDay } from './calendar';
import { isRecurring, type DemoProduct } from './catalog';
import type { Random } from './random';
import { sourcesFor, type SourceSpan } from './sources';
import {
  PlannedLifecycle,
  type LifecycleStep,
  type PlannedPeriod,
} from './timeline';

export interface StoryContext {
  now: Date;
  account: DemoAccount;
  product: DemoProduct;
  start: Date;
  category: BusinessCategory;
  quantity: Big;
  unitPrice: Big;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Lifecycles end at most about this long after now. */
const HORIZON_MONTHS = 15;

/**
 * One asset's life, told through the actions a sales or billing team would
 * record. Only actions decided by `now` are told, though they may take
 * effect later.
 */
export class Story {
  readonly lifecycle: PlannedLifecycle;
  readonly random: Random;
  /** When the latest quantity change took effect. */
  lastChangeAt: Date;
  private termsChangeAt: Date | null = null;

  constructor(readonly context: StoryContext) {
    this.random = context.account.random;
    this.lifecycle = new PlannedLifecycle(isRecurring(context.product));
    this.lastChangeAt = context.start;
  }

  get now() {
    return this.context.now;
  }

  period(start: Date, end: Date | null, quantity: Big, unitPrice: Big) {
    return this.lifecycle.price(start, end, quantity, unitPrice);
  }

  /** Days before `effective`, after the last action; null if still to come. */
  decidedBefore(effective: Date, minDays: number, maxDays: number) {
    const days = this.random.int(minDays, maxDays);
    const candidate = this.atBusinessHour(addDays(effective, -days));
    const last = this.lifecycle.lastActionDate;
    const date =
      last && +candidate <= +last ? new Date(+last + HOUR_MS) : candidate;

    return +date <= +this.now ? date : null;
  }

  atBusinessHour(day: Date): Date {
    const minutes = this.random.int(13 * 60, 21 * 60);
    return new Date(+startOfUtcDay(day) + minutes * MINUTE_MS);
  }

  withinHorizon(end: Date): boolean {
    return +end <= +addMonths(this.now, HORIZON_MONTHS);
  }

  generate(periods: PlannedPeriod[]) {
    const first = periods[0]!;
    const last = periods[periods.length - 1]!;
    const booked =
      this.decidedBefore(first.startDate, 7, 45) ??
      this.atBusinessHour(addDays(this.now, -this.random.int(1, 10)));
    const step = this.lifecycle.generate(
      this.context.category,
      booked,
      periods,
    );

    this.attachSources(step, first.startDate, last.endDate);
    if (this.random.chance(0.07)) {
      const days = this.random.int(30, 500);
      this.termsChangeAt = this.atBusinessHour(addDays(booked, days));
    }
  }

  change(
    category: BusinessCategory,
    decided: Date,
    periods: PlannedPeriod[],
    effective = periods[0]!.startDate,
  ) {
    this.termsChangeBefore(decided);
    const step = this.lifecycle.change(category, decided, periods);
    const end = periods[periods.length - 1]!.endDate;

    this.attachSources(step, effective, end);
  }

  cancel(decided: Date, effective: Date) {
    this.termsChangeBefore(decided);
    const end = this.lifecycle.latest.endDate;
    const step = this.lifecycle.cancel(
      decided,
      this.lifecycle.shortenedTo(effective),
    );

    this.attachSources(step, effective, end);
  }

  finish() {
    if (this.lifecycle.isCancelled) return;

    const end = this.lifecycle.latest.endDate;
    this.termsChangeBefore(end && +end < +this.now ? end : this.now);
  }

  private termsChangeBefore(at: Date) {
    const due = this.termsChangeAt;
    const last = this.lifecycle.lastActionDate;
    if (!due || +due > +at || (last && +due <= +last)) return;

    this.termsChangeAt = null;
    const step = this.lifecycle.change('Terms And Conditions Changes', due, []);
    this.attachSources(step, due, null);
  }

  private attachSources(step: LifecycleStep, start: Date, end: Date | null) {
    const span: SourceSpan = { startDate: start, endDate: end };
    step.sources = sourcesFor(this, step, span);
  }
}
