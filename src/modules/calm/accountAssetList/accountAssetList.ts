import { LightningElement, api, wire } from 'lwc';
import {
  getOrgSettings,
  getRelatedListRecords,
  searchRecords,
  type QueryResult,
  type WireResult,
} from 'data/wire';
import type ListCard from 'calm/listCard';

import {
  lifecycleManaged,
  namesById,
  sortRows,
  toAssetRow,
  type SortField,
} from './assetRows';
import { AnchorReveal } from './anchorReveal';
import { sortAnnouncement, sortHeaders } from './sortHeaders';

/** An account's lifecycle-managed assets; the dashboard's "View" target. */
export default class AccountAssetList extends LightningElement {
  @api recordId?: string;
  @api objectApiName = 'Account';
  sortedBy: SortField = 'name';
  ascending = true;
  announcement = '';
  private revealed = false;
  private readonly anchor = new AnchorReveal('#assets', () => this.reveal());

  @wire(getRelatedListRecords, {
    parentObjectApiName: 'Account',
    recordId: '$recordId',
    relatedListId: 'Assets',
  })
  assets?: WireResult<QueryResult>;

  @wire(searchRecords, { objectApiName: 'Product2', limit: 200 })
  products?: WireResult<QueryResult>;

  @wire(getOrgSettings, {})
  settings?: WireResult<{ timeZone: string }>;

  get error() {
    return this.assets?.error || this.settings?.error;
  }

  get isLoading() {
    return !this.error && !(this.assets?.data && this.settings?.data);
  }

  get managedAssets() {
    return lifecycleManaged(this.assets?.data?.records);
  }

  get isEmpty() {
    return !this.isLoading && this.managedAssets.length === 0;
  }

  get title() {
    const count = this.isLoading ? '' : ` (${this.managedAssets.length})`;
    return `Lifecycle-Managed Assets${count}`;
  }

  get rows() {
    const names = namesById(this.products?.data?.records);
    const timeZone = this.settings?.data?.timeZone ?? 'UTC';
    const rows = this.managedAssets.map((a) => toAssetRow(a, names, timeZone));
    return sortRows(rows, this.sortedBy, this.ascending);
  }

  get headers() {
    return sortHeaders(this.sortedBy, this.ascending);
  }

  handleSort(event: Event) {
    const field = (event.currentTarget as HTMLElement).dataset.field;
    this.ascending = field === this.sortedBy ? !this.ascending : true;
    this.sortedBy = field as SortField;
    this.announcement = sortAnnouncement(this.sortedBy, this.ascending);
  }

  connectedCallback() {
    this.anchor.connect();
  }

  disconnectedCallback() {
    this.anchor.disconnect();
  }

  renderedCallback() {
    if (this.revealed || this.isLoading) return;
    this.revealed = true;
    this.anchor.check();
  }

  private reveal() {
    this.template?.host.scrollIntoView?.({ block: 'start' });
    (this.refs?.card as ListCard | undefined)?.focusHeading();
  }
}
