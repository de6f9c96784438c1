import ActivePage from 'builder/activePage';
import { getActiveRecordPage } from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  textOf,
} from '../../../../test/component';
import { placedComponents, settle } from '../../../../test/pages';
import ASSET_PAGE from '../../pageEditor/__tests__/data/assetActivePage.json';

jest.mock('data/wire', () => {
  const { createTestWireAdapter } = jest.requireActual(
    '@salesforce/wire-service-jest-util',
  );
  return { getActiveRecordPage: createTestWireAdapter(jest.fn()) };
});

jest.mock('calm/lifecycleChart', () =>
  jest.requireActual(
    '../../pageLayout/__tests__/stubs/lifecycleChart/lifecycleChart',
  ),
);
jest.mock('calm/assetDashboard', () =>
  jest.requireActual(
    '../../pageLayout/__tests__/stubs/assetDashboard/assetDashboard',
  ),
);
jest.mock('calm/invoiceLineList', () =>
  jest.requireActual(
    '../../pageLayout/__tests__/stubs/invoiceLineList/invoiceLineList',
  ),
);

const pageAdapter = getActiveRecordPage as unknown as {
  emit(value: unknown): void;
  getLastConfig(): Record<string, unknown>;
};

async function render() {
  const element = mount('builder-active-page', ActivePage, {
    objectApiName: 'Asset',
    recordId: '02i0C00000000eOQAQ',
  });
  await flush();

  return element;
}

const root = (element: HTMLElement) => element.shadowRoot!;

describe('builder-active-page', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('asks for the active page of its object', async () => {
    await render();

    expect(pageAdapter.getLastConfig()).toEqual({ objectApiName: 'Asset' });
  });

  it('shows a labelled spinner while the page layout loads', async () => {
    const element = await render();

    expect(textOf(root(element).querySelector('[role="status"]'))).toBe(
      'Loading the page layout',
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('lays out the active page for the record', async () => {
    const element = await render();
    pageAdapter.emit({ data: ASSET_PAGE });
    await settle();

    const layout = root(element).querySelector<any>('builder-page-layout');
    expect(layout.recordId).toBe('02i0C00000000eOQAQ');
    expect(layout.objectApiName).toBe('Asset');
    expect(layout.definition).toEqual(ASSET_PAGE);
    expect(placedComponents(root(element))).toHaveLength(4);
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('explains through the error panel when the layout cannot load', async () => {
    const element = await render();
    pageAdapter.emit({ error: apiError(500) });
    await flush();

    const panel = root(element).querySelector('calm-error-panel')!;
    expect(textOf(panel.shadowRoot!.querySelector('[role="alert"]'))).toContain(
      'Something went wrong on the server',
    );
    expect(root(element).querySelector('builder-page-layout')).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });
});
