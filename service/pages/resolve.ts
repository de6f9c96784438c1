import { tagName } from './metadata';
import { valueProblem } from './properties';
import { findTemplate } from './templates';
import type {
  Manifest,
  PageDefinition,
  PageObject,
  PlacedComponent,
} from './types';

/** A component as a record page renders it. */
export interface ResolvedEntry {
  component: string;
  tag: string;
  label: string;
  properties: Record<string, unknown>;
  status: 'ok' | 'missing';
  message?: string;
}

/**
 * The regions of a page as they render today: every region of its template,
 * declared defaults filled in, and an entry whose component is gone or no
 * longer fits the object marked missing so the page can say so in its place.
 */
export function resolveRegions(
  page: PageDefinition,
  object: PageObject,
  manifest: Manifest,
): Record<string, ResolvedEntry[]> {
  const template = findTemplate(page.template);
  const names =
    template?.regions.map((r) => r.name) ?? Object.keys(page.regions);

  return Object.fromEntries(
    names.map((region) => [
      region,
      (page.regions[region] ?? []).map((entry) =>
        resolveEntry(entry, object, manifest),
      ),
    ]),
  );
}

function resolveEntry(
  entry: PlacedComponent,
  object: PageObject,
  manifest: Manifest,
): ResolvedEntry {
  const component = manifest.get(entry.component);
  if (!component) {
    return {
      component: entry.component,
      tag: tagName(entry.component),
      label: entry.component,
      properties: entry.properties,
      status: 'missing',
      message: `The component ${entry.component} is no longer available.`,
    };
  }
  const { name, tag, label } = component;
  if (!component.objects.includes(object)) {
    return {
      component: name,
      tag,
      label,
      properties: entry.properties,
      status: 'missing',
      message: `${label} can no longer be placed on ${object} pages.`,
    };
  }
  const properties: Record<string, unknown> = {};

  for (const property of component.properties) {
    const value = entry.properties[property.name];
    const fits =
      Object.hasOwn(entry.properties, property.name) &&
      valueProblem(property, value) === null;
    if (fits) properties[property.name] = value;
    else if (property.default !== null)
      properties[property.name] = property.default;
  }
  return { component: name, tag, label, properties, status: 'ok' };
}
