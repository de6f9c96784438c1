import type { Page } from 'playwright-core';

import {
  api,
  open,
  describeInBrowser,
  findAsset,
  numberIn,
  screenshot,
  type AssetPick,
} from './support/calm';
import {
  clearDot,
  chartSnapshot,
  hoverDot,
  reachCharts,
} from './support/charts';
import { openBrowser, type Browser } from './support/chromium';

type Summary = {
  currencies: {
    currencyIsoCode: string;
    quantity: number;
    amount: number;
    mrr: number;
    invoiceLineBalance: number;
  }[];
};

const PERIOD_DOTS = 1;
const ACTION_DOTS = 2;

describeInBrowser('asset record page', () => {
  let browser: Browser;
  let page: Page;
  let pick: AssetPick;

  beforeAll(async () => {
    pick = await findAsset(
      ({ asset, actions, periods }) =>
        Number(asset.CurrentQuantity) > 0 &&
        Number(asset.InvoiceLineBalance) > 0 &&
        actions.length >= 2 &&
        periods.length >= 2,
    );
    browser = await openBrowser();
    page = browser.page;
    await open(page, `/lightning/r/Asset/${pick.asset.Id}/view`);
    await page
      .locator('calm-asset-dashboard [data-card] .figure')
      .first()
      .waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the four dashboard cards with the summary’s figures', async () => {
    const summary = await api<Summary>(
      `/asset-management/summaries/Asset/${pick.asset.Id}`,
    );
    const [currency] = summary.currencies;
    const figure = (card: string) =>
      page
        .locator(`calm-asset-dashboard [data-card="${card}"] .figure`)
        .first();

    expect(summary.currencies).toHaveLength(1);
    expect(numberIn(await figure('quantity').innerText())).toBe(
      currency!.quantity,
    );
    expect(numberIn(await figure('amount').innerText())).toBe(currency!.amount);
    expect(numberIn(await figure('mrr').innerText())).toBe(currency!.mrr);
    expect(numberIn(await figure('balance').innerText())).toBe(
      currency!.invoiceLineBalance,
    );
    expect(await figure('amount').innerText()).toContain(
      currency!.currencyIsoCode,
    );
  });

  it('draws the quantity and MRR charts', async () => {
    const canvases = page.locator('calm-lifecycle-chart canvas');
    await canvases.nth(1).waitFor();
    await reachCharts(page);

    for (const index of [0, 1]) {
      const chart = await chartSnapshot(canvases.nth(index));
      expect(chart?.counts[PERIOD_DOTS]).toBe(pick.periods.length);
      expect(chart?.counts[ACTION_DOTS]).toBe(pick.actions.length);
    }
    await screenshot(page, 'asset-record-page');
  });

  it('tells about a state period when its blue dot is hovered', async () => {
    const canvas = page.locator('calm-lifecycle-chart canvas').first();
    const dot = await clearDot(canvas, PERIOD_DOTS);
    expect(dot).not.toBeNull();

    const tooltip = await hoverDot(page, canvas, dot!);

    expect(tooltip.active).toEqual([
      { datasetIndex: PERIOD_DOTS, index: dot!.index },
    ]);
    expect(tooltip.title[0]).toMatch(/^State period: /);
    const quantities = pick.periods.map(
      (period) =>
        `Quantity: ${Number(period.Quantity).toLocaleString('en-US')}`,
    );
    expect(quantities).toContain(tooltip.lines[0]);
    await screenshot(page, 'asset-record-page-period-tooltip');
  });

  it('tells about an asset action when its orange dot is hovered', async () => {
    const canvas = page.locator('calm-lifecycle-chart canvas').first();
    const dot = await clearDot(canvas, ACTION_DOTS);
    expect(dot).not.toBeNull();

    const tooltip = await hoverDot(page, canvas, dot!);

    expect(tooltip.active).toEqual([
      { datasetIndex: ACTION_DOTS, index: dot!.index },
    ]);
    const action = pick.actions[dot!.index]!;
    expect(tooltip.title[0]).toBe(`Action ${dot!.index + 1}: ${action.Type}`);
    expect(tooltip.lines).toContain(
      `Business category: ${action.CategoryEnum}`,
    );
    await screenshot(page, 'asset-record-page-action-tooltip');
  });
});
