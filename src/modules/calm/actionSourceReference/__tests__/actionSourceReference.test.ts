import ActionSourceReference from 'calm/actionSourceReference';
import { getRecord } from 'data/wire';

import {
  accessibilityViolations,
  apiError,
  flush,
  mount,
  textOf,
} from '../../../../test/component';
import ORDER from './data/order.json';
import ORDER_ITEM from './data/orderItem.json';
import PRODUCT from './data/product.json';
import WORK_ORDER from './data/workOrder.json';
import WORK_ORDER_LINE_ITEM from './data/workOrderLineItem.json';

jest.mock('data/wire', () => {
  const { createTestWireAdapter } = jest.requireActual(
    '@salesforce/wire-service-jest-util',
  );
  return { getRecord: createTestWireAdapter(jest.fn()) };
});

type Config = Record<string, unknown>;
type Adapter = {
  emit: (value: unknown, filter?: (config: Config) => boolean) => void;
};
const records = getRecord as unknown as Adapter;

async function render(recordId: string) {
  const element = mount('calm-action-source-reference', ActionSourceReference, {
    recordId,
  });
  await flush();
  return element;
}

async function emitRecord(record: {
  Id: string;
  attributes: { type: string };
}) {
  records.emit(
    { data: record },
    (config) =>
      config.objectApiName === record.attributes.type &&
      config.recordId === record.Id,
  );
  await flush();
}

const lines = (element: Element) =>
  Array.from(element.shadowRoot!.querySelectorAll('div')).map(textOf);

describe('calm-action-source-reference', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows the order number, product and quantity of an order product', async () => {
    const element = await render(ORDER_ITEM.Id);

    await emitRecord(ORDER_ITEM);
    await emitRecord(ORDER);
    await emitRecord(PRODUCT);

    expect(lines(element)).toEqual([
      'Order product',
      `Order ${ORDER.OrderNumber}`,
      PRODUCT.Name,
      `Quantity ${ORDER_ITEM.Quantity}`,
    ]);
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows the line number, description, status and work order of a work order line item', async () => {
    const element = await render(WORK_ORDER_LINE_ITEM.Id);

    await emitRecord(WORK_ORDER_LINE_ITEM);
    await emitRecord(WORK_ORDER);

    expect(lines(element)).toEqual([
      'Work order line item',
      `Line item ${WORK_ORDER_LINE_ITEM.LineItemNumber}`,
      WORK_ORDER_LINE_ITEM.Description,
      `Status: ${WORK_ORDER_LINE_ITEM.Status}`,
      `Work order ${WORK_ORDER.WorkOrderNumber}: ${WORK_ORDER.Subject}`,
    ]);
  });

  it('says it is loading until the record arrives', async () => {
    const element = await render(ORDER_ITEM.Id);

    expect(textOf(element.shadowRoot!.querySelector('[role="status"]'))).toBe(
      'Loading…',
    );
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('shows the id of a record of a kind it does not know', async () => {
    const element = await render('0Q00C0000000001AAA');

    expect(lines(element)).toEqual(['Record', '0Q00C0000000001AAA']);
  });

  it('shows an error when the record cannot be read', async () => {
    const element = await render(ORDER_ITEM.Id);

    records.emit(
      { error: apiError(403) },
      (config) => config.recordId === ORDER_ITEM.Id,
    );
    await flush();

    const panel = element.shadowRoot!.querySelector('calm-error-panel')!;
    expect(textOf(panel.shadowRoot)).toContain('You do not have access');
    expect(await accessibilityViolations()).toEqual([]);
  });
});
