import { sql } from 'kysely';

import type { Db } from '../db/database';
import { newIds } from '../domain/ids';
import { ZERO } from '../domain/money';
import type { DemoAccount } from './accounts';
import { isoDate } from './calendar';
import type { DemoProduct } from './catalog';
import { inChunks } from './chunks';
import type { LifecycleStep, PlannedSource, SourceKind } from './timeline';

export interface SourcedAsset {
  account: DemoAccount;
  product: DemoProduct;
  lifecycle: { steps: LifecycleStep[] };
}

export interface RecordIds {
  accountIds: string[];
  productIds: Map<string, string>;
}

export type SourceReference =
  | { referenceEntityItem: string }
  | { externalReference: string; externalReferenceDataSource: string };

export type SourceReferences = Map<PlannedSource, SourceReference>;

/** The sources of one action that one order or work order holds. */
interface Transaction {
  asset: SourcedAsset;
  sources: PlannedSource[];
}

interface Line {
  transaction: Transaction;
  source: PlannedSource;
  parentId: string;
  number: number;
}

const EXTERNAL_PREFIXES: Record<string, string> = {
  'Billing System': 'SUB',
  ERP: 'SO',
  'Contract Management': 'CTR',
};

/**
 * The orders, work orders and external transactions the asset action
 * sources cite, written before the actions that cite them.
 */
export async function insertSourceRecords(
  db: Db,
  assets: SourcedAsset[],
  ids: RecordIds,
  now: Date,
): Promise<SourceReferences> {
  const writer = new RecordWriter(db, ids, now, await numberingStart(db));

  await writer.insertOrders(transactions(assets, 'orderItem'));
  await writer.insertWorkOrders(transactions(assets, 'workOrderLineItem'));
  writer.nameExternalReferences(assets);
  return writer.references;
}

function transactions(assets: SourcedAsset[], kind: SourceKind) {
  return assets.flatMap((asset) =>
    asset.lifecycle.steps
      .map((step) => ({
        asset,
        sources: step.sources.filter((source) => source.kind === kind),
      }))
      .filter((transaction) => transaction.sources.length > 0),
  );
}

/** Numbers continue after the records already in the org. */
async function numberingStart(db: Db) {
  const { rows } = await sql<Record<'orders' | 'work' | 'external', string>>`
    select
      (select count(*) from sales_order)::text as orders,
      (select count(*) from work_order)::text as work,
      (select count(*) from asset_action_source
        where external_reference is not null)::text as external
  `.execute(db);
  const row = rows[0]!;

  return {
    orders: 100 + Number(row.orders),
    workOrders: 1 + Number(row.work),
    external: 100_001 + Number(row.external),
  };
}

class RecordWriter {
  readonly references: SourceReferences = new Map();

  constructor(
    private readonly db: Db,
    private readonly ids: RecordIds,
    private readonly now: Date,
    private readonly numbering: Awaited<ReturnType<typeof numberingStart>>,
  ) {}

  async insertOrders(orders: Transaction[]) {
    const orderIds = await newIds(this.db, 'Order', orders.length);
    const items = await this.lines(orders, orderIds, 'OrderItem');
    const orderRows = orders.map((order, i) => ({
      id: orderIds[i]!,
      accountId: this.accountId(order),
      orderNumber: String(this.numbering.orders + i).padStart(8, '0'),
      status: 'Activated',
      effectiveDate: isoDate(order.sources[0]!.startDate),
      currencyIsoCode: order.asset.account.currency,
    }));
    const itemRows = items.map(({ id, transaction, source, parentId }) => ({
      id: this.cite(source, id),
      orderId: parentId,
      product2Id: this.productId(transaction),
      ...pricing(source),
      serviceDate: isoDate(source.startDate),
      endDate: source.endDate && isoDate(source.endDate),
    }));

    await inChunks(orderRows, (chunk) =>
      this.db.insertInto('salesOrder').values(chunk).execute(),
    );
    await inChunks(itemRows, (chunk) =>
      this.db.insertInto('orderItem').values(chunk).execute(),
    );
  }

  async insertWorkOrders(workOrders: Transaction[]) {
    const workOrderIds = await newIds(this.db, 'WorkOrder', workOrders.length);
    const lines = await this.lines(
      workOrders,
      workOrderIds,
      'WorkOrderLineItem',
    );
    const workOrderRows = workOrders.map((workOrder, i) => ({
      id: workOrderIds[i]!,
      accountId: this.accountId(workOrder),
      workOrderNumber: String(this.numbering.workOrders + i).padStart(8, '0'),
      subject: subjectOf(workOrder),
      status: this.workStatus(workOrder.sources[0]!),
    }));
    const lineRows = lines.map(
      ({ id, transaction, source, parentId, number }) => ({
        id: this.cite(source, id),
        workOrderId: parentId,
        product2Id: this.productId(transaction),
        lineItemNumber: String(number).padStart(5, '0'),
        description: transaction.asset.product.description,
        quantity: source.quantity?.toString() ?? null,
        status: this.workStatus(source),
      }),
    );

    await inChunks(workOrderRows, (chunk) =>
      this.db.insertInto('workOrder').values(chunk).execute(),
    );
    await inChunks(lineRows, (chunk) =>
      this.db.insertInto('workOrderLineItem').values(chunk).execute(),
    );
  }

  nameExternalReferences(assets: SourcedAsset[]) {
    const external = assets
      .flatMap((asset) => asset.lifecycle.steps.flatMap((step) => step.sources))
      .filter((source) => source.kind === 'external');

    external.forEach((source, i) => {
      const dataSource = source.dataSource!;
      const prefix = EXTERNAL_PREFIXES[dataSource] ?? 'EXT';
      this.references.set(source, {
        externalReference: `${prefix}-${this.numbering.external + i}`,
        externalReferenceDataSource: dataSource,
      });
    });
  }

  private async lines(
    transactions: Transaction[],
    parentIds: string[],
    type: 'OrderItem' | 'WorkOrderLineItem',
  ): Promise<(Line & { id: string })[]> {
    const lines = transactions.flatMap((transaction, i) =>
      transaction.sources.map((source, line) => ({
        transaction,
        source,
        parentId: parentIds[i]!,
        number: line + 1,
      })),
    );
    const ids = await newIds(this.db, type, lines.length);
    return lines.map((line, i) => ({ ...line, id: ids[i]! }));
  }

  private cite(source: PlannedSource, id: string): string {
    this.references.set(source, { referenceEntityItem: id });
    return id;
  }

  private accountId(transaction: Transaction) {
    return this.ids.accountIds[transaction.asset.account.index]!;
  }

  private productId(transaction: Transaction) {
    return this.ids.productIds.get(transaction.asset.product.code)!;
  }

  private workStatus(source: PlannedSource): string {
    if (source.endDate && +source.endDate < +this.now) return 'Completed';
    return +source.startDate <= +this.now ? 'In Progress' : 'New';
  }
}

function subjectOf({ asset }: Transaction): string {
  return `${asset.product.name} for ${asset.account.name}`;
}

function pricing(source: PlannedSource) {
  const quantity = source.quantity ?? ZERO;
  const unitPrice = quantity.eq(0)
    ? ZERO
    : source.amount.div(quantity).round(2).abs();

  return {
    quantity: quantity.toString(),
    unitPrice: unitPrice.toString(),
    totalPrice: source.amount.toString(),
  };
}
