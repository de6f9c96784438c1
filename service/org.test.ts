import type { DatabaseHandle } from './db/database';
import { newId } from './domain/ids';
import { prepareOrg } from './org';
import { ENGINES, openTestDatabase } from './test/databases';

describe.each(ENGINES)('setting up the org [%s]', (engine) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
  });

  afterAll(() => handle?.close());

  const accounts = () => handle.db.selectFrom('account').selectAll().execute();

  it('clears what an interrupted setup left and sets the org up', async () => {
    const id = await newId(handle.db, 'Account');
    await handle.db
      .insertInto('account')
      .values({ id, name: 'Half Loaded' })
      .execute();

    const created = await prepareOrg(handle.db, {
      timeZone: 'Europe/Paris',
      demo: false,
    });

    expect(created).toBe(true);
    expect(await accounts()).toEqual([]);
    expect(
      await handle.db.selectFrom('orgSetting').select('timeZone').execute(),
    ).toEqual([{ timeZone: 'Europe/Paris' }]);
  });

  it('leaves an org that is set up alone', async () => {
    const id = await newId(handle.db, 'Account');
    await handle.db
      .insertInto('account')
      .values({ id, name: 'Kept' })
      .execute();

    const created = await prepareOrg(handle.db, {
      timeZone: 'UTC',
      demo: true,
    });

    expect(created).toBe(false);
    expect((await accounts()).map((a) => a.name)).toEqual(['Kept']);
  });
});
