import { LightningElement, api, wire } from 'lwc';
import { getRelatedListRecords } from 'data/wire';
import type { QueryResult, SObject, WireResult } from 'data/wire';

import { COLUMNS, sourceRows, sourcesOf } from './sourceRows';

const NOT_LISTED = {
  message: 'This asset action is not among its asset’s actions.',
};

/** The order products, work order lines and outside transactions behind an asset action. */
export default class ActionSourceList extends LightningElement {
  @api assetId?: string;
  @api actionId?: string;
  @api currencyIsoCode = 'USD';
  @api timeZone = 'UTC';

  columns = COLUMNS;

  @wire(getRelatedListRecords, {
    parentObjectApiName: 'Asset',
    recordId: '$assetId',
    relatedListId: 'AssetActions',
  })
  actions?: WireResult<QueryResult<SObject>>;

  get sources() {
    const records = this.actions?.data?.records;
    if (!records || !this.actionId) return null;
    return sourcesOf(records as never, this.actionId);
  }

  get error() {
    if (this.actions?.error) return this.actions.error;
    return this.actions?.data && !this.sources ? NOT_LISTED : undefined;
  }

  get isLoading() {
    return !this.error && !this.sources;
  }

  get isEmpty() {
    return this.sources?.length === 0;
  }

  get count() {
    return this.sources?.length ?? 0;
  }

  get rows() {
    return sourceRows(this.sources ?? [], {
      currencyIsoCode: this.currencyIsoCode,
      timeZone: this.timeZone,
    });
  }
}
