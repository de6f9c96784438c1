import type { BusinessCategory } from '../domain/categories';
import { decimal, type Big } from '../domain/money';
import { planAccounts, type Currency, type DemoAccount } from './accounts';
import { addDays, daysBetween } from './calendar';
import { DEMO_PRODUCTS, type DemoProduct } from './catalog';
import { planInvoiceLines, type PlannedInvoiceLine } from './invoices';
import { roundQuantity, writeStory } from './stories';
import type { PlannedLifecycle } from './timeline';

export interface AssetPlan {
  account: DemoAccount;
  product: DemoProduct;
  name: string;
  lifecycle: PlannedLifecycle;
  invoiceLines: PlannedInvoiceLine[];
}

export interface DemoPlan {
  accounts: DemoAccount[];
  assets: AssetPlan[];
}

const HOUR_MS = 3_600_000;
/** Assets may start this many days after now: deals already booked. */
const BOOKED_AHEAD_DAYS = 60;
const INITIAL_SALE_DAYS = 30;

const PRICE_LIST_RATES: Record<Currency, number> = {
  USD: 1,
  EUR: 0.92,
  GBP: 0.79,
};

const DEPARTMENTS = [
  'Headquarters',
  'Field Sales',
  'Engineering',
  'Finance',
  'Operations',
  'Customer Care',
  'Warehouse',
  'Marketing',
  'Retail Stores',
  'Research Lab',
];

const FIRST_PRODUCTS = ['EMC-CLOUD', 'CWS-BUS', 'ESS-ADV'];

/** The whole demo org, worked out before anything is written. */
export function planDemoOrg(seed: number, accountCount: number, now: Date) {
  const accounts = planAccounts(seed, accountCount, now);
  const assets = accounts.flatMap((account) => planAssets(account, now));

  return { accounts, assets } satisfies DemoPlan;
}

function planAssets(account: DemoAccount, now: Date): AssetPlan[] {
  const { random } = account;
  const count = random.int(8, 16);
  const starts = assetStarts(account, count, now);
  const products = pickProducts(account, count);
  const names = new Set<string>();
  const owned = new Set<DemoProduct>();

  return starts.map((start, i) => {
    const product = products[i]!;
    const category = categoryOf(account, start, owned.has(product));
    owned.add(product);
    const lifecycle = writeStory({
      now,
      account,
      product,
      start,
      category,
      quantity: initialQuantity(account, product),
      unitPrice: listPrice(product, account.currency),
    });
    const invoiceLines = planInvoiceLines(random, lifecycle.periods, now);
    const name = assetName(account, product, names);

    return { account, product, name, lifecycle, invoiceLines };
  });
}

/** The first asset opens the account; the rest follow until just after now. */
function assetStarts(account: DemoAccount, count: number, now: Date): Date[] {
  const first = new Date(+account.customerSince + account.startHour * HOUR_MS);
  const span = daysBetween(first, addDays(now, BOOKED_AHEAD_DAYS));
  const later = Array.from({ length: count - 1 }, () =>
    addDays(first, account.random.int(0, span)),
  );

  return [first, ...later.sort((a, b) => +a - +b)];
}

function pickProducts(account: DemoAccount, count: number): DemoProduct[] {
  const { random } = account;
  const byCode = (code: string) => DEMO_PRODUCTS.find((p) => p.code === code)!;
  const picked = [byCode(random.pick(FIRST_PRODUCTS))];

  while (picked.length < count) {
    const available = DEMO_PRODUCTS.filter(
      (p) => p.basis !== 'plan' || !picked.includes(p),
    );
    picked.push(random.weighted(available, (p) => p.popularity));
  }
  return picked;
}

/** A product new to an established customer is a cross-sell. */
function categoryOf(
  account: DemoAccount,
  start: Date,
  owned: boolean,
): BusinessCategory {
  const established =
    daysBetween(account.customerSince, start) > INITIAL_SALE_DAYS;
  return established && !owned ? 'Cross-Sells' : 'Initial Sale';
}

function listPrice(product: DemoProduct, currency: Currency): Big {
  return decimal(product.listPrice).times(PRICE_LIST_RATES[currency]).round(2);
}

function initialQuantity(account: DemoAccount, product: DemoProduct): Big {
  const { random, employees } = account;
  const quantities: Record<DemoProduct['basis'], () => number> = {
    devices: () => employees * random.between(0.4, 1),
    users: () => employees * random.between(0.5, 1),
    sites: () => random.int(1, 4),
    blocks: () => random.int(2, 30),
    terabytes: () => random.int(5, 120),
    units: () => Math.max(3, employees * random.between(0.05, 0.25)),
    days: () => random.int(5, 30),
    sessions: () => random.int(1, 4),
    plan: () => 1,
  };
  return roundQuantity(quantities[product.basis](), product);
}

function assetName(
  account: DemoAccount,
  product: DemoProduct,
  taken: Set<string>,
): string {
  const candidates = account.random
    .shuffle(DEPARTMENTS)
    .map((department) => `${product.name} (${department})`);
  const name =
    candidates.find((candidate) => !taken.has(candidate)) ??
    `${product.name} (${taken.size + 1})`;

  taken.add(name);
  return name;
}
