import { LightningElement, api } from 'lwc';
import type { PageComponent, PropertyValues } from 'data/wire';

import {
  inputValue,
  propertyFields,
  type PropertyIssue,
} from './propertyFields';

/** The selected component's properties, as its declaration describes them. */
export default class PropertyPanel extends LightningElement {
  @api component?: PageComponent;
  @api values: PropertyValues = {};
  @api issues: PropertyIssue[] = [];

  get fields() {
    return propertyFields(
      this.component?.properties ?? [],
      this.values ?? {},
      this.issues ?? [],
    );
  }

  get hasFields() {
    return this.fields.length > 0;
  }

  get description() {
    return this.component?.description;
  }

  get heading() {
    return this.component?.label ?? 'Component';
  }

  handleChange(event: Event) {
    const input = event.target as HTMLInputElement;
    const { name } = input.dataset;
    const property = this.component?.properties.find((p) => p.name === name);
    if (!property) return;

    const value = inputValue(input, property.type);
    this.dispatchEvent(
      new CustomEvent('propertychange', { detail: { name, value } }),
    );
  }
}
