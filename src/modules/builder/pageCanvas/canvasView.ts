import type { DropTarget } from 'builder/dragAndDrop';

export interface CanvasEntry {
  id: string;
  index: number;
  label: string;
  iconHref: string;
  iconClass: string;
  summary: string;
  selected: boolean;
  missing: boolean;
  problems: { key: number; message: string }[];
  apiError?: unknown;
  isFirst: boolean;
  isLast: boolean;
}

export interface CanvasRegion {
  name: string;
  label: string;
  sizeClass: string;
  isEmpty: boolean;
  apiError?: unknown;
  entries: CanvasEntry[];
}

const classes = (...names: (string | false)[]) =>
  names.filter(Boolean).join(' ');

/** The canvas as drawn: drop markers, selection and each entry's actions. */
export function canvasView(
  regions: CanvasRegion[],
  dropTarget: DropTarget | null,
) {
  return regions.map((region) => {
    const targeted = dropTarget?.region === region.name;
    const others = regions.filter((other) => other.name !== region.name);

    return {
      ...region,
      listClass: classes('region-list', targeted && 'region-list_target'),
      dropAtEnd: targeted && dropTarget.index === region.entries.length,
      entries: region.entries.map((entry) => ({
        ...entry,
        itemClass: classes(
          'entry',
          entry.selected && 'entry_selected',
          (entry.missing || entry.problems.length > 0) && 'entry_invalid',
          targeted && dropTarget.index === entry.index && 'entry_drop-before',
        ),
        pressed: String(entry.selected),
        hasProblems: entry.problems.length > 0,
        actionsLabel: `Actions for ${entry.label}`,
        moveTargets: others.map((other) => ({
          name: other.name,
          label: `Move to ${other.label}`,
        })),
      })),
    };
  });
}
