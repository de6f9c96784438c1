import { LightningElement, api } from 'lwc';
import type { PageTemplate } from 'data/wire';

/** The page's own properties: its label and its template. */
export default class PageSettings extends LightningElement {
  @api label = '';
  @api templateName = '';
  @api templates: PageTemplate[] = [];
  @api labelError?: string;

  get templateOptions() {
    return this.templates.map((template) => ({
      name: template.name,
      label: template.label,
      selected: template.name === this.templateName,
    }));
  }

  get labelClass() {
    return `slds-form-element${this.labelError ? ' slds-has-error' : ''}`;
  }

  get labelInvalid() {
    return this.labelError ? 'true' : 'false';
  }

  get labelDescribedBy() {
    return this.labelError ? 'label-error' : undefined;
  }

  handleLabelInput(event: Event) {
    const { value } = event.target as HTMLInputElement;
    this.dispatchEvent(new CustomEvent('labelchange', { detail: { value } }));
  }

  handleTemplateChange(event: Event) {
    const { value } = event.target as HTMLSelectElement;
    this.dispatchEvent(
      new CustomEvent('templatechange', { detail: { value } }),
    );
  }
}
