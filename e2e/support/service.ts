import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

export interface RunningService {
  baseUrl: string;
  pid: number;
  dataDir: string;
}

/** Builds the pages into dist/app; throws with the build's output on failure. */
export function buildPages() {
  const build = spawnSync('npm', ['run', 'build:ui'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    throw new Error(`npm run build:ui failed:\n${build.stdout}${build.stderr}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;

  while (Date.now() < deadline) {
    const ok = await fetch(`${baseUrl}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The service did not answer ${baseUrl}/health in time.`);
}

/**
 * Starts the service in its own process group on a free port, with a new
 * data folder; `demo` fills the new org with the demo data.
 */
export async function startService({ demo = true } = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'calm-e2e-data-'));
  const port = await freePort();
  const child = spawn('npx', ['tsx', 'service/server.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      CALM_DATA_DIR: dataDir,
      CALM_DEMO: demo ? '1' : '0',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
  });
  const service = {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    dataDir,
  };
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) =>
      reject(new Error(`The service exited early with code ${code}.`)),
    ),
  );

  try {
    await Promise.race([waitForHealth(service.baseUrl, 180_000), exited]);
  } catch (error) {
    await stopService(service);
    throw error;
  }
  exited.catch(() => {});
  return service;
}

const alive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Stops the service's whole process group and removes its data folder. */
export async function stopService(service: RunningService) {
  if (alive(service.pid)) process.kill(-service.pid, 'SIGTERM');
  for (let waited = 0; waited < 10_000 && alive(service.pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (alive(service.pid)) process.kill(-service.pid, 'SIGKILL');
  rmSync(service.dataDir, { recursive: true, force: true });
}
