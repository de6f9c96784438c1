import {
  dateInZone,
  formatCalendarDate,
  formatDate,
  formatNumber,
} from 'data/format';

import { timeTicks, type TickUnit } from './timeAxis';
import {
  actionTooltip,
  formatMoney,
  periodTooltip,
  type AssetAction,
  type Formatting,
  type StatePeriod,
  type Tooltip,
} from './tooltips';
import { addDays, addMonths, endOfDay, startOfDay } from './zonedTime';

export type Metric = 'Quantity' | 'MRR';

export interface ChartInput extends Formatting {
  periods: StatePeriod[];
  actions: AssetAction[];
  metric: Metric;
  startDate?: string;
  endDate?: string;
  now: number;
}

export interface Point {
  x: number;
  y: number;
}

export type Dot = Point & Tooltip;

/** A dot the keyboard can reach: its dataset and index in the chart. */
export interface DotRef {
  datasetIndex: number;
  index: number;
}

export interface TableRow {
  key: string;
  date: string;
  kind: string;
  value: string;
  details: string;
}

export interface ChartModel {
  metric: Metric;
  line: Point[];
  periodDots: Dot[];
  actionDots: Dot[];
  dots: DotRef[];
  rows: TableRow[];
  min: number;
  max: number;
  axisMin: number;
  axisMax: number;
  ticks: number[];
  tickUnit: TickUnit;
  timeZone: string;
  evergreenThrough: string | null;
  hasPoints: boolean;
  description: string;
}

export const LINE = 0;
export const PERIOD_DOTS = 1;
export const ACTION_DOTS = 2;

interface Segment {
  period: StatePeriod;
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Where an evergreen asset's line stops: 12 months past today or its start. */
export function evergreenHorizon(
  lastStart: number,
  now: number,
  timeZone: string,
): string {
  const from = dateInZone(new Date(Math.max(now, lastStart)), timeZone);
  return addMonths(from, 12);
}

function segmentsOf(periods: StatePeriod[], horizonEnd: number): Segment[] {
  return [...periods]
    .sort((a, b) => Date.parse(a.StartDate) - Date.parse(b.StartDate))
    .map((period) => ({
      period,
      start: Date.parse(period.StartDate),
      end: period.EndDate ? Date.parse(period.EndDate) + 1000 : horizonEnd,
    }));
}

function visibleWindow(input: ChartInput, dataMin: number, dataMax: number) {
  const { startDate, endDate, timeZone } = input;
  const from =
    startDate && DATE.test(startDate) ? startOfDay(startDate, timeZone) : null;
  const to = endDate && DATE.test(endDate) ? endOfDay(endDate, timeZone) : null;
  const min = Math.max(dataMin, from ?? dataMin);
  const max = Math.min(dataMax, to ?? dataMax);

  if (min <= max) return { min, max };
  const start = from ?? to! - DAY_MS;
  return { min: start, max: Math.max(to ?? start + DAY_MS, start + 1) };
}

const periodValue = (metric: Metric, period: StatePeriod) =>
  metric === 'MRR' ? period.Mrr : period.Quantity;

const actionValue = (metric: Metric, action: AssetAction) =>
  metric === 'MRR' ? action.TotalMrr : action.TotalQuantity;

function steppedLine(
  metric: Metric,
  segments: Segment[],
  min: number,
  max: number,
): Point[] {
  const visible = segments.filter((s) => s.end > min && s.start < max);
  const last = visible.at(-1);
  if (!last) return [];

  const line = [
    ...visible.map(({ start, period }) => ({
      x: Math.max(start, min),
      y: periodValue(metric, period),
    })),
    { x: Math.min(last.end, max), y: periodValue(metric, last.period) },
  ];
  const lifecycleEnds = last === segments.at(-1) && last.period.EndDate;
  // After its last period the asset holds nothing: the line drops to zero.
  if (lifecycleEnds && last.end <= max) line.push({ x: last.end, y: 0 });
  return line;
}

function dotsOf(input: ChartInput, segments: Segment[]) {
  const { metric, actions } = input;
  const periodDots = segments.map(({ period, start }) => ({
    x: start,
    y: periodValue(metric, period),
    ...periodTooltip(period, input),
  }));
  const actionDots = actions.map((action, index) => ({
    x: Date.parse(action.ActionDate),
    y: actionValue(metric, action),
    ...actionTooltip(action, index + 1, input),
  }));

  return { periodDots, actionDots };
}

function dotOrder(periodDots: Dot[], actionDots: Dot[]): DotRef[] {
  const refs = (dots: Dot[], datasetIndex: number) =>
    dots.map((dot, index) => ({ datasetIndex, index, x: dot.x }));

  return [...refs(periodDots, PERIOD_DOTS), ...refs(actionDots, ACTION_DOTS)]
    .sort((a, b) => a.x - b.x || a.datasetIndex - b.datasetIndex)
    .map(({ datasetIndex, index }) => ({ datasetIndex, index }));
}

function tableRows(model: ChartModel, input: ChartInput): TableRow[] {
  const { metric, timeZone } = input;

  return model.dots.map(({ datasetIndex, index }) => {
    const isPeriod = datasetIndex === PERIOD_DOTS;
    const dot = (isPeriod ? model.periodDots : model.actionDots)[index]!;

    return {
      key: `${datasetIndex}-${index}`,
      date: formatDate(new Date(dot.x).toISOString(), timeZone),
      kind: isPeriod ? 'State period change' : 'Asset action',
      value: metric === 'MRR' ? formatMoney(dot.y, input) : formatNumber(dot.y),
      details: [dot.title, ...dot.lines].join('; '),
    };
  });
}

function describeChart(model: ChartModel): string {
  const date = (ms: number) =>
    formatDate(new Date(ms).toISOString(), model.timeZone);

  return (
    `${model.metric} over the lifecycle, ${date(model.min)} to ` +
    `${date(model.max)}: ${model.periodDots.length} state period changes ` +
    `and ${model.actionDots.length} asset actions. Use the left and right ` +
    'arrow keys to move between them.'
  );
}

/** Everything the chart, its table and its caption show. */
export function buildChartModel(input: ChartInput): ChartModel {
  const { periods, actions, metric, timeZone, now } = input;
  const lastStart = Math.max(...periods.map((p) => Date.parse(p.StartDate)));
  const isEvergreen = periods.some((period) => !period.EndDate);
  const horizon = evergreenHorizon(lastStart, now, timeZone);
  const segments = segmentsOf(
    periods,
    startOfDay(addDays(horizon, 1), timeZone),
  );
  const actionTimes = actions.map((action) => Date.parse(action.ActionDate));
  const { min, max } = visibleWindow(
    input,
    Math.min(segments[0]?.start ?? now, ...actionTimes),
    Math.max(segments.at(-1)?.end ?? now, ...actionTimes),
  );
  const inWindow = (dot: Dot) => dot.x >= min && dot.x <= max;
  const dots = dotsOf(input, segments);
  const periodDots = dots.periodDots.filter(inWindow);
  const actionDots = dots.actionDots.filter(inWindow);
  const pad = Math.max((max - min) * 0.02, DAY_MS / 2);
  const ticks = timeTicks(min - pad, max + pad, timeZone);
  const model: ChartModel = {
    metric,
    line: steppedLine(metric, segments, min, max),
    periodDots,
    actionDots,
    dots: dotOrder(periodDots, actionDots),
    rows: [],
    min,
    max,
    axisMin: min - pad,
    axisMax: max + pad,
    ticks: ticks.values,
    tickUnit: ticks.unit,
    timeZone,
    evergreenThrough: isEvergreen ? formatCalendarDate(horizon) : null,
    hasPoints: false,
    description: '',
  };

  model.hasPoints = model.line.length > 0 || model.dots.length > 0;
  model.rows = tableRows(model, input);
  model.description = describeChart(model);
  return model;
}
