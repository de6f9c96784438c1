import type { Page, Response } from 'playwright-core';

/**
 * Checked on every animation frame in the page: notes when the dashboard
 * cards first show numbers and when both chart canvases first hold pixels.
 * Strings, so the runner's transpiler adds nothing to the page's code.
 */
const RENDERED = `(() => {
  const all = (root, selector) => {
    const found = Array.from(root.querySelectorAll(selector));
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) found.push(...all(element.shadowRoot, selector));
    }
    return found;
  };
  const drawn = (canvas) => {
    if (!canvas.$chartjs || !canvas.width) return false;
    const { width, height } = canvas;
    const pixels = canvas.getContext('2d').getImageData(0, 0, width, height);
    return pixels.data.some((value, i) => i % 4 === 3 && value > 0);
  };
  const find = (key, selector, count) => {
    const known = window[key];
    if (known && known.every((element) => element.isConnected)) return known;
    const found = all(document, selector);
    if (found.length >= count) window[key] = found;
    return found;
  };
  const figures = find('calmFigures', 'calm-asset-dashboard [data-card] .figure', 4);
  const canvases = find('calmCanvases', 'calm-lifecycle-chart canvas', 2);
  const numbers = figures.length >= 4 &&
    figures.every((figure) => /\\d/.test(figure.textContent));

  if (!window.cardsAt && numbers) window.cardsAt = performance.now();
  if (!window.chartsAt && canvases.length === 2 && canvases.every(drawn)) {
    window.chartsAt = performance.now();
  }
  return window.cardsAt && window.chartsAt
    ? { cards: window.cardsAt, charts: window.chartsAt }
    : null;
})()`;

const RESOURCES = `[
  performance.getEntriesByType('navigation')[0],
  ...performance.getEntriesByType('resource'),
].map((entry) => ({
  name: entry.name,
  startTime: entry.startTime,
  responseEnd: entry.responseEnd,
  transferSize: entry.transferSize,
  encodedBodySize: entry.encodedBodySize,
  domContentLoaded: entry.domContentLoadedEventEnd,
}))`;

export interface Resource {
  name: string;
  startTime: number;
  responseEnd: number;
  transferSize: number;
  encodedBodySize: number;
  domContentLoaded?: number;
}

export interface Script {
  path: string;
  bytes: Buffer;
  encoding?: string;
}

export interface Load {
  cards: number;
  charts: number;
  domContentLoaded: number;
  resources: Resource[];
  scripts: Script[];
}

/** Keeps the body of every script the page receives. */
function collectScripts(page: Page) {
  const scripts: Promise<Script | null>[] = [];
  const onResponse = (response: Response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith('.js')) return;

    const script = async () => ({
      path: url.pathname,
      bytes: await response.body(),
      encoding: (await response.allHeaders())['content-encoding'],
    });
    scripts.push(script().catch(() => null));
  };

  page.on('response', onResponse);
  return async () => {
    page.off('response', onResponse);
    return (await Promise.all(scripts)).filter((s): s is Script => !!s);
  };
}

/** Opens `url` and measures, from navigation start, until the page is drawn. */
export async function loadPage(page: Page, url: string): Promise<Load> {
  const scripts = collectScripts(page);

  const response = await page.goto(url, { waitUntil: 'commit' });
  if (!response?.ok()) {
    throw new Error(
      `${url} answered ${response?.status()}: ${await response?.text()}`,
    );
  }
  const rendered = await page.waitForFunction(RENDERED, undefined, {
    polling: 'raf',
    timeout: 60_000,
  });
  const times = (await rendered.jsonValue()) as {
    cards: number;
    charts: number;
  };
  const resources = (await page.evaluate(RESOURCES)) as Resource[];

  return {
    ...times,
    domContentLoaded: resources[0]!.domContentLoaded ?? 0,
    resources: resources.slice(1),
    scripts: await scripts(),
  };
}
