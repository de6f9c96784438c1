import { LightningElement, api, wire } from 'lwc';
import {
  getActiveRecordPage,
  type ActivePage as ActivePageData,
  type WireResult,
} from 'data/wire';

/** The record page an object's records show, for one record. */
export default class ActivePage extends LightningElement {
  @api objectApiName?: string;
  @api recordId?: string;

  @wire(getActiveRecordPage, { objectApiName: '$objectApiName' })
  page?: WireResult<ActivePageData>;

  get definition() {
    return this.page?.data;
  }

  get error() {
    return this.page?.error;
  }

  get isLoading() {
    return !this.definition && !this.error;
  }
}
