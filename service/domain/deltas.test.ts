import { checkDeltas, expectedDeltas, NO_TOTALS, type Deltas } from './deltas';
import { Problems } from './errors';
import { decimal } from './money';
import type { StatePeriod } from './periods';

const period = (
  quantity: number,
  mrr: number,
  amount: number,
): StatePeriod => ({
  startDate: new Date('2024-01-01T00:00:00Z'),
  endDate: null,
  quantity: decimal(quantity),
  mrr: decimal(mrr),
  amount: decimal(amount),
});

const totals = (quantity: number, mrr: number, amount: number) => ({
  quantity: decimal(quantity),
  mrr: decimal(mrr),
  amount: decimal(amount),
});

const plain = (deltas: Deltas) => ({
  quantityChange: deltas.quantityChange.toNumber(),
  mrrChange: deltas.mrrChange.toNumber(),
  amount: deltas.amount.toNumber(),
});

describe('asset action deltas', () => {
  it.each([
    [
      'generate: the latest period and the sum of amounts',
      'Generate',
      NO_TOTALS,
      [period(10, 100, 600), period(20, 200, 1200)],
      [20, 200, 1800],
    ],
    [
      'change: latest after minus running totals before',
      'Change',
      totals(20, 200, 1800),
      [period(10, 100, 600), period(20, 200, 600), period(25, 250, 750)],
      [5, 50, 150],
    ],
    [
      'change: a downsell gives negative deltas',
      'Change',
      totals(25, 250, 1950),
      [period(10, 100, 600), period(15, 150, 1000)],
      [-10, -100, -350],
    ],
    [
      'cancel: minus the running totals before',
      'Cancel',
      totals(25, 250, 1950),
      [period(10, 100, 600), period(20, 200, 600), period(25, 250, 500)],
      [-25, -250, -250],
    ],
    [
      'change after a cancel: from zero',
      'Change',
      totals(0, 0, 1700),
      [period(10, 100, 1700), period(12, 120, 1440)],
      [12, 120, 1440],
    ],
  ] as const)(
    '%s',
    (_name, type, before, after, [quantityChange, mrrChange, amount]) => {
      expect(plain(expectedDeltas(type, before, [...after]))).toEqual({
        quantityChange,
        mrrChange,
        amount,
      });
    },
  );

  it('accepts deltas that match the periods', () => {
    const problems = new Problems();
    const expected = expectedDeltas('Generate', NO_TOTALS, [
      period(10, 100, 1200),
    ]);

    checkDeltas({ ...expected }, expected, problems);

    expect(problems.count).toBe(0);
  });

  it('names each delta that contradicts the periods with the expected value', () => {
    const problems = new Problems();
    const expected = expectedDeltas('Cancel', totals(25, 250, 1950), [
      period(25, 250, 1700),
    ]);
    const sent = {
      quantityChange: decimal(5),
      mrrChange: decimal(50),
      amount: decimal(150),
    };

    checkDeltas(sent, expected, problems);

    expect(() => problems.throwIfAny()).toThrow(
      'assetAction.quantityChange is 5 but the state periods give -25. assetAction.mrrChange is 50 but the state periods give -250. assetAction.amount is 150 but the state periods give -250.',
    );
  });
});
