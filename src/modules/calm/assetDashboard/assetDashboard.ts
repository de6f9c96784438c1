import { LightningElement, api, wire } from 'lwc';
import { getLifecycleSummary, type Summary, type WireResult } from 'data/wire';

import { asOfLine, hasLifecycleAssets, summaryCards } from './summaryCards';

/** Quantity, amount, MRR and invoice line balance of an asset or account. */
export default class AssetDashboard extends LightningElement {
  @api recordId?: string;
  @api objectApiName: 'Asset' | 'Account' = 'Asset';

  @wire(getLifecycleSummary, {
    objectApiName: '$objectApiName',
    recordId: '$recordId',
  })
  summary?: WireResult<Summary>;

  get error() {
    return this.summary?.error;
  }

  get data() {
    return this.summary?.data;
  }

  get isLoading() {
    return !this.data && !this.error;
  }

  get isEmpty() {
    return !!this.data && !hasLifecycleAssets(this.data);
  }

  get emptyMessage() {
    return this.objectApiName === 'Account'
      ? 'This account has no lifecycle-managed assets yet.'
      : 'This asset has no lifecycle figures yet.';
  }

  get asOf() {
    return this.data ? asOfLine(this.data) : '';
  }

  get cards() {
    if (!this.data || !this.recordId) return [];
    return summaryCards(this.data, this.objectApiName, this.recordId);
  }
}
