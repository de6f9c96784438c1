import { LightningElement, api, wire } from 'lwc';
import { formatDateTime } from 'data/format';
import { getOrgSettings, type PageVersion, type WireResult } from 'data/wire';

/** The saved versions of a record page, the active one marked. */
export default class PageVersions extends LightningElement {
  @api versions: PageVersion[] = [];
  @api busyVersion?: number | null;

  @wire(getOrgSettings, {})
  settings?: WireResult<{ timeZone: string }>;

  get timeZone() {
    return this.settings?.data?.timeZone;
  }

  get rows() {
    const zone = this.timeZone;

    return (this.versions ?? []).map((version) => ({
      key: version.version,
      version: version.version,
      label: version.label,
      saved: zone ? formatDateTime(version.createdDate, zone) : '',
      isActive: version.isActive,
      busy: this.busyVersion === version.version,
      activateLabel: `Activate version ${version.version}`,
    }));
  }

  get isEmpty() {
    return this.rows.length === 0;
  }

  get zoneNote() {
    return this.timeZone ? `Times in ${this.timeZone}` : '';
  }

  handleActivate(event: Event) {
    const version = Number(
      (event.currentTarget as HTMLElement).dataset.version,
    );
    this.dispatchEvent(new CustomEvent('activate', { detail: { version } }));
  }
}
