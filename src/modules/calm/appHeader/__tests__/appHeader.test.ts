import { createElement } from 'lwc';
import AppHeader from 'calm/appHeader';

import { accessibilityViolations } from '../../../../test/component';

function renderHeader(subtitle?: string) {
  const element = createElement('calm-app-header', { is: AppHeader });
  element.subtitle = subtitle;
  document.body.append(element);

  return element;
}

function query<T extends Element>(
  element: HTMLElement,
  selector: string,
): T | null {
  return element.shadowRoot!.querySelector<T>(selector);
}

describe('calm-app-header', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('names the page with a single top-level heading', () => {
    const element = renderHeader();

    const headings = element.shadowRoot!.querySelectorAll('h1');

    expect(headings).toHaveLength(1);
    expect(headings[0]!.textContent).toBe('Open CALM');
  });

  it('renders the subtitle', () => {
    const element = renderHeader('Asset lifecycle');

    expect(query(element, '.subtitle')?.textContent).toBe('Asset lifecycle');
  });

  it('renders no subtitle when none is set', () => {
    const element = renderHeader();

    expect(query(element, '.subtitle')).toBeNull();
  });

  it('shows a subtitle set after rendering', async () => {
    const element = renderHeader();

    element.subtitle = 'Renewals';
    await Promise.resolve();

    expect(query(element, '.subtitle')?.textContent).toBe('Renewals');
  });

  it('links to the API docs from a labelled navigation region', () => {
    const element = renderHeader();

    const link = query<HTMLAnchorElement>(
      element,
      'nav[aria-label="Developer"] a',
    );

    expect(link?.getAttribute('href')).toBe('/docs');
    expect(link?.textContent).toBe('API docs');
  });

  it('links the app name to the home page', () => {
    const element = renderHeader();

    const link = query<HTMLAnchorElement>(element, 'h1 a');

    expect(link?.getAttribute('href')).toBe('/');
  });

  it('marks Home as the current page on the home page', () => {
    const element = renderHeader();

    const home = query<HTMLAnchorElement>(element, 'nav[aria-label="App"] a')!;

    expect(home.textContent).toBe('Home');
    expect(home.getAttribute('href')).toBe('/');
    expect(home.getAttribute('aria-current')).toBe('page');
    expect(home.closest('li')!.classList).toContain('slds-is-active');
  });

  it('leaves Home unmarked on a record page', () => {
    window.history.replaceState(null, '', '/lightning/r/Account/001/view');
    const element = renderHeader();
    window.history.replaceState(null, '', '/');

    const home = query<HTMLAnchorElement>(element, 'nav[aria-label="App"] a')!;

    expect(home.hasAttribute('aria-current')).toBe(false);
    expect(home.closest('li')!.classList).not.toContain('slds-is-active');
  });

  it('passes an accessibility check', async () => {
    renderHeader('Asset lifecycle');

    expect(await accessibilityViolations()).toEqual([]);
  });
});
