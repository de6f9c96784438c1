import type {
  PageComponent,
  PageDefinition,
  PageTemplate,
  PropertyValues,
} from 'data/wire';

export const HISTORY_LIMIT = 50;
export const MAIN_REGION = 'main';

export interface Entry {
  id: string;
  component: string;
  properties: PropertyValues;
}

export interface Page {
  label: string;
  template: string;
  regions: Record<string, Entry[]>;
}

export interface EditorState {
  page: Page;
  history: Page[];
  lastEdit: string | null;
  nextId: number;
}

export interface Position {
  region: string;
  index: number;
}

const regionNamesOf = (template: PageTemplate | undefined) =>
  template?.regions.map((region) => region.name) ?? [MAIN_REGION];

const fallbackRegion = (names: string[]) =>
  names.includes(MAIN_REGION) ? MAIN_REGION : names[0]!;

/** Lays `regions` out on a template: regions it lacks go to its main one. */
function fitRegions(
  regions: Record<string, Entry[]>,
  template: PageTemplate | undefined,
): Record<string, Entry[]> {
  const names = regionNamesOf(template);
  const fitted: Record<string, Entry[]> = Object.fromEntries(
    names.map((name) => [name, [...(regions[name] ?? [])]]),
  );
  const homeless = Object.keys(regions).filter((name) => !names.includes(name));

  for (const name of homeless) {
    fitted[fallbackRegion(names)]!.push(...regions[name]!);
  }
  return fitted;
}

/** The values of `properties` that `component` still declares. */
function declaredValues(
  properties: PropertyValues = {},
  component: PageComponent | undefined,
): PropertyValues {
  if (!component) return { ...properties };
  return Object.fromEntries(
    Object.entries(properties).filter(([name]) =>
      component.properties.some((property) => property.name === name),
    ),
  );
}

/**
 * An editor holding `definition`, laid out on its template, keeping only
 * the property values each component still declares.
 */
export function createEditor(
  definition: PageDefinition,
  templates: PageTemplate[],
  components: PageComponent[] = [],
): EditorState {
  let nextId = 1;
  const regions: Record<string, Entry[]> = {};

  for (const [name, entries] of Object.entries(definition.regions ?? {})) {
    regions[name] = entries.map((entry) => ({
      id: `entry-${nextId++}`,
      component: entry.component,
      properties: declaredValues(
        entry.properties,
        components.find((c) => c.name === entry.component),
      ),
    }));
  }
  const template = templates.find((t) => t.name === definition.template);
  const page = {
    label: definition.label ?? '',
    template: definition.template,
    regions: fitRegions(regions, template),
  };
  return { page, history: [], lastEdit: null, nextId };
}

function commit(state: EditorState, page: Page, edit: string | null = null) {
  const merges = edit !== null && edit === state.lastEdit;
  const history = merges
    ? state.history
    : [...state.history, state.page].slice(-HISTORY_LIMIT);

  return { ...state, page, history, lastEdit: edit };
}

/** Where the entry with `id` sits, or null. */
export function findEntry(page: Page, id: string) {
  for (const [region, entries] of Object.entries(page.regions)) {
    const index = entries.findIndex((entry) => entry.id === id);
    if (index >= 0) return { region, index, entry: entries[index]! };
  }
  return null;
}

/** The id the next placed entry gets. */
export const nextEntryId = (state: EditorState) => `entry-${state.nextId}`;

const clampIndex = (index: number | undefined, length: number) =>
  index === undefined ? length : Math.max(0, Math.min(index, length));

/** Declared defaults of a component, typed as the declaration says. */
export function defaultProperties(component: PageComponent): PropertyValues {
  const values: PropertyValues = {};

  for (const property of component.properties) {
    if (property.default === null || property.default === undefined) continue;
    const value = property.default;
    if (property.type === 'Integer') values[property.name] = Number(value);
    else if (property.type === 'Boolean')
      values[property.name] = value === true || value === 'true';
    else values[property.name] = String(value);
  }
  return values;
}

/** Places a component, with its defaults, at `index` of `region`. */
export function place(
  state: EditorState,
  component: PageComponent,
  region: string,
  index?: number,
): EditorState {
  const entries = state.page.regions[region];
  if (!entries) return state;

  const entry = {
    id: nextEntryId(state),
    component: component.name,
    properties: defaultProperties(component),
  };
  const placed = [...entries];
  placed.splice(clampIndex(index, entries.length), 0, entry);
  const regions = { ...state.page.regions, [region]: placed };

  return {
    ...commit(state, { ...state.page, regions }),
    nextId: state.nextId + 1,
  };
}

/**
 * Moves an entry in front of the entry now at `index` of `region`
 * (the end when `index` is left out).
 */
export function moveTo(
  state: EditorState,
  id: string,
  region: string,
  index?: number,
): EditorState {
  const found = findEntry(state.page, id);
  const target = state.page.regions[region];
  if (!found || !target) return state;

  let at = clampIndex(index, target.length);
  if (found.region === region && found.index < at) at -= 1;
  if (found.region === region && found.index === at) return state;

  const regions = { ...state.page.regions };
  regions[found.region] = regions[found.region]!.filter((e) => e.id !== id);
  const placed = [...regions[region]!];
  placed.splice(at, 0, found.entry);
  regions[region] = placed;

  return commit(state, { ...state.page, regions });
}

/** Moves an entry `delta` places up (negative) or down within its region. */
export function moveBy(state: EditorState, id: string, delta: number) {
  const found = findEntry(state.page, id);
  if (!found) return state;

  const length = state.page.regions[found.region]!.length;
  const at = Math.max(0, Math.min(found.index + delta, length - 1));
  if (at === found.index) return state;
  return moveTo(state, id, found.region, at > found.index ? at + 1 : at);
}

export function remove(state: EditorState, id: string): EditorState {
  const found = findEntry(state.page, id);
  if (!found) return state;

  const regions = { ...state.page.regions };
  regions[found.region] = regions[found.region]!.filter((e) => e.id !== id);
  return commit(state, { ...state.page, regions });
}

/**
 * Sets one property of an entry. Steady typing into one field is one step
 * of the history, so undo takes back the whole value.
 */
export function setProperty(
  state: EditorState,
  id: string,
  name: string,
  value: string | number | boolean,
): EditorState {
  const found = findEntry(state.page, id);
  if (!found || found.entry.properties[name] === value) return state;

  const entry = {
    ...found.entry,
    properties: { ...found.entry.properties, [name]: value },
  };
  const regions = { ...state.page.regions };
  regions[found.region] = regions[found.region]!.map((e) =>
    e.id === id ? entry : e,
  );
  return commit(state, { ...state.page, regions }, `property:${id}:${name}`);
}

export function setLabel(state: EditorState, label: string): EditorState {
  if (label === state.page.label) return state;
  return commit(state, { ...state.page, label }, 'label');
}

/** Switches templates; entries of regions the new one lacks go to main. */
export function changeTemplate(
  state: EditorState,
  name: string,
  templates: PageTemplate[],
): EditorState {
  const template = templates.find((t) => t.name === name);
  if (!template || name === state.page.template) return state;

  const regions = fitRegions(state.page.regions, template);
  return commit(state, { ...state.page, template: name, regions });
}

export const canUndo = (state: EditorState) => state.history.length > 0;

export function undo(state: EditorState): EditorState {
  if (!canUndo(state)) return state;

  const history = state.history.slice(0, -1);
  return { ...state, page: state.history.at(-1)!, history, lastEdit: null };
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || value === '';

/** The page as the API takes it: blank values are left to the defaults. */
export function toDefinition(page: Page): PageDefinition {
  const regions = Object.fromEntries(
    Object.entries(page.regions).map(([name, entries]) => [
      name,
      entries.map(({ component, properties }) => ({
        component,
        properties: Object.fromEntries(
          Object.entries(properties).filter(([, value]) => !isBlank(value)),
        ),
      })),
    ]),
  );
  return { label: page.label.trim(), template: page.template, regions };
}
