import ListCard from 'calm/listCard';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  textOf,
} from '../../../../test/component';

const BASE = {
  heading: 'Invoice Lines (2)',
  iconName: 'standard:product_item',
  errorTitle: 'We could not load the invoice lines',
  loadingText: 'Loading the invoice lines',
  emptyMessage: 'This asset has no invoice lines yet.',
};

async function render(props: Record<string, unknown> = {}) {
  const element = mount('calm-list-card', ListCard, { ...BASE, ...props });
  await flush();

  return element;
}

const root = (element: HTMLElement) => element.shadowRoot!;

describe('calm-list-card', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('heads the card with its title and standard icon', async () => {
    const element = await render();

    const icon = root(element).querySelector('.slds-icon_container')!;

    expect(textOf(root(element).querySelector('h2'))).toBe('Invoice Lines (2)');
    expect(icon.className).toContain('slds-icon-standard-product-item');
    expect(icon.querySelector('use')!.getAttribute('xlink:href')).toBe(
      '/slds/icons/standard-sprite/svg/symbols.svg#product_item',
    );
    expect(icon.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(root(element).querySelector('slot:not([name])')).not.toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows a labelled spinner while loading', async () => {
    const element = await render({ loading: true });

    expect(textOf(root(element).querySelector('[role="status"]'))).toBe(
      'Loading the invoice lines',
    );
    expect(root(element).querySelector('slot:not([name])')).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('says so when empty', async () => {
    const element = await render({ empty: true });

    expect(textOf(root(element).querySelector('.empty'))).toBe(
      'This asset has no invoice lines yet.',
    );
    expect(root(element).querySelector('[role="status"]')).toBeNull();
    expect(root(element).querySelector('slot:not([name])')).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows an error through the error panel, before any other state', async () => {
    const element = await render({
      error: apiError(500),
      loading: true,
      empty: true,
    });

    const panel = root(element).querySelector('calm-error-panel')!;

    expect(textOf(panel.shadowRoot!.querySelector('h2'))).toBe(
      'We could not load the invoice lines',
    );
    expect(textOf(panel.shadowRoot!.querySelector('[role="alert"]'))).toContain(
      'Something went wrong on the server',
    );
    expect(root(element).querySelector('[role="status"]')).toBeNull();
    expect(root(element).querySelector('.empty')).toBeNull();
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('keeps a footer slot in every state', async () => {
    const element = await render({ loading: true });

    expect(root(element).querySelector('slot[name="footer"]')).not.toBeNull();
  });

  it('focuses its heading on request', async () => {
    const element = await render();

    (element as unknown as { focusHeading(): void }).focusHeading();

    expect(root(element).activeElement).toBe(root(element).querySelector('h2'));
  });
});
