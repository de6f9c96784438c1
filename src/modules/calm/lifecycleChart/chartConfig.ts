import type {
  ChartConfiguration,
  ChartDataset,
  ChartOptions,
  Scale,
  TooltipItem,
} from 'chart.js';
import { formatNumber } from 'data/format';

import { LINE, type ChartModel, type Dot, type Point } from './chartData';
import { tickLabel } from './timeAxis';

export const BRAND_BLUE = '#0176d3';
export const ACTION_ORANGE = '#fe9339';
const LINE_BLUE = '#1b96ff';
const AREA_BLUE = 'rgba(27, 150, 255, 0.08)';
const GRID = '#e5e5e5';
const TEXT = '#444444';
const TOOLTIP = '#032d60';

type LineDataset = ChartDataset<'line', (Point | Dot)[]>;

function dotDataset(
  label: string,
  data: Dot[],
  color: string,
  border: string,
  pointStyle: 'circle' | 'rectRot',
): LineDataset {
  return {
    label,
    data,
    showLine: false,
    pointStyle,
    pointRadius: pointStyle === 'circle' ? 5 : 6,
    pointHoverRadius: pointStyle === 'circle' ? 8 : 9,
    pointBorderWidth: 1.5,
    pointHoverBorderWidth: 2,
    backgroundColor: color,
    borderColor: border,
    pointHoverBackgroundColor: color,
    pointHoverBorderColor: border,
  };
}

export function chartDatasets(model: ChartModel): LineDataset[] {
  return [
    {
      label: model.metric,
      data: model.line,
      stepped: 'before',
      borderColor: LINE_BLUE,
      backgroundColor: AREA_BLUE,
      borderWidth: 2,
      fill: 'origin',
      pointRadius: 0,
      pointHoverRadius: 0,
      pointHitRadius: 0,
    },
    dotDataset(
      'State period change',
      model.periodDots,
      BRAND_BLUE,
      '#ffffff',
      'circle',
    ),
    dotDataset(
      'Asset action',
      model.actionDots,
      ACTION_ORANGE,
      '#8c4b02',
      'rectRot',
    ),
  ];
}

const isDot = (item: { datasetIndex?: number }) => item.datasetIndex !== LINE;

export function chartOptions(model: ChartModel): ChartOptions<'line'> {
  const { ticks, tickUnit, timeZone, axisMin, axisMax } = model;

  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'nearest', intersect: true },
    scales: {
      x: {
        type: 'linear',
        min: axisMin,
        max: axisMax,
        grid: { color: GRID },
        afterBuildTicks: (scale: Scale) => {
          scale.ticks = ticks.map((value) => ({ value }));
        },
        ticks: {
          color: TEXT,
          maxRotation: 0,
          callback: (value) => tickLabel(Number(value), tickUnit, timeZone),
        },
      },
      y: {
        type: 'linear',
        beginAtZero: true,
        grace: '10%',
        grid: { color: GRID },
        title: { display: true, text: model.metric, color: TEXT },
        ticks: { color: TEXT, callback: (value) => formatNumber(+value) },
      },
    },
    plugins: {
      legend: {
        position: 'bottom',
        labels: { usePointStyle: true, color: TEXT, filter: isDot },
      },
      tooltip: {
        filter: isDot,
        displayColors: false,
        backgroundColor: TOOLTIP,
        padding: 10,
        callbacks: {
          title: (items: TooltipItem<'line'>[]) =>
            (items[0]?.raw as Dot | undefined)?.title ?? '',
          label: (item: TooltipItem<'line'>) => (item.raw as Dot).lines,
        },
      },
    },
  };
}

export function chartConfig(
  model: ChartModel,
): ChartConfiguration<'line', (Point | Dot)[]> {
  return {
    type: 'line',
    data: { datasets: chartDatasets(model) },
    options: chartOptions(model),
  };
}
