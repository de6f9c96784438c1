import type { Transaction } from 'kysely';

import type { Db } from '../db/database';
import type { Database } from '../db/schema';
import {
  addDeltas,
  checkDeltas,
  expectedDeltas,
  NO_DELTAS,
  NO_TOTALS,
  lifecycleAmount,
  type ActionType,
  type Deltas,
  type RunningTotals,
} from './deltas';
import { invalidInput, notFound, Problems } from './errors';
import { newIds, objectTypeOf, normalizeId } from './ids';
import {
  InputReader,
  type ActionBody,
  type ActionInput,
  type PeriodBody,
  type SourceBody,
  type SourceInput,
} from './input';
import { decimal, sum, type Big } from './money';
import {
  planCancel,
  planChange,
  planGenerate,
  type PeriodPlan,
  type SentPeriod,
} from './periods';
import {
  lockAsset,
  loadLastAction,
  loadPeriods,
  refreshAsset,
  replacePeriods,
  type LastAction,
  type StoredPeriod,
} from './store';

type Trx = Transaction<Database>;

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export interface GenerateBody {
  accountId: string;
  assetName: string;
  productId: string;
  currencyIsoCode: string;
  assetStatePeriods: PeriodBody[];
  assetAction: ActionBody;
  assetActionSources?: SourceBody[];
}

export interface ChangeBody {
  assetStatePeriods?: PeriodBody[];
  assetAction: ActionBody;
  assetActionSources?: SourceBody[];
}

export interface CancelBody {
  assetStatePeriod: PeriodBody;
  assetAction: ActionBody;
  assetActionSources?: SourceBody[];
}

/** The records one call wrote, to be read back for the response. */
export interface LifecycleResult {
  assetId: string;
  assetActionId: string;
  assetActionSourceIds: string[];
}

export async function generateAsset(
  db: Db,
  body: GenerateBody,
  now = new Date(),
): Promise<LifecycleResult> {
  const reader = new InputReader();
  const sent = reader.periods(body.assetStatePeriods);
  const action = reader.action(body.assetAction);
  const sources = reader.sources(body.assetActionSources);
  const accountId = readId(
    body.accountId,
    'Account',
    'accountId',
    reader.problems,
  );
  const productId = readId(
    body.productId,
    'Product2',
    'productId',
    reader.problems,
  );
  if (!CURRENCIES.has(body.currencyIsoCode)) {
    reader.problems.add(
      'currencyIsoCode',
      `${body.currencyIsoCode} is not an ISO 4217 currency code.`,
    );
  }
  reader.problems.throwIfAny();
  const plan = planGenerate(sent);

  return db.transaction().execute(async (trx) => {
    await requireRecord(trx, 'account', accountId, 'accountId');
    await requireRecord(trx, 'product2', productId, 'productId');
    const [assetId] = await newIds(trx, 'Asset', 1);

    await trx
      .insertInto('asset')
      .values({
        id: assetId!,
        accountId,
        product2Id: productId,
        name: body.assetName,
        currencyIsoCode: body.currencyIsoCode,
        hasLifecycleManagement: true,
        currentQuantity: 0,
        currentMrr: 0,
        currentAmount: 0,
        totalLifecycleAmount: 0,
        invoiceLineBalance: 0,
        lastModifiedAt: now,
      })
      .execute();

    return recordAction(trx, {
      assetId: assetId!,
      type: 'Generate',
      existing: [],
      plan,
      periodsSent: true,
      action,
      sources,
      last: undefined,
      now,
    });
  });
}

export async function changeAsset(
  db: Db,
  assetIdParam: string,
  body: ChangeBody,
  now = new Date(),
): Promise<LifecycleResult> {
  const reader = new InputReader();
  const sent = reader.periods(body.assetStatePeriods);
  const action = reader.action(body.assetAction);
  const sources = reader.sources(body.assetActionSources);
  reader.problems.throwIfAny();

  return db.transaction().execute(async (trx) => {
    const { assetId, existing, last } = await openAsset(trx, assetIdParam);

    return recordAction(trx, {
      assetId,
      type: 'Change',
      existing,
      plan: planChange(existing, sent),
      periodsSent: sent.length > 0,
      action,
      sources,
      last,
      now,
    });
  });
}

export async function cancelAsset(
  db: Db,
  assetIdParam: string,
  body: CancelBody,
  now = new Date(),
): Promise<LifecycleResult> {
  const reader = new InputReader();
  const sent = reader.period(body.assetStatePeriod, 'assetStatePeriod');
  const action = reader.action(body.assetAction);
  const sources = reader.sources(body.assetActionSources);
  reader.problems.throwIfAny();

  return db.transaction().execute(async (trx) => {
    const { assetId, existing, last } = await openAsset(trx, assetIdParam);

    if (await isCancelled(trx, assetId, last)) {
      throw invalidInput(
        null,
        `Asset ${assetId} is already cancelled; a change that restates its periods reactivates it.`,
      );
    }
    return recordAction(trx, {
      assetId,
      type: 'Cancel',
      existing,
      plan: planCancel(existing, sent),
      periodsSent: true,
      action,
      sources,
      last,
      now,
    });
  });
}

/**
 * Cancelled: a cancel brought the running quantity and MRR to zero and no
 * change has restated the periods since.
 */
async function isCancelled(trx: Trx, assetId: string, last?: LastAction) {
  if (!last || !last.quantity.eq(0) || !last.mrr.eq(0)) return false;

  const cancel = await trx
    .selectFrom('assetAction')
    .select('id')
    .where('assetId', '=', assetId)
    .where('type', '=', 'Cancel')
    .executeTakeFirst();
  return cancel !== undefined;
}

/** Finds a lifecycle-managed asset and locks it for the rest of the call. */
async function openAsset(trx: Trx, assetIdParam: string) {
  const assetId = normalizeId(assetIdParam);
  const asset =
    assetId && objectTypeOf(assetId) === 'Asset'
      ? await lockAsset(trx, assetId)
      : undefined;

  if (!asset || !asset.hasLifecycleManagement) {
    throw notFound(`No lifecycle-managed asset has the id ${assetIdParam}.`);
  }
  const existing = await loadPeriods(trx, asset.id);
  const last = await loadLastAction(trx, asset.id);

  return { assetId: asset.id, existing, last };
}

interface ActionWrite {
  assetId: string;
  type: ActionType;
  existing: StoredPeriod[];
  plan: PeriodPlan<StoredPeriod>;
  periodsSent: boolean;
  action: ActionInput;
  sources: SourceInput[];
  last: LastAction | undefined;
  now: Date;
}

async function recordAction(
  trx: Trx,
  write: ActionWrite,
): Promise<LifecycleResult> {
  const { assetId, plan, action, sources } = write;
  const before = write.last
    ? { ...write.last, amount: sum(write.existing.map((p) => p.amount)) }
    : NO_TOTALS;
  const expected = write.periodsSent
    ? expectedDeltas(write.type, before, plan.periods)
    : NO_DELTAS;
  const problems = new Problems();
  const totals = addDeltas(write.last ?? NO_TOTALS, action);
  const categoryTotals = addToCategory(write.last, action);

  if (await validatesDeltas(trx)) checkDeltas(action, expected, problems);
  checkTotalsFit(
    totals,
    categoryTotals,
    lifecycleAmount(plan.periods),
    problems,
  );
  await checkSourceReferences(trx, sources, problems);
  problems.throwIfAny();

  const added = plan.periods.filter((p): p is SentPeriod => 'path' in p);
  const periodIds = await newIds(trx, 'AssetStatePeriod', added.length);
  await replacePeriods(
    trx,
    assetId,
    plan.replaced,
    added.map((period, i) => ({ ...period, id: periodIds[i]! })),
  );
  await refreshAsset(trx, assetId, plan.periods, write.now);

  const [assetActionId] = await newIds(trx, 'AssetAction', 1);
  await insertAction(trx, assetActionId!, write, totals, categoryTotals);
  const assetActionSourceIds = await insertSources(
    trx,
    assetActionId!,
    sources,
  );

  return { assetId, assetActionId: assetActionId!, assetActionSourceIds };
}

async function insertAction(
  trx: Trx,
  id: string,
  write: ActionWrite,
  totals: RunningTotals,
  categoryTotals: Record<string, string>,
) {
  const { action, sources, last } = write;
  const rollup = (pick: (s: SourceInput) => Big) =>
    sum(sources.map(pick)).toString();

  await trx
    .insertInto('assetAction')
    .values({
      id,
      assetId: write.assetId,
      sequenceNumber: (last?.sequenceNumber ?? 0) + 1,
      type: write.type,
      categoryEnum: action.category,
      actionDate: action.actionDate,
      quantityChange: action.quantityChange.toString(),
      mrrChange: action.mrrChange.toString(),
      amount: action.amount.toString(),
      totalQuantity: totals.quantity.toString(),
      totalMrr: totals.mrr.toString(),
      totalAmount: totals.amount.toString(),
      categoryTotals: JSON.stringify(categoryTotals),
      productAmountChange: rollup((s) => s.productAmount),
      adjustmentAmountChange: rollup((s) => s.adjustmentAmount),
      subtotalChange: rollup((s) => s.productAmount.plus(s.adjustmentAmount)),
      estimatedTaxChange: rollup((s) => s.estimatedTax),
      actualTaxChange: rollup((s) => s.actualTax),
    })
    .execute();
}

async function insertSources(
  trx: Trx,
  assetActionId: string,
  sources: SourceInput[],
): Promise<string[]> {
  const ids = await newIds(trx, 'AssetActionSource', sources.length);
  if (sources.length === 0) return ids;

  await trx
    .insertInto('assetActionSource')
    .values(
      sources.map((source, i) => ({
        id: ids[i]!,
        assetActionId,
        referenceEntityItemId: source.referenceEntityItem,
        externalReference: source.externalReference,
        externalReferenceDataSource: source.externalReferenceDataSource,
        transactionDate: source.transactionDate,
        startDate: source.startDate,
        endDate: source.endDate,
        quantity: source.quantity?.toString() ?? null,
        productAmount: source.productAmount.toString(),
        adjustmentAmount: source.adjustmentAmount.toString(),
        subtotal: source.productAmount.plus(source.adjustmentAmount).toString(),
        estimatedTax: source.estimatedTax.toString(),
        actualTax: source.actualTax.toString(),
      })),
    )
    .execute();
  return ids;
}

async function validatesDeltas(trx: Trx): Promise<boolean> {
  const setting = await trx
    .selectFrom('orgSetting')
    .select('validateDeltas')
    .executeTakeFirst();
  return setting?.validateDeltas ?? true;
}

/** Per-category running amounts after the action: its category's grows. */
function addToCategory(last: LastAction | undefined, action: ActionInput) {
  const totals = { ...(last?.categoryTotals ?? {}) };
  const before = decimal(totals[action.category] ?? 0);

  totals[action.category] = before.plus(action.amount).toString();
  return totals;
}

const LARGEST_MONEY = decimal('1e16');
const LARGEST_QUANTITY = decimal('1e12');

/** Running totals must fit their columns: numeric(18, 2) and numeric(14, 2). */
function checkTotalsFit(
  totals: RunningTotals,
  categoryTotals: Record<string, string>,
  lifecycle: Big,
  problems: Problems,
) {
  const tooLarge = (field: string, what: string) =>
    problems.add(
      field,
      `This action would bring the asset's ${what} beyond what Open CALM stores.`,
    );
  const money = [totals.amount, totals.mrr, lifecycle].concat(
    Object.values(categoryTotals).map((value) => decimal(value)),
  );

  if (totals.quantity.abs().gte(LARGEST_QUANTITY)) {
    tooLarge('assetAction.quantityChange', 'total quantity');
  }
  if (money.some((value) => value.abs().gte(LARGEST_MONEY))) {
    tooLarge('assetAction.amount', 'totals');
  }
}

/** A source's referenceEntityItem must name an existing order product or work order line item. */
async function checkSourceReferences(
  trx: Trx,
  sources: SourceInput[],
  problems: Problems,
) {
  for (const { referenceEntityItem: id, path } of sources) {
    if (id === null) continue;

    const type = objectTypeOf(id);
    const table =
      type === 'OrderItem'
        ? 'orderItem'
        : type === 'WorkOrderLineItem'
          ? 'workOrderLineItem'
          : undefined;
    const found =
      table &&
      (await trx
        .selectFrom(table)
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst());

    if (!found) {
      problems.add(
        `${path}.referenceEntityItem`,
        `${id} is not the id of an order product or work order line item.`,
      );
    }
  }
}

function readId(
  value: string,
  type: 'Account' | 'Product2',
  field: string,
  problems: Problems,
): string {
  const id = normalizeId(value);
  if (!id || objectTypeOf(id) !== type) {
    problems.add(field, `${value} is not a valid ${type} id.`);
    return value;
  }
  return id;
}

async function requireRecord(
  trx: Trx,
  table: 'account' | 'product2',
  id: string,
  field: string,
) {
  const found = await trx
    .selectFrom(table)
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!found) throw invalidInput(field, `No record has the id ${id}.`);
}

export type { Deltas };
