import type { Db } from '../db/database';
import { newId } from '../domain/ids';

export interface OrgFixture {
  accountId: string;
  productId: string;
  orderItemId: string;
  workOrderLineItemId: string;
}

/** An account with one product sold through an order and a work order. */
export async function createOrgFixture(db: Db): Promise<OrgFixture> {
  const accountId = await newId(db, 'Account');
  const productId = await newId(db, 'Product2');
  const orderId = await newId(db, 'Order');
  const orderItemId = await newId(db, 'OrderItem');
  const workOrderId = await newId(db, 'WorkOrder');
  const workOrderLineItemId = await newId(db, 'WorkOrderLineItem');

  await db
    .insertInto('account')
    .values({ id: accountId, name: 'Riverside School District' })
    .execute();
  await db
    .insertInto('product2')
    .values({
      id: productId,
      name: 'Mobile Device Management',
      productType: 'Subscription',
      isActive: true,
    })
    .execute();
  await db
    .insertInto('salesOrder')
    .values({
      id: orderId,
      accountId,
      orderNumber: '00000100',
      status: 'Activated',
      effectiveDate: '2019-09-05',
      currencyIsoCode: 'USD',
    })
    .execute();
  await db
    .insertInto('orderItem')
    .values({
      id: orderItemId,
      orderId,
      product2Id: productId,
      quantity: 10,
      unitPrice: 120,
      totalPrice: 1200,
    })
    .execute();
  await db
    .insertInto('workOrder')
    .values({
      id: workOrderId,
      accountId,
      workOrderNumber: '00000200',
      status: 'Completed',
    })
    .execute();
  await db
    .insertInto('workOrderLineItem')
    .values({
      id: workOrderLineItemId,
      workOrderId,
      product2Id: productId,
      lineItemNumber: '00000201',
      status: 'Completed',
    })
    .execute();

  return { accountId, productId, orderItemId, workOrderLineItemId };
}

export const API = '/services/data/v60.0/asset-management/assets';

/** A one-year subscription of 10 seats at 100 a month, from 2024-01-01. */
export function generateBody(org: OrgFixture) {
  return {
    accountId: org.accountId,
    assetName: 'MDM Subscription',
    productId: org.productId,
    currencyIsoCode: 'USD',
    assetStatePeriods: [
      {
        startDate: '2024-01-01T00:00:00Z',
        endDate: '2024-12-31T23:59:59Z',
        quantity: 10,
        mrr: 100,
        amount: 1200,
      },
    ],
    assetAction: {
      category: 'Initial Sale',
      actionDate: '2023-12-15T10:00:00Z',
      quantityChange: 10,
      mrrChange: 100,
      amount: 1200,
    },
  };
}

/** A year's renewal starting one second after `lastEnd`. */
export function renewalBody(lastEnd: Date, quantity = 10) {
  const start = new Date(+lastEnd + 1000);
  const end = new Date(+start + 365 * 86_400_000 - 1000);
  return {
    assetStatePeriods: [
      {
        startDate: start.toISOString(),
        endDate: end.toISOString(),
        quantity,
        mrr: quantity * 10,
        amount: quantity * 120,
      },
    ],
    assetAction: {
      category: 'Renewals',
      actionDate: start.toISOString(),
      quantityChange: 0,
      mrrChange: 0,
      amount: quantity * 120,
    },
  };
}

/** Rows in every lifecycle table, to show a failed call wrote nothing. */
export async function countLifecycleRows(db: Db) {
  const tables = [
    'asset',
    'assetStatePeriod',
    'assetAction',
    'assetActionSource',
  ] as const;
  const counts: Record<string, number> = {};

  for (const table of tables) {
    const { n } = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(n);
  }
  return counts;
}
