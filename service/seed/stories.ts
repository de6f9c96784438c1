import { decimal, type Big } from '../domain/money';
import {
  addDays,
  addMonths,
  daysBetween,
  secondAfter,
  secondBefore,
} from './calendar';
import { isRecurring, type DemoProduct } from './catalog';
import { Story, type StoryContext } from './story';
import {
  containing,
  type PlannedLifecycle,
  type PlannedPeriod,
} from './timeline';

export function writeStory(context: StoryContext): PlannedLifecycle {
  const story = new Story(context);

  if (!isRecurring(context.product)) writeOneTimeStory(story);
  else if (isEvergreen(story)) writeEvergreenStory(story);
  else writeTermStory(story);

  story.finish();
  return story.lifecycle;
}

function isEvergreen(story: Story): boolean {
  const { type } = story.context.product;
  const evergreenType = type === 'Subscription' || type === 'UsageBased';
  return evergreenType && story.random.chance(0.15);
}

function writeOneTimeStory(story: Story) {
  const { start, quantity, unitPrice, product } = story.context;
  const days =
    product.type === 'Physical' ? 365 : story.random.pick([30, 60, 90]);
  const end = secondBefore(addDays(start, days));

  story.generate([story.period(start, end, quantity, unitPrice)]);
  if (product.type === 'ProfessionalService') extendEngagement(story, days);
}

function extendEngagement(story: Story, days: number) {
  const { start, quantity, unitPrice } = story.context;
  if (!story.random.chance(0.3)) return;

  const decided = story.decidedBefore(addDays(start, days), 5, days - 5);
  if (!decided) return;

  const end = story.lifecycle.latest.endDate!;
  const extendedEnd = addDays(end, story.random.int(14, 45));
  const extraDays = story.random.int(1, Math.max(1, quantity.toNumber()));
  const periods = [
    story.period(start, extendedEnd, quantity.plus(extraDays), unitPrice),
  ];
  story.change('Upsells', decided, periods, secondAfter(end));
}

function writeEvergreenStory(story: Story) {
  const { start, quantity, unitPrice } = story.context;
  story.generate([story.period(start, null, quantity, unitPrice)]);

  let from = start;
  for (let i = 0; i < 12; i++) {
    const at = addDays(from, story.random.int(90, 300));
    const decided = story.decidedBefore(at, 3, 20);
    if (!decided) return;

    if (story.random.chance(0.55)) changeQuantity(story, at, decided);
    from = at;
  }
}

function writeTermStory(story: Story) {
  story.generate(initialTerm(story));
  let termStart: Date | null = story.context.start;

  while (termStart) {
    const termEnd = story.lifecycle.latest.endDate!;

    if (!changeMidTerm(story, termStart, termEnd)) return;
    if (story.random.chance(0.1))
      return cancelMidTerm(story, termStart, termEnd);
    if (story.random.chance(0.1)) return;
    termStart = renew(story);
  }
}

function initialTerm(story: Story): PlannedPeriod[] {
  const { start, quantity, unitPrice } = story.context;
  const fits = (years: number) =>
    years === 1 || story.withinHorizon(addMonths(start, 12 * years));
  const years = story.random.weighted([1, 2, 3].filter(fits), (n) =>
    n === 1 ? 6 : 2,
  );

  if (years === 1 || story.random.chance(0.5)) {
    const end = termEnd(start, 12 * years);
    return [story.period(start, end, quantity, unitPrice)];
  }
  return rampedTerm(story, years);
}

/** A ramp deal: the quantity grows each year of the term to the full amount. */
function rampedTerm(story: Story, years: number): PlannedPeriod[] {
  const { start, quantity, unitPrice, product } = story.context;
  const shares = years === 2 ? [0.6, 1] : [0.5, 0.75, 1];

  return shares.map((share, year) => {
    const yearStart = addMonths(start, 12 * year);
    const yearQuantity = roundQuantity(quantity.toNumber() * share, product);
    const end = termEnd(yearStart, 12);
    return story.period(yearStart, end, yearQuantity, unitPrice);
  });
}

function termEnd(start: Date, months: number): Date {
  return secondBefore(addMonths(start, months));
}

/** Up to two upsells or downsells in the term; false once they are to come. */
function changeMidTerm(story: Story, termStart: Date, end: Date): boolean {
  const termDays = daysBetween(termStart, secondAfter(end));
  const count = story.random.weighted([0, 1, 2], (n) => [70, 22, 8][n]!);
  const offsets = Array.from({ length: count }, () =>
    story.random.int(45, termDays - 30),
  );

  for (const offset of new Set(offsets.sort((a, b) => a - b))) {
    const at = addDays(termStart, offset);
    const decided = story.decidedBefore(at, 5, 25);
    if (!decided) return false;

    changeQuantity(story, at, decided);
  }
  return true;
}

function changeQuantity(story: Story, at: Date, decided: Date) {
  const { product } = story.context;
  const { periods } = story.lifecycle;
  if (product.basis === 'plan') return;

  const current = periods[containing(periods, at)]!;
  const quantity = current.quantity.toNumber();
  const upsell = quantity <= 1 || story.random.chance(0.7);
  const share = upsell
    ? story.random.between(0.1, 0.4)
    : -story.random.between(0.1, 0.3);
  const next = roundQuantity(quantity * (1 + share), product);
  if (next.eq(current.quantity)) return;

  const restated = story.lifecycle.restateQuantity(
    at,
    next.minus(current.quantity),
  );
  story.change(upsell ? 'Upsells' : 'Downsells', decided, restated, at);
  story.lastChangeAt = at;
}

function cancelMidTerm(story: Story, termStart: Date, end: Date) {
  const termDays = daysBetween(termStart, secondAfter(end));
  const afterChange = daysBetween(termStart, story.lastChangeAt) + 15;
  const earliest = Math.max(60, afterChange);
  if (earliest > termDays - 15) return;

  const at = addDays(termStart, story.random.int(earliest, termDays - 15));
  const decided = story.decidedBefore(at, 1, 30);
  if (decided) story.cancel(decided, at);
}

/** Appends the next term: its start, or null when that is still to come. */
function renew(story: Story): Date | null {
  const { product } = story.context;
  const last = story.lifecycle.latest;
  const start = secondAfter(last.endDate!);
  const decided = story.decidedBefore(start, 20, 60);
  if (!decided) return null;

  const twoYears =
    story.random.chance(0.1) && story.withinHorizon(termEnd(start, 24));
  const end = termEnd(start, twoYears ? 24 : 12);
  const uplift = 1 + story.random.int(0, 6) / 100;
  const unitPrice = last.unitPrice.times(uplift).round(2);
  const quantity = renewedQuantity(story, last.quantity, product);

  story.change('Renewals', decided, [
    story.period(start, end, quantity, unitPrice),
  ]);
  return start;
}

function renewedQuantity(story: Story, quantity: Big, product: DemoProduct) {
  const roll = story.random.next();
  if (roll < 0.65 || product.basis === 'plan') return quantity;

  const factor =
    roll < 0.9
      ? story.random.between(1.05, 1.3)
      : story.random.between(0.75, 0.95);
  return roundQuantity(quantity.toNumber() * factor, product);
}

/** Whole units, in fives for the larger seat and device counts. */
export function roundQuantity(value: number, product: DemoProduct): Big {
  const countsSeats = product.basis === 'devices' || product.basis === 'users';
  const rounded =
    countsSeats && value >= 50 ? Math.round(value / 5) * 5 : Math.round(value);
  return decimal(Math.max(1, rounded));
}
