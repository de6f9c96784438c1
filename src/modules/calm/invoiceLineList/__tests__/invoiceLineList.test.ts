import InvoiceLineList from 'calm/invoiceLineList';
import { getRecord, getRelatedListRecords } from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  textOf,
} from '../../../../test/component';
import INVOICE_LINES from './data/invoiceLines.json';

jest.mock('data/wire', () => {
  const { createTestWireAdapter } = jest.requireActual(
    '@salesforce/wire-service-jest-util',
  );
  return {
    getRecord: createTestWireAdapter(jest.fn()),
    getRelatedListRecords: createTestWireAdapter(jest.fn()),
  };
});

const linesAdapter = getRelatedListRecords as unknown as {
  emit(value: unknown): void;
  getLastConfig(): Record<string, unknown>;
};

const ASSET_ID = '02i0C00000000REQAY';

const DRAFT_LINE = {
  ...INVOICE_LINES.records[10],
  Id: '5Cv0C00000000zzSAQ',
  InvoiceNumber: 'INV-100999',
  InvoiceDate: '2027-01-20',
  Status: 'Draft',
  Amount: 435.55,
  Balance: 435.55,
};

const WITH_DRAFT = {
  ...INVOICE_LINES,
  totalSize: 12,
  records: [...INVOICE_LINES.records, DRAFT_LINE],
};

async function render(props: Record<string, unknown>, lines?: unknown) {
  const element = mount('calm-invoice-line-list', InvoiceLineList, {
    recordId: ASSET_ID,
    ...props,
  });
  await flush();
  (getRecord as unknown as { emit(value: unknown): void }).emit({
    data: { Id: ASSET_ID, CurrencyIsoCode: 'USD' },
  });
  if (lines) linesAdapter.emit(lines);
  await flush();

  return element;
}

const root = (element: HTMLElement) => element.shadowRoot!;

const card = (element: HTMLElement) =>
  root(element).querySelector('calm-list-card')!.shadowRoot!;

const bodyRows = (element: HTMLElement) =>
  Array.from(root(element).querySelectorAll('tbody tr')).map((tr) =>
    Array.from(tr.children).map(textOf),
  );

const totalRow = (element: HTMLElement) =>
  Array.from(root(element).querySelectorAll('tfoot tr > *')).map(textOf);

describe('calm-invoice-line-list', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it("asks for the asset's invoice lines", async () => {
    await render({});

    expect(linesAdapter.getLastConfig()).toEqual({
      parentObjectApiName: 'Asset',
      recordId: ASSET_ID,
      relatedListId: 'InvoiceLines',
    });
  });

  it('shows a labelled spinner while the lines load', async () => {
    const element = await render({});

    expect(textOf(card(element).querySelector('[role="status"]'))).toBe(
      'Loading the invoice lines',
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('lists every line newest first, with its status as a badge', async () => {
    const element = await render({}, { data: WITH_DRAFT });

    const rows = bodyRows(element);

    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual([
      'INV-100999',
      'Jan 20, 2027',
      'Draft',
      '$435.55',
      '$435.55',
    ]);
    expect(rows[11]![0]).toBe('INV-100031');
    const badge = root(element).querySelector('tbody tr .slds-badge')!;
    expect(badge.className).not.toContain('slds-theme_success');
    expect(textOf(card(element).querySelector('h2'))).toBe(
      'Invoice Lines (12)',
    );
  });

  it('totals the balance of posted lines only, and says so', async () => {
    const element = await render({}, { data: WITH_DRAFT });

    expect(totalRow(element)).toEqual([
      'Balance of all posted lines',
      '$435.55',
    ]);
  });

  it('shows the first lines only when limited, totalling them all', async () => {
    const element = await render({ limit: '5' }, { data: WITH_DRAFT });

    expect(bodyRows(element)).toHaveLength(5);
    expect(totalRow(element)[1]).toBe('$435.55');
    const viewAll = root(element).querySelector('footer a')!;
    expect(viewAll.getAttribute('href')).toBe(
      `/lightning/r/Asset/${ASSET_ID}/related/InvoiceLines/view`,
    );
    expect(textOf(viewAll.querySelector('.slds-assistive-text'))).toBe(
      'View all invoice lines',
    );
  });

  it('offers no View All link when it shows every line', async () => {
    const element = await render({}, { data: INVOICE_LINES });

    expect(root(element).querySelector('footer')).toBeNull();
  });

  it('labels its table and header cells', async () => {
    const element = await render({}, { data: INVOICE_LINES });

    const headers = root(element).querySelectorAll('thead th');

    expect(textOf(root(element).querySelector('caption'))).toBe(
      'Invoice lines, newest first',
    );
    expect(Array.from(headers).map((th) => th.getAttribute('scope'))).toEqual(
      Array(5).fill('col'),
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('says so when the asset has no invoice lines', async () => {
    const element = await render(
      {},
      { data: { totalSize: 0, done: true, records: [] } },
    );

    expect(textOf(card(element).querySelector('.empty'))).toBe(
      'This asset has no invoice lines yet.',
    );
    expect(root(element).querySelector('table')).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows a failed load through the error panel', async () => {
    const element = await render({}, { error: apiError(500) });

    const panel = card(element).querySelector('calm-error-panel')!;

    expect(textOf(panel.shadowRoot!.querySelector('[role="alert"]'))).toContain(
      'Something went wrong on the server',
    );
    expect(root(element).querySelector('table')).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });
});
