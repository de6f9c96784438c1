import { brotliCompressSync, gzipSync } from 'node:zlib';

import { openBrowser } from '../e2e/support/chromium';
import { buildPages, startService, stopService } from '../e2e/support/service';
import { createAsset } from './lifecycle';
import { loadPage, type Load } from './measure';

const PERIODS = 500;
const ACTIONS = 500;
const RUNS = 5;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${Math.round(value)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function printTimes(
  label: string,
  loads: Load[],
  pick: (load: Load) => number,
) {
  const runs = loads.map((load) => Math.round(pick(load))).join(', ');
  console.log(
    `  ${label.padEnd(32)} median ${ms(median(loads.map(pick)))}  (${runs})`,
  );
}

function printRequests(load: Load) {
  console.log(
    '\nRequests of the first cold load (start → end, bytes on the wire):',
  );
  for (const entry of load.resources) {
    const { pathname, search } = new URL(entry.name);
    console.log(
      `  ${ms(entry.startTime).padStart(8)} → ${ms(entry.responseEnd).padStart(8)}` +
        `  ${kb(entry.encodedBodySize).padStart(9)}  ${pathname}${search}`,
    );
  }
}

function printScripts(load: Load) {
  const encodings = [...new Set(load.scripts.map((s) => s.encoding ?? 'none'))];
  console.log(
    `\nJavaScript of the record page: ${load.scripts.length} files, ` +
      `served with content-encoding ${encodings.join(', ')} (target: well under 1 MB compressed)`,
  );
  console.log(
    `  ${''.padEnd(44)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli'.padStart(9)} ${'on wire'.padStart(9)}`,
  );
  const totals = [0, 0, 0, 0];
  const rows = load.scripts.map(({ path, bytes }) => {
    const wire = load.resources.find((r) => new URL(r.name).pathname === path);
    const sizes = [
      bytes.length,
      gzipSync(bytes, { level: 9 }).length,
      brotliCompressSync(bytes).length,
      wire?.encodedBodySize ?? 0,
    ];
    sizes.forEach((size, i) => (totals[i]! += size));
    return { path, sizes };
  });
  for (const { path, sizes } of [...rows, { path: 'total', sizes: totals }]) {
    console.log(
      `  ${path.padEnd(44)} ${sizes.map((s) => kb(s).padStart(9)).join(' ')}`,
    );
  }
}

async function main() {
  console.log('Building the pages…');
  buildPages();
  console.log('Starting the service with an empty org…');
  const service = await startService({ demo: false });

  try {
    const started = performance.now();
    const assetId = await createAsset(service.baseUrl, PERIODS, ACTIONS);
    console.log(
      `Created the asset ${assetId} in ${ms(performance.now() - started)}.`,
    );
    const url = `${service.baseUrl}/lightning/r/Asset/${assetId}/view`;
    const cold: Load[] = [];
    const warm: Load[] = [];

    for (let run = 0; run < RUNS; run += 1) {
      const browser = await openBrowser();
      try {
        cold.push(await loadPage(browser.page, url));
        warm.push(await loadPage(browser.page, url));
      } finally {
        await browser.close();
      }
    }

    console.log(
      `\nRecord page of an asset with ${PERIODS} state periods and ${ACTIONS} asset actions,`,
    );
    console.log(
      `${RUNS} runs, from navigation start (target: both charts drawn under 1 s):`,
    );
    printTimes('cold cache: DOMContentLoaded', cold, (l) => l.domContentLoaded);
    printTimes('cold cache: cards show numbers', cold, (l) => l.cards);
    printTimes('cold cache: both charts drawn', cold, (l) => l.charts);
    printTimes('warm cache: cards show numbers', warm, (l) => l.cards);
    printTimes('warm cache: both charts drawn', warm, (l) => l.charts);
    printRequests(cold[0]!);
    printScripts(cold[0]!);
  } finally {
    await stopService(service);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
