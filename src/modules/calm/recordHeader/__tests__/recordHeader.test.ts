import RecordHeader from 'calm/recordHeader';

import {
  accessibilityViolations,
  mount,
  textOf,
} from '../../../../test/component';

const ACCOUNT_HREF = '/lightning/r/Account/0010C000000000OQAQ/view';

function render(props: Record<string, unknown> = {}) {
  return mount('calm-record-header', RecordHeader, {
    objectApiName: 'Asset',
    recordId: '02i0C00000000REQAY',
    title: 'Endpoint Management Cloud (Warehouse)',
    ...props,
  });
}

const root = (element: HTMLElement) => element.shadowRoot!;

const blocks = (element: HTMLElement) =>
  Array.from(root(element).querySelectorAll('li')).map((li) => ({
    label: textOf(li.querySelector('.field-label')),
    value: textOf(li.querySelector('.field-value')),
    href: li.querySelector('a')?.getAttribute('href') ?? null,
  }));

describe('calm-record-header', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('names the record under its object label in one heading', () => {
    const element = render();

    const heading = root(element).querySelectorAll('h1');

    expect(heading).toHaveLength(1);
    expect(textOf(heading[0]!.querySelector('.object-label'))).toBe('Asset');
    expect(textOf(heading[0]!.querySelector('.record-name'))).toBe(
      'Endpoint Management Cloud (Warehouse)',
    );
  });

  it("shows the object's icon, hidden from screen readers", () => {
    const element = render({ objectApiName: 'Account', title: 'Alderbrook' });

    const svg = root(element).querySelector('svg')!;

    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelector('use')!.getAttribute('xlink:href')).toBe(
      '/slds/icons/standard-sprite/svg/symbols.svg#account',
    );
    expect(svg.parentElement!.className).toContain(
      'slds-icon-standard-account',
    );
  });

  it('takes an icon and a label when given', () => {
    const element = render({ icon: 'asset_action', subtitle: 'Asset Action' });

    expect(
      root(element).querySelector('use')!.getAttribute('xlink:href'),
    ).toMatch(/#asset_action$/);
    expect(textOf(root(element).querySelector('.object-label'))).toBe(
      'Asset Action',
    );
  });

  it('lists the highlight fields, linking those with an address', () => {
    const element = render({
      fields: [
        { label: 'Account', value: 'Alderbrook Logistics', href: ACCOUNT_HREF },
        { label: 'Currency', value: 'USD' },
        { label: 'Product', value: null },
      ],
    });

    expect(blocks(element)).toEqual([
      { label: 'Account', value: 'Alderbrook Logistics', href: ACCOUNT_HREF },
      { label: 'Currency', value: 'USD', href: null },
      { label: 'Product', value: '—', href: null },
    ]);
  });

  it('leaves out the highlights row without fields', () => {
    const element = render();

    expect(root(element).querySelector('ul')).toBeNull();
  });

  it('passes an accessibility check', async () => {
    render({ fields: [{ label: 'Account', value: 'A', href: ACCOUNT_HREF }] });

    expect(await accessibilityViolations()).toEqual([]);
  });
});
