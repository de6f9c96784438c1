import { sql } from 'kysely';

import type { Db } from '../db/database';
import { newIds } from '../domain/ids';
import { cancelAsset, changeAsset, generateAsset } from '../domain/lifecycle';
import type { DemoAccount } from './accounts';
import { BodyWriter } from './bodies';
import { DEMO_PRODUCTS, ensureCatalog } from './catalog';
import { inChunks } from './chunks';
import { insertInvoiceLines } from './invoices';
import { planDemoOrg, type AssetPlan } from './plan';
import {
  insertSourceRecords,
  type RecordIds,
  type SourceReferences,
} from './records';

export interface SeedOptions {
  accounts: number;
  seed?: number;
  /** The moment the story is told from; defaults to the current time. */
  now?: Date;
  /** The org's time zone, set only when the org has no settings yet. */
  onProgress?: (done: number, total: number) => void;
}

export interface SeedSummary {
  accounts: number;
  products: number;
  assets: number;
  assetActions: number;
  assetStatePeriods: number;
  invoiceLines: number;
  elapsedMs: number;
}

export const DEFAULT_SEED = 1;

/**
 * Writes a demo org: accounts, a product catalog, and assets whose
 * lifecycles are recorded through the same generate, change and cancel
 * operations the API runs. The same seed and `now` give the same rows.
 */
export async function seedDemoOrg(
  db: Db,
  options: SeedOptions,
): Promise<SeedSummary> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const plan = planDemoOrg(options.seed ?? DEFAULT_SEED, options.accounts, now);

  const ids: RecordIds = {
    productIds: await ensureCatalog(db),
    accountIds: await insertAccounts(db, plan.accounts),
  };
  const references = await insertSourceRecords(db, plan.assets, ids, now);
  const assetIds = await recordLifecycles(db, plan.assets, {
    ids,
    references,
    now,
    onProgress: options.onProgress,
  });
  const invoiceLines = await insertInvoiceLines(
    db,
    plan.assets.map((asset, i) => ({
      assetId: assetIds[i]!,
      accountIndex: asset.account.index,
      invoiceLines: asset.invoiceLines,
    })),
  );

  return {
    accounts: plan.accounts.length,
    products: DEMO_PRODUCTS.length,
    assets: plan.assets.length,
    assetActions: count(plan.assets, (a) => a.lifecycle.steps.length),
    assetStatePeriods: count(plan.assets, (a) => a.lifecycle.periods.length),
    invoiceLines,
    elapsedMs: Math.round(performance.now() - started),
  };
}

const count = (assets: AssetPlan[], of: (asset: AssetPlan) => number) =>
  assets.reduce((total, asset) => total + of(asset), 0);

async function insertAccounts(db: Db, accounts: DemoAccount[]) {
  const ids = await newIds(db, 'Account', accounts.length);
  const { rows } = await sql<{ count: string }>`
    select count(*)::text as count from account
  `.execute(db);
  const first = 10_001 + Number(rows[0]?.count ?? 0);
  const values = accounts.map((account, i) => ({
    id: ids[i]!,
    name: account.name,
    accountNumber: `ACC-${first + i}`,
    industry: account.industry,
    billingCity: account.city,
    billingCountry: account.country,
  }));

  await inChunks(values, (chunk) =>
    db.insertInto('account').values(chunk).execute(),
  );
  return ids;
}

interface Recording {
  ids: RecordIds;
  references: SourceReferences;
  now: Date;
  onProgress?: (done: number, total: number) => void;
}

async function recordLifecycles(
  db: Db,
  assets: AssetPlan[],
  recording: Recording,
): Promise<string[]> {
  const assetIds: string[] = [];
  recording.onProgress?.(0, assets.length);

  for (const asset of assets) {
    assetIds.push(await recordLifecycle(db, asset, recording));
    recording.onProgress?.(assetIds.length, assets.length);
  }
  return assetIds;
}

async function recordLifecycle(
  db: Db,
  asset: AssetPlan,
  { ids, references, now }: Recording,
): Promise<string> {
  const bodies = new BodyWriter(asset.account, references, now);
  const [generate, ...actions] = asset.lifecycle.steps;
  const { assetId } = await generateAsset(
    db,
    bodies.generate(generate!, {
      accountId: ids.accountIds[asset.account.index]!,
      productId: ids.productIds.get(asset.product.code)!,
      assetName: asset.name,
    }),
    now,
  );

  for (const step of actions) {
    if (step.type === 'Cancel') {
      await cancelAsset(db, assetId, bodies.cancel(step), now);
    } else {
      await changeAsset(db, assetId, bodies.change(step), now);
    }
  }
  return assetId;
}
