import { LightningElement, api } from 'lwc';

import type { HighlightField } from 'calm/recordHeader';

/**
 * What every record page shows around its layout: the record header with
 * its Edit Page link, then the active page; or the loading or error state.
 */
export default class RecordPage extends LightningElement {
  @api objectApiName = '';
  @api recordId?: string;
  @api title = '';
  @api fields: HighlightField[] = [];
  @api error: unknown;
  @api loading = false;

  get noun() {
    return this.objectApiName.toLowerCase();
  }

  get errorTitle() {
    return `We could not load this ${this.noun}`;
  }

  get loadingText() {
    return `Loading the ${this.noun}`;
  }
}
