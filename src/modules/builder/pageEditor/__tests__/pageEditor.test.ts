import PageEditor from 'builder/pageEditor';
import { canEditPages } from 'builder/access';
import { ApiRequestError, activatePage, savePage } from 'data/api';
import {
  getActiveRecordPage,
  getPageComponents,
  getPageTemplates,
  getRecordPages,
} from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  textOf,
} from '../../../../test/component';
import { settle } from '../../../../test/pages';
import ACTIVE_PAGE from './data/assetActivePage.json';
import COMPONENTS from './data/assetComponents.json';
import TEMPLATES from './data/templates.json';

jest.mock('data/wire', () => {
  const { createTestWireAdapter } = jest.requireActual(
    '@salesforce/wire-service-jest-util',
  );
  const adapter = () => createTestWireAdapter(jest.fn());
  return {
    getPageComponents: adapter(),
    getPageTemplates: adapter(),
    getRecordPages: adapter(),
    getActiveRecordPage: adapter(),
    getOrgSettings: adapter(),
    getRecord: adapter(),
    searchRecords: adapter(),
  };
});

jest.mock('data/api', () => ({
  ...jest.requireActual('data/api'),
  savePage: jest.fn(),
  activatePage: jest.fn(),
}));

jest.mock('builder/access', () => ({
  ...jest.requireActual('builder/access'),
  canEditPages: jest.fn(() => true),
}));

const STUBS = '../../pageLayout/__tests__/stubs';
jest.mock('calm/lifecycleChart', () =>
  jest.requireActual(`${STUBS}/lifecycleChart/lifecycleChart`),
);
jest.mock('calm/assetDashboard', () =>
  jest.requireActual(`${STUBS}/assetDashboard/assetDashboard`),
);
jest.mock('calm/invoiceLineList', () =>
  jest.requireActual(`${STUBS}/invoiceLineList/invoiceLineList`),
);

type Adapter = {
  emit(value: unknown): void;
  getLastConfig(): Record<string, unknown>;
};
const adapter = (wire: unknown) => wire as Adapter;
const saveMock = savePage as jest.Mock;
const activateMock = activatePage as jest.Mock;

const RECORD_PAGES = {
  objectApiName: 'Asset',
  activeVersion: 1,
  versions: [
    {
      version: 2,
      label: 'Renewals',
      template: 'oneColumn',
      createdDate: '2026-12-03T17:26:14.606Z',
      isActive: false,
    },
    {
      version: 1,
      label: 'Asset Record Page',
      template: 'headerAndRightSidebar',
      createdDate: '2026-12-02T17:26:14.606Z',
      isActive: true,
    },
  ],
};

const savedAs = (version: number, definition: unknown) => ({
  objectApiName: 'Asset',
  version,
  createdDate: '2026-12-04T10:00:00.000Z',
  isActive: false,
  ...(definition as object),
});

async function render(props: Record<string, unknown> = {}) {
  const element = mount('builder-page-editor', PageEditor, {
    objectApiName: 'Asset',
    ...props,
  });
  await flush();
  adapter(getPageComponents).emit({ data: COMPONENTS });
  adapter(getPageTemplates).emit({ data: TEMPLATES });
  adapter(getActiveRecordPage).emit({ data: ACTIVE_PAGE });
  adapter(getRecordPages).emit({ data: RECORD_PAGES });
  await settle();

  return element;
}

const root = (element: HTMLElement) => element.shadowRoot!;
const child = (element: HTMLElement, tag: string) =>
  root(element).querySelector(tag)!.shadowRoot!;
const canvas = (element: HTMLElement) => child(element, 'builder-page-canvas');
const region = (element: HTMLElement, name: string) =>
  canvas(element).querySelector<HTMLElement>(`ul[data-region="${name}"]`)!;
const entries = (element: HTMLElement, name: string) =>
  Array.from(region(element, name).querySelectorAll<HTMLElement>('li.entry'));
const labels = (element: HTMLElement, name: string) =>
  entries(element, name).map((entry) =>
    textOf(entry.querySelector('.entry-label')),
  );
const summaries = (element: HTMLElement, name: string) =>
  entries(element, name).map((entry) =>
    textOf(entry.querySelector('.entry-summary')),
  );
const selectButton = (entry: HTMLElement) =>
  entry.querySelector<HTMLButtonElement>('[data-action="select"]')!;
const announcement = (element: HTMLElement) =>
  textOf(root(element).querySelector('[data-announcement]'));
const status = (element: HTMLElement) =>
  textOf(root(element).querySelector('[data-status] .status-text'));
const badges = (element: HTMLElement) =>
  Array.from(
    root(element).querySelectorAll('[data-status] .slds-badge'),
    textOf,
  );
const alertText = (panel: Element) =>
  Array.from(
    panel
      .shadowRoot!.querySelector('[role="alert"]')!
      .querySelectorAll('h2, p'),
    textOf,
  );

function button(scope: ShadowRoot | HTMLElement, name: string) {
  const found = Array.from(
    scope.querySelectorAll<HTMLButtonElement>('button'),
  ).find(
    (each) => each.getAttribute('aria-label') === name || textOf(each) === name,
  );
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

async function click(target: HTMLElement) {
  target.click();
  await settle();
}

async function key(target: HTMLElement, key: string, init = {}) {
  target.dispatchEvent(
    new KeyboardEvent('keydown', {
      key,
      bubbles: true,
      composed: true,
      ...init,
    }),
  );
  await settle();
}

class Transfer {
  private data = new Map<string, string>();
  types: string[] = [];
  dropEffect = '';
  effectAllowed = '';
  setData(type: string, value: string) {
    this.data.set(type, value);
    this.types.push(type);
  }
  getData(type: string) {
    return this.data.get(type) ?? '';
  }
}

function drag(target: Element, type: string, dataTransfer: Transfer) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.assign(event, { dataTransfer, clientY: 0 });
  target.dispatchEvent(event);
  return event;
}

async function select(element: HTMLElement, name: string, index: number) {
  await click(selectButton(entries(element, name)[index]!));
}

const panel = (element: HTMLElement) =>
  child(element, 'builder-property-panel');

async function changeField(
  element: HTMLElement,
  name: string,
  value: string,
  type = 'change',
) {
  const input = panel(element).querySelector<HTMLInputElement>(
    `[data-name="${name}"]`,
  )!;
  input.value = value;
  input.dispatchEvent(new Event(type));
  await settle();
}

describe('builder-page-editor', () => {
  afterEach(() => {
    document.body.replaceChildren();
    jest.clearAllMocks();
    (canEditPages as jest.Mock).mockReturnValue(true);
  });

  it('shows a labelled spinner while the editor loads', async () => {
    const element = mount('builder-page-editor', PageEditor, {
      objectApiName: 'Asset',
    });
    await flush();

    expect(textOf(root(element).querySelector('[role="status"]'))).toBe(
      'Loading the page editor',
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('explains through the error panel when the editor cannot load', async () => {
    const element = mount('builder-page-editor', PageEditor, {
      objectApiName: 'Asset',
    });
    await flush();
    adapter(getPageComponents).emit({ error: apiError(500) });
    await flush();

    const error = root(element).querySelector('calm-error-panel')!;
    expect(textOf(error.shadowRoot!.querySelector('[role="alert"]'))).toContain(
      'Something went wrong on the server',
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('keeps out people who may not edit pages', async () => {
    (canEditPages as jest.Mock).mockReturnValue(false);

    const element = await render();

    const error = root(element).querySelector('calm-error-panel')!;
    expect(alertText(error)).toEqual([
      'You cannot edit record pages',
      'Only administrators can change record pages.',
    ]);
    expect(root(element).querySelector('builder-page-canvas')).toBeNull();
  });

  it('opens the active page and the components the object allows', async () => {
    const element = await render();

    expect(adapter(getPageComponents).getLastConfig()).toEqual({
      objectApiName: 'Asset',
    });
    expect(adapter(getActiveRecordPage).getLastConfig()).toEqual({
      objectApiName: 'Asset',
    });
    expect(labels(element, 'header')).toEqual(['Asset Dashboard']);
    expect(summaries(element, 'main')).toEqual([
      'Metric: Quantity · Show Date Range Control: On',
      'Metric: MRR · Show Date Range Control: On',
    ]);
    expect(labels(element, 'sidebar')).toEqual(['Invoice Lines']);
    const palette = child(element, 'builder-component-palette');
    expect(Array.from(palette.querySelectorAll('.item-label'), textOf)).toEqual(
      ['Asset Dashboard', 'Invoice Lines', 'Lifecycle Chart'],
    );
    expect(textOf(root(element).querySelector('h1'))).toContain(
      'Asset Record Page',
    );
    expect(status(element)).toBe('Not saved yet');
    expect(document.title).toBe('Edit Asset Record Page | Open CALM');
  });

  it('asks before leaving only when there are unsaved changes', async () => {
    const element = await render();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);

    const palette = child(element, 'builder-component-palette');
    await click(button(palette, 'Add Lifecycle Chart to Main'));

    expect(leave()).toBe(true);
  });

  it('adds a component to the region chosen in the palette', async () => {
    const element = await render();
    const palette = child(element, 'builder-component-palette');
    const target = palette.querySelector<HTMLSelectElement>('select')!;
    target.value = 'header';
    target.dispatchEvent(new Event('change'));
    await settle();

    await click(button(palette, 'Add Lifecycle Chart to Header'));

    expect(labels(element, 'header')).toEqual([
      'Asset Dashboard',
      'Lifecycle Chart',
    ]);
    expect(announcement(element)).toBe(
      'Lifecycle Chart added to Header, position 2 of 2.',
    );
    const added = entries(element, 'header')[1]!;
    expect(selectButton(added).getAttribute('aria-pressed')).toBe('true');
    expect(textOf(panel(element).querySelector('h3'))).toBe('Lifecycle Chart');
  });

  it('places a component dragged from the palette where it is dropped', async () => {
    const element = await render();
    const palette = child(element, 'builder-component-palette');
    const transfer = new Transfer();

    drag(
      palette.querySelector('li[data-name="calm/assetDashboard"]')!,
      'dragstart',
      transfer,
    );
    const over = drag(entries(element, 'main')[1]!, 'dragover', transfer);
    await settle();
    expect(over.defaultPrevented).toBe(true);
    expect(entries(element, 'main')[1]!.className).toContain(
      'entry_drop-before',
    );
    drag(region(element, 'main'), 'drop', transfer);
    await settle();

    expect(labels(element, 'main')).toEqual([
      'Lifecycle Chart',
      'Asset Dashboard',
      'Lifecycle Chart',
    ]);
    expect(transfer.getData('text/plain')).toBe('Asset Dashboard');
  });

  it('moves a placed component dragged to another region', async () => {
    const element = await render();
    const transfer = new Transfer();

    drag(entries(element, 'sidebar')[0]!, 'dragstart', transfer);
    drag(region(element, 'header'), 'dragover', transfer);
    drag(region(element, 'header'), 'drop', transfer);
    await settle();

    expect(labels(element, 'header')).toEqual([
      'Asset Dashboard',
      'Invoice Lines',
    ]);
    expect(labels(element, 'sidebar')).toEqual([]);
    expect(textOf(region(element, 'sidebar'))).toBe('Drop components here');
    expect(announcement(element)).toBe(
      'Invoice Lines moved to Header, position 2 of 2.',
    );
  });

  it('moves the selected component with its buttons, keeping focus on it', async () => {
    const element = await render();
    await select(element, 'main', 0);

    await click(button(entries(element, 'main')[0]!, 'Move down'));

    expect(summaries(element, 'main')).toEqual([
      'Metric: MRR · Show Date Range Control: On',
      'Metric: Quantity · Show Date Range Control: On',
    ]);
    const moved = entries(element, 'main')[1]!;
    expect(canvas(element).activeElement).toBe(
      moved.querySelector('[data-action="select"]'),
    );
    expect(announcement(element)).toBe(
      'Lifecycle Chart moved to Main, position 2 of 2.',
    );
  });

  it('moves the selected component to another region from its actions', async () => {
    const element = await render();
    await select(element, 'header', 0);

    await click(
      button(entries(element, 'header')[0]!, 'Move to Right Sidebar'),
    );

    expect(labels(element, 'sidebar')).toEqual([
      'Invoice Lines',
      'Asset Dashboard',
    ]);
    expect(canvas(element).activeElement).toBe(
      selectButton(entries(element, 'sidebar')[1]!),
    );
  });

  it('moves with Alt and the arrow keys, and removes with Delete', async () => {
    const element = await render();
    const second = selectButton(entries(element, 'main')[1]!);

    await key(second, 'ArrowUp', { altKey: true });
    expect(summaries(element, 'main')[0]).toBe(
      'Metric: MRR · Show Date Range Control: On',
    );
    await key(selectButton(entries(element, 'main')[0]!), 'Delete');

    expect(summaries(element, 'main')).toEqual([
      'Metric: Quantity · Show Date Range Control: On',
    ]);
    expect(announcement(element)).toBe('Lifecycle Chart removed.');
    expect(canvas(element).activeElement).toBe(
      selectButton(entries(element, 'main')[0]!),
    );
    await key(selectButton(entries(element, 'main')[0]!), 'Delete');
    expect(canvas(element).activeElement).toBe(
      canvas(element).querySelector('[data-heading="main"]'),
    );
  });

  it('sets a property of the selected component', async () => {
    const element = await render();
    await select(element, 'main', 0);

    await changeField(element, 'metric', 'MRR');

    expect(summaries(element, 'main')[0]).toBe(
      'Metric: MRR · Show Date Range Control: On',
    );
    expect(status(element)).toBe('Not saved yet');
  });

  it('blocks saving while a value breaks its declaration', async () => {
    const element = await render();
    await select(element, 'sidebar', 0);

    await changeField(element, 'limit', '60', 'input');

    const save = button(root(element), 'Save');
    expect(save.disabled).toBe(true);
    expect(status(element)).toBe('1 problem to fix before saving');
    expect(
      textOf(panel(element).querySelector('[data-property="limit"] .error')),
    ).toBe('Lines Shown must be at most 50.');
    expect(
      textOf(entries(element, 'sidebar')[0]!.querySelector('.problems')),
    ).toBe('Lines Shown must be at most 50.');
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('undoes the last steps with the Undo button and with Ctrl+Z', async () => {
    const element = await render();
    const undo = button(root(element), 'Undo');
    expect(undo.disabled).toBe(true);
    await select(element, 'header', 0);
    await click(button(entries(element, 'header')[0]!, 'Remove'));
    await key(selectButton(entries(element, 'main')[0]!), 'Delete');

    await click(button(root(element), 'Undo'));
    expect(labels(element, 'main')).toHaveLength(2);
    await key(document.body, 'z', { ctrlKey: true });

    expect(labels(element, 'header')).toEqual(['Asset Dashboard']);
    expect(announcement(element)).toBe('Undone. 0 more steps can be undone.');
    expect(button(root(element), 'Undo').disabled).toBe(true);
  });

  it('moves header and sidebar components to main with a one-column template', async () => {
    const element = await render();
    const settings = child(element, 'builder-page-settings');
    const template = settings.querySelector<HTMLSelectElement>('select')!;

    template.value = 'oneColumn';
    template.dispatchEvent(new Event('change'));
    await settle();

    expect(
      Array.from(
        canvas(element).querySelectorAll<HTMLElement>('ul[data-region]'),
        (list) => list.dataset.region,
      ),
    ).toEqual(['main']);
    expect(labels(element, 'main')).toEqual([
      'Lifecycle Chart',
      'Lifecycle Chart',
      'Asset Dashboard',
      'Invoice Lines',
    ]);
    expect(announcement(element)).toBe('Template changed to One Column.');
  });

  it('saves the page as a new version and then activates it', async () => {
    saveMock.mockImplementation((_type, definition) =>
      Promise.resolve(savedAs(3, definition)),
    );
    activateMock.mockResolvedValue({});
    const element = await render();
    const activate = button(root(element), 'Activate');
    expect(activate.disabled).toBe(true);

    await click(button(root(element), 'Save'));

    expect(saveMock).toHaveBeenCalledWith('Asset', {
      label: 'Asset Record Page',
      template: 'headerAndRightSidebar',
      regions: {
        header: [{ component: 'calm/assetDashboard', properties: {} }],
        main: [
          {
            component: 'calm/lifecycleChart',
            properties: { metric: 'Quantity', showRangeControl: true },
          },
          {
            component: 'calm/lifecycleChart',
            properties: { metric: 'MRR', showRangeControl: true },
          },
        ],
        sidebar: [
          { component: 'calm/invoiceLineList', properties: { limit: 5 } },
        ],
      },
    });
    expect(status(element)).toBe('Version 3 saved');
    expect(badges(element)).toEqual(['Version 3']);
    expect(announcement(element)).toBe('Saved as version 3.');
    expect(button(root(element), 'Save').disabled).toBe(true);
    expect(root(element).activeElement).toBe(activate);

    await click(activate);

    expect(activateMock).toHaveBeenCalledWith('Asset', 3);
    expect(badges(element)).toEqual(['Version 3', 'Active']);
    expect(announcement(element)).toBe('Version 3 is now the record page.');
    const versions = child(element, 'builder-page-versions');
    const activeRows = Array.from(
      versions.querySelectorAll<HTMLElement>('tr'),
    ).filter((row) => row.querySelector('.slds-badge'));
    expect(activeRows.map((row) => row.dataset.version)).toEqual(['3']);
  });

  it('activates an older version from the versions list', async () => {
    activateMock.mockResolvedValue({});
    const element = await render();
    const versions = child(element, 'builder-page-versions');

    await click(button(versions, 'Activate version 2'));

    expect(activateMock).toHaveBeenCalledWith('Asset', 2);
    const row = versions.querySelector('tr[data-version="2"]')!;
    expect(textOf(row.querySelector('.slds-badge'))).toBe('Active');
  });

  it('shows the API’s errors next to the component their field path names', async () => {
    saveMock.mockRejectedValue(
      new ApiRequestError(400, [
        {
          errorCode: 'INVALID_INPUT',
          message: 'metric must be one of Quantity, MRR.',
          fields: ['regions.main[1].properties.metric'],
        },
      ]),
    );
    const element = await render();

    await click(button(root(element), 'Save'));

    const [first, second] = entries(element, 'main');
    expect(first!.querySelector('calm-error-panel')).toBeNull();
    const panelError = second!.querySelector('calm-error-panel')!;
    expect(alertText(panelError)).toEqual([
      'Not saved',
      'metric must be one of Quantity, MRR.',
    ]);
    expect(announcement(element)).toBe('Not saved: 1 problem to fix.');
    await select(element, 'main', 1);
    expect(
      textOf(panel(element).querySelector('[data-property="metric"] .error')),
    ).toBe('metric must be one of Quantity, MRR.');
  });

  it('shows a failed save that names no field above the page', async () => {
    saveMock.mockRejectedValue(apiError(503));
    const element = await render();

    await click(button(root(element), 'Save'));

    const error = root(element).querySelector('calm-error-panel')!;
    expect(textOf(error.shadowRoot!.querySelector('[role="alert"]'))).toContain(
      'Something went wrong on the server',
    );
    expect(status(element)).toBe('Not saved yet');
  });

  it('previews the page as edited with the record picked', async () => {
    const element = await render({ recordId: '02i0C00000000eOQAQ' });
    await select(element, 'main', 0);
    await changeField(element, 'metric', 'MRR');

    const tab = root(element).querySelector<HTMLElement>(
      '[data-tab="preview"]',
    )!;
    await click(tab);

    expect(tab.getAttribute('aria-selected')).toBe('true');
    const layout = root(element).querySelector<any>('builder-page-layout');
    expect(layout.recordId).toBe('02i0C00000000eOQAQ');
    expect(
      layout.definition.regions.main.map(
        (entry: { properties: { metric: string } }) => entry.properties.metric,
      ),
    ).toEqual(['MRR', 'MRR']);
    const link = Array.from(root(element).querySelectorAll('a')).find(
      (a) => textOf(a) === 'Back to Record',
    )!;
    expect(link.getAttribute('href')).toBe(
      '/lightning/r/Asset/02i0C00000000eOQAQ/view',
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('switches tabs with the arrow keys', async () => {
    const element = await render();
    const layoutTab = root(element).querySelector<HTMLElement>(
      '[data-tab="layout"]',
    )!;

    await key(layoutTab, 'ArrowRight');

    const previewTab = root(element).querySelector('[data-tab="preview"]');
    expect(previewTab!.getAttribute('aria-selected')).toBe('true');
    expect(root(element).activeElement).toBe(previewTab);
  });

  it('passes an accessibility check with a component selected', async () => {
    const element = await render();
    await select(element, 'main', 1);

    expect(await accessibilityViolations()).toEqual([]);
  });
});
