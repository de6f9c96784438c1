import { createElement } from 'lwc';
import AppHeader from 'calm/appHeader';

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

    const link = query<HTMLAnchorElement>(element, 'nav[aria-label] a');

    expect(link?.getAttribute('href')).toBe('/docs');
    expect(link?.textContent).toBe('API docs');
  });
});
