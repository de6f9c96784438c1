import { sql } from 'kysely';

import type { DatabaseHandle } from '../db/database';
import { ENGINES, openTestDatabase } from '../test/databases';
import { createOrgFixture, generateBody } from '../test/fixtures';
import { generateAsset } from '../domain/lifecycle';
import { REFRESH_JOB, runNightlyRefresh } from './nightly';

const silent = { info: () => {}, error: () => {} };

describe.each(ENGINES)('the nightly refresh [%s]', (engine) => {
  let handle: DatabaseHandle;
  let assetId: string;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    const org = await createOrgFixture(handle.db);
    ({ assetId } = await generateAsset(handle.db, generateBody(org)));
  });

  afterAll(() => handle?.close());

  const current = () =>
    handle.db
      .selectFrom('asset')
      .select(['currentQuantity', 'currentMrr', 'currentAmount'])
      .where('id', '=', assetId)
      .executeTakeFirstOrThrow();

  const runs = () =>
    handle.db.selectFrom('jobRun').selectAll().orderBy('runDate').execute();

  beforeEach(() => handle.db.deleteFrom('jobRun').execute());

  it('sets the Current fields from the period that contains the moment', async () => {
    await handle.db
      .updateTable('asset')
      .set({ currentQuantity: 99, currentMrr: 99, currentAmount: 99 })
      .execute();

    await runNightlyRefresh(
      handle.db,
      'UTC',
      silent,
      new Date('2024-06-01T01:00:00Z'),
    );
    expect(await current()).toEqual({
      currentQuantity: '10.00',
      currentMrr: '100.00',
      currentAmount: '1200.00',
    });

    await runNightlyRefresh(
      handle.db,
      'UTC',
      silent,
      new Date('2025-02-01T01:00:00Z'),
    );
    expect(await current()).toEqual({
      currentQuantity: '0.00',
      currentMrr: '0.00',
      currentAmount: '0.00',
    });
  });

  it('runs once for a date when three instances fire together', async () => {
    const at = new Date('2024-03-10T01:00:00Z');

    const outcomes = await Promise.all(
      [1, 2, 3].map(() => runNightlyRefresh(handle.db, 'UTC', silent, at)),
    );

    expect(outcomes.sort()).toEqual(['ran', 'skipped', 'skipped']);
    expect(await runs()).toMatchObject([
      { runDate: '2024-03-10', status: 'done', attempts: 1 },
    ]);
  });

  it('runs once when 1:00 AM repeats at the end of daylight saving time', async () => {
    const zone = 'America/New_York';
    const first = new Date('2026-11-01T05:30:00Z');
    const repeated = new Date('2026-11-01T06:30:00Z');

    expect(await runNightlyRefresh(handle.db, zone, silent, first)).toBe('ran');
    expect(await runNightlyRefresh(handle.db, zone, silent, repeated)).toBe(
      'skipped',
    );
  });

  it('claims again a run that failed or whose instance died', async () => {
    await handle.db
      .insertInto('jobRun')
      .values([
        {
          job: REFRESH_JOB,
          runDate: '2024-04-01',
          status: 'failed',
          claimedAt: new Date(),
        },
        {
          job: REFRESH_JOB,
          runDate: '2024-04-02',
          status: 'running',
          claimedAt: new Date(Date.now() - 2 * 3_600_000),
        },
        {
          job: REFRESH_JOB,
          runDate: '2024-04-03',
          status: 'running',
          claimedAt: new Date(),
        },
      ])
      .execute();
    const run = (date: string) =>
      runNightlyRefresh(
        handle.db,
        'UTC',
        silent,
        new Date(`${date}T02:00:00Z`),
      );

    expect(await run('2024-04-01')).toBe('ran');
    expect(await run('2024-04-02')).toBe('ran');
    expect(await run('2024-04-03')).toBe('skipped');
    expect((await runs()).map((r) => [r.status, r.attempts])).toEqual([
      ['done', 2],
      ['done', 2],
      ['running', 1],
    ]);
  });

  it('gives up on a date after three failed attempts', async () => {
    await sql`insert into job_run (job, run_date, status, attempts, claimed_at)
      values (${REFRESH_JOB}, '2024-05-01', 'failed', 3, now())`.execute(
      handle.db,
    );

    expect(
      await runNightlyRefresh(
        handle.db,
        'UTC',
        silent,
        new Date('2024-05-01T03:00:00Z'),
      ),
    ).toBe('skipped');
  });
});
