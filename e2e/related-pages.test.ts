import type { Page } from 'playwright-core';

import {
  api,
  open,
  describeInBrowser,
  eventually,
  findAsset,
  numberIn,
  screenshot,
  type List,
} from './support/calm';
import { openBrowser, type Browser } from './support/chromium';

type Summary = { currencies: { currencyIsoCode: string; quantity: number }[] };

describeInBrowser('invoice lines, account and home pages', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists every invoice line of an asset', async () => {
    const { asset } = await findAsset(
      ({ asset }) => Number(asset.InvoiceLineBalance) > 0,
    );
    const lines = (await api<List>(`/sobjects/Asset/${asset.Id}/InvoiceLines`))
      .records;

    await open(
      page,
      `/lightning/r/Asset/${asset.Id}/related/InvoiceLines/view`,
    );
    const rows = page.locator('calm-invoice-line-list tbody tr');
    await rows.first().waitFor();

    expect(await rows.count()).toBe(lines.length);
    const shown = await rows.locator('th').allInnerTexts();
    expect(shown.sort()).toEqual(
      lines.map((line) => String(line.InvoiceNumber)).sort(),
    );
    await expect(
      page.locator('calm-invoice-lines-page h1').innerText(),
    ).resolves.toBe('Invoice Lines');
    await screenshot(page, 'invoice-lines');
  });

  it('shows an account with its dashboard and assets', async () => {
    const [account] = (await api<List>('/sobjects/Account?limit=1')).records;
    const assets = await api<List>(`/sobjects/Account/${account!.Id}/Assets`);
    const summary = await api<Summary>(
      `/asset-management/summaries/Account/${account!.Id}`,
    );

    await open(page, `/lightning/r/Account/${account!.Id}/view`);
    const quantities = page.locator(
      'calm-asset-dashboard [data-card="quantity"] .figure',
    );
    await quantities.first().waitFor();

    await expect(
      page.locator('calm-record-header h1').innerText(),
    ).resolves.toContain(String(account!.Name));
    const figures = (await quantities.allInnerTexts()).map(numberIn);
    expect(figures).toEqual(summary.currencies.map((c) => c.quantity));
    const assetRows = page.locator('calm-account-asset-list tbody tr');
    await eventually(
      async () => (await assetRows.count()) > 0,
      'the account’s assets',
    );
    const names = await assetRows.locator('th a').allInnerTexts();
    expect(names.sort()).toEqual(
      assets.records.map((asset) => String(asset.Name)).sort(),
    );
    await screenshot(page, 'account');
  });

  it('opens the home page', async () => {
    await open(page, '/');
    await page
      .locator('calm-home-page h1, calm-home-page h2')
      .first()
      .waitFor();

    await expect(page.title()).resolves.toBe('Home | Open CALM');
    await screenshot(page, 'home');
  });
});
