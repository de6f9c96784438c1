import { buildApp, type App } from '../app';
import type { DatabaseHandle, Db } from '../db/database';
import { ensureOrg } from '../org';
import { ENGINES, openTestDatabase, type Engine } from './databases';

export interface TestContext {
  readonly app: App;
  readonly db: Db;
  readonly engine: Engine;
}

/**
 * Runs a suite once per database engine under test, each run against an
 * app on a fresh migrated database of its own. The context's app and db
 * exist once the suite's tests run: read them inside hooks and tests.
 */
export function describeEachDatabase(
  name: string,
  suite: (context: TestContext) => void,
): void {
  describe.each(ENGINES)(`${name} [%s]`, (engine) => {
    let app: App | undefined;
    let handle: DatabaseHandle | undefined;

    beforeAll(async () => {
      handle = await openTestDatabase(engine);
      await ensureOrg(handle.db, 'UTC');
      app = await buildApp({ database: handle });
    });

    afterAll(async () => {
      if (app) await app.close();
      else await handle?.close();
    });

    suite({
      get app() {
        return app!;
      },
      get db() {
        return handle!.db;
      },
      engine,
    });
  });
}
