import fs from 'node:fs';
import path from 'node:path';

import lockfile from 'proper-lockfile';

/** The embedded engine can hold the event loop for seconds (initdb). */
export const LOCK_STALE_MS = 20_000;
const RETRY_EVERY_MS = 1_000;

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the data folder for this process. The embedded engine has no lock
 * of its own, and two processes on one folder lose writes, so a second
 * process is refused. A lock whose owner has died is taken over at once;
 * one whose owner is unknown, once it goes stale.
 */
export async function lockDataDir(
  dataDir: string,
  waitMs = LOCK_STALE_MS + 2_000,
): Promise<() => Promise<void>> {
  const lockPath = path.join(dataDir, '.calm.lock');
  const pidPath = path.join(dataDir, '.calm.pid');

  fs.mkdirSync(dataDir, { recursive: true });
  const owner = Number(
    fs.existsSync(pidPath) && fs.readFileSync(pidPath, 'utf8'),
  );
  if (owner > 0 && !isAlive(owner)) {
    fs.rmSync(lockPath, { recursive: true, force: true });
  }
  const retries = owner > 0 ? 0 : Math.floor(waitMs / RETRY_EVERY_MS);

  try {
    const release = await lockfile.lock(dataDir, {
      lockfilePath: lockPath,
      stale: LOCK_STALE_MS,
      retries: {
        retries,
        minTimeout: RETRY_EVERY_MS,
        maxTimeout: RETRY_EVERY_MS,
        factor: 1,
      },
    });
    fs.writeFileSync(pidPath, String(process.pid));

    return async () => {
      fs.rmSync(pidPath, { force: true });
      await release();
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new Error(
        `The data folder ${dataDir} is in use by another Open CALM process.`,
      );
    }
    throw error;
  }
}
