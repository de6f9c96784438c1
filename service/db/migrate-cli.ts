import { loadConfig } from '../config';
import { openDatabase } from './database';
import { migrateToLatest } from './migrate';

async function main() {
  const config = loadConfig();
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
  });

  try {
    const results = await migrateToLatest(database.db);
    for (const { migrationName, status } of results) {
      console.log(`${status}: ${migrationName}`);
    }
    if (results.length === 0) console.log('The schema is up to date.');
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
