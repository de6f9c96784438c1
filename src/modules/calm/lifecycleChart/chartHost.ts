import type { Chart } from 'chart.js';

import type { ChartModel, TableRow } from './chartData';
import { chartConfig, chartDatasets, chartOptions } from './chartConfig';
import { hideDots, loadChart, nextDotIndex, showDot } from './chartRuntime';

/** Owns one Chart.js instance: created once, redrawn, then destroyed. */
export class ChartHost {
  private chart?: Chart;
  private drawn?: ChartModel;
  private canvas?: HTMLCanvasElement;
  private latest?: ChartModel;
  private focused = -1;

  /** Draws `model` on `canvas`; call after every render. */
  render(canvas: HTMLCanvasElement | undefined, model: ChartModel | undefined) {
    if (this.canvas !== canvas) this.destroy();
    if (!canvas || !model) return;
    this.canvas = canvas;
    this.latest = model;

    if (!this.chart) {
      this.create(canvas);
    } else if (this.drawn !== model) {
      this.chart.data.datasets = chartDatasets(model);
      this.chart.options = chartOptions(model);
      this.chart.update();
      this.drawn = model;
      this.focused = -1;
    }
  }

  private async create(canvas: HTMLCanvasElement) {
    const ChartClass = await loadChart();
    const model = this.latest;
    if (this.chart || this.canvas !== canvas || !model) return;

    this.chart = new ChartClass(canvas, chartConfig(model));
    this.drawn = model;
  }

  /** Moves the keyboard focus between dots; the row of the dot shown. */
  move(key: string): TableRow | null {
    const { chart, drawn } = this;
    if (!chart || !drawn) return null;
    const next = nextDotIndex(key, this.focused, drawn.dots.length);
    if (next === null) return null;

    this.focused = next;
    showDot(chart, drawn.dots[next]!);
    return drawn.rows[next]!;
  }

  hide() {
    if (this.chart && this.focused >= 0) hideDots(this.chart);
    this.focused = -1;
  }

  destroy() {
    this.chart?.destroy();
    this.chart = undefined;
    this.drawn = undefined;
    this.canvas = undefined;
    this.focused = -1;
  }
}
