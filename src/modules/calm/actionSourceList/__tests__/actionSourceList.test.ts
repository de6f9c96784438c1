import ActionSourceList from 'calm/actionSourceList';
import { getRelatedListRecords } from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  textOf,
} from '../../../../test/component';
import ASSET_ACTIONS from './data/assetActions.json';

jest.mock('data/wire', () => {
  const { createTestWireAdapter } = jest.requireActual(
    '@salesforce/wire-service-jest-util',
  );
  return {
    getRecord: createTestWireAdapter(jest.fn()),
    getRelatedListRecords: createTestWireAdapter(jest.fn()),
  };
});

type Adapter = {
  emit: (value: unknown) => void;
  getLastConfig: () => Record<string, unknown>;
};
const relatedLists = getRelatedListRecords as unknown as Adapter;

const [GENERATE, , RENEWAL] = ASSET_ACTIONS.records;

async function render(actionId: string) {
  const element = mount('calm-action-source-list', ActionSourceList, {
    assetId: GENERATE!.AssetId,
    actionId,
    currencyIsoCode: 'USD',
    timeZone: 'America/New_York',
  });
  await flush();
  return element;
}

const $ = (element: Element, selector: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (element: Element, selector: string) =>
  Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>(selector));

const withSources = (sources: unknown[]) => ({
  ...ASSET_ACTIONS,
  records: ASSET_ACTIONS.records.map((action) =>
    action.Id === RENEWAL!.Id
      ? { ...action, AssetActionSources: { records: sources } }
      : action,
  ),
});

describe('calm-action-source-list', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('reads the sources from the asset’s actions list', async () => {
    await render(RENEWAL!.Id);

    expect(relatedLists.getLastConfig()).toEqual({
      parentObjectApiName: 'Asset',
      recordId: GENERATE!.AssetId,
      relatedListId: 'AssetActions',
    });
  });

  it('says it is loading until the list arrives', async () => {
    const element = await render(RENEWAL!.Id);

    expect(textOf($(element, '[role="status"]'))).toBe('Loading sources…');
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows each source’s dates, quantity and amounts', async () => {
    const element = await render(RENEWAL!.Id);

    relatedLists.emit({ data: ASSET_ACTIONS });
    await flush();

    const headers = $$(element, 'thead th').map(textOf);
    expect(headers).toEqual([
      'Source',
      'Transaction Date',
      'Start Date',
      'End Date',
      'Quantity',
      'Product Amount',
      'Adjustment Amount',
      'Subtotal',
      'Estimated Tax',
      'Actual Tax',
    ]);
    const cells = $$(element, 'tbody tr td').map(textOf);
    expect(cells).toEqual([
      'May 20, 2025, 3:16 PM',
      'Jul 3, 2025',
      'Jul 3, 2026',
      '25',
      '$14,310.00',
      '$0.00',
      '$14,310.00',
      '$1,273.59',
      '$1,273.59',
    ]);
    expect(textOf($(element, 'h2'))).toBe('Asset Action Sources (1)');
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('names the order product a source refers to', async () => {
    const element = await render(RENEWAL!.Id);

    relatedLists.emit({ data: ASSET_ACTIONS });
    await flush();

    const reference = $(
      element,
      'tbody th calm-action-source-reference',
    ) as any;
    expect(reference.recordId).toBe(
      RENEWAL!.AssetActionSources.records[0]!.ReferenceEntityItemId,
    );
    expect($(element, 'tbody th')!.getAttribute('scope')).toBe('row');
  });

  it('shows an outside transaction with its data source', async () => {
    const element = await render(GENERATE!.Id);

    relatedLists.emit({ data: ASSET_ACTIONS });
    await flush();

    const lines = Array.from($(element, 'tbody th')!.children).map(textOf);
    expect(lines).toEqual([
      'External reference',
      'SUB-100071',
      'Billing System',
    ]);
    expect($(element, 'calm-action-source-reference')).toBeNull();
  });

  it('finds its action by the 15-character id too', async () => {
    const element = await render(RENEWAL!.Id.slice(0, 15));

    relatedLists.emit({ data: ASSET_ACTIONS });
    await flush();

    expect($$(element, 'tbody tr')).toHaveLength(1);
  });

  it('lists every source of an action with several', async () => {
    const source = RENEWAL!.AssetActionSources.records[0]!;
    const element = await render(RENEWAL!.Id);

    relatedLists.emit({
      data: withSources([source, { ...source, Id: 'second' }]),
    });
    await flush();

    expect($$(element, 'tbody tr')).toHaveLength(2);
    expect(textOf($(element, 'h2'))).toBe('Asset Action Sources (2)');
  });

  it('says so when the action has no sources', async () => {
    const element = await render(RENEWAL!.Id);

    relatedLists.emit({ data: withSources([]) });
    await flush();

    expect(textOf($(element, '.empty'))).toBe(
      'This asset action has no sources.',
    );
    expect($(element, 'table')).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows a failed request in plain words', async () => {
    const element = await render(RENEWAL!.Id);

    relatedLists.emit({ error: apiError(500) });
    await flush();

    const panel = $(element, 'calm-error-panel')!;
    expect(textOf(panel.shadowRoot)).toContain('Something went wrong');
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('explains an action missing from its asset’s list', async () => {
    const element = await render('1Cl0C00000000ZZZZZ');

    relatedLists.emit({ data: ASSET_ACTIONS });
    await flush();

    const panel = $(element, 'calm-error-panel')!;
    expect(textOf(panel.shadowRoot)).toContain('not among its asset’s actions');
  });
});
