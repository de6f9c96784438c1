import { LightningElement, api } from 'lwc';
import type { PageDefinition } from 'data/wire';
import { regionLayout } from 'builder/regionLayout';

/** A record page definition laid out in its template's regions. */
export default class PageLayout extends LightningElement {
  @api objectApiName?: string;
  @api recordId?: string;
  @api definition?: PageDefinition;

  get regions() {
    const regions = this.definition?.regions ?? {};

    return regionLayout(Object.keys(regions)).map(({ name, sizeClass }) => ({
      name,
      sizeClass: `${sizeClass} slds-p-bottom_small`,
      entries: regions[name]!.map((entry, index) => ({
        key: `${name}-${index}-${entry.component}`,
        entry,
      })),
    }));
  }

  get isEmpty() {
    return this.regions.every((region) => region.entries.length === 0);
  }
}
