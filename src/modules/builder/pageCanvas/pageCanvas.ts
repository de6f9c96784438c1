import { LightningElement, api } from 'lwc';

import {
  ENTRY_TYPE,
  allowDrop,
  droppedItem,
  indexAtPointer,
  type DropTarget,
} from 'builder/dragAndDrop';
import { canvasView, type CanvasRegion } from './canvasView';

const control = (id: string, action: string) =>
  `[data-id="${id}"][data-action="${action}"]`;

const send = (host: LightningElement, name: string, detail: unknown) =>
  host.dispatchEvent(new CustomEvent(name, { detail }));

/** The page's regions, where placed components are arranged. */
export default class PageCanvas extends LightningElement {
  @api regions: CanvasRegion[] = [];
  dropTarget: DropTarget | null = null;
  private draggingId: string | null = null;
  private focusOrder: string[] = [];

  get view() {
    return canvasView(this.regions, this.dropTarget);
  }

  renderedCallback() {
    const selectors = this.focusOrder;
    this.focusOrder = [];
    for (const selector of selectors) {
      const target = this.template.querySelector<HTMLButtonElement>(selector);
      if (target && !target.disabled) {
        target.focus();
        return;
      }
    }
  }

  handleSelect(event: Event) {
    send(this, 'select', { id: this.idOf(event) });
  }

  handleKeydown(event: KeyboardEvent) {
    const id = this.idOf(event);
    const delta = { ArrowUp: -1, ArrowDown: 1 }[event.key as string];
    if (event.altKey && delta) {
      event.preventDefault();
      this.moveBy(id, delta, 'select');
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.remove(id);
    } else if (event.key === 'Escape') {
      send(this, 'select', { id: null });
    }
  }

  handleMoveBy(event: Event) {
    const { id, delta } = (event.currentTarget as HTMLElement).dataset;
    this.moveBy(id!, Number(delta), Number(delta) < 0 ? 'up' : 'down');
  }

  handleMoveToRegion(event: Event) {
    const { id, region } = (event.currentTarget as HTMLElement).dataset;
    this.focusOrder = [control(id!, 'select')];
    send(this, 'moveto', { id, region });
  }

  handleRemove(event: Event) {
    this.remove(this.idOf(event));
  }

  handleDragStart(event: DragEvent) {
    const id = this.idOf(event);
    this.draggingId = id;
    event.dataTransfer?.setData(ENTRY_TYPE, id);
    event.dataTransfer?.setData('text/plain', id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  handleDragEnd() {
    this.draggingId = null;
    this.dropTarget = null;
  }

  handleEntryDragOver(event: DragEvent) {
    allowDrop(event);
    event.stopPropagation();
    const { region, index } = (event.currentTarget as HTMLElement).dataset;
    const at = indexAtPointer(event, Number(index));
    if (this.dropTarget?.region !== region || this.dropTarget.index !== at) {
      this.dropTarget = { region: region!, index: at };
    }
  }

  handleRegionDragOver(event: DragEvent) {
    allowDrop(event);
    const { region } = (event.currentTarget as HTMLElement).dataset;
    const index = this.regions.find((r) => r.name === region)!.entries.length;
    if (this.dropTarget?.region !== region || this.dropTarget.index !== index) {
      this.dropTarget = { region: region!, index };
    }
  }

  handleDragLeave(event: DragEvent) {
    const list = event.currentTarget as HTMLElement;
    if (!list.contains(event.relatedTarget as Node)) this.dropTarget = null;
  }

  handleDrop(event: DragEvent) {
    event.preventDefault();
    const { region } = (event.currentTarget as HTMLElement).dataset;
    const index =
      this.dropTarget?.region === region ? this.dropTarget.index : undefined;
    const item = droppedItem(event.dataTransfer, this.draggingId);
    this.handleDragEnd();
    if (item?.kind === 'component') {
      send(this, 'place', { component: item.component, region, index });
    } else if (item) {
      send(this, 'moveto', { id: item.id, region, index });
    }
  }

  private idOf(event: Event) {
    return (event.currentTarget as HTMLElement).dataset.id!;
  }

  private moveBy(id: string, delta: number, action: string) {
    this.focusOrder = [control(id, action), control(id, 'select')];
    send(this, 'moveby', { id, delta });
  }

  private remove(id: string) {
    const region = this.regions.find((r) =>
      r.entries.some((e) => e.id === id),
    )!;
    const index = region.entries.findIndex((e) => e.id === id);
    const next = region.entries[index + 1] ?? region.entries[index - 1];
    this.focusOrder = [
      ...(next ? [control(next.id, 'select')] : []),
      `[data-heading="${region.name}"]`,
    ];
    send(this, 'remove', { id });
  }
}
