import closeWithGrace from 'close-with-grace';
import pino from 'pino';

import { buildApp } from './app';
import { loadConfig } from './config';
import { openDatabase, queryLogger } from './db/database';
import { migrateToLatest } from './db/migrate';
import { scheduleNightlyRefresh } from './jobs/nightly';
import { prepareOrg } from './org';

async function main() {
  const config = loadConfig();
  const logger = pino({
    level: config.logLevel,
    transport: process.stdout.isTTY ? { target: 'pino-pretty' } : undefined,
  });
  const started = performance.now();

  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    log: queryLogger(logger),
  });
  logger.info(
    {
      engine: database.engine,
      dataDir: database.engine === 'pglite' ? config.dataDir : undefined,
    },
    'database open',
  );
  await migrateToLatest(database.db);
  const created = await prepareOrg(database.db, {
    timeZone: config.orgTimeZone,
    demo: config.demo,
    onDemoLoaded: (summary) => logger.info(summary, 'demo data loaded'),
  });
  if (created) logger.info('new org set up');

  const app = await buildApp({ database, logger });
  const nightly = scheduleNightlyRefresh(database.db, logger);
  closeWithGrace({ delay: 10_000, logger }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an error');
    else logger.info({ signal }, 'shutting down');
    nightly.stop();
    await app.close();
  });

  await app.listen({ port: config.port, host: config.host });
  await nightly
    .check()
    .catch((err: unknown) => logger.error({ err }, 'nightly check failed'));
  logger.info(
    { readyInMs: Math.round(performance.now() - started) },
    `Open CALM ready at http://${config.host}:${config.port}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
