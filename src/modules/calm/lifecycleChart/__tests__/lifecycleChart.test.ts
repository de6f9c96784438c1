import LifecycleChart from 'calm/lifecycleChart';
import { Chart } from 'chart.js';
import { getOrgSettings, getRecord, getRelatedListRecords } from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  mount,
  textOf,
} from '../../../../test/component';
import ASSET from './data/asset.json';
import ACTIONS from './data/assetActions.json';
import EVERGREEN_ACTIONS from './data/evergreenAssetActions.json';
import EVERGREEN_PERIODS from './data/evergreenStatePeriods.json';
import PERIODS from './data/statePeriods.json';

jest.mock('data/wire', () => {
  const { createTestWireAdapter } = jest.requireActual(
    '@salesforce/wire-service-jest-util',
  );
  return {
    getRecord: createTestWireAdapter(jest.fn()),
    getRelatedListRecords: createTestWireAdapter(jest.fn()),
    getOrgSettings: createTestWireAdapter(jest.fn()),
  };
});

jest.mock('chart.js', () => {
  const instances: unknown[] = [];
  class MockChart {
    static instances = instances;
    static register = jest.fn();
    data: any;
    options: any;
    tooltip = { setActiveElements: jest.fn() };
    setActiveElements = jest.fn();
    update = jest.fn();
    destroy = jest.fn();
    getDatasetMeta = jest.fn((datasetIndex: number) => ({
      data: this.data.datasets[datasetIndex].data.map(
        (_: unknown, i: number) => ({
          x: 100 + i,
          y: 50 + datasetIndex,
        }),
      ),
    }));

    constructor(
      readonly canvas: HTMLCanvasElement,
      config: { data: unknown; options: unknown },
    ) {
      this.data = config.data;
      this.options = config.options;
      instances.push(this);
    }
  }
  const piece = {};
  return {
    Chart: MockChart,
    Filler: piece,
    Legend: piece,
    LinearScale: piece,
    LineController: piece,
    LineElement: piece,
    PointElement: piece,
    Tooltip: piece,
  };
});

type Config = Record<string, unknown>;
type Adapter = {
  emit(value: unknown, filter?: (config: Config) => boolean): void;
  error(body?: unknown, status?: number): void;
};
const recordAdapter = getRecord as unknown as Adapter;
const relatedAdapter = getRelatedListRecords as unknown as Adapter;
const settingsAdapter = getOrgSettings as unknown as Adapter;
const charts = (Chart as unknown as { instances: any[] }).instances;

const list = (id: string) => (config: Config) => config.relatedListId === id;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function render(
  props: Record<string, unknown> = {},
  periods: unknown = PERIODS,
  actions: unknown = ACTIONS,
) {
  const element = mount('calm-lifecycle-chart', LifecycleChart, {
    recordId: ASSET.Id,
    ...props,
  });
  await settle();
  emitAll(periods, actions);
  await settle();
  await settle();
  return element;
}

function emitAll(periods: unknown, actions: unknown) {
  recordAdapter.emit({ data: ASSET });
  settingsAdapter.emit({ data: { timeZone: 'UTC', validateDeltas: true } });
  relatedAdapter.emit({ data: periods }, list('AssetStatePeriods'));
  relatedAdapter.emit({ data: actions }, list('AssetActions'));
}

const $ = (element: HTMLElement, selector: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(selector);

function press(element: HTMLElement, key: string) {
  $(element, 'canvas')!.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true }),
  );
}

function button(element: HTMLElement, label: string) {
  return Array.from(element.shadowRoot!.querySelectorAll('button')).find(
    (b) => textOf(b) === label,
  )!;
}

describe('calm-lifecycle-chart', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    charts.length = 0;
  });

  it('shows a spinner while loading', async () => {
    const element = mount('calm-lifecycle-chart', LifecycleChart, {
      recordId: ASSET.Id,
    });
    await settle();

    expect(textOf($(element, '[role="status"]'))).toBe('Loading the chart');
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('titles the card by metric and draws the chart once', async () => {
    const element = await render({ metric: 'MRR' });

    expect(textOf($(element, 'h2'))).toBe('MRR over the lifecycle');
    expect(charts).toHaveLength(1);
    expect(charts[0].canvas).toBe($(element, 'canvas'));
    expect(charts[0].data.datasets[1].data[0].y).toBe(1375);
    expect(textOf($(element, 'figcaption'))).toBe('Dates in UTC');
  });

  it('labels the focusable canvas with what it shows', async () => {
    const element = await render();
    const canvas = $(element, 'canvas')!;

    expect(canvas.getAttribute('tabindex')).toBe('0');
    expect(canvas.getAttribute('aria-label')).toMatch(
      /^Quantity over the lifecycle, Nov 5, 2023 to Dec 6, 2027: 7 state/,
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('moves through the dots with the arrow keys and shows each tooltip', async () => {
    const element = await render();
    const chart = charts[0];

    press(element, 'ArrowRight');
    press(element, 'ArrowRight');
    await settle();

    const active = [{ datasetIndex: 1, index: 0 }];
    expect(chart.setActiveElements).toHaveBeenLastCalledWith(active);
    expect(chart.tooltip.setActiveElements).toHaveBeenLastCalledWith(active, {
      x: 100,
      y: 51,
    });
    expect(chart.update).toHaveBeenCalled();
    expect(textOf($(element, '[aria-live="polite"]'))).toMatch(
      /^Dec 6, 2023, State period change\. State period: Dec 6, 2023/,
    );

    press(element, 'ArrowLeft');
    expect(chart.setActiveElements).toHaveBeenLastCalledWith([
      { datasetIndex: 2, index: 0 },
    ]);
  });

  it('hides the tooltip on Escape', async () => {
    const element = await render();
    const chart = charts[0];
    press(element, 'End');

    press(element, 'Escape');
    await settle();

    expect(chart.setActiveElements).toHaveBeenLastCalledWith([]);
    expect(chart.tooltip.setActiveElements).toHaveBeenLastCalledWith([], {
      x: 0,
      y: 0,
    });
    expect(textOf($(element, '[aria-live="polite"]'))).toBe('');
  });

  it('says an evergreen asset is drawn to a horizon', async () => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-03T17:00Z'));

    const element = await render({}, EVERGREEN_PERIODS, EVERGREEN_ACTIONS);
    jest.restoreAllMocks();

    expect(textOf($(element, 'figcaption'))).toBe(
      'Dates in UTC · Evergreen: shown through Dec 3, 2027',
    );
  });

  it('narrows to a date range, redraws and tells the page', async () => {
    const element = await render();
    const onRange = jest.fn();
    element.addEventListener('rangechange', onRange);
    button(element, 'Set Date Range').click();
    await settle();
    const control = $(element, 'calm-date-range-control')!;

    control.dispatchEvent(
      new CustomEvent('rangechange', {
        detail: { startDate: '2024-06-01', endDate: '2025-12-31' },
      }),
    );
    await settle();

    expect(onRange.mock.calls[0][0].detail).toEqual({
      startDate: '2024-06-01',
      endDate: '2025-12-31',
    });
    expect(charts).toHaveLength(1);
    expect(charts[0].update).toHaveBeenCalled();
    expect(charts[0].data.datasets[0].data[0].x).toBe(Date.parse('2024-06-01'));
    expect(textOf($(element, 'figcaption'))).toBe(
      'Dates in UTC · Showing Jun 1, 2024 to Dec 31, 2025',
    );
  });

  it('leaves the range control to the page when asked', async () => {
    const element = await render({
      showRangeControl: false,
      startDate: '2030-01-01',
    });

    expect(button(element, 'Set Date Range')).toBeUndefined();
    expect(textOf(element.shadowRoot as unknown as Node)).toContain(
      'No state period changes or asset actions in this date range.',
    );
  });

  it('offers the points as a table, hidden until asked for', async () => {
    const element = await render();
    const wrapper = $(element, 'table')!.parentElement!;
    const toggle = button(element, 'Show data table');

    expect(wrapper.className).toBe('slds-assistive-text');
    expect(element.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(14);
    expect(
      Array.from(element.shadowRoot!.querySelectorAll('thead th')).map((th) =>
        th.getAttribute('scope'),
      ),
    ).toEqual(['col', 'col', 'col', 'col']);

    toggle.click();
    await settle();

    expect(wrapper.className).not.toContain('slds-assistive-text');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(textOf(toggle)).toBe('Hide data table');
  });

  it('says so when the asset has no state periods', async () => {
    const none = { totalSize: 0, done: true, records: [] };
    const element = await render({}, none, none);

    expect(textOf($(element, '.slds-card__body'))).toBe(
      'This asset has no state periods yet, so there is nothing to chart.',
    );
    expect(charts).toHaveLength(0);
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows a failed load through the error panel', async () => {
    const element = await render();
    relatedAdapter.emit(
      { error: apiError(404, 'Not found.') },
      list('AssetActions'),
    );
    await settle();
    const panel = $(element, 'calm-error-panel') as any;

    expect(panel.title).toBe('We could not load the chart');
    expect(panel.error.status).toBe(404);
    expect($(element, 'canvas')).toBeNull();
    expect(charts[0].destroy).toHaveBeenCalled();
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('destroys the chart when removed', async () => {
    const element = await render();
    const chart = charts[0];

    element.remove();

    expect(chart.destroy).toHaveBeenCalled();
  });
});
