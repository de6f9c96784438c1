import { LightningElement, api } from 'lwc';
import { canEditPages, pageEditorHref } from 'builder/access';

/** "Edit Page" for the people who may change an object's record page. */
export default class EditPageLink extends LightningElement {
  @api objectApiName = '';
  @api recordId?: string;

  get allowed() {
    return canEditPages() && !!this.objectApiName;
  }

  get href() {
    return pageEditorHref(this.objectApiName, this.recordId);
  }
}
