import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { lockDataDir } from './data-dir-lock';

describe('the data folder lock', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'calm-lock-'));
  });

  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('takes over at once a folder left by a process that was killed', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    fs.mkdirSync(path.join(dataDir, '.calm.lock'));
    fs.writeFileSync(path.join(dataDir, '.calm.pid'), String(dead));

    const release = await lockDataDir(dataDir, 0);

    expect(fs.readFileSync(path.join(dataDir, '.calm.pid'), 'utf8')).toBe(
      String(process.pid),
    );
    await release();
    expect(fs.existsSync(path.join(dataDir, '.calm.lock'))).toBe(false);
  });

  it('refuses a folder held by a live process', async () => {
    const release = await lockDataDir(dataDir, 0);

    await expect(lockDataDir(dataDir, 0)).rejects.toThrow('in use by another');
    await release();
  });
});
