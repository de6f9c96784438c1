import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { openDatabase, type DatabaseHandle } from './database';
import { migrateToLatest } from './migrate';

describe('the embedded database on a data folder', () => {
  let dataDir: string;
  let first: DatabaseHandle | undefined;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'calm-data-'));
  });

  afterAll(async () => {
    await first?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps committed rows across a close and a reopen', async () => {
    first = await openDatabase({ dataDir });
    await migrateToLatest(first!.db);
    await first!.db
      .insertInto('account')
      .values({ id: '001000000000001AAA', name: 'Kept Account' })
      .execute();
    await first!.close();
    first = undefined;

    const reopened = await openDatabase({ dataDir });
    const names = await reopened.db
      .selectFrom('account')
      .select('name')
      .execute();
    await reopened.close();

    expect(names).toEqual([{ name: 'Kept Account' }]);
  }, 60_000);
});
