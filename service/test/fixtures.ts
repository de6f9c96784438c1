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
    .values({ id: workOrderId, accountId, workOrderNumber: '00000200', status: 'Completed' })
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
