import type { PageComponent, PageProperty, PageTemplate } from 'data/wire';

import type { Entry, Page } from './editorState';

/** A problem with the page, named by the field path the API uses. */
export interface Issue {
  path: string;
  message: string;
  region?: string;
  entryId?: string;
  property?: string;
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || value === '';

/** What is wrong with one property value, or null. */
export function propertyProblem(
  property: PageProperty,
  value: unknown,
): string | null {
  const { label } = property;

  if (isBlank(value)) return property.required ? `${label} is required.` : null;
  if (property.type === 'Boolean') {
    return typeof value === 'boolean' ? null : `${label} must be on or off.`;
  }
  if (property.type === 'Integer') {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return `${label} must be a whole number.`;
    }
    if (property.min !== null && value < property.min) {
      return `${label} must be at least ${property.min}.`;
    }
    if (property.max !== null && value > property.max) {
      return `${label} must be at most ${property.max}.`;
    }
    return null;
  }
  if (typeof value !== 'string') return `${label} must be text.`;
  if (property.datasource && !property.datasource.includes(value)) {
    return `${label} must be one of ${property.datasource.join(', ')}.`;
  }
  return null;
}

function entryIssues(
  entry: Entry,
  path: string,
  components: PageComponent[],
): Issue[] {
  const component = components.find((c) => c.name === entry.component);
  const about = { entryId: entry.id };

  if (!component) {
    const message =
      'This component is no longer available here. Remove it to save.';
    return [{ path: `${path}.component`, message, ...about }];
  }
  return component.properties.flatMap((property) => {
    const message = propertyProblem(property, entry.properties[property.name]);
    if (!message) return [];
    const at = `${path}.properties.${property.name}`;
    return [{ path: at, message, property: property.name, ...about }];
  });
}

/** Every problem that keeps the page from being saved. */
export function validate(
  page: Page,
  components: PageComponent[],
  templates: PageTemplate[],
): Issue[] {
  const issues: Issue[] = [];
  const template = templates.find((t) => t.name === page.template);

  if (!page.label.trim()) {
    issues.push({ path: 'label', message: 'Enter a label for the page.' });
  }
  if (!template) {
    issues.push({ path: 'template', message: 'Choose a template.' });
  }
  for (const [region, entries] of Object.entries(page.regions)) {
    const path = `regions.${region}`;
    if (template && !template.regions.some((r) => r.name === region)) {
      const message = `The ${template.label} template has no region ${region}.`;
      issues.push({ path, message, region });
    }
    entries.forEach((entry, index) =>
      issues.push(...entryIssues(entry, `${path}[${index}]`, components)),
    );
  }
  return issues;
}
