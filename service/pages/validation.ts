import { Problems } from '../domain/errors';
import { valueProblem } from './properties';
import { findTemplate, TEMPLATES } from './templates';
import type {
  Manifest,
  PageDefinition,
  PageObject,
  PlacedComponent,
} from './types';

export const MAX_COMPONENTS = 25;
const MAX_LABEL_LENGTH = 80;

/** Throws one 400 naming every problem of a page definition. */
export function validatePage(
  page: PageDefinition,
  object: PageObject,
  manifest: Manifest,
): void {
  const problems = new Problems();
  const label = page.label.trim();
  if (!label || label.length > MAX_LABEL_LENGTH || label.includes('\u0000')) {
    problems.add(
      'label',
      `Give the page a label of 1 to ${MAX_LABEL_LENGTH} characters.`,
    );
  }
  const template = findTemplate(page.template);
  if (!template) {
    const known = TEMPLATES.map((t) => t.name).join(', ');
    problems.add(
      'template',
      `Unknown template ${page.template}; use ${known}.`,
    );
  }
  const regions = Object.entries(page.regions);
  const count = regions.reduce((n, [, placed]) => n + placed.length, 0);
  if (count > MAX_COMPONENTS) {
    problems.add(
      'regions',
      `A page holds at most ${MAX_COMPONENTS} components; this one has ${count}.`,
    );
    problems.throwIfAny();
  }

  for (const [region, placed] of regions) {
    const path = `regions.${region}`;
    if (template && !template.regions.some((r) => r.name === region)) {
      problems.add(
        path,
        `The ${template.label} template has no region ${region}.`,
      );
    }
    placed.forEach((entry, i) => {
      checkPlacement(entry, `${path}[${i}]`, { object, manifest, problems });
    });
  }
  problems.throwIfAny();
}

interface Check {
  object: PageObject;
  manifest: Manifest;
  problems: Problems;
}

function checkPlacement(
  entry: PlacedComponent,
  path: string,
  { object, manifest, problems }: Check,
) {
  const component = manifest.get(entry.component);
  if (!component) {
    problems.add(`${path}.component`, `Unknown component ${entry.component}.`);
    return;
  }
  if (!component.objects.includes(object)) {
    problems.add(
      `${path}.component`,
      `${component.label} cannot be placed on ${object} pages.`,
    );
  }
  const declared = new Map(component.properties.map((p) => [p.name, p]));

  for (const [name, value] of Object.entries(entry.properties)) {
    const field = `${path}.properties.${name}`;
    const property = declared.get(name);
    const problem = property
      ? valueProblem(property, value)
      : `${component.label} has no property ${name}`;
    if (problem) problems.add(field, `${problem}.`);
  }
  for (const property of component.properties) {
    const given = Object.hasOwn(entry.properties, property.name);
    if (property.required && property.default === null && !given) {
      problems.add(
        `${path}.properties.${property.name}`,
        `${property.name} is required.`,
      );
    }
  }
}
