import { LightningElement, api, wire } from 'lwc';
import {
  getOrgSettings,
  getRecord,
  getRelatedListRecords,
  type QueryResult,
  type WireResult,
} from 'data/wire';

import {
  rowsInRange,
  sortRows,
  toChangeRows,
  type AssetActionRecord,
  type SortDirection,
  type SortField,
} from './changeRows';
import { headerCells } from './columns';

/** Every asset action of an asset, sortable and narrowed to a date range. */
export default class AssetChangesList extends LightningElement {
  @api recordId?: string;
  @api startDate = '';
  @api endDate = '';

  sortField: SortField = 'sequence';
  sortDirection: SortDirection = 'ascending';

  @wire(getRecord, { objectApiName: 'Asset', recordId: '$recordId' })
  asset?: WireResult<{ CurrencyIsoCode?: string }>;

  @wire(getRelatedListRecords, {
    parentObjectApiName: 'Asset',
    recordId: '$recordId',
    relatedListId: 'AssetActions',
  })
  actions?: WireResult<QueryResult<AssetActionRecord>>;

  @wire(getOrgSettings, {})
  settings?: WireResult<{ timeZone: string }>;

  get error() {
    return [this.asset, this.actions, this.settings].find((w) => w?.error)
      ?.error;
  }

  get isLoading() {
    const wires = [this.asset, this.actions, this.settings];
    return !this.error && wires.some((result) => !result?.data);
  }

  get allRows() {
    const records = this.actions?.data?.records ?? [];
    const timeZone = this.settings?.data?.timeZone ?? 'UTC';
    return toChangeRows(records, timeZone, this.asset?.data?.CurrencyIsoCode);
  }

  get rows() {
    const inRange = rowsInRange(this.allRows, this.startDate, this.endDate);
    return sortRows(inRange, this.sortField, this.sortDirection);
  }

  get columns() {
    return headerCells(this.sortField, this.sortDirection);
  }

  get isEmpty() {
    return !this.isLoading && !this.error && this.allRows.length === 0;
  }

  get hasRows() {
    return !this.isLoading && !this.error && this.rows.length > 0;
  }

  get noneInRange() {
    return !this.isLoading && !this.isEmpty && this.rows.length === 0;
  }

  get countText() {
    const total = this.allRows.length;
    const shown = this.rows.length;
    const noun = total === 1 ? 'change' : 'changes';
    if (this.isLoading || this.error) return '';
    if (!this.startDate && !this.endDate) return `${total} ${noun}`;
    return `${shown} of ${total} ${noun} in range`;
  }

  get zoneNote() {
    return `Action dates in ${this.settings?.data?.timeZone}`;
  }

  handleSort(event: Event) {
    const field = (event.currentTarget as HTMLElement).dataset
      .field as SortField;
    const flip = field === this.sortField && this.sortDirection === 'ascending';
    this.sortDirection = flip ? 'descending' : 'ascending';
    this.sortField = field;
  }
}
