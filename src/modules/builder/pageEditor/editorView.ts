import type {
  PageComponent,
  PageDefinition,
  PageTemplate,
  PropertyValues,
} from 'data/wire';
import { regionLayout } from 'builder/regionLayout';

import {
  defaultProperties,
  findEntry,
  toDefinition,
  type Page,
} from './editorState';
import type { Issue } from './validation';

const ICONS: Record<string, string> = {
  'calm/accountAssetList': 'asset_object',
  'calm/assetDashboard': 'dashboard',
  'calm/invoiceLineList': 'report',
  'calm/lifecycleChart': 'chart',
};

/** The SLDS standard icon a component is shown with. */
export const componentIcon = (name: string) =>
  ICONS[name] ?? 'lightning_component';

export const iconClassOf = (icon: string) =>
  `slds-icon_container slds-icon-standard-${icon.replace(/_/g, '-')}`;

export const labelOf = (name: string, components: PageComponent[]) =>
  components.find((c) => c.name === name)?.label ?? name;

/** "Metric: MRR · Show Date Range Control: On" */
export function propertySummary(
  values: PropertyValues,
  component: PageComponent | undefined,
): string {
  if (!component) return '';
  return component.properties
    .filter((property) => values[property.name] !== undefined)
    .map((property) => {
      const value = values[property.name];
      const shown =
        typeof value === 'boolean' ? (value ? 'On' : 'Off') : String(value);
      return `${property.label}: ${shown === '' ? '—' : shown}`;
    })
    .join(' · ');
}

/** An error shaped for the error panel, from the API's messages. */
const panelError = (issues: Issue[]) =>
  issues.length
    ? { errors: issues.map(({ message }) => ({ message })) }
    : undefined;

export interface CanvasInput {
  page: Page;
  template?: PageTemplate;
  components: PageComponent[];
  problems: Issue[];
  apiIssues: Issue[];
  selectedId: string | null;
}

/** The canvas: regions in page order, with what each entry shows. */
export function canvasRegions(input: CanvasInput) {
  const { page, template, components, problems, apiIssues } = input;
  const labels = new Map(template?.regions.map((r) => [r.name, r.label]));

  return regionLayout(Object.keys(page.regions)).map(({ name, sizeClass }) => {
    const entries = page.regions[name]!;
    return {
      name,
      label: labels.get(name) ?? name,
      sizeClass,
      isEmpty: entries.length === 0,
      apiError: panelError(
        apiIssues.filter((i) => i.region === name && !i.entryId),
      ),
      entries: entries.map((entry, index) => {
        const component = components.find((c) => c.name === entry.component);
        const own = (issue: Issue) => issue.entryId === entry.id;
        const icon = componentIcon(entry.component);
        return {
          id: entry.id,
          index,
          label: component?.label ?? entry.component,
          iconHref: `/slds/icons/standard-sprite/svg/symbols.svg#${icon}`,
          iconClass: iconClassOf(icon),
          summary: propertySummary(entry.properties, component),
          selected: entry.id === input.selectedId,
          missing: !component,
          problems: problems.filter(own).map((issue, key) => ({
            key,
            message: issue.message,
          })),
          apiError: panelError(apiIssues.filter(own)),
          isFirst: index === 0,
          isLast: index === entries.length - 1,
        };
      }),
    };
  });
}

/** Where an entry sits, in words: "Main, position 2 of 3". */
export function positionText(page: Page, id: string, template?: PageTemplate) {
  const found = findEntry(page, id);
  if (!found) return '';
  const label =
    template?.regions.find((r) => r.name === found.region)?.label ??
    found.region;
  const count = page.regions[found.region]!.length;
  return `${label}, position ${found.index + 1} of ${count}`;
}

/** The page as a record would show it, blanks filled with defaults. */
export function previewDefinition(
  page: Page,
  components: PageComponent[],
): PageDefinition {
  const definition = toDefinition(page);
  const regions = Object.fromEntries(
    Object.entries(definition.regions).map(([name, entries]) => [
      name,
      entries.map((entry) => {
        const component = components.find((c) => c.name === entry.component);
        const defaults = component ? defaultProperties(component) : {};
        return {
          ...entry,
          properties: { ...defaults, ...entry.properties },
          label: component?.label ?? entry.component,
          status: component ? ('ok' as const) : ('missing' as const),
        };
      }),
    ]),
  );
  return { ...definition, regions };
}
