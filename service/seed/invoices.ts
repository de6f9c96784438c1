import { sql } from 'kysely';

import type { Db } from '../db/database';
import { newIds } from '../domain/ids';
import { decimal, sum, ZERO, type Big } from '../domain/money';
import {
  addDays,
  addMonths,
  daysBetween,
  isoDate,
  secondAfter,
} from './calendar';
import { inChunks } from './chunks';
import type { Random } from './random';
import type { PlannedPeriod } from './timeline';

export interface PlannedInvoiceLine {
  invoiceDate: Date;
  status: 'Posted' | 'Draft';
  amount: Big;
  balance: Big;
}

export interface InvoicedAsset {
  assetId: string;
  accountIndex: number;
  invoiceLines: PlannedInvoiceLine[];
}

const BILLING_MONTHS = 3;
/** Invoices dated this many days ago are posted; later ones are drafts. */
const POSTING_LAG_DAYS = 3;
/** Drafts are prepared this far ahead of their invoice date. */
const DRAFT_AHEAD_DAYS = 31;
const PAYMENT_DAYS = 60;

interface Charge {
  date: Date;
  amount: Big;
}

/**
 * Quarterly invoices in advance for recurring periods, one invoice for a
 * one-time period; posted once dated, drafts when coming up, most older
 * ones paid.
 */
export function planInvoiceLines(
  random: Random,
  periods: PlannedPeriod[],
  now: Date,
): PlannedInvoiceLine[] {
  const draftUntil = addDays(now, DRAFT_AHEAD_DAYS);

  return periods
    .flatMap((period) => charges(period, draftUntil))
    .filter((charge) => +charge.date <= +draftUntil && charge.amount.gt(0))
    .map((charge) => invoiceLine(random, charge, now));
}

function charges(period: PlannedPeriod, until: Date): Charge[] {
  if (period.mrr.eq(0)) {
    return [{ date: period.startDate, amount: period.amount }];
  }
  if (period.endDate === null) {
    return billingDates(period.startDate, until).map((date) => ({
      date,
      amount: period.mrr.times(BILLING_MONTHS),
    }));
  }
  return closedPeriodCharges(period, secondAfter(period.endDate));
}

function billingDates(start: Date, endExclusive: Date): Date[] {
  const dates: Date[] = [];
  for (let i = 0; +addMonths(start, BILLING_MONTHS * i) < +endExclusive; i++) {
    dates.push(addMonths(start, BILLING_MONTHS * i));
  }
  return dates;
}

/** The period's amount split by days, the last charge taking the rounding. */
function closedPeriodCharges(period: PlannedPeriod, endExclusive: Date) {
  const dates = billingDates(period.startDate, endExclusive);
  const totalDays = daysBetween(period.startDate, endExclusive);
  const amounts = dates.slice(0, -1).map((date, i) => {
    const days = daysBetween(date, dates[i + 1]!);
    return period.amount.times(days).div(totalDays).round(2);
  });
  amounts.push(period.amount.minus(sum(amounts)));

  return dates.map((date, i) => ({ date, amount: amounts[i]! }));
}

function invoiceLine(random: Random, charge: Charge, now: Date) {
  const age = daysBetween(charge.date, now);
  const status: PlannedInvoiceLine['status'] =
    age >= POSTING_LAG_DAYS ? 'Posted' : 'Draft';
  const balance =
    status === 'Draft' ? charge.amount : openBalance(random, charge, age);

  return { invoiceDate: charge.date, status, amount: charge.amount, balance };
}

function openBalance(random: Random, charge: Charge, age: number): Big {
  const roll = random.next();

  if (age > PAYMENT_DAYS) return roll < 0.95 ? ZERO : charge.amount;
  if (roll < 0.45) return ZERO;
  if (roll < 0.7) {
    return charge.amount.times(decimal(random.int(20, 80)).div(100)).round(2);
  }
  return charge.amount;
}

/**
 * Inserts the lines, one invoice per account and date, then sets each
 * asset's invoice line balance to the sum of its posted lines' balances.
 */
export async function insertInvoiceLines(
  db: Db,
  assets: InvoicedAsset[],
): Promise<number> {
  const lines = assets.flatMap((asset) =>
    asset.invoiceLines.map((line) => ({ ...line, ...asset })),
  );
  const numbers = await invoiceNumbers(db, lines);
  const ids = await newIds(db, 'InvoiceLine', lines.length);
  const rows = lines.map((line, i) => ({
    id: ids[i]!,
    assetId: line.assetId,
    invoiceNumber: numbers.get(invoiceKey(line))!,
    invoiceDate: isoDate(line.invoiceDate),
    status: line.status,
    amount: line.amount.toString(),
    balance: line.balance.toString(),
  }));

  await inChunks(rows, (chunk) =>
    db.insertInto('invoiceLine').values(chunk).execute(),
  );
  await refreshInvoiceLineBalances(
    db,
    assets.map((asset) => asset.assetId),
  );
  return rows.length;
}

type KeyedLine = { accountIndex: number; invoiceDate: Date };

const invoiceKey = (line: KeyedLine) =>
  `${line.accountIndex}:${isoDate(line.invoiceDate)}`;

async function invoiceNumbers(db: Db, lines: KeyedLine[]) {
  const { rows } = await sql<{ count: string }>`
    select count(distinct invoice_number)::text as count from invoice_line
  `.execute(db);
  const keys = [...new Set(lines.map(invoiceKey))].sort(byDateThenAccount);
  const first = 100_001 + Number(rows[0]?.count ?? 0);

  return new Map(keys.map((key, i) => [key, `INV-${first + i}`]));
}

function byDateThenAccount(a: string, b: string): number {
  const [accountA, dateA] = a.split(':') as [string, string];
  const [accountB, dateB] = b.split(':') as [string, string];
  return dateA.localeCompare(dateB) || Number(accountA) - Number(accountB);
}

async function refreshInvoiceLineBalances(db: Db, assetIds: string[]) {
  if (assetIds.length === 0) return;

  await db
    .updateTable('asset')
    .set((eb) => ({
      invoiceLineBalance: eb.fn.coalesce(
        eb
          .selectFrom('invoiceLine')
          .select((inner) =>
            inner.fn.sum<string>('invoiceLine.balance').as('b'),
          )
          .whereRef('invoiceLine.assetId', '=', 'asset.id')
          .where('invoiceLine.status', '=', 'Posted'),
        sql<string>`0`,
      ),
    }))
    .where('id', 'in', assetIds)
    .execute();
}
