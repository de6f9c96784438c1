import { parseArgs } from 'node:util';

import cliProgress from 'cli-progress';

import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { ensureOrg } from '../org';
import { DEFAULT_SEED, seedDemoOrg, type SeedSummary } from './demo';

const USAGE = 'Usage: npm run seed -- [--accounts N] [--seed S]';
const MAX_SEED = 2 ** 32 - 1;

function readOptions(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      accounts: { type: 'string', default: '25' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
    },
  });

  return {
    accounts: integerOption('--accounts', values.accounts, 1, 10_000),
    seed: integerOption('--seed', values.seed, 0, MAX_SEED),
  };
}

class UsageError extends Error {}

function integerOption(name: string, value: string, min: number, max: number) {
  const number = Number(value);

  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new UsageError(
      `${name} takes a whole number from ${min} to ${max}, got "${value}".`,
    );
  }
  return number;
}

function isUsageError(error: unknown): error is Error {
  const code = (error as { code?: unknown }).code;
  const parseError =
    typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
  return error instanceof UsageError || parseError;
}

function printSummary(summary: SeedSummary) {
  const rows: [string, number][] = [
    ['Accounts', summary.accounts],
    ['Products', summary.products],
    ['Assets', summary.assets],
    ['Asset actions', summary.assetActions],
    ['Asset state periods', summary.assetStatePeriods],
    ['Invoice lines', summary.invoiceLines],
  ];
  const seconds = (summary.elapsedMs / 1000).toFixed(1);

  console.log(`Demo org seeded in ${seconds} s`);
  for (const [label, count] of rows) {
    console.log(`  ${label.padEnd(20)} ${String(count).padStart(6)}`);
  }
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  const config = loadConfig();
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
  });
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'Seeding demo org [{bar}] {value}/{total} assets',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );

  try {
    await migrateToLatest(database.db);
    await ensureOrg(database.db, config.orgTimeZone);
    const summary = await seedDemoOrg(database.db, {
      ...options,
      onProgress: (done, total) =>
        done === 0 ? bar.start(total, 0) : bar.update(done),
    });
    bar.stop();
    printSummary(summary);
  } finally {
    bar.stop();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(isUsageError(error) ? `${error.message}\n${USAGE}` : error);
  process.exitCode = 1;
});
