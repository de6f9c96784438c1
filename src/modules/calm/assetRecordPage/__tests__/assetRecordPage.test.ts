import AssetRecordPage from 'calm/assetRecordPage';
import { getActiveRecordPage, getOrgSettings, getRecord } from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  textOf,
} from '../../../../test/component';
import { componentsInRegion, settle } from '../../../../test/pages';
import ACTIVE_PAGE from '../../../builder/pageEditor/__tests__/data/assetActivePage.json';
import ACCOUNT from './data/account.json';
import ASSET from './data/asset.json';
import EVERGREEN_ASSET from './data/evergreenAsset.json';
import PRODUCT from './data/product.json';

jest.mock('data/wire', () => {
  const { createTestWireAdapter } = jest.requireActual(
    '@salesforce/wire-service-jest-util',
  );
  return {
    getRecord: createTestWireAdapter(jest.fn()),
    getRelatedListRecords: createTestWireAdapter(jest.fn()),
    getLifecycleSummary: createTestWireAdapter(jest.fn()),
    getOrgSettings: createTestWireAdapter(jest.fn()),
    getActiveRecordPage: createTestWireAdapter(jest.fn()),
  };
});

jest.mock('calm/lifecycleChart', () =>
  jest.requireActual('./stubs/lifecycleChart/lifecycleChart'),
);

type Config = Record<string, unknown>;
type Adapter = {
  emit(value: unknown, filter?: (config: Config) => boolean): void;
};
const recordAdapter = getRecord as unknown as Adapter;
const settingsAdapter = getOrgSettings as unknown as Adapter;
const pageAdapter = getActiveRecordPage as unknown as Adapter & {
  getLastConfig(): Config;
};

const ofType = (type: string) => (config: Config) =>
  config.objectApiName === type;

async function render(asset: unknown = ASSET) {
  const element = mount('calm-asset-record-page', AssetRecordPage, {
    recordId: ASSET.Id,
  });
  await flush();
  settingsAdapter.emit({ data: { timeZone: 'America/New_York' } });
  recordAdapter.emit({ data: asset }, ofType('Asset'));
  await flush();

  return element;
}

async function emitNames() {
  recordAdapter.emit({ data: ACCOUNT }, ofType('Account'));
  recordAdapter.emit({ data: PRODUCT }, ofType('Product2'));
  await flush();
}

/** The page's content, laid out by the shared record page shell. */
const root = (element: HTMLElement) =>
  element.shadowRoot!.querySelector('calm-record-page')!.shadowRoot!;

const header = (element: HTMLElement) =>
  root(element).querySelector<HTMLElement & { fields: unknown[] }>(
    'calm-record-header',
  )!;

const highlights = (element: HTMLElement) =>
  Array.from(header(element).shadowRoot!.querySelectorAll('li')).map(
    (li) =>
      textOf(li.querySelector('.field-label')) +
      ': ' +
      textOf(li.querySelector('.field-value')),
  );

describe('calm-asset-record-page', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.title = '';
  });

  it('shows a labelled spinner while the asset loads', async () => {
    const element = mount('calm-asset-record-page', AssetRecordPage, {
      recordId: ASSET.Id,
    });
    await flush();

    expect(textOf(root(element).querySelector('[role="status"]'))).toBe(
      'Loading the asset',
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('heads the page with the asset name and its highlights', async () => {
    const element = await render();
    await emitNames();

    const h1 = header(element).shadowRoot!.querySelector('h1')!;
    expect(textOf(h1.querySelector('.record-name'))).toBe(ASSET.Name);
    expect(highlights(element)).toEqual([
      'Account: Alderbrook Logistics',
      'Product: Endpoint Management Cloud',
      'Lifecycle Start: Apr 19, 2024',
      'Lifecycle End: Apr 19, 2027',
      'Currency: USD',
    ]);
    expect(document.title).toBe(`${ASSET.Name} | Asset`);
  });

  it('links the account highlight to the account page', async () => {
    const element = await render();
    await emitNames();

    const link = header(element).shadowRoot!.querySelector('li a')!;

    expect(link.getAttribute('href')).toBe(
      `/lightning/r/Account/${ACCOUNT.Id}/view`,
    );
  });

  it('calls an asset without a lifecycle end evergreen', async () => {
    const element = await render(EVERGREEN_ASSET);

    expect(highlights(element)).toContain('Lifecycle End: Evergreen');
  });

  it('lays out the dashboard, both charts and five invoice lines', async () => {
    const element = await render();
    pageAdapter.emit({ data: ACTIVE_PAGE });
    await settle();

    const [dashboard] = componentsInRegion(root(element), 'header');
    const charts = componentsInRegion(root(element), 'main');
    const [invoices] = componentsInRegion(root(element), 'sidebar');

    expect(pageAdapter.getLastConfig()).toEqual({ objectApiName: 'Asset' });
    expect(dashboard.dataset.component).toBe('calm/assetDashboard');
    expect(dashboard.objectApiName).toBe('Asset');
    expect(dashboard.recordId).toBe(ASSET.Id);
    expect(charts.map((chart) => [chart.recordId, chart.metric])).toEqual([
      [ASSET.Id, 'Quantity'],
      [ASSET.Id, 'MRR'],
    ]);
    expect(invoices.dataset.component).toBe('calm/invoiceLineList');
    expect(invoices.recordId).toBe(ASSET.Id);
    expect(invoices.limit).toBe(5);
  });

  it('offers Edit Page in the header to those who may edit pages', async () => {
    const element = await render();

    const link = root(element)
      .querySelector('builder-edit-page-link')!
      .shadowRoot!.querySelector('a')!;

    expect(textOf(link)).toBe('Edit Page');
    expect(link.getAttribute('href')).toBe(
      `/lightning/setup/RecordPages/Asset?recordId=${ASSET.Id}`,
    );
  });

  it('passes an accessibility check with data', async () => {
    await render();
    await emitNames();
    pageAdapter.emit({ data: ACTIVE_PAGE });
    await settle();

    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows a missing asset through the error panel', async () => {
    const element = mount('calm-asset-record-page', AssetRecordPage, {
      recordId: ASSET.Id,
    });
    await flush();
    recordAdapter.emit({ error: apiError(404) }, ofType('Asset'));
    await flush();

    const panel = root(element).querySelector('calm-error-panel')!;
    expect(textOf(panel.shadowRoot!.querySelector('[role="alert"]'))).toContain(
      'This record does not exist',
    );
    expect(root(element).querySelector('calm-record-header')).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });
});
