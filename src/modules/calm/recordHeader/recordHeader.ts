import { LightningElement, api } from 'lwc';

export interface HighlightField {
  label: string;
  value?: string | null;
  href?: string;
}

const ICONS: Record<string, string> = {
  Account: 'account',
  Asset: 'asset_object',
  AssetAction: 'asset_action',
  InvoiceLine: 'product_item',
};

const LABELS: Record<string, string> = {
  AssetAction: 'Asset Action',
  InvoiceLine: 'Invoice Line',
};

/** The record page's header: icon, object label, name and highlights. */
export default class RecordHeader extends LightningElement {
  @api objectApiName = '';
  @api recordId?: string;
  @api title = '';
  @api subtitle?: string;
  @api icon?: string;
  @api fields: HighlightField[] = [];

  get objectLabel() {
    return this.subtitle || LABELS[this.objectApiName] || this.objectApiName;
  }

  get iconName() {
    return this.icon || ICONS[this.objectApiName] || 'record';
  }

  get iconHref() {
    return `/slds/icons/standard-sprite/svg/symbols.svg#${this.iconName}`;
  }

  get iconClass() {
    const name = this.iconName.replace(/_/g, '-');
    return `slds-icon_container slds-icon-standard-${name}`;
  }

  get highlights() {
    return (this.fields ?? []).map((field, index) => ({
      key: `${index}-${field.label}`,
      label: field.label,
      value: field.value || '—',
      href: field.value ? field.href : undefined,
    }));
  }

  get hasHighlights() {
    return this.highlights.length > 0;
  }
}
