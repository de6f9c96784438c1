import { LightningElement, api } from 'lwc';
import type { PageEntry } from 'data/wire';
import { loadComponent } from 'builder/componentRegistry';

const UNAVAILABLE = 'This component is not part of the app any more.';

/** One entry of a record page, rendered as its component. */
export default class PageComponent extends LightningElement {
  @api recordId?: string;
  @api objectApiName?: string;
  ctor: typeof LightningElement | null = null;
  loaded = false;
  private current?: PageEntry;

  @api
  get entry(): PageEntry | undefined {
    return this.current;
  }
  set entry(value: PageEntry | undefined) {
    const before = this.current?.component;
    this.current = value;
    if (value && value.component !== before) this.load(value.component);
  }

  get isMissing() {
    return this.current?.status === 'missing' || (this.loaded && !this.ctor);
  }

  get isLoading() {
    return !this.isMissing && !this.ctor;
  }

  get label() {
    return this.current?.label || this.current?.component || 'A component';
  }

  get componentName() {
    return this.current?.component;
  }

  get missingMessage() {
    return this.current?.message || UNAVAILABLE;
  }

  get props() {
    return {
      ...(this.current?.properties ?? {}),
      recordId: this.recordId,
      objectApiName: this.objectApiName,
    };
  }

  private async load(name: string) {
    this.loaded = false;
    this.ctor = null;
    const ctor = await loadComponent(name).catch(() => null);
    if (this.current?.component !== name) return;
    this.ctor = ctor;
    this.loaded = true;
  }
}
