import type { Chart } from 'chart.js';

import type { DotRef } from './chartData';

let loading: Promise<typeof Chart> | undefined;

/** Chart.js, loaded with the first chart a page draws. */
export function loadChart(): Promise<typeof Chart> {
  loading ??= import('./chartSetup').then((module) => module.Chart);
  return loading;
}

const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => Math.min(index + 1, count - 1),
  ArrowLeft: (index, count) => (index < 0 ? count - 1 : Math.max(index - 1, 0)),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/** The dot a key moves to, or null when the key does not move. */
export function nextDotIndex(
  key: string,
  index: number,
  count: number,
): number | null {
  const step = STEPS[key];
  return step && count > 0 ? step(index, count) : null;
}

export function showDot(chart: Chart, dot: DotRef) {
  const element = chart.getDatasetMeta(dot.datasetIndex).data[dot.index];
  const active = [dot];

  chart.setActiveElements(active);
  chart.tooltip?.setActiveElements(active, {
    x: element?.x ?? 0,
    y: element?.y ?? 0,
  });
  chart.update();
}

export function hideDots(chart: Chart) {
  chart.setActiveElements([]);
  chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
  chart.update();
}
