import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import {
  CamelCasePlugin,
  Kysely,
  PostgresDialect,
  type LogEvent,
} from 'kysely';
import pg from 'pg';

import { lockDataDir } from './data-dir-lock';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  engine: 'postgres' | 'pglite';
  close(): Promise<void>;
  /** The embedded database's files as a tarball (embedded engine only). */
  dumpDataDir?(): Promise<Blob>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string; without it the embedded engine is used. */
  url?: string;
  /** Folder of the embedded database; `memory://` keeps it in memory. */
  dataDir?: string;
  /** Loads a data folder saved with `dumpDataDir` instead of running initdb. */
  loadDataDir?: Blob;
  /** Schema every connection works in (tests use one schema per file). */
  schema?: string;
  /** How long to wait for a data folder held by a process that was killed. */
  lockWaitMs?: number;
  log?: (event: LogEvent) => void;
}

const SLOW_QUERY_MS = 500;
const DATE_OID = 1082;

/** `date` columns stay ISO strings: pg would make them local-midnight Dates. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  },
};

export async function openDatabase(
  options: DatabaseOptions,
): Promise<DatabaseHandle> {
  if (options.url) return openPostgres(options.url, options);
  return openPglite(options);
}

function openPostgres(url: string, options: DatabaseOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    types,
    max: 10,
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
  });
  const db = createKysely(pool, options);

  return { db, engine: 'postgres', close: () => db.destroy() };
}

async function openPglite(options: DatabaseOptions): Promise<DatabaseHandle> {
  const dataDir = options.dataDir ?? 'memory://';
  const release = dataDir.startsWith('memory://')
    ? async () => {}
    : await lockDataDir(dataDir, options.lockWaitMs);

  try {
    const pglite = await PGlite.create(dataDir, {
      loadDataDir: options.loadDataDir,
    });
    const pool = new pg.Pool({
      ...createPgConfig(pglite),
      types,
      max: 1,
      connectionTimeoutMillis: 30_000,
    });
    const db = createKysely(pool, options);
    const close = async () => {
      await db.destroy();
      await pglite.close();
      await release();
    };

    const dumpDataDir = async () => {
      const dump = await pglite.dumpDataDir('gzip');
      return dump instanceof Blob ? dump : new Blob([dump]);
    };

    return { db, engine: 'pglite', close, dumpDataDir };
  } catch (error) {
    await release();
    throw error;
  }
}

function createKysely(pool: pg.Pool, options: DatabaseOptions): Db {
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
    log: options.log,
  });
}

/** Kysely log hook that reports failed and slow queries to a pino logger. */
export function queryLogger(logger: {
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}) {
  return (event: LogEvent) => {
    const sql = event.query.sql;
    const ms = Math.round(event.queryDurationMillis);

    if (event.level === 'error') {
      logger.error({ err: event.error, sql, ms }, 'query failed');
    } else if (ms >= SLOW_QUERY_MS) {
      logger.warn({ sql, ms }, 'slow query');
    }
  };
}
