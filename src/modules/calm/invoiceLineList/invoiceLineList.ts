import { LightningElement, api, wire } from 'lwc';
import {
  getRecord,
  getRelatedListRecords,
  type QueryResult,
  type SObject,
  type WireResult,
} from 'data/wire';

import {
  moneyFormatter,
  newestFirst,
  postedBalance,
  toRow,
} from './invoiceLineRows';

/** An asset's invoice lines, newest first, with its posted balance. */
export default class InvoiceLineList extends LightningElement {
  @api recordId?: string;
  @api objectApiName = 'Asset';
  private shown?: number;

  @wire(getRecord, { objectApiName: 'Asset', recordId: '$recordId' })
  asset?: WireResult<SObject>;

  get currencyIsoCode() {
    return this.asset?.data?.CurrencyIsoCode as string | undefined;
  }

  @api
  get limit(): number | undefined {
    return this.shown;
  }
  set limit(value: number | string | undefined) {
    const count = Number(value);
    this.shown = Number.isInteger(count) && count > 0 ? count : undefined;
  }

  @wire(getRelatedListRecords, {
    parentObjectApiName: 'Asset',
    recordId: '$recordId',
    relatedListId: 'InvoiceLines',
  })
  lines?: WireResult<QueryResult>;

  get error() {
    return this.lines?.error;
  }

  get records() {
    return this.lines?.data?.records;
  }

  get isLoading() {
    return !this.records && !this.error;
  }

  get isEmpty() {
    return this.records?.length === 0;
  }

  get title() {
    const count = this.records ? ` (${this.records.length})` : '';
    return `Invoice Lines${count}`;
  }

  get rows() {
    const money = moneyFormatter(this.currencyIsoCode);
    const lines = newestFirst(this.records ?? []);
    return lines.slice(0, this.shown).map((line) => toRow(line, money));
  }

  get totalBalance() {
    return moneyFormatter(this.currencyIsoCode)(
      postedBalance(this.records ?? []),
    );
  }

  get viewAllHref() {
    const id = encodeURIComponent(this.recordId ?? '');
    return `/lightning/r/Asset/${id}/related/InvoiceLines/view`;
  }

  get showViewAll() {
    return !!this.shown && !!this.records && this.records.length > 0;
  }
}
