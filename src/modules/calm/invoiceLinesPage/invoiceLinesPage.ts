import { LightningElement, api, wire } from 'lwc';
import { getRecord, type SObject, type WireResult } from 'data/wire';

/** Every invoice line of an asset: /lightning/r/Asset/{id}/related/InvoiceLines/view. */
export default class InvoiceLinesPage extends LightningElement {
  @api recordId?: string;

  @wire(getRecord, { objectApiName: 'Asset', recordId: '$recordId' })
  asset?: WireResult<SObject>;

  get error() {
    return this.asset?.error;
  }

  get record() {
    return this.asset?.data;
  }

  get isLoading() {
    return !this.record && !this.error;
  }

  get assetName() {
    return (this.record?.Name as string | undefined) ?? 'Asset';
  }

  get assetHref() {
    return `/lightning/r/Asset/${encodeURIComponent(this.recordId ?? '')}/view`;
  }

  renderedCallback() {
    if (this.record) document.title = `Invoice Lines | ${this.assetName}`;
  }
}
