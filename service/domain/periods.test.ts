import { ApiError } from './errors';
import { decimal } from './money';
import {
  planCancel,
  planChange,
  planGenerate,
  type SentPeriod,
  type StatePeriod,
} from './periods';

const period = (
  start: string,
  end: string | null,
  quantity = 10,
  path = 'assetStatePeriods[0]',
): SentPeriod => ({
  path,
  startDate: new Date(start),
  endDate: end === null ? null : new Date(end),
  quantity: decimal(quantity),
  amount: decimal(quantity * 10),
  mrr: decimal(quantity),
});

const JAN = period('2024-01-01T00:00:00Z', '2024-01-31T23:59:59Z');
const FEB = period(
  '2024-02-01T00:00:00Z',
  '2024-02-29T23:59:59Z',
  20,
  'assetStatePeriods[1]',
);
const MAR = period(
  '2024-03-01T00:00:00Z',
  '2024-03-31T23:59:59Z',
  30,
  'assetStatePeriods[2]',
);
const existing: StatePeriod[] = [JAN, FEB, MAR];

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) {
      return error.errors.map((e) => `${e.fields.join(',')}: ${e.message}`);
    }
    throw error;
  }
  return [];
}

describe('state period rules', () => {
  it.each([
    ['a period starting at 00 seconds', () => planGenerate([JAN])],
    [
      'contiguous periods sent in any order',
      () => planGenerate([MAR, JAN, FEB]),
    ],
    [
      'an open-ended latest period',
      () => planGenerate([JAN, period('2024-02-01T00:00:00Z', null, 5, 'p')]),
    ],
    [
      'a change restating an existing period',
      () =>
        planChange(existing, [
          period('2024-02-01T00:00:00Z', '2024-02-14T23:59:59Z', 20, 'a'),
          period('2024-02-15T00:00:00Z', '2024-02-29T23:59:59Z', 25, 'b'),
        ]),
    ],
    [
      'a renewal one second after the last end',
      () =>
        planChange(existing, [
          period('2024-04-01T00:00:00Z', '2024-04-30T23:59:59Z', 30, 'r'),
        ]),
    ],
    [
      'a cancel shortening a period',
      () =>
        planCancel(
          existing,
          period(
            '2024-03-01T00:00:00Z',
            '2024-03-10T23:59:59Z',
            30,
            'assetStatePeriod',
          ),
        ),
    ],
  ])('accepts %s', (_name, run) => {
    expect(problems(run)).toEqual([]);
  });

  it.each([
    [
      'a start that is not at 00 seconds',
      () =>
        planGenerate([period('2024-01-01T00:00:30Z', '2024-01-31T23:59:59Z')]),
      /startDate: .*starts at 00 seconds/,
    ],
    [
      'an end that is not at 59 seconds',
      () =>
        planGenerate([period('2024-01-01T00:00:00Z', '2024-01-31T23:59:58Z')]),
      /endDate: .*ends at 59 seconds/,
    ],
    [
      'a gap between periods',
      () => planGenerate([JAN, MAR]),
      /\[2\]\.startDate: .*leaves a gap.*must start at 2024-02-01T00:00:00.000Z/,
    ],
    [
      'overlapping periods',
      () =>
        planGenerate([
          JAN,
          period('2024-01-31T00:00:00Z', '2024-02-29T23:59:59Z', 1, 'o'),
        ]),
      /o\.startDate: .*overlaps/,
    ],
    [
      'a span that is not whole days',
      () =>
        planGenerate([period('2024-01-01T00:00:00Z', '2024-01-01T11:59:59Z')]),
      /endDate: .*whole days/,
    ],
    [
      'an asset with no period of 24 hours',
      () =>
        planGenerate([period('2024-01-01T00:00:00Z', '2023-12-31T23:59:59Z')]),
      /: At least one state period .* 24 hours/,
    ],
    [
      'an open end before the latest period',
      () => planGenerate([period('2024-01-01T00:00:00Z', null), FEB]),
      /\[0\]\.endDate: Only the latest state period may have no end date/,
    ],
    [
      'a change starting before the lifecycle start',
      () =>
        planChange(existing, [
          period('2023-12-01T00:00:00Z', '2023-12-31T23:59:59Z', 1, 'c'),
        ]),
      /c\.startDate: The lifecycle start date .* cannot change/,
    ],
    [
      'a change starting inside a period',
      () =>
        planChange(existing, [
          period('2024-02-10T00:00:00Z', '2024-02-29T23:59:59Z', 1, 'c'),
        ]),
      /c\.startDate: .*falls inside the state period starting 2024-02-01/,
    ],
    [
      'a change leaving a gap after the last end',
      () =>
        planChange(existing, [
          period('2024-04-02T00:00:00Z', '2024-04-30T23:59:59Z', 1, 'c'),
        ]),
      /c\.startDate: .*2024-04-01T00:00:00.000Z/,
    ],
    [
      'a change replacing more than 4 periods',
      () =>
        planChange(
          [
            ...existing,
            period('2024-04-01T00:00:00Z', '2024-04-30T23:59:59Z'),
            period('2024-05-01T00:00:00Z', '2024-05-31T23:59:59Z'),
          ],
          [period('2024-01-01T00:00:00Z', null, 1, 'c')],
        ),
      /at most 4 state periods; .* would replace 5/,
    ],
    [
      'a cancel of a period that does not exist',
      () =>
        planCancel(
          existing,
          period(
            '2024-02-02T00:00:00Z',
            '2024-02-10T23:59:59Z',
            20,
            'assetStatePeriod',
          ),
        ),
      /none starts at/,
    ],
    [
      'a cancel that extends a period',
      () =>
        planCancel(
          existing,
          period(
            '2024-03-01T00:00:00Z',
            '2024-04-30T23:59:59Z',
            30,
            'assetStatePeriod',
          ),
        ),
      /cannot extend a period/,
    ],
    [
      'a cancel that changes the quantity',
      () =>
        planCancel(
          existing,
          period(
            '2024-03-01T00:00:00Z',
            '2024-03-10T23:59:59Z',
            5,
            'assetStatePeriod',
          ),
        ),
      /quantity: A cancel keeps the period's quantity of 30/,
    ],
    [
      'a cancel with no end date',
      () =>
        planCancel(
          existing,
          period('2024-03-01T00:00:00Z', null, 30, 'assetStatePeriod'),
        ),
      /needs an end date/,
    ],
  ])('rejects %s', (_name, run, expected) => {
    expect(problems(run)).toContainEqual(expect.stringMatching(expected));
  });

  it('replaces every existing period from the restated one on', () => {
    const plan = planChange(existing, [
      period('2024-02-01T00:00:00Z', '2024-03-31T23:59:59Z', 15, 'c'),
    ]);

    expect(plan.replaced).toEqual([FEB, MAR]);
    expect(plan.periods.map((p) => p.quantity.toNumber())).toEqual([10, 15]);
  });

  it('removes the periods after a cancelled one', () => {
    const cancelled = period(
      '2024-02-01T00:00:00Z',
      '2024-02-10T23:59:59Z',
      20,
      'assetStatePeriod',
    );
    const plan = planCancel(existing, cancelled);

    expect(plan.replaced).toEqual([FEB, MAR]);
    expect(plan.periods).toEqual([JAN, cancelled]);
  });
});
