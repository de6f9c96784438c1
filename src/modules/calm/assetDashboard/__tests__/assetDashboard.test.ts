import AssetDashboard from 'calm/assetDashboard';
import { getLifecycleSummary } from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  textOf,
} from '../../../../test/component';
import ACCOUNT_SUMMARY from './data/accountSummary.json';
import ASSET_SUMMARY from './data/assetSummary.json';

jest.mock('data/wire', () => {
  const { createTestWireAdapter } = jest.requireActual(
    '@salesforce/wire-service-jest-util',
  );
  return { getLifecycleSummary: createTestWireAdapter(jest.fn()) };
});

const summaryAdapter = getLifecycleSummary as unknown as {
  emit(value: unknown): void;
  getLastConfig(): Record<string, unknown>;
};

const ASSET_ID = '02i0C00000000REQAY';
const ACCOUNT_ID = '0010C000000000OQAQ';

const TWO_CURRENCIES = {
  ...ACCOUNT_SUMMARY,
  currencies: [
    {
      currencyIsoCode: 'USD',
      assetCount: 3,
      quantity: 12,
      amount: 1200,
      mrr: 100,
      totalLifecycleAmount: 3600,
      invoiceLineBalance: 50,
    },
    {
      currencyIsoCode: 'EUR',
      assetCount: 1,
      quantity: 4,
      amount: 300,
      mrr: 25,
      totalLifecycleAmount: 900,
      invoiceLineBalance: 0,
    },
  ],
};

function render(objectApiName: 'Asset' | 'Account', recordId: string) {
  return mount('calm-asset-dashboard', AssetDashboard, {
    objectApiName,
    recordId,
  });
}

const root = (element: HTMLElement) => element.shadowRoot!;

function card(element: HTMLElement, key: string) {
  return root(element).querySelector(`[data-card="${key}"]`)!;
}

const figures = (element: HTMLElement, key: string) =>
  Array.from(card(element, key).querySelectorAll('.figure')).map(textOf);

const linkOf = (element: HTMLElement, key: string) =>
  card(element, key).querySelector('a')!;

describe('calm-asset-dashboard', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('asks for the summary of the record it is given', async () => {
    render('Account', ACCOUNT_ID);
    await flush();

    expect(summaryAdapter.getLastConfig()).toEqual({
      objectApiName: 'Account',
      recordId: ACCOUNT_ID,
    });
  });

  it('shows a labelled spinner while the summary loads', async () => {
    const element = render('Asset', ASSET_ID);
    await flush();

    const spinner = root(element).querySelector('[role="status"]');

    expect(textOf(spinner)).toBe('Loading the lifecycle summary');
    expect(root(element).querySelector('article')).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });

  it("shows an asset's four figures with the date and time zone", async () => {
    const element = render('Asset', ASSET_ID);

    summaryAdapter.emit({ data: ASSET_SUMMARY });
    await flush();

    expect(textOf(root(element).querySelector('.as-of'))).toBe(
      'As of Dec 3, 2026 · Times in UTC',
    );
    expect(figures(element, 'quantity')).toEqual(['24']);
    expect(figures(element, 'amount')).toEqual(['USD 5,184.00']);
    expect(figures(element, 'mrr')).toEqual(['USD 144.00']);
    expect(figures(element, 'balance')).toEqual(['USD 435.55']);
  });

  it('shows the total lifecycle amount beside the current amount', async () => {
    const element = render('Asset', ASSET_ID);

    summaryAdapter.emit({ data: ASSET_SUMMARY });
    await flush();

    expect(textOf(card(element, 'amount').querySelector('.note'))).toBe(
      'Total lifecycle amount: USD 5,184.00',
    );
  });

  it('links the asset cards to its changes and invoice lines', async () => {
    const element = render('Asset', ASSET_ID);

    summaryAdapter.emit({ data: ASSET_SUMMARY });
    await flush();

    const changes = `/lightning/r/Asset/${ASSET_ID}/changes`;
    expect(linkOf(element, 'quantity').getAttribute('href')).toBe(changes);
    expect(linkOf(element, 'amount').getAttribute('href')).toBe(changes);
    expect(linkOf(element, 'mrr').getAttribute('href')).toBe(changes);
    expect(linkOf(element, 'balance').getAttribute('href')).toBe(
      `/lightning/r/Asset/${ASSET_ID}/related/InvoiceLines/view`,
    );
    expect(
      textOf(linkOf(element, 'mrr').querySelector('.slds-assistive-text')),
    ).toBe('View MRR changes');
  });

  it('shows one row per currency on an account, never a sum', async () => {
    const element = render('Account', ACCOUNT_ID);

    summaryAdapter.emit({ data: TWO_CURRENCIES });
    await flush();

    expect(figures(element, 'amount')).toEqual(['USD 1,200.00', 'EUR 300.00']);
    expect(figures(element, 'mrr')).toEqual(['USD 100.00', 'EUR 25.00']);
    expect(figures(element, 'quantity')).toEqual(['12', '4']);
    expect(
      Array.from(card(element, 'quantity').querySelectorAll('.note')).map(
        textOf,
      ),
    ).toEqual(['3 assets in USD', '1 asset in EUR']);
  });

  it("links an account's cards to its assets list", async () => {
    const element = render('Account', ACCOUNT_ID);

    summaryAdapter.emit({ data: ACCOUNT_SUMMARY });
    await flush();

    const hrefs = ['quantity', 'amount', 'mrr', 'balance'].map((key) =>
      linkOf(element, key).getAttribute('href'),
    );
    expect(new Set(hrefs)).toEqual(
      new Set([`/lightning/r/Account/${ACCOUNT_ID}/view#assets`]),
    );
  });

  it('passes an accessibility check with data', async () => {
    render('Account', ACCOUNT_ID);

    summaryAdapter.emit({ data: TWO_CURRENCIES });
    await flush();

    expect(await accessibilityViolations()).toEqual([]);
  });

  it('says so when the account has no lifecycle-managed assets', async () => {
    const element = render('Account', ACCOUNT_ID);

    summaryAdapter.emit({ data: { ...ACCOUNT_SUMMARY, currencies: [] } });
    await flush();

    expect(textOf(root(element).querySelector('.empty'))).toBe(
      'This account has no lifecycle-managed assets yet.',
    );
    expect(root(element).querySelector('article')).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows a failed load through the error panel', async () => {
    const element = render('Asset', ASSET_ID);

    summaryAdapter.emit({ error: apiError(404) });
    await flush();

    const panel = root(element).querySelector('calm-error-panel')!;
    expect(textOf(panel.shadowRoot!.querySelector('[role="alert"]'))).toContain(
      'This record does not exist',
    );
    expect(root(element).querySelector('article')).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });
});
