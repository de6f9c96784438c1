import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';

import { ROOT } from './service';

const SCREENSHOTS = path.join(ROOT, 'artifacts/screenshots');
export const DATA_PATH = '/services/data/v68.0';

/** A describe block that is skipped when the global setup found no Chromium. */
export const describeInBrowser: jest.Describe = process.env.CALM_BROWSER_SKIPPED
  ? describe.skip
  : describe;

export function baseUrl(): string {
  const url = process.env.CALM_E2E_BASE_URL;
  if (!url)
    throw new Error(
      'The browser tests need the service: see e2e/global-setup.ts.',
    );
  return url;
}

export type SObject = Record<string, unknown> & { Id: string };
export type List = { totalSize: number; records: SObject[] };

/** GETs a resource under the data path of the running service. */
export async function api<T = SObject>(resource: string): Promise<T> {
  const response = await fetch(`${baseUrl()}${DATA_PATH}${resource}`);
  if (!response.ok) {
    throw new Error(
      `GET ${resource}: ${response.status} ${await response.text()}`,
    );
  }
  return (await response.json()) as T;
}

/** Opens a page of the app; a page the service cannot serve fails at once. */
export async function open(page: Page, path: string) {
  const response = await page.goto(`${baseUrl()}${path}`);
  if (!response?.ok()) {
    throw new Error(
      `${path} answered ${response?.status()}: ${await response?.text()}`,
    );
  }
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: path.join(SCREENSHOTS, `${name}.png`),
    fullPage: true,
  });
}

/** The numbers in a figure as shown: "USD 1,234.50" → 1234.5. */
export function numberIn(text: string): number {
  const match = text.replace(/,/g, '').match(/[-−]?\d+(\.\d+)?/);
  if (!match) throw new Error(`No number in "${text}"`);
  return Number(match[0].replace('−', '-'));
}

export interface AssetPick {
  asset: SObject;
  actions: SObject[];
  periods: SObject[];
}

/** Lifecycle-managed assets of the demo org, account by account. */
export async function* demoAssets(): AsyncGenerator<AssetPick> {
  const accounts = await api<List>('/sobjects/Account?limit=200');

  for (const account of accounts.records) {
    const assets = await api<List>(`/sobjects/Account/${account.Id}/Assets`);
    for (const asset of assets.records) {
      const [actions, periods] = await Promise.all([
        api<List>(`/sobjects/Asset/${asset.Id}/AssetActions`),
        api<List>(`/sobjects/Asset/${asset.Id}/AssetStatePeriods`),
      ]);
      yield { asset, actions: actions.records, periods: periods.records };
    }
  }
}

/** The first demo asset that `matches`. */
export async function findAsset(matches: (pick: AssetPick) => boolean) {
  for await (const pick of demoAssets()) {
    if (matches(pick)) return pick;
  }
  throw new Error('No demo asset matches.');
}

/** Polls `check` until it holds, for pages that settle after a request. */
export async function eventually(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
