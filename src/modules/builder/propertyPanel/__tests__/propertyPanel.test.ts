import PropertyPanel from 'builder/propertyPanel';
import type { PageComponent } from 'data/wire';

import {
  accessibilityViolations,
  flush,
  mount,
  textOf,
} from '../../../../test/component';
import COMPONENTS from '../../pageEditor/__tests__/data/assetComponents.json';

const named = (name: string) =>
  (COMPONENTS.components as PageComponent[]).find((c) => c.name === name)!;
const CHART = named('calm/lifecycleChart');
const INVOICES = named('calm/invoiceLineList');

async function render(props: Record<string, unknown>) {
  const element = mount('builder-property-panel', PropertyPanel, props);
  const changes: unknown[] = [];
  element.addEventListener('propertychange', (event) =>
    changes.push((event as CustomEvent).detail),
  );
  await flush();

  return { element, changes };
}

const field = (element: HTMLElement, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[data-property="${name}"]`)!;

const control = <T extends HTMLElement = HTMLInputElement>(
  element: HTMLElement,
  name: string,
) => field(element, name).querySelector<T>('input, select')!;

const labelOf = (element: HTMLElement, name: string) =>
  textOf(field(element, name).querySelector('label'));

describe('builder-property-panel', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('heads the panel with the component and its description', async () => {
    const { element } = await render({ component: CHART, values: {} });

    expect(textOf(element.shadowRoot!.querySelector('h3'))).toBe(
      'Lifecycle Chart',
    );
    expect(textOf(element.shadowRoot!.querySelector('p'))).toBe(
      CHART.description,
    );
  });

  it('offers a String with a datasource as a select of its values', async () => {
    const { element } = await render({
      component: CHART,
      values: { metric: 'MRR', showRangeControl: true },
    });

    const select = control<HTMLSelectElement>(element, 'metric');
    expect(select.tagName).toBe('SELECT');
    expect(Array.from(select.options, (option) => option.value)).toEqual([
      '',
      'Quantity',
      'MRR',
    ]);
    expect(select.value).toBe('MRR');
    expect(labelOf(element, 'metric')).toBe('Metric');
    expect(textOf(field(element, 'metric').querySelector('.description'))).toBe(
      'What the chart draws.',
    );
  });

  it('offers a Boolean as a checkbox and a plain String as text', async () => {
    const { element } = await render({
      component: CHART,
      values: { showRangeControl: false, startDate: '2025-01-01' },
    });

    const checkbox = control(element, 'showRangeControl');
    expect(checkbox.type).toBe('checkbox');
    expect(checkbox.checked).toBe(false);
    expect(control(element, 'startDate').type).toBe('text');
    expect(control(element, 'startDate').value).toBe('2025-01-01');
  });

  it('offers an Integer as a number input within its min and max', async () => {
    const { element } = await render({
      component: INVOICES,
      values: { limit: 5 },
    });

    const input = control(element, 'limit');
    expect(input.type).toBe('number');
    expect([input.min, input.max, input.value]).toEqual(['1', '50', '5']);
    expect(labelOf(element, 'limit')).toBe('Lines Shown');
  });

  it('reports changes typed as each property declares', async () => {
    const { element, changes } = await render({
      component: CHART,
      values: { metric: 'Quantity', showRangeControl: true },
    });

    const select = control<HTMLSelectElement>(element, 'metric');
    select.value = 'MRR';
    select.dispatchEvent(new Event('change'));
    const checkbox = control(element, 'showRangeControl');
    checkbox.click();

    expect(changes).toEqual([
      { name: 'metric', value: 'MRR' },
      { name: 'showRangeControl', value: false },
    ]);
  });

  it('reports numbers as numbers, and a cleared number as blank', async () => {
    const { element, changes } = await render({
      component: INVOICES,
      values: { limit: 5 },
    });

    const input = control(element, 'limit');
    input.value = '12';
    input.dispatchEvent(new Event('input'));
    input.value = '';
    input.dispatchEvent(new Event('input'));

    expect(changes).toEqual([
      { name: 'limit', value: 12 },
      { name: 'limit', value: '' },
    ]);
  });

  it('shows a problem under its field and marks the field invalid', async () => {
    const { element } = await render({
      component: INVOICES,
      values: { limit: 0 },
      issues: [
        { property: 'limit', message: 'Lines Shown must be at least 1.' },
      ],
    });

    const input = control(element, 'limit');
    const error = field(element, 'limit').querySelector('.error')!;
    expect(field(element, 'limit').classList).toContain('slds-has-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(textOf(error)).toBe('Lines Shown must be at least 1.');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('says so when a component has no properties', async () => {
    const { element } = await render({
      component: named('calm/assetDashboard'),
      values: {},
    });

    expect(textOf(element.shadowRoot!.querySelector('.empty'))).toBe(
      'This component has no properties to set.',
    );
  });

  it('passes an accessibility check with every kind of field', async () => {
    await render({
      component: CHART,
      values: { metric: 'Quantity', showRangeControl: true },
    });

    expect(await accessibilityViolations()).toEqual([]);
  });
});
