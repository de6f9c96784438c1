import InvoiceLinesPage from 'calm/invoiceLinesPage';
import { getRecord, getRelatedListRecords } from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  textOf,
} from '../../../../test/component';
import INVOICE_LINES from '../../invoiceLineList/__tests__/data/invoiceLines.json';
import ASSET from './data/asset.json';

jest.mock('data/wire', () => {
  const { createTestWireAdapter } = jest.requireActual(
    '@salesforce/wire-service-jest-util',
  );
  return {
    getRecord: createTestWireAdapter(jest.fn()),
    getRelatedListRecords: createTestWireAdapter(jest.fn()),
  };
});

type Adapter = { emit(value: unknown): void };
const recordAdapter = getRecord as unknown as Adapter;
const linesAdapter = getRelatedListRecords as unknown as Adapter;

async function render() {
  const element = mount('calm-invoice-lines-page', InvoiceLinesPage, {
    recordId: ASSET.Id,
  });
  await flush();

  return element;
}

const root = (element: HTMLElement) => element.shadowRoot!;

const list = (element: HTMLElement) =>
  root(element).querySelector<HTMLElement & { currencyIsoCode?: string }>(
    'calm-invoice-line-list',
  );

describe('calm-invoice-lines-page', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.title = '';
  });

  it('waits for the asset before listing its lines', async () => {
    const element = await render();

    expect(root(element).querySelector('[role="status"]')).not.toBeNull();
    expect(list(element)).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('leads back to the asset through a breadcrumb', async () => {
    const element = await render();

    recordAdapter.emit({ data: ASSET });
    await flush();

    const nav = root(element).querySelector('nav')!;
    const crumb = nav.querySelector<HTMLAnchorElement>('.asset-link')!;
    expect(nav.getAttribute('aria-label')).toBe('Breadcrumbs');
    expect(crumb.getAttribute('href')).toBe(
      `/lightning/r/Asset/${ASSET.Id}/view`,
    );
    expect(textOf(crumb)).toBe(ASSET.Name);
    expect(textOf(root(element).querySelector('h1'))).toBe('Invoice Lines');
  });

  it('lists every line in the asset currency and names the tab', async () => {
    const element = await render();

    recordAdapter.emit({ data: ASSET });
    await flush();
    linesAdapter.emit({ data: INVOICE_LINES });
    recordAdapter.emit({ data: ASSET });
    await flush();

    const child = list(element)!;
    expect(
      child.shadowRoot!.querySelector('tbody td:last-child')!.textContent,
    ).toContain('$');
    expect(child.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(11);
    expect(child.shadowRoot!.querySelector('footer')).toBeNull();
    expect(document.title).toBe(`Invoice Lines | ${ASSET.Name}`);
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows a missing asset through the error panel', async () => {
    const element = await render();

    recordAdapter.emit({ error: apiError(404) });
    await flush();

    const panel = root(element).querySelector('calm-error-panel')!;
    expect(textOf(panel.shadowRoot!.querySelector('[role="alert"]'))).toContain(
      'This record does not exist',
    );
    expect(list(element)).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });
});
