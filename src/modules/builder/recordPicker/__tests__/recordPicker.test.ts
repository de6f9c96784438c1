import RecordPicker from 'builder/recordPicker';
import { getRecord, searchRecords } from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  textOf,
} from '../../../../test/component';

jest.mock('data/wire', () => {
  const { createTestWireAdapter } = jest.requireActual(
    '@salesforce/wire-service-jest-util',
  );
  return {
    getRecord: createTestWireAdapter(jest.fn()),
    searchRecords: createTestWireAdapter(jest.fn()),
  };
});

type Adapter = {
  emit(value: unknown): void;
  getLastConfig(): Record<string, unknown>;
};
const search = searchRecords as unknown as Adapter;
const record = getRecord as unknown as Adapter;

const FOUND = {
  totalSize: 2,
  done: true,
  records: [
    { Id: '02i000000000001AAA', Name: 'Endpoint Management Cloud (Finance)' },
    { Id: '02i000000000002AAA', Name: 'Premier Support Plan (Marketing)' },
  ],
};

async function render(props: Record<string, unknown> = {}) {
  const element = mount('builder-record-picker', RecordPicker, {
    objectApiName: 'Asset',
    label: 'Preview with record',
    ...props,
  });
  const picked: string[] = [];
  element.addEventListener('recordchange', (event) =>
    picked.push((event as CustomEvent).detail.recordId),
  );
  await flush();

  return { element, picked };
}

const input = (element: HTMLElement) =>
  element.shadowRoot!.querySelector<HTMLInputElement>('input')!;

const press = (element: HTMLElement, key: string) =>
  input(element).dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true }),
  );

describe('builder-record-picker', () => {
  afterEach(() => {
    document.body.replaceChildren();
    jest.useRealTimers();
  });

  it('is a labelled combobox', async () => {
    const { element } = await render();

    const label = element.shadowRoot!.querySelector('label')!;
    expect(textOf(label)).toBe('Preview with record');
    expect(label.htmlFor).toBe(input(element).id);
    expect(input(element).getAttribute('role')).toBe('combobox');
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('searches the object’s records by what is typed', async () => {
    jest.useFakeTimers();
    const { element } = await render();

    input(element).value = 'Endpoint';
    input(element).dispatchEvent(new Event('input'));
    jest.runAllTimers();
    await flush();

    expect(search.getLastConfig()).toEqual({
      objectApiName: 'Asset',
      searchTerm: 'Endpoint',
      limit: 8,
    });
  });

  it('picks a record with the arrow keys and Enter', async () => {
    const { element, picked } = await render({
      recordId: FOUND.records[0]!.Id,
    });
    search.emit({ data: FOUND });
    input(element).dispatchEvent(new Event('focus'));
    await flush();

    press(element, 'ArrowDown');
    press(element, 'ArrowDown');
    await flush();
    const options = element.shadowRoot!.querySelectorAll('[role="option"]');
    expect(options).toHaveLength(2);
    expect(input(element).getAttribute('aria-expanded')).toBe('true');
    expect(input(element).getAttribute('aria-activedescendant')).toBe(
      options[1]!.id,
    );
    expect(await accessibilityViolations()).toEqual([]);
    press(element, 'Enter');

    expect(picked).toEqual([FOUND.records[1]!.Id]);
  });

  it('picks the first record found when asked to and none is set', async () => {
    const { picked } = await render({ pickFirst: true });

    search.emit({ data: FOUND });

    expect(picked).toEqual([FOUND.records[0]!.Id]);
  });

  it('shows the name of the record it holds', async () => {
    const { element } = await render({ recordId: FOUND.records[1]!.Id });

    record.emit({ data: FOUND.records[1] });
    await flush();

    expect(input(element).value).toBe('Premier Support Plan (Marketing)');
  });

  it('explains a failed search through the error panel', async () => {
    const { element } = await render();

    search.emit({ error: apiError(500) });
    await flush();

    const panel = element.shadowRoot!.querySelector('calm-error-panel')!;
    expect(textOf(panel.shadowRoot!.querySelector('[role="alert"]'))).toContain(
      'Something went wrong on the server',
    );
  });
});
