export const COMPONENT_TYPE = 'application/x-calm-component';
export const ENTRY_TYPE = 'application/x-calm-entry';

export interface DropTarget {
  region: string;
  index: number;
}

export type Dropped =
  { kind: 'component'; component: string } | { kind: 'entry'; id: string };

/** The index a drag over an entry points at: before it, or after it. */
export function indexAtPointer(event: DragEvent, index: number): number {
  const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
  return event.clientY > box.top + box.height / 2 ? index + 1 : index;
}

/** What a drop carries: a component from the palette, or a placed entry. */
export function droppedItem(
  transfer: DataTransfer | null,
  draggingId: string | null,
): Dropped | null {
  const component = transfer?.getData(COMPONENT_TYPE);
  if (component) return { kind: 'component', component };

  const id = transfer?.getData(ENTRY_TYPE) || draggingId;
  return id ? { kind: 'entry', id } : null;
}

export function allowDrop(event: DragEvent) {
  event.preventDefault();
  if (!event.dataTransfer) return;
  const copies = event.dataTransfer.types.includes(COMPONENT_TYPE);
  event.dataTransfer.dropEffect = copies ? 'copy' : 'move';
}
