import { LightningElement, api, wire } from 'lwc';
import { searchRecords, type QueryResult, type WireResult } from 'data/wire';

import {
  accountRow,
  assetRow,
  isLifecycleManaged,
  listState,
  noMatchMessage,
  rememberSearch,
} from './searchLists';

const DEBOUNCE_MS = 300;
const LIMIT = 50;

/** The app's home: one search box over accounts and assets. */
export default class HomePage extends LightningElement {
  term = '';
  query = '';
  private timer?: ReturnType<typeof setTimeout>;

  @api
  get searchTerm() {
    return this.query;
  }
  set searchTerm(value: string) {
    this.term = value ?? '';
    this.query = this.term.trim();
  }

  @wire(searchRecords, {
    objectApiName: 'Account',
    searchTerm: '$query',
    limit: LIMIT,
  })
  accounts?: WireResult<QueryResult>;

  @wire(searchRecords, {
    objectApiName: 'Asset',
    searchTerm: '$query',
    limit: LIMIT,
  })
  assets?: WireResult<QueryResult>;

  get accountList() {
    return listState(this.accounts, accountRow, {
      label: 'Accounts',
      limit: LIMIT,
    });
  }

  get assetList() {
    return listState(this.assets, assetRow, {
      label: 'Lifecycle-Managed Assets',
      limit: LIMIT,
      keep: isLifecycleManaged,
    });
  }

  get noAccounts() {
    return noMatchMessage('accounts', this.query);
  }

  get noAssets() {
    return noMatchMessage('lifecycle-managed assets', this.query);
  }

  get resultSummary() {
    const { accountList, assetList } = this;
    if (accountList.isLoading || assetList.isLoading) return '';
    const count = (n: string, one: string, many: string) =>
      `${n} ${n === '1' ? one : many}`;
    const accounts = count(accountList.count, 'account', 'accounts');
    const assets = count(
      assetList.count,
      'lifecycle-managed asset',
      'lifecycle-managed assets',
    );
    return `${accounts} and ${assets} found`;
  }

  connectedCallback() {
    document.title = 'Home | Open CALM';
  }

  disconnectedCallback() {
    clearTimeout(this.timer);
  }

  handleInput(event: Event) {
    this.term = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.search(), DEBOUNCE_MS);
  }

  private search() {
    this.query = this.term.trim();
    rememberSearch(this.query);
  }
}
