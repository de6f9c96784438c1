import DateRangeControl from 'calm/dateRangeControl';

import {
  accessibilityViolations,
  flush,
  mount,
  textOf,
} from '../../../../test/component';

async function render(props: Record<string, unknown> = {}) {
  const element = mount('calm-date-range-control', DateRangeControl, props);
  const onRange = jest.fn();
  element.addEventListener('rangechange', onRange);
  await flush();
  return { element, onRange };
}

const input = (element: HTMLElement, name: string) =>
  element.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

function type(element: HTMLElement, name: string, value: string) {
  const field = input(element, name);
  field.value = value;
  field.dispatchEvent(new CustomEvent('change'));
}

function click(element: HTMLElement, label: string) {
  Array.from(element.shadowRoot!.querySelectorAll('button'))
    .find((button) => textOf(button) === label)!
    .click();
}

describe('calm-date-range-control', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the range it is given in two labelled date inputs', async () => {
    const { element } = await render({
      startDate: '2024-01-01',
      endDate: '2024-12-31',
    });

    expect(input(element, 'from').value).toBe('2024-01-01');
    expect(input(element, 'to').value).toBe('2024-12-31');
    expect(
      Array.from(element.shadowRoot!.querySelectorAll('label')).map(textOf),
    ).toEqual(['From', 'To']);
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('fires rangechange with both dates on Apply', async () => {
    const { element, onRange } = await render();
    type(element, 'from', '2024-06-01');
    type(element, 'to', '2025-12-31');

    click(element, 'Apply');

    expect(onRange).toHaveBeenCalledTimes(1);
    expect(onRange.mock.calls[0][0].detail).toEqual({
      startDate: '2024-06-01',
      endDate: '2025-12-31',
    });
  });

  it('accepts an open end', async () => {
    const { element, onRange } = await render();
    type(element, 'from', '2024-06-01');

    click(element, 'Apply');

    expect(onRange.mock.calls[0][0].detail).toEqual({
      startDate: '2024-06-01',
      endDate: '',
    });
  });

  it('refuses a start after the end with an inline error', async () => {
    const { element, onRange } = await render();
    type(element, 'from', '2025-01-01');
    type(element, 'to', '2024-01-01');

    click(element, 'Apply');
    await flush();

    const error = element.shadowRoot!.querySelector('[role="alert"]');
    expect(onRange).not.toHaveBeenCalled();
    expect(textOf(error)).toBe(
      'The "To" date must be on or after the "From" date.',
    );
    expect(input(element, 'to').getAttribute('aria-invalid')).toBe('true');
    expect(input(element, 'to').getAttribute('aria-describedby')).toBe(
      error!.id,
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('clears both dates and tells the page', async () => {
    const { element, onRange } = await render({
      startDate: '2024-01-01',
      endDate: '2024-12-31',
    });

    click(element, 'Clear');
    await flush();

    expect(onRange.mock.calls[0][0].detail).toEqual({
      startDate: '',
      endDate: '',
    });
    expect(input(element, 'from').value).toBe('');
  });
});
