import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  orgTimeZone: string;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: parsePort(env.PORT ?? '3000'),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.CALM_DATA_DIR ?? '.calm-data'),
    demo: env.CALM_DEMO !== '0',
    orgTimeZone: parseTimeZone(env.CALM_ORG_TIME_ZONE ?? 'UTC'),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}

function parsePort(value: string): number {
  const port = Number(value);

  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${value}"`);
  }
  return port;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function parseTimeZone(zone: string): string {
  if (!isTimeZone(zone)) {
    throw new Error(
      `CALM_ORG_TIME_ZONE must be an IANA time zone, got "${zone}"`,
    );
  }
  return zone;
}
