import type { Migration } from 'kysely';

import * as lifecycleSchema from './2026-12-03T1700_lifecycle_schema';
import * as jobRuns from './2026-12-03T1800_job_runs';
import * as recordPages from './2026-12-03T1830_record_pages';

/** Every migration, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '2026-12-03T1700_lifecycle_schema': lifecycleSchema,
  '2026-12-03T1800_job_runs': jobRuns,
  '2026-12-03T1830_record_pages': recordPages,
};
