import { LightningElement, api } from 'lwc';

/**
 * Two dates that narrow what a page shows. Fires `rangechange` with
 * `{ startDate, endDate }` ('YYYY-MM-DD', or '' for an open end).
 */
export default class DateRangeControl extends LightningElement {
  @api
  get startDate() {
    return this.from;
  }
  set startDate(value: string) {
    this.from = value ?? '';
  }

  @api
  get endDate() {
    return this.to;
  }
  set endDate(value: string) {
    this.to = value ?? '';
  }

  from = '';
  to = '';
  error = '';

  get toClass() {
    return `slds-form-element${this.error ? ' slds-has-error' : ''}`;
  }

  get toInvalid() {
    return this.error ? 'true' : undefined;
  }

  handleFromChange(event: Event) {
    this.from = (event.target as HTMLInputElement).value;
    this.error = '';
  }

  handleToChange(event: Event) {
    this.to = (event.target as HTMLInputElement).value;
    this.error = '';
  }

  handleApply(event: Event) {
    event.preventDefault();
    if (this.from && this.to && this.from > this.to) {
      this.error = 'The "To" date must be on or after the "From" date.';
      return;
    }
    this.announce();
  }

  handleClear() {
    this.from = '';
    this.to = '';
    this.error = '';
    this.announce();
  }

  announce() {
    const detail = { startDate: this.from, endDate: this.to };
    this.dispatchEvent(new CustomEvent('rangechange', { detail }));
  }
}
