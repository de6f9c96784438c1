import AssetChangesList from 'calm/assetChangesList';
import { getOrgSettings, getRecord, getRelatedListRecords } from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  textOf,
} from '../../../../test/component';
import ASSET from './data/asset.json';
import ACTIONS from './data/assetActions.json';

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
const actionsAdapter = getRelatedListRecords as unknown as Adapter;
const settingsAdapter = getOrgSettings as unknown as Adapter;

async function render(
  props: Record<string, unknown> = {},
  actions: unknown = { data: ACTIONS },
) {
  const element = mount('calm-asset-changes-list', AssetChangesList, {
    recordId: ASSET.Id,
    ...props,
  });
  await flush();
  recordAdapter.emit({ data: ASSET });
  settingsAdapter.emit({ data: { timeZone: 'America/Los_Angeles' } });
  actionsAdapter.emit(actions);
  await flush();
  return element;
}

const all = (element: HTMLElement, selector: string) =>
  Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const count = (element: HTMLElement) =>
  textOf(element.shadowRoot!.querySelector('header [role="status"]'));
const column = (element: HTMLElement, index: number) =>
  all(element, 'tbody tr').map((row) => textOf(row.children[index]));

async function sortBy(element: HTMLElement, label: string) {
  all(element, 'th button')
    .find((button) => button.dataset.field && textOf(button).startsWith(label))!
    .click();
  await flush();
}

describe('calm-asset-changes-list', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists every asset action in the order they were made', async () => {
    const element = await render();
    const first = all(element, 'tbody tr')[0]!;

    expect(count(element)).toBe('7 changes');
    expect(all(element, 'tbody tr')).toHaveLength(7);
    expect(Array.from(first.children).map(textOf)).toEqual([
      'Action 1: Generate',
      'Initial Sale',
      'Generate',
      'Nov 5, 2023, 12:08 PM',
      '+110',
      '+1,375',
      '+16,500',
      '110',
      '$1,375.00',
      '$16,500.00',
    ]);
    expect(first.querySelector('a')!.getAttribute('href')).toBe(
      '/lightning/r/AssetAction/1Cl0C00000000KySAI/view',
    );
  });

  it('sorts by a column header and announces it with aria-sort', async () => {
    const element = await render();

    await sortBy(element, 'Business Category');
    const header = all(element, 'th[scope="col"]')[1]!;

    expect(column(element, 1)).toEqual([
      'Initial Sale',
      'Renewals',
      'Renewals',
      'Renewals',
      'Upsells',
      'Upsells',
      'Upsells',
    ]);
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(all(element, 'th[aria-sort]')).toHaveLength(1);

    await sortBy(element, 'Business Category');

    expect(column(element, 1)[0]).toBe('Upsells');
    expect(header.getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts numbers as numbers', async () => {
    const element = await render();

    await sortBy(element, 'MRR Change');

    expect(column(element, 5)).toEqual([
      '+53.2',
      '+72.8',
      '+156',
      '+268',
      '+375',
      '+469',
      '+1,375',
    ]);
  });

  it('keeps to the date range in the org zone, ends included', async () => {
    const element = await render({
      startDate: '2024-06-01',
      endDate: '2025-11-05',
    });

    expect(count(element)).toBe('3 of 7 changes in range');
    expect(column(element, 0)).toEqual([
      'Action 2: Change',
      'Action 3: Change',
      'Action 4: Change',
    ]);
  });

  it('says so when no asset action falls in the range', async () => {
    const element = await render({ startDate: '2030-01-01' });

    expect(count(element)).toBe('0 of 7 changes in range');
    expect(textOf(element.shadowRoot!.querySelector('.slds-card__body'))).toBe(
      'No asset actions in this date range.',
    );
  });

  it('says so when the asset has no asset actions', async () => {
    const element = await render(
      {},
      { data: { totalSize: 0, done: true, records: [] } },
    );

    expect(count(element)).toBe('0 changes');
    expect(textOf(element.shadowRoot!.querySelector('.slds-card__body'))).toBe(
      'This asset has no asset actions yet.',
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows a failed load through the error panel', async () => {
    const element = await render({}, { error: apiError(403) });
    const panel = element.shadowRoot!.querySelector<any>('calm-error-panel');

    expect(panel.error.status).toBe(403);
    expect(all(element, 'table')).toHaveLength(0);
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('passes an accessibility check with data', async () => {
    const element = await render();

    expect(all(element, 'tbody th[scope="row"]')).toHaveLength(7);
    expect(await accessibilityViolations()).toEqual([]);
  });
});
