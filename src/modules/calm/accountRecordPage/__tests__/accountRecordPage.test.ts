import AccountRecordPage from 'calm/accountRecordPage';
import { getActiveRecordPage, getRecord } from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  textOf,
} from '../../../../test/component';
import { componentsInRegion, settle } from '../../../../test/pages';
import ACTIVE_PAGE from '../../../builder/pageEditor/__tests__/data/accountActivePage.json';
import ACCOUNT from './data/account.json';

jest.mock('data/wire', () => {
  const { createTestWireAdapter } = jest.requireActual(
    '@salesforce/wire-service-jest-util',
  );
  return {
    getRecord: createTestWireAdapter(jest.fn()),
    getRelatedListRecords: createTestWireAdapter(jest.fn()),
    getLifecycleSummary: createTestWireAdapter(jest.fn()),
    getOrgSettings: createTestWireAdapter(jest.fn()),
    searchRecords: createTestWireAdapter(jest.fn()),
    getActiveRecordPage: createTestWireAdapter(jest.fn()),
  };
});

type Adapter = {
  emit(value: unknown): void;
  getLastConfig(): Record<string, unknown>;
};
const recordAdapter = getRecord as unknown as Adapter;
const pageAdapter = getActiveRecordPage as unknown as Adapter;

async function render(account?: unknown) {
  const element = mount('calm-account-record-page', AccountRecordPage, {
    recordId: ACCOUNT.Id,
  });
  await flush();
  if (account) recordAdapter.emit(account);
  await flush();

  return element;
}

/** The page's content, laid out by the shared record page shell. */
const root = (element: HTMLElement) =>
  element.shadowRoot!.querySelector('calm-record-page')!.shadowRoot!;

describe('calm-account-record-page', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.title = '';
  });

  it('asks for the account it is given', async () => {
    await render();

    expect(recordAdapter.getLastConfig()).toEqual({
      objectApiName: 'Account',
      recordId: ACCOUNT.Id,
    });
  });

  it('shows a labelled spinner while the account loads', async () => {
    const element = await render();

    expect(textOf(root(element).querySelector('[role="status"]'))).toBe(
      'Loading the account',
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('heads the page with the account name and highlights', async () => {
    const element = await render({ data: ACCOUNT });

    const header = root(element).querySelector<any>('calm-record-header');

    expect(header.objectApiName).toBe('Account');
    expect(header.title).toBe('Alderbrook Logistics');
    expect(header.fields).toEqual([
      { label: 'Industry', value: 'Transportation' },
      { label: 'Billing City', value: 'Atlanta' },
      { label: 'Billing Country', value: 'United States' },
    ]);
    expect(document.title).toBe('Alderbrook Logistics | Account');
  });

  it("shows the account's dashboard and its assets", async () => {
    const element = await render({ data: ACCOUNT });
    pageAdapter.emit({ data: ACTIVE_PAGE });
    await settle();

    const [dashboard, assets] = componentsInRegion(root(element), 'main');

    expect(pageAdapter.getLastConfig()).toEqual({ objectApiName: 'Account' });
    expect(dashboard.dataset.component).toBe('calm/assetDashboard');
    expect(assets.dataset.component).toBe('calm/accountAssetList');
    expect(dashboard.objectApiName).toBe('Account');
    expect(dashboard.recordId).toBe(ACCOUNT.Id);
    expect(assets.recordId).toBe(ACCOUNT.Id);
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows a missing account through the error panel', async () => {
    const element = await render({ error: apiError(404) });

    const panel = root(element).querySelector('calm-error-panel')!;

    expect(textOf(panel.shadowRoot!.querySelector('[role="alert"]'))).toContain(
      'This record does not exist',
    );
    expect(root(element).querySelector('calm-record-header')).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });
});
