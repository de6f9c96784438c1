import { LightningElement, api, wire } from 'lwc';
import { getRecord, type SObject, type WireResult } from 'data/wire';

import type { HighlightField } from 'calm/recordHeader';

const HIGHLIGHTS: [field: string, label: string][] = [
  ['Industry', 'Industry'],
  ['BillingCity', 'Billing City'],
  ['BillingCountry', 'Billing Country'],
];

/** An account's record page: /lightning/r/Account/{id}/view. */
export default class AccountRecordPage extends LightningElement {
  @api recordId?: string;

  @wire(getRecord, { objectApiName: 'Account', recordId: '$recordId' })
  account?: WireResult<SObject>;

  get record() {
    return this.account?.data;
  }

  get error() {
    return this.account?.error;
  }

  get isLoading() {
    return !this.record && !this.error;
  }

  get name() {
    return (this.record?.Name as string | undefined) ?? '';
  }

  get highlights(): HighlightField[] {
    const record = this.record;
    if (!record) return [];
    return HIGHLIGHTS.map(([field, label]) => ({
      label,
      value: (record[field] as string | null | undefined) ?? '',
    }));
  }

  renderedCallback() {
    if (this.record) document.title = `${this.name} | Account`;
  }
}
