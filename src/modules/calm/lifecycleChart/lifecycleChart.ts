import { LightningElement, api, wire } from 'lwc';
import {
  getOrgSettings,
  getRecord,
  getRelatedListRecords,
  type QueryResult,
  type WireResult,
} from 'data/wire';
import { dateRange, formatCalendarDate } from 'data/format';

import { buildChartModel, type ChartModel, type Metric } from './chartData';
import { ChartHost } from './chartHost';
import { loadChart } from './chartRuntime';
import type { AssetAction, StatePeriod } from './tooltips';

type Related<R> = WireResult<QueryResult<R & { Id: string }>>;
type Range = { startDate: string; endDate: string };

export default class LifecycleChart extends LightningElement {
  @api recordId?: string;
  @api objectApiName = 'Asset';

  @api
  get showRangeControl() {
    return this.rangeControlShown;
  }
  set showRangeControl(value: boolean | string) {
    this.rangeControlShown = value !== false && value !== 'false';
  }

  @api
  get metric(): Metric {
    return this.selectedMetric;
  }
  set metric(value: string) {
    this.selectedMetric = value === 'MRR' ? 'MRR' : 'Quantity';
  }

  @api
  get startDate() {
    return this.range.startDate;
  }
  set startDate(value: string) {
    this.range = dateRange(value, this.range.endDate);
  }

  @api
  get endDate() {
    return this.range.endDate;
  }
  set endDate(value: string) {
    this.range = dateRange(this.range.startDate, value);
  }

  rangeControlShown = true;
  selectedMetric: Metric = 'Quantity';
  range: Range = { startDate: '', endDate: '' };
  rangeOpen = false;
  tableShown = false;
  announcement = '';
  private readonly host = new ChartHost();
  private readonly memo: { inputs?: unknown[]; model?: ChartModel } = {};

  @wire(getRecord, { objectApiName: 'Asset', recordId: '$recordId' })
  asset?: WireResult<{ CurrencyIsoCode?: string }>;

  @wire(getRelatedListRecords, {
    parentObjectApiName: 'Asset',
    recordId: '$recordId',
    relatedListId: 'AssetStatePeriods',
  })
  periods?: Related<StatePeriod>;

  @wire(getRelatedListRecords, {
    parentObjectApiName: 'Asset',
    recordId: '$recordId',
    relatedListId: 'AssetActions',
  })
  actions?: Related<AssetAction>;

  @wire(getOrgSettings, {})
  settings?: WireResult<{ timeZone: string }>;

  get wires() {
    return [this.asset, this.periods, this.actions, this.settings];
  }

  get error() {
    return this.wires.find((result) => result?.error)?.error;
  }

  get isLoading() {
    return !this.error && this.wires.some((result) => !result?.data);
  }

  get isEmpty() {
    return !this.isLoading && !this.error && !this.periods?.data?.totalSize;
  }

  get model(): ChartModel | undefined {
    if (this.isLoading || this.error || this.isEmpty) return undefined;
    const inputs = [...this.wires.map((w) => w?.data), this.metric, this.range];
    const { memo } = this;
    if (inputs.every((input, i) => input === memo.inputs?.[i])) {
      return memo.model;
    }
    memo.inputs = inputs;
    memo.model = buildChartModel({
      periods: this.periods!.data!.records,
      actions: this.actions!.data!.records,
      metric: this.metric,
      ...this.range,
      now: Date.now(),
      timeZone: this.settings!.data!.timeZone,
      currencyIsoCode: this.asset?.data?.CurrencyIsoCode,
    });
    return memo.model;
  }

  get cardTitle() {
    return `${this.metric} over the lifecycle`;
  }

  get caption() {
    const { startDate, endDate } = this.range;
    const notes = [`Dates in ${this.settings?.data?.timeZone}`];
    if (startDate || endDate) {
      const from = startDate ? formatCalendarDate(startDate) : 'the start';
      const to = endDate ? formatCalendarDate(endDate) : 'the end';
      notes.push(`Showing ${from} to ${to}`);
    }
    const through = this.model?.evergreenThrough;
    if (through) notes.push(`Evergreen: shown through ${through}`);
    return notes.join(' · ');
  }

  get showRangeForm() {
    return this.rangeControlShown && this.rangeOpen;
  }

  get rangeExpanded() {
    return String(this.rangeOpen);
  }

  get tableExpanded() {
    return String(this.tableShown);
  }

  get noPoints() {
    return !this.model?.hasPoints;
  }

  get tableToggleLabel() {
    return this.tableShown ? 'Hide data table' : 'Show data table';
  }

  get tableWrapperClass() {
    return this.tableShown ? 'slds-scrollable_x' : 'slds-assistive-text';
  }

  override connectedCallback() {
    // Chart.js downloads while the data loads instead of after it.
    loadChart();
  }

  override renderedCallback() {
    const canvas = this.refs?.canvas as HTMLCanvasElement | undefined;
    this.host.render(canvas, this.model);
  }

  override disconnectedCallback() {
    this.host.destroy();
  }

  handleKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      this.hideTooltip();
      return;
    }
    const row = this.host.move(event.key);
    if (!row) return;

    event.preventDefault();
    this.announcement = `${row.date}, ${row.kind}. ${row.details}`;
  }

  hideTooltip() {
    this.host.hide();
    this.announcement = '';
  }

  toggleRange() {
    this.rangeOpen = !this.rangeOpen;
  }

  toggleTable() {
    this.tableShown = !this.tableShown;
  }

  handleRangeChange(event: CustomEvent<Range>) {
    const { startDate, endDate } = event.detail;
    this.range = { startDate, endDate };
    this.dispatchEvent(
      new CustomEvent('rangechange', { detail: { startDate, endDate } }),
    );
  }
}
