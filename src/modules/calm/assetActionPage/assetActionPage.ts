import { LightningElement, api, wire } from 'lwc';
import { getOrgSettings, getRecord } from 'data/wire';
import type { SObject, WireResult } from 'data/wire';

import { actionSections } from './actionFields';
import { actionHeader } from './header';
import { rememberTab, tabForKey, tabItems, tabNamed, tabPanels } from './tabs';
import type { TabName } from './tabs';

export default class AssetActionPage extends LightningElement {
  @api recordId?: string;

  activeTab: TabName = 'details';
  relatedOpened = false;
  private focusPending = false;

  @api
  get tab(): TabName {
    return this.activeTab;
  }
  set tab(value: string) {
    this.openTab(tabNamed(value));
  }

  @wire(getRecord, { objectApiName: 'AssetAction', recordId: '$recordId' })
  action?: WireResult<SObject>;

  @wire(getRecord, { objectApiName: 'Asset', recordId: '$assetId' })
  asset?: WireResult<SObject>;

  @wire(getOrgSettings, {})
  settings?: WireResult<{ timeZone: string }>;

  get assetId() {
    return this.action?.data?.AssetId as string | undefined;
  }

  get error() {
    return this.action?.error ?? this.asset?.error ?? this.settings?.error;
  }

  get context() {
    const currencyIsoCode = this.asset?.data?.CurrencyIsoCode as string;
    const timeZone = this.settings?.data?.timeZone;
    if (!this.action?.data || !currencyIsoCode || !timeZone) return null;
    return { currencyIsoCode, timeZone };
  }

  get header() {
    return actionHeader(this.action!.data!, this.asset!.data!, this.context!);
  }

  get sections() {
    return actionSections(this.action!.data!, this.context!);
  }

  get tabs() {
    return tabItems(this.activeTab);
  }

  get panels() {
    return tabPanels(this.activeTab);
  }

  handleTabClick(event: Event) {
    event.preventDefault();
    this.showTab(tabNamed((event.currentTarget as HTMLElement).dataset.tab));
  }

  handleTabKeydown(event: KeyboardEvent) {
    const next = tabForKey(event.key, this.activeTab);
    if (!next) return;

    event.preventDefault();
    this.showTab(next);
    this.focusPending = true;
  }

  override renderedCallback() {
    const category = this.action?.data?.CategoryEnum;
    if (category) document.title = `${category} | Asset Action | Open CALM`;
    if (!this.focusPending) return;

    this.focusPending = false;
    this.template
      ?.querySelector<HTMLElement>('[aria-selected="true"]')
      ?.focus();
  }

  private showTab(name: TabName) {
    this.openTab(name);
    rememberTab(name);
  }

  private openTab(name: TabName) {
    this.activeTab = name;
    this.relatedOpened ||= name === 'related';
  }
}
