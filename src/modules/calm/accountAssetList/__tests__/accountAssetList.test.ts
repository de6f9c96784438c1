import AccountAssetList from 'calm/accountAssetList';
import {
  getOrgSettings,
  getRelatedListRecords,
  searchRecords,
} from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  textOf,
} from '../../../../test/component';
import ASSETS from './data/assets.json';
import PRODUCTS from './data/products.json';

jest.mock('data/wire', () => {
  const { createTestWireAdapter } = jest.requireActual(
    '@salesforce/wire-service-jest-util',
  );
  return {
    getRelatedListRecords: createTestWireAdapter(jest.fn()),
    searchRecords: createTestWireAdapter(jest.fn()),
    getOrgSettings: createTestWireAdapter(jest.fn()),
  };
});

type Adapter = {
  emit(value: unknown): void;
  getLastConfig(): Record<string, unknown>;
};
const assetsAdapter = getRelatedListRecords as unknown as Adapter;
const productsAdapter = searchRecords as unknown as Adapter;
const settingsAdapter = getOrgSettings as unknown as Adapter;

const ACCOUNT_ID = '0010C000000000OQAQ';

async function render(assets?: unknown) {
  const element = mount('calm-account-asset-list', AccountAssetList, {
    recordId: ACCOUNT_ID,
  });
  await flush();
  if (assets) {
    settingsAdapter.emit({ data: { timeZone: 'UTC' } });
    productsAdapter.emit({ data: PRODUCTS });
    assetsAdapter.emit(assets);
    await flush();
  }
  return element;
}

const root = (element: HTMLElement) => element.shadowRoot!;

const card = (element: HTMLElement) =>
  root(element).querySelector('calm-list-card')!.shadowRoot!;

const column = (element: HTMLElement, index: number) =>
  Array.from(root(element).querySelectorAll('tbody tr')).map((tr) =>
    textOf(tr.children[index]),
  );

const headerButton = (element: HTMLElement, field: string) =>
  root(element).querySelector<HTMLButtonElement>(
    `button[data-field="${field}"]`,
  )!;

async function clickHeader(element: HTMLElement, field: string) {
  headerButton(element, field).click();
  await flush();
}

describe('calm-account-asset-list', () => {
  afterEach(() => {
    document.body.replaceChildren();
    window.location.hash = '';
  });

  it("asks for the account's assets", async () => {
    await render();

    expect(assetsAdapter.getLastConfig()).toEqual({
      parentObjectApiName: 'Account',
      recordId: ACCOUNT_ID,
      relatedListId: 'Assets',
    });
  });

  it('shows a labelled spinner while the assets load', async () => {
    const element = await render();

    expect(textOf(card(element).querySelector('[role="status"]'))).toBe(
      'Loading the assets',
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('lists each asset with its product, current figures and end', async () => {
    const element = await render({ data: ASSETS });

    const first = root(element).querySelector('tbody tr')!;

    expect(Array.from(first.children).map(textOf)).toEqual([
      '14-inch Business Laptop (Engineering)',
      '14-inch Business Laptop',
      'USD',
      '0',
      '$0.00',
      'Nov 7, 2025',
    ]);
    expect(first.querySelector('a')!.getAttribute('href')).toBe(
      '/lightning/r/Asset/02i0C00000000RoQAI/view',
    );
    expect(column(element, 5)[1]).toBe('Evergreen');
    expect(textOf(card(element).querySelector('h2'))).toBe(
      'Lifecycle-Managed Assets (8)',
    );
  });

  it('leaves out assets without lifecycle management', async () => {
    const records = ASSETS.records.map((asset, index) =>
      index === 0 ? { ...asset, HasLifecycleManagement: false } : asset,
    );
    const element = await render({ data: { ...ASSETS, records } });

    expect(column(element, 0)).toHaveLength(7);
    expect(column(element, 0)).not.toContain(ASSETS.records[0]!.Name);
  });

  it('sorts by a column when its header is clicked, then reverses', async () => {
    const element = await render({ data: ASSETS });

    await clickHeader(element, 'mrr');
    expect(column(element, 4).slice(0, 3)).toEqual([
      '$0.00',
      '$0.00',
      '$108.00',
    ]);
    expect(
      headerButton(element, 'mrr').closest('th')!.getAttribute('aria-sort'),
    ).toBe('ascending');

    await clickHeader(element, 'mrr');
    expect(column(element, 4)[0]).toBe('$867.00');
    expect(
      headerButton(element, 'mrr').closest('th')!.getAttribute('aria-sort'),
    ).toBe('descending');
    expect(
      headerButton(element, 'name').closest('th')!.getAttribute('aria-sort'),
    ).toBe('none');
    expect(textOf(root(element).querySelector('[aria-live]'))).toBe(
      'Sorted by Current MRR, descending',
    );
  });

  it('sorts evergreen assets after every lifecycle end', async () => {
    const element = await render({ data: ASSETS });

    await clickHeader(element, 'lifecycleEnd');

    expect(column(element, 5)).toEqual([
      'Nov 7, 2025',
      'Jul 3, 2026',
      'Apr 6, 2027',
      'Apr 19, 2027',
      'Jun 20, 2027',
      'Nov 20, 2027',
      'Dec 22, 2027',
      'Evergreen',
    ]);
  });

  it('passes an accessibility check with data', async () => {
    await render({ data: ASSETS });

    expect(await accessibilityViolations()).toEqual([]);
  });

  it('brings itself into view when the address names it', async () => {
    const scrollIntoView = jest.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    window.location.hash = '#assets';

    const element = await render({ data: ASSETS });

    delete (Element.prototype as Partial<Element>).scrollIntoView;
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(element.shadowRoot!.activeElement).toBe(
      root(element).querySelector('calm-list-card'),
    );
    expect(card(element).activeElement).toBe(card(element).querySelector('h2'));
  });

  it('brings itself into view when a dashboard link names it', async () => {
    const scrollIntoView = jest.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    await render({ data: ASSETS });

    window.location.hash = '#assets';
    window.dispatchEvent(new HashChangeEvent('hashchange'));

    delete (Element.prototype as Partial<Element>).scrollIntoView;
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
  });

  it('says so when the account has no lifecycle-managed assets', async () => {
    const element = await render({
      data: { totalSize: 0, done: true, records: [] },
    });

    expect(textOf(card(element).querySelector('.empty'))).toBe(
      'This account has no lifecycle-managed assets yet.',
    );
    expect(root(element).querySelector('table')).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows a failed load through the error panel', async () => {
    const element = await render({ error: apiError(403) });

    const panel = card(element).querySelector('calm-error-panel')!;

    expect(textOf(panel.shadowRoot!.querySelector('[role="alert"]'))).toContain(
      'You do not have access to this record.',
    );
    expect(await accessibilityViolations()).toEqual([]);
  });
});
