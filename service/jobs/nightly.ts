import { Cron } from 'croner';
import { sql } from 'kysely';
import { DateTime } from 'luxon';

import type { Db } from '../db/database';
import { refreshCurrentFields } from './refresh-current';

export const REFRESH_JOB = 'refresh-current-fields';
const RUN_AT_HOUR = 1;
const CHECK_EVERY = '*/15 * * * *';
const MAX_ATTEMPTS = 3;
/** A claim older than this belongs to an instance that died mid-run. */
const ABANDONED_AFTER = '1 hour';

interface Logger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * Claims the run for one local date. Exactly one instance gets it; a run
 * that failed, or whose instance died, can be claimed again.
 */
export async function claimRun(db: Db, job: string, runDate: string) {
  const { rows } = await sql<{ attempts: number }>`
    insert into job_run (job, run_date, status, attempts, claimed_at)
    values (${job}, ${runDate}, 'running', 1, now())
    on conflict (job, run_date) do update
      set status = 'running',
          attempts = job_run.attempts + 1,
          claimed_at = now(),
          error = null
      where job_run.attempts < ${MAX_ATTEMPTS}
        and (job_run.status = 'failed'
          or (job_run.status = 'running'
            and job_run.claimed_at < now() - ${sql.lit(ABANDONED_AFTER)}::interval))
    returning attempts
  `.execute(db);

  return rows.length > 0;
}

async function finishRun(db: Db, runDate: string, error?: unknown) {
  await db
    .updateTable('jobRun')
    .set({
      status: error ? 'failed' : 'done',
      finishedAt: new Date(),
      error: error ? String(error) : null,
    })
    .where('job', '=', REFRESH_JOB)
    .where('runDate', '=', runDate)
    .execute();
}

/** Runs the nightly refresh for the org's current date unless done already. */
export async function runNightlyRefresh(
  db: Db,
  timeZone: string,
  logger: Logger,
  now = new Date(),
): Promise<'ran' | 'skipped' | 'failed'> {
  const runDate = DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;
  if (!(await claimRun(db, REFRESH_JOB, runDate))) return 'skipped';

  try {
    const assets = await refreshCurrentFields(db, now);
    await finishRun(db, runDate);
    logger.info({ runDate, assets }, 'nightly refresh done');
    return 'ran';
  } catch (error) {
    await finishRun(db, runDate, error);
    logger.error({ err: error, runDate }, 'nightly refresh failed');
    return 'failed';
  }
}

/**
 * Every instance checks every quarter hour (every real UTC offset is a
 * whole quarter hour) whether it is past 1:00 AM in the org's time zone,
 * reading the zone afresh so a change of zone needs no restart. The claim
 * row makes the refresh run once per local date: on the first check after
 * 1:00, on the first start after a missed night, and again after a failure.
 */
export function scheduleNightlyRefresh(db: Db, logger: Logger) {
  const check = async () => {
    const { timeZone } = await db
      .selectFrom('orgSetting')
      .select('timeZone')
      .executeTakeFirstOrThrow();
    const now = new Date();

    if (DateTime.fromJSDate(now, { zone: timeZone }).hour >= RUN_AT_HOUR) {
      await runNightlyRefresh(db, timeZone, logger, now);
    }
  };
  const job = new Cron(CHECK_EVERY, { protect: true, catch: true }, check);

  return { check, stop: () => job.stop() };
}
