import { LightningElement, api, wire } from 'lwc';
import { dateRange } from 'data/format';
import { getOrgSettings, getRecord, type WireResult } from 'data/wire';

type Range = { startDate: string; endDate: string };

/** An asset's quantity and MRR over its lifecycle, with every asset action. */
export default class ViewChangesPage extends LightningElement {
  @api recordId?: string;

  @api
  get startDate() {
    return this.range.startDate;
  }
  set startDate(value: string) {
    this.range = dateRange(value, this.range.endDate);
  }

  @api
  get endDate() {
    return this.range.endDate;
  }
  set endDate(value: string) {
    this.range = dateRange(this.range.startDate, value);
  }

  range: Range = { startDate: '', endDate: '' };
  readonly chartRangeControl = false;

  @wire(getRecord, { objectApiName: 'Asset', recordId: '$recordId' })
  asset?: WireResult<{ Name: string }>;

  @wire(getOrgSettings, {})
  settings?: WireResult<{ timeZone: string }>;

  get assetName() {
    return this.asset?.data?.Name ?? 'Asset';
  }

  get assetError() {
    return this.asset?.error;
  }

  get assetUrl() {
    return `/lightning/r/Asset/${this.recordId}/view`;
  }

  get zoneNote() {
    const timeZone = this.settings?.data?.timeZone;
    return timeZone ? `Dates are in the org's time zone, ${timeZone}.` : '';
  }

  override renderedCallback() {
    const name = this.asset?.data?.Name;
    if (name) document.title = `View Changes | ${name} | Open CALM`;
  }

  handleRangeChange(event: CustomEvent<Range>) {
    const { startDate, endDate } = event.detail;
    this.range = { startDate, endDate };

    const url = new URL(window.location.href);
    for (const [key, value] of [
      ['from', startDate],
      ['to', endDate],
    ] as const) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    history.replaceState(history.state, '', url);
  }
}
