import AssetActionPage from 'calm/assetActionPage';
import { getOrgSettings, getRecord, getRelatedListRecords } from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  queryDeep,
  textOf,
} from '../../../../test/component';
import ACTION from './data/assetAction.json';
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

type Config = Record<string, unknown>;
type Adapter = {
  emit: (value: unknown, filter?: (config: Config) => boolean) => void;
  getLastConfig: () => Config;
};
const records = getRecord as unknown as Adapter;
const settings = getOrgSettings as unknown as Adapter;
const relatedLists = getRelatedListRecords as unknown as Adapter;

const ofType = (type: string) => (config: Config) =>
  config.objectApiName === type;

async function render(props: Record<string, unknown> = {}) {
  const element = mount('calm-asset-action-page', AssetActionPage, {
    recordId: ACTION.Id,
    ...props,
  });
  await flush();
  return element;
}

async function load(asset: object = ASSET, timeZone = 'America/New_York') {
  records.emit({ data: ACTION }, ofType('AssetAction'));
  await flush();
  records.emit({ data: asset }, ofType('Asset'));
  settings.emit({ data: { timeZone, validateDeltas: true } });
  await flush();
}

const $ = <T extends Element = HTMLElement>(root: Element, selector: string) =>
  root.shadowRoot!.querySelector<T>(selector);
const $$ = (root: Element, selector: string) =>
  Array.from(root.shadowRoot!.querySelectorAll<HTMLElement>(selector));

const fieldValue = (element: Element, field: string) =>
  textOf($(element, `[data-field="${field}"] .slds-form-element__static`));

const tabs = (element: Element) => $$(element, '[role="tab"]');
const selectedTab = (element: Element) =>
  textOf(tabs(element).find((tab) => tab.ariaSelected === 'true'));
const panelsHidden = (element: Element) =>
  $$(element, '[role="tabpanel"]').map((panel) => panel.hidden);

describe('calm-asset-action-page', () => {
  afterEach(() => {
    document.body.replaceChildren();
    jest.restoreAllMocks();
  });

  it('says it is loading until the action, its asset and the zone arrive', async () => {
    const element = await render();

    records.emit({ data: ACTION }, ofType('AssetAction'));
    await flush();

    expect(textOf($(element, '[role="status"]'))).toBe('Loading asset action…');
    expect(queryDeep(element.shadowRoot!, 'h1')).toHaveLength(0);
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('asks for the asset the action belongs to', async () => {
    await render();

    records.emit({ data: ACTION }, ofType('AssetAction'));
    await flush();

    expect(records.getLastConfig()).toEqual({
      objectApiName: 'Asset',
      recordId: ACTION.AssetId,
    });
  });

  it('heads the page with the business category, type and a link to the asset', async () => {
    const element = await render();

    await load();

    const header = $(element, 'calm-record-header') as any;
    expect(header.title).toBe('Renewals');
    expect(header.objectApiName).toBe('AssetAction');
    expect(header.fields).toEqual([
      { label: 'Type', value: 'Change' },
      {
        label: 'Asset',
        value: ASSET.Name,
        href: `/lightning/r/Asset/${ASSET.Id}/view`,
      },
      { label: 'Action Date', value: 'May 20, 2025, 3:16 PM' },
      { label: 'Amount', value: '$14,310.00' },
    ]);
    expect(queryDeep(element.shadowRoot!, 'h1')).toHaveLength(1);
    expect(document.title).toBe('Renewals | Asset Action | Open CALM');
  });

  it('shows every field in readable words, money in the asset currency', async () => {
    const element = await render();

    await load({ ...ASSET, CurrencyIsoCode: 'EUR' });

    expect(fieldValue(element, 'Type')).toBe('Change');
    expect(fieldValue(element, 'CategoryEnum')).toBe('Renewals');
    expect(fieldValue(element, 'QuantityChange')).toBe('0');
    expect(fieldValue(element, 'MrrChange')).toBe('€67.50');
    expect(fieldValue(element, 'Amount')).toBe('€14,310.00');
    expect(fieldValue(element, 'TotalQuantity')).toBe('25');
    expect(fieldValue(element, 'TotalMrr')).toBe('€1,192.50');
    expect(fieldValue(element, 'TotalAmount')).toBe('€26,626.21');
    expect(fieldValue(element, 'ProductAmountChange')).toBe('€14,310.00');
    expect(fieldValue(element, 'AdjustmentAmountChange')).toBe('€0.00');
    expect(fieldValue(element, 'SubtotalChange')).toBe('€14,310.00');
    expect(fieldValue(element, 'EstimatedTaxChange')).toBe('€1,273.59');
    expect(fieldValue(element, 'ActualTaxChange')).toBe('€1,273.59');
    expect(fieldValue(element, 'CreatedDate')).toBe('Dec 3, 2026, 12:00 PM');
    expect($$(element, '.slds-form-element__label').map(textOf)).toEqual(
      expect.arrayContaining([
        'Business Category',
        'Action Date',
        'Quantity Change',
        'MRR Change',
        'Total MRR',
        'Adjustment Amount Change',
        'Estimated Tax Change',
      ]),
    );
  });

  it('shows the action date in the org time zone and names the zone', async () => {
    const element = await render();

    await load();

    expect(fieldValue(element, 'ActionDate')).toBe('May 20, 2025, 3:16 PM');
    expect(textOf($(element, '.zone'))).toContain('America/New_York');
  });

  it('lists only the business categories with a running total', async () => {
    const element = await render();

    await load();

    expect(fieldValue(element, 'TotalInitialSaleAmount')).toBe('$9,720.00');
    expect(fieldValue(element, 'TotalRenewalsAmount')).toBe('$14,310.00');
    expect(fieldValue(element, 'TotalUpsellsAmount')).toBe('$2,596.21');
    expect($(element, '[data-field="TotalDownsellsAmount"]')).toBeNull();
  });

  it('shows fields it has no label for under their own names', async () => {
    const element = await render();

    records.emit(
      { data: { ...ACTION, RenewalTermMonths: 12 } },
      ofType('AssetAction'),
    );
    await flush();
    records.emit({ data: ASSET }, ofType('Asset'));
    settings.emit({ data: { timeZone: 'UTC' } });
    await flush();

    const label = $(element, '[data-field="RenewalTermMonths"] span');
    expect(textOf(label)).toBe('Renewal Term Months');
    expect(fieldValue(element, 'RenewalTermMonths')).toBe('12');
  });

  it('lays the details out in two columns', async () => {
    const element = await render();

    await load();

    const rows = $$(element, '.slds-form__row');
    expect(rows.length).toBeGreaterThan(5);
    const widths = rows.map((row) => row.children.length);
    expect(Math.max(...widths)).toBe(2);
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('explains a missing action in plain words', async () => {
    const element = await render();

    records.emit({ error: apiError(404) }, ofType('AssetAction'));
    await flush();

    const panel = $(element, 'calm-error-panel')!;
    expect(textOf(panel.shadowRoot)).toContain(
      'This record does not exist, or it was removed.',
    );
    expect($(element, '[role="tablist"]')).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows an error when the asset cannot be read', async () => {
    const element = await render();

    records.emit({ data: ACTION }, ofType('AssetAction'));
    await flush();
    records.emit({ error: apiError(403) }, ofType('Asset'));
    await flush();

    const panel = $(element, 'calm-error-panel')!;
    expect(textOf(panel.shadowRoot)).toContain('You do not have access');
    expect($(element, '[role="status"]')).toBeNull();
  });

  describe('tabs', () => {
    it('opens the Details tab by default and loads no sources', async () => {
      const element = await render();

      await load();

      expect(tabs(element).map(textOf)).toEqual(['Details', 'Related']);
      expect(selectedTab(element)).toBe('Details');
      expect(panelsHidden(element)).toEqual([false, true]);
      expect($(element, 'calm-action-source-list')).toBeNull();
    });

    it('opens the tab the address names and hands the list its action', async () => {
      const element = await render({ tab: 'related' });

      await load();

      expect(selectedTab(element)).toBe('Related');
      expect(panelsHidden(element)).toEqual([true, false]);
      const list = $(element, 'calm-action-source-list') as any;
      expect(list.assetId).toBe(ACTION.AssetId);
      expect(list.actionId).toBe(ACTION.Id);
      expect(list.currencyIsoCode).toBe('USD');
      expect(list.timeZone).toBe('America/New_York');
      expect(relatedLists.getLastConfig()).toEqual({
        parentObjectApiName: 'Asset',
        recordId: ACTION.AssetId,
        relatedListId: 'AssetActions',
      });
      expect(await accessibilityViolations()).toEqual([]);
    });

    it('treats an unknown tab name as Details', async () => {
      const element = await render({ tab: 'history' });

      await load();

      expect(selectedTab(element)).toBe('Details');
    });

    it('switches tab on click and keeps the address in step', async () => {
      const replaceState = jest.spyOn(window.history, 'replaceState');
      const element = await render();
      await load();

      tabs(element)[1]!.click();
      await flush();

      expect(selectedTab(element)).toBe('Related');
      expect(panelsHidden(element)).toEqual([true, false]);
      expect(String(replaceState.mock.calls[0]![2])).toContain('tab=related');
    });

    it('moves between tabs with the arrow keys and focuses the new tab', async () => {
      const element = await render();
      await load();
      const press = async (key: string) => {
        const tab = tabs(element).find((each) => each.ariaSelected === 'true');
        tab!.dispatchEvent(new KeyboardEvent('keydown', { key }));
        await flush();
      };

      await press('ArrowRight');
      expect(selectedTab(element)).toBe('Related');
      expect(textOf(element.shadowRoot!.activeElement)).toBe('Related');

      await press('ArrowRight');
      expect(selectedTab(element)).toBe('Details');

      await press('ArrowLeft');
      expect(selectedTab(element)).toBe('Related');
      expect(window.location.search).toBe('?tab=related');

      await press('Home');
      expect(selectedTab(element)).toBe('Details');
    });

    it('ignores keys other than arrows, Home and End', async () => {
      const element = await render();
      await load();

      tabs(element)[0]!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'a' }),
      );
      await flush();

      expect(selectedTab(element)).toBe('Details');
    });

    it('keeps only the selected tab in the tab order', async () => {
      const element = await render();

      await load();

      expect(tabs(element).map((tab) => tab.tabIndex)).toEqual([0, -1]);
    });

    it('ties each tab to the panel it controls', async () => {
      const element = await render();

      await load();

      for (const tab of tabs(element)) {
        const id = tab.getAttribute('aria-controls');
        const panel = $(element, `[id="${id}"]`)!;
        expect(panel.getAttribute('role')).toBe('tabpanel');
        expect(panel.getAttribute('aria-labelledby')).toBe(tab.id);
      }
    });
  });
});
