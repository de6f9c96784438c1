import type { PageComponent, PageDefinition, PageTemplate } from 'data/wire';

import {
  HISTORY_LIMIT,
  canUndo,
  changeTemplate,
  createEditor,
  findEntry,
  moveBy,
  moveTo,
  nextEntryId,
  place,
  remove,
  setLabel,
  setProperty,
  toDefinition,
  undo,
  type EditorState,
} from '../editorState';
import { issuesFromApi } from '../apiErrors';
import {
  positionText,
  previewDefinition,
  propertySummary,
} from '../editorView';
import { propertyProblem, validate } from '../validation';
import COMPONENTS from './data/assetComponents.json';
import TEMPLATES from './data/templates.json';

const templates = TEMPLATES.templates as PageTemplate[];
const components = COMPONENTS.components as PageComponent[];
const named = (name: string) => components.find((c) => c.name === name)!;
const dashboard = named('calm/assetDashboard');
const chart = named('calm/lifecycleChart');
const invoices = named('calm/invoiceLineList');

const EMPTY: PageDefinition = {
  label: 'Asset Record Page',
  template: 'headerAndRightSidebar',
  regions: {},
};

const empty = () => createEditor(EMPTY, templates, components);

const componentsIn = (state: EditorState, region: string) =>
  state.page.regions[region]!.map((entry) => entry.component);

const idsIn = (state: EditorState, region: string) =>
  state.page.regions[region]!.map((entry) => entry.id);

/** Dashboard in the header, two charts in main, invoice lines aside. */
function furnished() {
  let state = empty();
  state = place(state, dashboard, 'header');
  state = place(state, chart, 'main');
  state = place(state, chart, 'main');
  state = place(state, invoices, 'sidebar');
  return state;
}

describe('createEditor', () => {
  it('gives every region of the template a list, empty or not', () => {
    const state = empty();

    expect(state.page.regions).toEqual({ header: [], main: [], sidebar: [] });
    expect(canUndo(state)).toBe(false);
  });

  it('gives each entry of a definition its own id', () => {
    const state = createEditor(
      {
        ...EMPTY,
        regions: {
          header: [{ component: dashboard.name, properties: {} }],
          main: [
            { component: chart.name, properties: { metric: 'MRR' } },
            { component: chart.name, properties: { metric: 'Quantity' } },
          ],
        },
      },
      templates,
      components,
    );

    const ids = [...idsIn(state, 'header'), ...idsIn(state, 'main')];
    expect(new Set(ids).size).toBe(3);
    expect(state.page.regions.main![0]!.properties).toEqual({ metric: 'MRR' });
    expect(state.page.regions.sidebar).toEqual([]);
  });

  it('moves entries of regions the template lacks to main', () => {
    const state = createEditor(
      {
        label: 'Account page',
        template: 'oneColumn',
        regions: {
          header: [{ component: dashboard.name, properties: {} }],
          main: [{ component: chart.name, properties: {} }],
        },
      },
      templates,
      components,
    );

    expect(Object.keys(state.page.regions)).toEqual(['main']);
    expect(componentsIn(state, 'main')).toEqual([chart.name, dashboard.name]);
  });

  it('drops values of properties a component no longer declares', () => {
    const state = createEditor(
      {
        ...EMPTY,
        regions: {
          main: [
            { component: chart.name, properties: { metric: 'MRR', size: 3 } },
            { component: 'calm/gone', properties: { size: 3 } },
          ],
        },
      },
      templates,
      components,
    );

    const [kept, gone] = state.page.regions.main!;
    expect(kept!.properties).toEqual({ metric: 'MRR' });
    expect(gone!.properties).toEqual({ size: 3 });
  });
});

describe('place', () => {
  it('appends a component with its declared defaults', () => {
    const state = place(empty(), chart, 'main');

    expect(state.page.regions.main).toEqual([
      {
        id: 'entry-1',
        component: chart.name,
        properties: { metric: 'Quantity', showRangeControl: true },
      },
    ]);
  });

  it('types the defaults as their declarations say', () => {
    const state = place(empty(), invoices, 'sidebar');

    expect(state.page.regions.sidebar![0]!.properties).toEqual({ limit: 5 });
  });

  it('inserts at an index and hands out a new id each time', () => {
    let state = furnished();
    const id = nextEntryId(state);

    state = place(state, dashboard, 'main', 1);

    expect(componentsIn(state, 'main')).toEqual([
      chart.name,
      dashboard.name,
      chart.name,
    ]);
    expect(state.page.regions.main![1]!.id).toBe(id);
    expect(nextEntryId(state)).not.toBe(id);
  });

  it('ignores a region the template does not have', () => {
    const state = empty();

    expect(place(state, chart, 'footer')).toBe(state);
  });

  it('keeps the state it started from unchanged', () => {
    const before = empty();
    const snapshot = JSON.stringify(before);

    place(before, chart, 'main');

    expect(JSON.stringify(before)).toBe(snapshot);
  });
});

describe('moveTo and moveBy', () => {
  it('moves an entry down within its region', () => {
    let state = place(furnished(), dashboard, 'main');
    const [first, second, third] = idsIn(state, 'main');

    state = moveTo(state, first!, 'main', 2);

    expect(idsIn(state, 'main')).toEqual([second, first, third]);
  });

  it('moves an entry up within its region', () => {
    let state = place(furnished(), dashboard, 'main');
    const [first, second, third] = idsIn(state, 'main');

    state = moveTo(state, third!, 'main', 0);

    expect(idsIn(state, 'main')).toEqual([third, first, second]);
  });

  it('moves an entry to the end of another region', () => {
    let state = furnished();
    const [dashboardId] = idsIn(state, 'header');

    state = moveTo(state, dashboardId!, 'sidebar');

    expect(state.page.regions.header).toEqual([]);
    expect(componentsIn(state, 'sidebar')).toEqual([
      invoices.name,
      dashboard.name,
    ]);
  });

  it('moves an entry between two entries of another region', () => {
    let state = furnished();
    const [invoiceId] = idsIn(state, 'sidebar');

    state = moveTo(state, invoiceId!, 'main', 1);

    expect(componentsIn(state, 'main')).toEqual([
      chart.name,
      invoices.name,
      chart.name,
    ]);
  });

  it('changes nothing when an entry is dropped where it is', () => {
    const state = furnished();
    const [first] = idsIn(state, 'main');

    expect(moveTo(state, first!, 'main', 0)).toBe(state);
    expect(moveTo(state, first!, 'main', 1)).toBe(state);
  });

  it('moves one place up or down, and stops at the ends', () => {
    let state = place(furnished(), dashboard, 'main');
    const [first, second, third] = idsIn(state, 'main');

    state = moveBy(state, first!, 1);
    expect(idsIn(state, 'main')).toEqual([second, first, third]);

    state = moveBy(state, third!, -1);
    expect(idsIn(state, 'main')).toEqual([second, third, first]);

    expect(moveBy(state, second!, -1)).toBe(state);
    expect(moveBy(state, first!, 1)).toBe(state);
  });

  it('ignores an unknown entry or region', () => {
    const state = furnished();
    const [first] = idsIn(state, 'main');

    expect(moveTo(state, 'entry-99', 'main')).toBe(state);
    expect(moveTo(state, first!, 'footer')).toBe(state);
  });
});

describe('remove', () => {
  it('takes the entry out of its region', () => {
    let state = furnished();
    const [first, second] = idsIn(state, 'main');

    state = remove(state, first!);

    expect(idsIn(state, 'main')).toEqual([second]);
    expect(findEntry(state.page, first!)).toBeNull();
  });
});

describe('setProperty', () => {
  it('sets one value of one entry', () => {
    let state = furnished();
    const [first, second] = idsIn(state, 'main');

    state = setProperty(state, second!, 'metric', 'MRR');

    expect(findEntry(state.page, first!)!.entry.properties.metric).toBe(
      'Quantity',
    );
    expect(findEntry(state.page, second!)!.entry.properties.metric).toBe('MRR');
  });

  it('makes steady typing into one field a single step of the history', () => {
    let state = furnished();
    const [invoiceId] = idsIn(state, 'sidebar');
    const steps = state.history.length;

    state = setProperty(state, invoiceId!, 'limit', 1);
    state = setProperty(state, invoiceId!, 'limit', 12);

    expect(state.history).toHaveLength(steps + 1);
    expect(findEntry(undo(state).page, invoiceId!)!.entry.properties).toEqual({
      limit: 5,
    });
  });

  it('starts a new step when another field is edited in between', () => {
    let state = furnished();
    const [first, second] = idsIn(state, 'main');
    const steps = state.history.length;

    state = setProperty(state, first!, 'metric', 'MRR');
    state = setProperty(state, second!, 'metric', 'MRR');
    state = setProperty(state, first!, 'metric', 'Quantity');

    expect(state.history).toHaveLength(steps + 3);
  });

  it('changes nothing when the value is the same', () => {
    const state = furnished();
    const [first] = idsIn(state, 'main');

    expect(setProperty(state, first!, 'metric', 'Quantity')).toBe(state);
  });
});

describe('changeTemplate', () => {
  it('moves header and sidebar entries to main, after its own', () => {
    const state = changeTemplate(furnished(), 'oneColumn', templates);

    expect(state.page.template).toBe('oneColumn');
    expect(Object.keys(state.page.regions)).toEqual(['main']);
    expect(componentsIn(state, 'main')).toEqual([
      chart.name,
      chart.name,
      dashboard.name,
      invoices.name,
    ]);
  });

  it('gives the regions of a larger template empty lists', () => {
    let state = changeTemplate(furnished(), 'oneColumn', templates);

    state = changeTemplate(state, 'headerAndRightSidebar', templates);

    expect(state.page.regions.header).toEqual([]);
    expect(state.page.regions.sidebar).toEqual([]);
    expect(state.page.regions.main).toHaveLength(4);
  });

  it('ignores an unknown template and the current one', () => {
    const state = furnished();

    expect(changeTemplate(state, 'threeColumns', templates)).toBe(state);
    expect(changeTemplate(state, 'headerAndRightSidebar', templates)).toBe(
      state,
    );
  });
});

describe('undo', () => {
  it('takes back placing, moving, removing and template changes in turn', () => {
    const start = furnished();
    const [first] = idsIn(start, 'main');
    const [dashboardId] = idsIn(start, 'header');
    const moved = moveTo(start, dashboardId!, 'sidebar');
    const removed = remove(moved, first!);
    const switched = changeTemplate(removed, 'oneColumn', templates);

    expect(undo(switched).page).toEqual(removed.page);
    expect(undo(undo(switched)).page).toEqual(moved.page);
    expect(undo(undo(undo(switched))).page).toEqual(start.page);
  });

  it('walks back to the empty page step by step', () => {
    let state = furnished();

    for (let step = 0; step < 4; step += 1) state = undo(state);

    expect(state.page).toEqual(empty().page);
    expect(canUndo(state)).toBe(false);
    expect(undo(state)).toBe(state);
  });

  it(`remembers the last ${HISTORY_LIMIT} steps`, () => {
    let state = empty();
    for (let step = 0; step < HISTORY_LIMIT + 5; step += 1) {
      state = place(state, dashboard, 'main');
    }

    for (let step = 0; step < HISTORY_LIMIT; step += 1) state = undo(state);

    expect(canUndo(state)).toBe(false);
    expect(state.page.regions.main).toHaveLength(5);
  });

  it('keeps ids handed out before, so a new entry never reuses one', () => {
    let state = place(empty(), chart, 'main');
    const [placed] = idsIn(state, 'main');

    state = place(undo(state), chart, 'main');

    expect(idsIn(state, 'main')).not.toContain(placed);
  });

  it('takes back a label change', () => {
    const state = setLabel(empty(), 'Renewals view');

    expect(undo(state).page.label).toBe('Asset Record Page');
  });
});

describe('toDefinition', () => {
  it('names components and values per region, without ids', () => {
    let state = furnished();
    const [, second] = idsIn(state, 'main');
    state = setProperty(state, second!, 'metric', 'MRR');

    expect(toDefinition(state.page)).toEqual({
      label: 'Asset Record Page',
      template: 'headerAndRightSidebar',
      regions: {
        header: [{ component: dashboard.name, properties: {} }],
        main: [
          {
            component: chart.name,
            properties: { metric: 'Quantity', showRangeControl: true },
          },
          {
            component: chart.name,
            properties: { metric: 'MRR', showRangeControl: true },
          },
        ],
        sidebar: [{ component: invoices.name, properties: { limit: 5 } }],
      },
    });
  });

  it('leaves blank values to the declared defaults', () => {
    let state = furnished();
    const [invoiceId] = idsIn(state, 'sidebar');
    state = setProperty(state, invoiceId!, 'limit', '');

    expect(toDefinition(state.page).regions.sidebar).toEqual([
      { component: invoices.name, properties: {} },
    ]);
  });
});

describe('validate', () => {
  const check = (state: EditorState) =>
    validate(state.page, components, templates);

  it('finds nothing wrong with a page of valid components', () => {
    expect(check(furnished())).toEqual([]);
  });

  it('names a value outside the datasource by its field path', () => {
    let state = furnished();
    const [, second] = idsIn(state, 'main');

    state = setProperty(state, second!, 'metric', 'Amount');

    expect(check(state)).toEqual([
      {
        path: 'regions.main[1].properties.metric',
        message: 'Metric must be one of Quantity, MRR.',
        entryId: second,
        property: 'metric',
      },
    ]);
  });

  it('checks whole numbers against min and max', () => {
    const limit = invoices.properties[0]!;

    expect(propertyProblem(limit, 0)).toBe('Lines Shown must be at least 1.');
    expect(propertyProblem(limit, 51)).toBe('Lines Shown must be at most 50.');
    expect(propertyProblem(limit, 2.5)).toBe(
      'Lines Shown must be a whole number.',
    );
    expect(propertyProblem(limit, '7')).toBe(
      'Lines Shown must be a whole number.',
    );
    expect(propertyProblem(limit, 50)).toBeNull();
    expect(propertyProblem(limit, '')).toBeNull();
  });

  it('requires a value only where the declaration says so', () => {
    const limit = { ...invoices.properties[0]!, required: true };

    expect(propertyProblem(limit, '')).toBe('Lines Shown is required.');
  });

  it('checks booleans', () => {
    const toggle = chart.properties[1]!;

    expect(propertyProblem(toggle, false)).toBeNull();
    expect(propertyProblem(toggle, 'yes')).toBe(
      'Show Date Range Control must be on or off.',
    );
  });

  it('flags a component the object no longer offers', () => {
    const state = createEditor(
      {
        ...EMPTY,
        regions: { main: [{ component: 'calm/nope', properties: {} }] },
      },
      templates,
      components,
    );

    expect(check(state)).toEqual([
      expect.objectContaining({
        path: 'regions.main[0].component',
        entryId: state.page.regions.main![0]!.id,
      }),
    ]);
  });

  it('asks for a label', () => {
    const state = setLabel(furnished(), '  ');

    expect(check(state)).toEqual([
      { path: 'label', message: 'Enter a label for the page.' },
    ]);
  });

  it('flags a region the template does not have', () => {
    const state = furnished();
    const page = { ...state.page, template: 'oneColumn' };

    expect(validate(page, components, templates)).toEqual([
      expect.objectContaining({ path: 'regions.header', region: 'header' }),
      expect.objectContaining({ path: 'regions.sidebar', region: 'sidebar' }),
    ]);
  });
});

describe('issuesFromApi', () => {
  it('places errors on the entries and properties their paths name', () => {
    const state = furnished();
    const [, second] = idsIn(state, 'main');

    const issues = issuesFromApi(
      [
        {
          errorCode: 'INVALID_INPUT',
          message: 'metric must be one of Quantity, MRR',
          fields: ['regions.main[1].properties.metric'],
        },
        {
          errorCode: 'INVALID_INPUT',
          message: 'The One Column template has no region sidebar',
          fields: ['regions.sidebar'],
        },
        { errorCode: 'INVALID_INPUT', message: 'Something else' },
      ],
      state.page,
    );

    expect(issues).toEqual([
      {
        path: 'regions.main[1].properties.metric',
        region: 'main',
        entryId: second,
        property: 'metric',
        message: 'metric must be one of Quantity, MRR',
      },
      {
        path: 'regions.sidebar',
        region: 'sidebar',
        message: 'The One Column template has no region sidebar',
      },
      { path: '', message: 'Something else' },
    ]);
  });

  it('names the entry of a component error', () => {
    const state = furnished();
    const [dashboardId] = idsIn(state, 'header');

    const [issue] = issuesFromApi(
      [
        {
          errorCode: 'INVALID_INPUT',
          message: 'Unknown component',
          fields: ['regions.header[0].component'],
        },
      ],
      state.page,
    );

    expect(issue).toEqual(
      expect.objectContaining({ entryId: dashboardId, region: 'header' }),
    );
    expect(issue!.property).toBeUndefined();
  });
});

describe('previewDefinition', () => {
  it('fills blanks with defaults and marks unknown components missing', () => {
    let state = furnished();
    const [invoiceId] = idsIn(state, 'sidebar');
    state = setProperty(state, invoiceId!, 'limit', '');
    state = createEditor(
      {
        ...toDefinition(state.page),
        regions: {
          ...toDefinition(state.page).regions,
          header: [{ component: 'calm/gone', properties: {} }],
        },
      },
      templates,
      components,
    );

    const preview = previewDefinition(state.page, components);

    expect(preview.regions.sidebar).toEqual([
      {
        component: invoices.name,
        properties: { limit: 5 },
        label: 'Invoice Lines',
        status: 'ok',
      },
    ]);
    expect(preview.regions.header![0]).toEqual(
      expect.objectContaining({ component: 'calm/gone', status: 'missing' }),
    );
  });
});

describe('editor wording', () => {
  it('summarises property values as a page author reads them', () => {
    expect(
      propertySummary({ metric: 'MRR', showRangeControl: false }, chart),
    ).toBe('Metric: MRR · Show Date Range Control: Off');
  });

  it('says where an entry sits', () => {
    const state = furnished();
    const [, second] = idsIn(state, 'main');

    expect(positionText(state.page, second!, templates[0])).toBe(
      'Main, position 2 of 2',
    );
  });
});
