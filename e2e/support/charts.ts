import type { Locator, Page } from 'playwright-core';

/**
 * Reads Chart.js state from the page. The chart module the page loaded is
 * imported once more by URL (the browser hands back the same instance), so
 * `Chart.getChart(canvas)` finds the chart a component drew.
 */
export async function reachCharts(page: Page) {
  const loaded = await page
    .waitForFunction(
      () =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .find((name) => /\/chartSetup-[\w-]+\.js$/.test(name)),
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => null);
  const url = (await loaded?.jsonValue()) as string | undefined;
  if (!url) throw new Error('The page has not loaded Chart.js.');

  await page.addScriptTag({
    type: 'module',
    content: `import * as chartModule from ${JSON.stringify(url)};
window.calmChartClass = Object.values(chartModule).find(
  (value) => value && typeof value.getChart === 'function',
);`,
  });
  await page.waitForFunction(() => 'calmChartClass' in window);
}

type ChartLike = {
  getDatasetMeta(index: number): { data: { x: number; y: number }[] };
  data: { datasets: { label?: string; data: unknown[] }[] };
  scales: Record<string, { min: number; max: number }>;
  chartArea: { left: number; right: number; top: number; bottom: number };
  tooltip?: {
    opacity: number;
    title: string[];
    body: { lines: string[] }[];
    getActiveElements(): { datasetIndex: number; index: number }[];
  };
};
type WithCharts = { calmChartClass?: { getChart(canvas: unknown): ChartLike } };

export interface ChartSnapshot {
  labels: string[];
  counts: number[];
  min: number;
  max: number;
}

/** Dataset labels, point counts and the x range of the chart on `canvas`. */
export function chartSnapshot(canvas: Locator): Promise<ChartSnapshot | null> {
  return canvas.evaluate((element) => {
    const chart = (window as WithCharts).calmChartClass?.getChart(element);
    if (!chart) return null;
    return {
      labels: chart.data.datasets.map((dataset) => dataset.label ?? ''),
      counts: chart.data.datasets.map((dataset) => dataset.data.length),
      min: chart.scales.x!.min,
      max: chart.scales.x!.max,
    };
  });
}

/**
 * Where on the canvas a dot of `datasetIndex` sits clear of every other dot,
 * so hovering it can only show its own tooltip.
 */
export function clearDot(canvas: Locator, datasetIndex: number) {
  return canvas.evaluate((element, wanted) => {
    const chart = (window as WithCharts).calmChartClass!.getChart(element);
    const area = chart.chartArea;
    const others = chart.data.datasets
      .map((_dataset, index) => index)
      .filter((index) => index !== 0 && index !== wanted)
      .flatMap((index) => chart.getDatasetMeta(index).data);
    const inside = (dot: { x: number; y: number }) =>
      dot.x >= area.left &&
      dot.x <= area.right &&
      dot.y >= area.top &&
      dot.y <= area.bottom;
    const points = chart.getDatasetMeta(wanted).data;
    const index = points.findIndex(
      (dot, i) =>
        inside(dot) &&
        others.every(
          (other) => Math.hypot(other.x - dot.x, other.y - dot.y) > 14,
        ) &&
        points.every(
          (other, j) =>
            j === i || Math.hypot(other.x - dot.x, other.y - dot.y) > 14,
        ),
    );
    return index < 0
      ? null
      : { index, x: points[index]!.x, y: points[index]!.y };
  }, datasetIndex);
}

export interface TooltipState {
  active: { datasetIndex: number; index: number }[];
  title: string[];
  lines: string[];
}

/** What Chart.js's tooltip shows on `canvas` right now. */
export function tooltipOf(canvas: Locator): Promise<TooltipState> {
  return canvas.evaluate((element) => {
    const tooltip = (window as WithCharts).calmChartClass!.getChart(
      element,
    ).tooltip!;
    return {
      active: (tooltip.opacity > 0 ? tooltip.getActiveElements() : []).map(
        ({ datasetIndex, index }) => ({ datasetIndex, index }),
      ),
      title: tooltip.title ?? [],
      lines: (tooltip.body ?? []).flatMap((part) => part.lines),
    };
  });
}

/** Moves the mouse onto a dot and returns the tooltip it opens. */
export async function hoverDot(
  page: Page,
  canvas: Locator,
  dot: { x: number; y: number },
) {
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + dot.x, box.y + dot.y);
  await page.waitForFunction(
    (element) => {
      const chart = (window as WithCharts).calmChartClass!.getChart(element);
      return (chart.tooltip?.getActiveElements().length ?? 0) > 0;
    },
    await canvas.elementHandle(),
  );
  return tooltipOf(canvas);
}
