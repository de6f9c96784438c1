import { LightningElement, api, wire } from 'lwc';
import {
  getOrgSettings,
  getRecord,
  type SObject,
  type WireResult,
} from 'data/wire';

import { assetHighlights } from './assetHighlights';

type Named = WireResult<{ Name?: string }>;

/** An asset's record page: /lightning/r/Asset/{id}/view. */
export default class AssetRecordPage extends LightningElement {
  @api recordId?: string;

  @wire(getRecord, { objectApiName: 'Asset', recordId: '$recordId' })
  asset?: WireResult<SObject>;

  @wire(getRecord, { objectApiName: 'Account', recordId: '$accountId' })
  account?: Named;

  @wire(getRecord, { objectApiName: 'Product2', recordId: '$productId' })
  product?: Named;

  @wire(getOrgSettings, {})
  settings?: WireResult<{ timeZone: string }>;

  get record() {
    return this.asset?.data;
  }

  get error() {
    return this.asset?.error;
  }

  get isLoading() {
    return !this.record && !this.error;
  }

  get accountId() {
    return this.record?.AccountId;
  }

  get productId() {
    return this.record?.Product2Id;
  }

  get name() {
    return (this.record?.Name as string | undefined) ?? '';
  }

  get highlights() {
    if (!this.record) return [];
    const names = {
      account: this.account?.data?.Name,
      product: this.product?.data?.Name,
    };
    return assetHighlights(this.record, names, this.settings?.data?.timeZone);
  }

  renderedCallback() {
    if (this.record) document.title = `${this.name} | Asset`;
  }
}
