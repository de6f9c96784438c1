import HomePage from 'calm/homePage';
import { searchRecords } from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  textOf,
} from '../../../../test/component';
import ACCOUNTS from './data/accounts.json';
import ASSETS from './data/assets.json';

jest.mock('data/wire', () => {
  const { createTestWireAdapter } = jest.requireActual(
    '@salesforce/wire-service-jest-util',
  );
  return { searchRecords: createTestWireAdapter(jest.fn()) };
});

type Config = Record<string, unknown>;
const searchAdapter = searchRecords as unknown as {
  emit(value: unknown, filter?: (config: Config) => boolean): void;
  getLastConfig(): Config;
};

const ofType = (type: string) => (config: Config) =>
  config.objectApiName === type;

const EMPTY = { totalSize: 0, done: true, records: [] };

async function render(searchTerm = '') {
  const element = mount('calm-home-page', HomePage, { searchTerm });
  await flush();

  return element;
}

async function emitResults(accounts: unknown, assets: unknown) {
  searchAdapter.emit(accounts, ofType('Account'));
  searchAdapter.emit(assets, ofType('Asset'));
  await flush();
}

const root = (element: HTMLElement) => element.shadowRoot!;

const list = (element: HTMLElement, name: string) =>
  root(element).querySelector(`[data-list="${name}"]`)!;

const card = (element: HTMLElement, name: string) =>
  list(element, name).shadowRoot!;

const rowsOf = (element: HTMLElement, name: string) =>
  Array.from(list(element, name).querySelectorAll('tbody tr')).map((tr) =>
    Array.from(tr.children).map(textOf),
  );

const input = (element: HTMLElement) =>
  root(element).querySelector<HTMLInputElement>('input')!;

async function type(element: HTMLElement, value: string) {
  input(element).value = value;
  input(element).dispatchEvent(new CustomEvent('input'));
  await flush();
}

describe('calm-home-page', () => {
  afterEach(() => {
    document.body.replaceChildren();
    window.history.replaceState(null, '', '/');
    jest.useRealTimers();
  });

  it('labels its search box', async () => {
    const element = await render();

    const label = root(element).querySelector('label')!;

    expect(textOf(label)).toBe('Search accounts and assets');
    expect(label.getAttribute('for')).toBe(input(element).id);
    expect(document.title).toBe('Home | Open CALM');
  });

  it('shows labelled spinners while both lists load', async () => {
    const element = await render();

    const spinners = ['accounts', 'assets'].map((name) =>
      card(element, name).querySelector('[role="status"]'),
    );

    expect(spinners.map(textOf)).toEqual([
      'Searching the accounts',
      'Searching the assets',
    ]);
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('searches both lists for the term from the address', async () => {
    const element = await render('prem');

    expect(input(element).value).toBe('prem');
    expect(searchAdapter.getLastConfig()).toEqual({
      objectApiName: 'Asset',
      searchTerm: 'prem',
      limit: 50,
    });
  });

  it('lists accounts and assets side by side, linking each', async () => {
    const element = await render('al');

    await emitResults({ data: ACCOUNTS }, { data: ASSETS });

    expect(rowsOf(element, 'accounts')[0]).toEqual([
      'Alderbrook Logistics',
      'Transportation',
      'Atlanta',
    ]);
    expect(rowsOf(element, 'assets')[2]).toEqual([
      'Premier Support Plan (Field Sales)',
      'GBP',
      '1',
      '£671.50',
    ]);
    expect(
      list(element, 'accounts').querySelector('a')!.getAttribute('href'),
    ).toBe(`/lightning/r/Account/${ACCOUNTS.records[0]!.Id}/view`);
    expect(
      list(element, 'assets').querySelector('a')!.getAttribute('href'),
    ).toBe(`/lightning/r/Asset/${ASSETS.records[0]!.Id}/view`);
    expect(textOf(card(element, 'assets').querySelector('h2'))).toBe(
      'Lifecycle-Managed Assets (4)',
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('searches once typing pauses and keeps the term in the address', async () => {
    jest.useFakeTimers();
    const element = await render();

    await type(element, 'pre');
    await type(element, 'prem');
    jest.advanceTimersByTime(299);
    await flush();
    expect(searchAdapter.getLastConfig().searchTerm).toBe('');

    jest.advanceTimersByTime(1);
    await flush();
    expect(searchAdapter.getLastConfig().searchTerm).toBe('prem');
    expect(window.location.search).toBe('?q=prem');
  });

  it('drops the term from the address when the box is cleared', async () => {
    jest.useFakeTimers();
    window.history.replaceState(null, '', '/?q=prem');
    const element = await render('prem');

    await type(element, '');
    jest.advanceTimersByTime(300);
    await flush();

    expect(window.location.search).toBe('');
  });

  it('announces how many records were found', async () => {
    const element = await render('al');

    await emitResults({ data: ACCOUNTS }, { data: EMPTY });

    expect(textOf(root(element).querySelector('[aria-live]'))).toBe(
      '3 accounts and 0 lifecycle-managed assets found',
    );
  });

  it('counts a single account in the singular', async () => {
    const element = await render('al');
    const one = {
      ...ACCOUNTS,
      totalSize: 1,
      records: ACCOUNTS.records.slice(0, 1),
    };

    await emitResults({ data: one }, { data: EMPTY });

    expect(textOf(root(element).querySelector('[aria-live]'))).toBe(
      '1 account and 0 lifecycle-managed assets found',
    );
  });

  it('says so when nothing matches', async () => {
    const element = await render('zzz');

    await emitResults({ data: EMPTY }, { data: EMPTY });

    expect(textOf(card(element, 'accounts').querySelector('.empty'))).toBe(
      'No accounts match “zzz”.',
    );
    expect(textOf(card(element, 'assets').querySelector('.empty'))).toBe(
      'No lifecycle-managed assets match “zzz”.',
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows a failed search through the error panel of that list', async () => {
    const element = await render('al');

    await emitResults(
      { error: apiError(400, 'q is too long.') },
      { data: ASSETS },
    );

    const panel = card(element, 'accounts').querySelector('calm-error-panel')!;
    expect(textOf(panel.shadowRoot!.querySelector('[role="alert"]'))).toContain(
      'q is too long.',
    );
    expect(rowsOf(element, 'assets')).toHaveLength(4);
    expect(await accessibilityViolations()).toEqual([]);
  });
});
