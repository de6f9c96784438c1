import { formatNumber } from 'data/format';

type Record = { [field: string]: unknown };

export interface ReferenceKind {
  objectApiName: string;
  label: string;
  parentObjectApiName: string;
  parentField: string;
}

/** What a source's ReferenceEntityItemId points at, told by its key prefix. */
const KINDS: { [prefix: string]: ReferenceKind } = {
  '802': {
    objectApiName: 'OrderItem',
    label: 'Order product',
    parentObjectApiName: 'Order',
    parentField: 'OrderId',
  },
  '1WL': {
    objectApiName: 'WorkOrderLineItem',
    label: 'Work order line item',
    parentObjectApiName: 'WorkOrder',
    parentField: 'WorkOrderId',
  },
};

export function referenceKind(recordId: string | undefined) {
  return recordId ? (KINDS[recordId.slice(0, 3)] ?? null) : null;
}

const text = (value: unknown) =>
  value === null || value === undefined ? '' : String(value);

/** The lines shown for an order product or a work order line item. */
export function referenceLines(
  kind: ReferenceKind,
  item: Record,
  parent: Record | undefined,
  product: Record | undefined,
) {
  const productName = text(product?.Name);

  if (kind.objectApiName === 'OrderItem') {
    return {
      title: parent ? `Order ${text(parent.OrderNumber)}` : '',
      details: [productName, `Quantity ${formatNumber(Number(item.Quantity))}`],
    };
  }
  return {
    title: `Line item ${text(item.LineItemNumber)}`,
    details: [
      text(item.Description),
      `Status: ${text(item.Status)}`,
      parent
        ? `Work order ${text(parent.WorkOrderNumber)}: ${text(parent.Subject)}`
        : '',
      productName,
    ],
  };
}
