import ViewChangesPage from 'calm/viewChangesPage';
import { getOrgSettings, getRecord } from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  textOf,
} from '../../../../test/component';
import ASSET from './data/asset.json';

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

type Adapter = { emit(value: unknown): void };
const recordAdapter = getRecord as unknown as Adapter;
const settingsAdapter = getOrgSettings as unknown as Adapter;
const PATH = `/lightning/r/Asset/${ASSET.Id}/changes`;

async function render(
  props: Record<string, unknown> = {},
  asset: unknown = { data: ASSET },
) {
  const element = mount('calm-view-changes-page', ViewChangesPage, {
    recordId: ASSET.Id,
    startDate: '',
    endDate: '',
    ...props,
  });
  await flush();
  recordAdapter.emit(asset);
  settingsAdapter.emit({ data: { timeZone: 'America/New_York' } });
  await flush();
  return element;
}

const $ = (element: HTMLElement, selector: string) =>
  element.shadowRoot!.querySelector<any>(selector);
const charts = (element: HTMLElement) =>
  Array.from(element.shadowRoot!.querySelectorAll<any>('calm-lifecycle-chart'));

function applyRange(element: HTMLElement, startDate: string, endDate: string) {
  $(element, 'calm-date-range-control').dispatchEvent(
    new CustomEvent('rangechange', { detail: { startDate, endDate } }),
  );
  return flush();
}

describe('calm-view-changes-page', () => {
  beforeEach(() => {
    history.replaceState(null, '', PATH);
  });

  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('leads back to the asset and says which zone dates are in', async () => {
    const element = await render();
    const crumb = $(element, 'nav[aria-label="Breadcrumbs"] a');

    expect(textOf($(element, 'h1'))).toBe('View Changes');
    expect(textOf(crumb)).toBe(ASSET.Name);
    expect(crumb.getAttribute('href')).toBe(
      `/lightning/r/Asset/${ASSET.Id}/view`,
    );
    expect(textOf($(element, '.slds-page-header'))).toContain(
      "Dates are in the org's time zone, America/New_York.",
    );
    expect(document.title).toBe(`View Changes | ${ASSET.Name} | Open CALM`);
  });

  it('shows both charts beside the list, sharing one range control', async () => {
    const element = await render({
      startDate: '2024-01-01',
      endDate: '2024-12-31',
    });
    const list = $(element, 'calm-asset-changes-list');

    expect(
      charts(element).map((chart) => [
        chart.recordId,
        chart.metric,
        chart.showRangeControl,
        chart.startDate,
        chart.endDate,
      ]),
    ).toEqual([
      [ASSET.Id, 'Quantity', false, '2024-01-01', '2024-12-31'],
      [ASSET.Id, 'MRR', false, '2024-01-01', '2024-12-31'],
    ]);
    expect([list.recordId, list.startDate, list.endDate]).toEqual([
      ASSET.Id,
      '2024-01-01',
      '2024-12-31',
    ]);
    expect(
      element.shadowRoot!.querySelectorAll('calm-date-range-control'),
    ).toHaveLength(1);
    expect($(element, 'calm-date-range-control').startDate).toBe('2024-01-01');
  });

  it('narrows the charts and the list to a new range and keeps it in the address', async () => {
    const element = await render();

    await applyRange(element, '2024-06-01', '2025-12-31');

    expect(charts(element).map((chart) => chart.startDate)).toEqual([
      '2024-06-01',
      '2024-06-01',
    ]);
    expect($(element, 'calm-asset-changes-list').endDate).toBe('2025-12-31');
    expect(window.location.pathname).toBe(PATH);
    expect(window.location.search).toBe('?from=2024-06-01&to=2025-12-31');
  });

  it('drops a cleared range from the address', async () => {
    history.replaceState(null, '', `${PATH}?from=2024-06-01&to=2025-12-31`);
    const element = await render({ startDate: '2024-06-01' });

    await applyRange(element, '', '');

    expect(window.location.search).toBe('');
    expect($(element, 'calm-asset-changes-list').startDate).toBe('');
  });

  it('shows a missing asset through the error panel', async () => {
    const element = await render({}, { error: apiError(404) });

    expect($(element, 'calm-error-panel').error.status).toBe(404);
    expect(charts(element)).toHaveLength(0);
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('passes an accessibility check while its parts load', async () => {
    await render();

    expect(await accessibilityViolations()).toEqual([]);
  });
});
