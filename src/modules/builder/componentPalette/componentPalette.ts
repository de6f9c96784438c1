import { LightningElement, api } from 'lwc';
import type { PageComponent } from 'data/wire';
import { COMPONENT_TYPE } from 'builder/dragAndDrop';

const ICON_PATH = '/slds/icons/standard-sprite/svg/symbols.svg#';

type Region = { name: string; label: string };

/** The components an admin may place, each draggable or added by button. */
export default class ComponentPalette extends LightningElement {
  @api components: (PageComponent & { icon?: string })[] = [];
  @api regions: Region[] = [];
  chosenRegion = 'main';

  get targetRegion() {
    const names = this.regions.map((region) => region.name);
    if (names.includes(this.chosenRegion)) return this.chosenRegion;
    return names.includes('main') ? 'main' : (names[0] ?? '');
  }

  get regionOptions() {
    return this.regions.map((region) => ({
      ...region,
      selected: region.name === this.targetRegion,
    }));
  }

  get items() {
    const region = this.regions.find((r) => r.name === this.targetRegion);
    return this.components.map((component) => {
      const icon = component.icon ?? 'lightning_component';
      return {
        name: component.name,
        label: component.label,
        description: component.description ?? '',
        iconHref: `${ICON_PATH}${icon}`,
        iconClass: `slds-icon_container slds-icon-standard-${icon.replace(/_/g, '-')}`,
        addLabel: `Add ${component.label} to ${region?.label ?? ''}`,
      };
    });
  }

  get isEmpty() {
    return this.components.length === 0;
  }

  handleRegionChange(event: Event) {
    this.chosenRegion = (event.target as HTMLSelectElement).value;
  }

  handleDragStart(event: DragEvent) {
    const { name } = (event.currentTarget as HTMLElement).dataset;
    const component = this.components.find((c) => c.name === name);
    if (!component || !event.dataTransfer) return;

    event.dataTransfer.setData(COMPONENT_TYPE, component.name);
    event.dataTransfer.setData('text/plain', component.label);
    event.dataTransfer.effectAllowed = 'copyMove';
  }

  handleAdd(event: Event) {
    const { name } = (event.currentTarget as HTMLElement).dataset;
    const detail = { component: name, region: this.targetRegion };
    this.dispatchEvent(new CustomEvent('add', { detail }));
  }
}
