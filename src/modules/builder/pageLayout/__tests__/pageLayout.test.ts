import PageLayout from 'builder/pageLayout';
import type { PageDefinition } from 'data/wire';

import {
  accessibilityViolations,
  mount,
  queryDeep,
  textOf,
} from '../../../../test/component';
import {
  componentsInRegion,
  placedComponents,
  settle,
} from '../../../../test/pages';
import ACCOUNT_PAGE from '../../pageEditor/__tests__/data/accountActivePage.json';
import ASSET_PAGE from '../../pageEditor/__tests__/data/assetActivePage.json';

jest.mock('calm/lifecycleChart', () =>
  jest.requireActual('./stubs/lifecycleChart/lifecycleChart'),
);
jest.mock('calm/assetDashboard', () =>
  jest.requireActual('./stubs/assetDashboard/assetDashboard'),
);
jest.mock('calm/invoiceLineList', () =>
  jest.requireActual('./stubs/invoiceLineList/invoiceLineList'),
);
jest.mock('calm/accountAssetList', () =>
  jest.requireActual('./stubs/accountAssetList/accountAssetList'),
);

const ASSET_ID = '02i0C00000000eOQAQ';

async function render(definition: unknown, objectApiName = 'Asset') {
  const element = mount('builder-page-layout', PageLayout, {
    recordId: ASSET_ID,
    objectApiName,
    definition,
  });
  await settle();

  return element;
}

const root = (element: HTMLElement) => element.shadowRoot!;

const regionClass = (element: HTMLElement, region: string) =>
  root(element).querySelector(`[data-region="${region}"]`)!.className;

describe('builder-page-layout', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('lays out the header across, main and the sidebar side by side', async () => {
    const element = await render(ASSET_PAGE);

    const order = Array.from(
      root(element).querySelectorAll<HTMLElement>('[data-region]'),
    ).map((region) => region.dataset.region);
    expect(order).toEqual(['header', 'main', 'sidebar']);
    expect(regionClass(element, 'header')).toContain('slds-size_1-of-1');
    expect(regionClass(element, 'header')).not.toContain('large-size');
    expect(regionClass(element, 'main')).toContain('slds-large-size_2-of-3');
    expect(regionClass(element, 'sidebar')).toContain('slds-large-size_1-of-3');
  });

  it('keeps the template’s region order whatever order the page names them in', async () => {
    const { header, main, sidebar } = ASSET_PAGE.regions;
    const element = await render({
      ...ASSET_PAGE,
      regions: { main, sidebar, header },
    });

    const order = Array.from(
      root(element).querySelectorAll<HTMLElement>('[data-region]'),
    ).map((region) => region.dataset.region);
    expect(order).toEqual(['header', 'main', 'sidebar']);
  });

  it('renders each entry as its component with the record and its properties', async () => {
    const element = await render(ASSET_PAGE);

    const [dashboard] = componentsInRegion<any>(root(element), 'header');
    const charts = componentsInRegion<any>(root(element), 'main');
    const [invoices] = componentsInRegion<any>(root(element), 'sidebar');

    expect(dashboard.dataset.component).toBe('calm/assetDashboard');
    expect([dashboard.recordId, dashboard.objectApiName]).toEqual([
      ASSET_ID,
      'Asset',
    ]);
    expect(
      charts.map((chart) => [
        chart.recordId,
        chart.metric,
        chart.showRangeControl,
      ]),
    ).toEqual([
      [ASSET_ID, 'Quantity', true],
      [ASSET_ID, 'MRR', true],
    ]);
    expect(invoices.limit).toBe(5);
  });

  it('gives a one-column page its whole width', async () => {
    const element = await render(ACCOUNT_PAGE, 'Account');

    expect(regionClass(element, 'main')).not.toContain('large-size');
    expect(
      placedComponents<HTMLElement>(root(element)).map(
        (component) => component.dataset.component,
      ),
    ).toEqual(['calm/assetDashboard', 'calm/accountAssetList']);
  });

  it('shows a warning in place of a component that is no longer available', async () => {
    const definition: PageDefinition = {
      ...ASSET_PAGE,
      regions: {
        ...ASSET_PAGE.regions,
        main: [
          {
            component: 'calm/oldChart',
            label: 'Old Chart',
            properties: {},
            status: 'missing',
            message: 'It was removed from the app.',
          },
          ASSET_PAGE.regions.main[1]!,
        ],
      } as PageDefinition['regions'],
    };

    const element = await render(definition);

    const warnings = queryDeep(root(element), '[data-missing]');
    expect(warnings).toHaveLength(1);
    const lines = Array.from(warnings[0]!.querySelectorAll('p'), textOf);
    expect(lines).toEqual([
      'Old Chart is no longer available.',
      'It was removed from the app.',
    ]);
    const charts = componentsInRegion<any>(root(element), 'main');
    expect(charts.map((chart) => chart.metric)).toEqual(['MRR']);
    expect(placedComponents(root(element))).toHaveLength(3);
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('warns about a component this build does not carry', async () => {
    const element = await render({
      label: 'Odd page',
      template: 'oneColumn',
      regions: { main: [{ component: 'calm/unknown', properties: {} }] },
    });

    const [warning] = queryDeep(root(element), '[data-missing]');
    expect(textOf(warning)).toContain('calm/unknown is no longer available.');
  });

  it('says so when the page has no components', async () => {
    const element = await render({
      label: 'Empty',
      template: 'headerAndRightSidebar',
      regions: { header: [], main: [], sidebar: [] },
    });

    expect(textOf(root(element).querySelector('.empty'))).toBe(
      'This page has no components yet.',
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows a labelled spinner while a component loads', async () => {
    const element = mount('builder-page-layout', PageLayout, {
      recordId: ASSET_ID,
      objectApiName: 'Asset',
      definition: ASSET_PAGE,
    });
    await Promise.resolve();

    const spinners = queryDeep(root(element), '[role="status"]');
    expect(spinners.map((spinner) => textOf(spinner))).toContain(
      'Loading Asset Dashboard',
    );
    await settle();
    expect(queryDeep(root(element), '[role="status"]')).toEqual([]);
  });

  it('passes an accessibility check with components', async () => {
    await render(ASSET_PAGE);

    expect(await accessibilityViolations()).toEqual([]);
  });
});
