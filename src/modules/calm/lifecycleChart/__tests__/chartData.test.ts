import { buildChartModel, type ChartInput } from '../chartData';
import { chartConfig } from '../chartConfig';
import { nextDotIndex } from '../chartRuntime';
import { timeTicks, tickLabel } from '../timeAxis';
import { actionTooltip, periodTooltip } from '../tooltips';
import { addMonths, startOfDay } from '../zonedTime';
import ACTIONS from './data/assetActions.json';
import EVERGREEN_ACTIONS from './data/evergreenAssetActions.json';
import EVERGREEN_PERIODS from './data/evergreenStatePeriods.json';
import PERIODS from './data/statePeriods.json';

const NOW = Date.parse('2026-12-03T17:00:00Z');
const at = (iso: string) => Date.parse(iso);

function model(overrides: Partial<ChartInput> = {}) {
  return buildChartModel({
    periods: PERIODS.records,
    actions: ACTIONS.records,
    metric: 'Quantity',
    now: NOW,
    timeZone: 'UTC',
    currencyIsoCode: 'USD',
    ...overrides,
  });
}

describe('buildChartModel', () => {
  it('steps the line at each state period start and drops to zero at the lifecycle end', () => {
    const { line } = model();

    expect(line).toEqual([
      { x: at('2023-12-06T08:00:00Z'), y: 110 },
      { x: at('2024-06-18T08:00:00Z'), y: 140 },
      { x: at('2024-12-06T08:00:00Z'), y: 140 },
      { x: at('2025-12-06T08:00:00Z'), y: 140 },
      { x: at('2026-09-22T08:00:00Z'), y: 175 },
      { x: at('2026-10-19T08:00:00Z'), y: 195 },
      { x: at('2026-12-06T08:00:00Z'), y: 195 },
      { x: at('2027-12-06T08:00:00Z'), y: 195 },
      { x: at('2027-12-06T08:00:00Z'), y: 0 },
    ]);
  });

  it('keeps an evergreen line level to the horizon', () => {
    const { line } = model({
      periods: EVERGREEN_PERIODS.records,
      actions: EVERGREEN_ACTIONS.records,
    });

    expect(line.at(-1)!.y).toBeGreaterThan(0);
  });

  it('puts a dot at each period start and each action at its running total', () => {
    const { periodDots, actionDots } = model({ metric: 'MRR' });

    expect(periodDots.map(({ x, y }) => [x, y])[1]).toEqual([
      at('2024-06-18T08:00:00Z'),
      1750,
    ]);
    expect(actionDots.map(({ x, y }) => [x, y])).toEqual(
      ACTIONS.records.map((a) => [at(a.ActionDate), a.TotalMrr]),
    );
  });

  it('orders the dots for the keyboard by date, actions before periods', () => {
    const { dots } = model();

    expect(dots.slice(0, 4)).toEqual([
      { datasetIndex: 2, index: 0 },
      { datasetIndex: 1, index: 0 },
      { datasetIndex: 2, index: 1 },
      { datasetIndex: 1, index: 1 },
    ]);
    expect(dots).toHaveLength(14);
  });

  it('spans the earliest action to the lifecycle end', () => {
    const { min, max, evergreenThrough } = model();

    expect(min).toBe(at('2023-11-05T20:08:00Z'));
    expect(max).toBe(at('2027-12-06T08:00:00Z'));
    expect(evergreenThrough).toBeNull();
  });

  it('draws an evergreen asset 12 months past today', () => {
    const evergreen = model({
      periods: EVERGREEN_PERIODS.records,
      actions: EVERGREEN_ACTIONS.records,
    });

    expect(evergreen.evergreenThrough).toBe('Dec 3, 2027');
    expect(evergreen.line.at(-1)).toEqual({
      x: at('2027-12-04T00:00:00Z'),
      y: 1015,
    });
    expect(evergreen.periodDots.at(-1)!.title).toBe(
      'State period: Jun 1, 2026 – no end date',
    );
  });

  it('draws an evergreen asset that starts later 12 months past its start', () => {
    const future = [
      { ...EVERGREEN_PERIODS.records[4]!, StartDate: '2027-03-01T00:00:00Z' },
    ];

    expect(model({ periods: future }).evergreenThrough).toBe('Mar 1, 2028');
  });

  it('narrows the line and the dots to the date range in the org zone', () => {
    const ranged = model({
      startDate: '2024-06-01',
      endDate: '2025-12-31',
      timeZone: 'America/Los_Angeles',
    });

    expect(ranged.min).toBe(at('2024-06-01T07:00:00Z'));
    expect(ranged.max).toBe(at('2026-01-01T07:59:59.999Z'));
    expect(ranged.line[0]).toEqual({ x: ranged.min, y: 110 });
    expect(ranged.line.at(-1)).toEqual({ x: ranged.max, y: 140 });
    expect(ranged.periodDots.map((dot) => dot.x)).toEqual([
      at('2024-06-18T08:00:00Z'),
      at('2024-12-06T08:00:00Z'),
      at('2025-12-06T08:00:00Z'),
    ]);
    expect(ranged.actionDots.map((dot) => dot.title)).toEqual([
      'Action 2: Change',
      'Action 3: Change',
      'Action 4: Change',
    ]);
    expect(ranged.dots).toHaveLength(6);
  });

  it('has no points for a range outside the lifecycle', () => {
    const ranged = model({ startDate: '2030-01-01', endDate: '2030-12-31' });

    expect(ranged.hasPoints).toBe(false);
    expect(ranged.line).toEqual([]);
    expect(ranged.min).toBe(at('2030-01-01T00:00:00Z'));
  });

  it('ignores range ends that are not dates', () => {
    expect(model({ startDate: 'soon', endDate: '' }).min).toBe(model().min);
  });

  it('lists the dots as table rows and describes the chart', () => {
    const { rows, description } = model();

    expect(rows[0]).toEqual({
      key: '2-0',
      date: 'Nov 5, 2023',
      kind: 'Asset action',
      value: '110',
      details: expect.stringContaining('Action 1: Generate; Business'),
    });
    expect(description).toBe(
      'Quantity over the lifecycle, Nov 5, 2023 to Dec 6, 2027: ' +
        '7 state period changes and 7 asset actions. Use the left and ' +
        'right arrow keys to move between them.',
    );
  });
});

describe('tooltips', () => {
  const formatting = { timeZone: 'UTC', currencyIsoCode: 'USD' };

  it('shows a state period with its dates, quantity, MRR and amount', () => {
    expect(periodTooltip(PERIODS.records[0]!, formatting)).toEqual({
      title: 'State period: Dec 6, 2023 – Jun 18, 2024',
      lines: ['Quantity: 110', 'MRR: $1,375.00', 'Amount: $8,800.00'],
    });
  });

  it('shows an asset action with its category, date, deltas and totals', () => {
    expect(actionTooltip(ACTIONS.records[1]!, 2, formatting)).toEqual({
      title: 'Action 2: Change',
      lines: [
        'Business category: Upsells',
        'Action date: Jun 1, 2024, 1:02 PM',
        'Quantity change: +30',
        'MRR change: +375',
        'Amount change: +2,100',
        'Total quantity: 140',
        'Total MRR: $1,750.00',
        'Total amount: $18,600.00',
      ],
    });
  });

  it('shows a negative change with a minus sign', () => {
    const downsell = EVERGREEN_ACTIONS.records[1]!;

    expect(actionTooltip(downsell, 2, formatting).lines[2]).toBe(
      'Quantity change: \u2212340',
    );
  });
});

describe('chartConfig', () => {
  const config = chartConfig(model());
  const [line, periods, actions] = config.data.datasets;
  const options = config.options!;

  it('draws a stepped line, blue period dots and orange action dots', () => {
    expect(line).toMatchObject({ stepped: 'before', fill: 'origin' });
    expect(periods).toMatchObject({
      label: 'State period change',
      backgroundColor: '#0176d3',
      showLine: false,
    });
    expect(actions).toMatchObject({
      label: 'Asset action',
      backgroundColor: '#fe9339',
      showLine: false,
    });
  });

  it('pads the x axis so the dots at either end show whole', () => {
    const { min, max } = model();
    const x = options.scales!.x!;

    expect(x.min).toBeLessThan(min);
    expect(x.max).toBeGreaterThan(max);
  });

  it('fills its fixed-height parent', () => {
    expect(options).toMatchObject({
      responsive: true,
      maintainAspectRatio: false,
    });
  });

  it('shows a dot’s tooltip text and never the line’s', () => {
    const tooltip = options.plugins!.tooltip!;
    const item = { datasetIndex: 2, raw: actions!.data[0] } as any;

    expect(tooltip.filter!(item, 0, [], {} as any)).toBe(true);
    expect(tooltip.filter!({ datasetIndex: 0 } as any, 0, [], {} as any)).toBe(
      false,
    );
    expect((tooltip.callbacks!.title as any)([item])).toBe(
      'Action 1: Generate',
    );
    expect((tooltip.callbacks!.label as any)(item)).toContain(
      'Business category: Initial Sale',
    );
  });

  it('puts x ticks on month starts labelled in the org zone', () => {
    const x = options.scales!.x as any;
    const scale = { ticks: [] as { value: number }[] };

    x.afterBuildTicks(scale);

    expect(scale.ticks[0]).toEqual({ value: at('2024-01-01T00:00:00Z') });
    expect(x.ticks.callback(scale.ticks[0]!.value)).toBe('Jan 2024');
  });
});

describe('timeTicks', () => {
  it('uses day ticks for a short range', () => {
    const ticks = timeTicks(
      at('2024-03-01T05:00:00Z'),
      at('2024-03-15T05:00:00Z'),
      'America/New_York',
    );

    expect(ticks.unit).toBe('day');
    expect(ticks.values.slice(0, 2)).toEqual([
      at('2024-03-01T05:00:00Z'),
      at('2024-03-03T05:00:00Z'),
    ]);
    expect(tickLabel(ticks.values[1]!, 'day', 'America/New_York')).toBe(
      'Mar 3',
    );
  });

  it('keeps to eight month ticks aligned on quarters or years', () => {
    const ticks = timeTicks(
      at('2023-11-05T00:00:00Z'),
      at('2027-12-06T00:00:00Z'),
      'UTC',
    );

    expect(ticks.unit).toBe('month');
    expect(ticks.values.length).toBeLessThanOrEqual(8);
    expect(ticks.values[0]).toBe(at('2024-01-01T00:00:00Z'));
  });
});

describe('zoned dates', () => {
  it('finds midnight across daylight saving changes', () => {
    expect(startOfDay('2024-03-10', 'America/New_York')).toBe(
      at('2024-03-10T05:00:00Z'),
    );
    expect(startOfDay('2024-03-11', 'America/New_York')).toBe(
      at('2024-03-11T04:00:00Z'),
    );
    expect(startOfDay('2024-06-01', 'Asia/Kolkata')).toBe(
      at('2024-05-31T18:30:00Z'),
    );
  });

  it('adds months without running past the month end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});

describe('nextDotIndex', () => {
  it('moves right and left within the dots, and jumps home and end', () => {
    expect(nextDotIndex('ArrowRight', -1, 3)).toBe(0);
    expect(nextDotIndex('ArrowRight', 2, 3)).toBe(2);
    expect(nextDotIndex('ArrowLeft', -1, 3)).toBe(2);
    expect(nextDotIndex('ArrowLeft', 0, 3)).toBe(0);
    expect(nextDotIndex('End', 0, 3)).toBe(2);
    expect(nextDotIndex('Home', 2, 3)).toBe(0);
    expect(nextDotIndex('Enter', 0, 3)).toBeNull();
    expect(nextDotIndex('ArrowRight', -1, 0)).toBeNull();
  });
});
