import PageVersions from 'builder/pageVersions';
import { getOrgSettings } from 'data/wire';

import {
  accessibilityViolations,
  flush,
  mount,
  textOf,
} from '../../../../test/component';

jest.mock('data/wire', () => {
  const { createTestWireAdapter } = jest.requireActual(
    '@salesforce/wire-service-jest-util',
  );
  return { getOrgSettings: createTestWireAdapter(jest.fn()) };
});

const settings = getOrgSettings as unknown as { emit(value: unknown): void };

const VERSIONS = [
  {
    version: 2,
    label: 'Renewals view',
    template: 'oneColumn',
    createdDate: '2026-12-03T17:26:14.606Z',
    isActive: false,
  },
  {
    version: 1,
    label: 'Asset Record Page',
    template: 'headerAndRightSidebar',
    createdDate: '2026-12-02T09:00:00.000Z',
    isActive: true,
  },
];

async function render(props: Record<string, unknown> = {}) {
  const element = mount('builder-page-versions', PageVersions, {
    versions: VERSIONS,
    ...props,
  });
  const activated: unknown[] = [];
  element.addEventListener('activate', (event) =>
    activated.push((event as CustomEvent).detail),
  );
  await flush();
  settings.emit({ data: { timeZone: 'America/New_York' } });
  await flush();

  return { element, activated };
}

const rows = (element: HTMLElement) =>
  Array.from(element.shadowRoot!.querySelectorAll('tbody tr'));

describe('builder-page-versions', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('lists versions with label and save time in the org’s zone', async () => {
    const { element } = await render();

    expect(rows(element).map((row) => textOf(row.querySelector('th')))).toEqual(
      ['2', '1'],
    );
    const cell = rows(element)[0]!.querySelector('td')!;
    expect(Array.from(cell.children, textOf)).toEqual([
      'Renewals view',
      'Dec 3, 2026, 12:26 PM',
    ]);
    expect(textOf(element.shadowRoot!.querySelector('table + p'))).toBe(
      'Times in America/New_York',
    );
  });

  it('marks the active version and offers to activate the others', async () => {
    const { element, activated } = await render();

    const [newer, active] = rows(element);
    expect(textOf(active!.querySelector('.slds-badge'))).toBe('Active');
    expect(active!.querySelector('button')).toBeNull();
    const button = newer!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Activate version 2');
    button.click();

    expect(activated).toEqual([{ version: 2 }]);
  });

  it('disables the button of a version being activated', async () => {
    const { element } = await render({ busyVersion: 2 });

    expect(rows(element)[0]!.querySelector('button')!.disabled).toBe(true);
  });

  it('says so when nothing has been saved', async () => {
    const { element } = await render({ versions: [] });

    expect(textOf(element.shadowRoot!.querySelector('.empty'))).toContain(
      'No version saved yet.',
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('passes an accessibility check with versions', async () => {
    await render();

    expect(await accessibilityViolations()).toEqual([]);
  });
});
