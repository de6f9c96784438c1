import type { Locator, Page } from 'playwright-core';

import {
  api,
  baseUrl,
  describeInBrowser,
  eventually,
  findAsset,
  screenshot,
  type AssetPick,
} from './support/calm';
import { openBrowser, type Browser } from './support/chromium';

type Entry = { component: string; properties: Record<string, unknown> };
type Active = {
  source: string;
  version: number | null;
  label: string;
  regions: Record<string, Entry[]>;
};

const EDITOR = '/lightning/setup/RecordPages/Asset';

/** What the built page should hold, region by region. */
const EXPECTED = {
  header: [['calm/assetDashboard', {}]],
  main: [
    ['calm/lifecycleChart', { metric: 'Quantity', showRangeControl: true }],
    ['calm/lifecycleChart', { metric: 'MRR', showRangeControl: true }],
  ],
  sidebar: [['calm/invoiceLineList', { limit: 5 }]],
};

const shape = (regions: Record<string, Entry[]>) =>
  Object.fromEntries(
    Object.entries(EXPECTED).map(([region]) => [
      region,
      (regions[region] ?? []).map((e) => [e.component, e.properties]),
    ]),
  );

describeInBrowser('record page editor', () => {
  let browser: Browser;
  let page: Page;
  let pick: AssetPick;

  const canvas = () => page.locator('builder-page-canvas');
  const region = (name: string) =>
    canvas().locator(`ul[data-region="${name}"]`);
  const entries = (name: string) => region(name).locator('li.entry');
  const entryLabels = (name: string) =>
    region(name).locator('.entry-label').allInnerTexts();
  const paletteItem = (name: string) =>
    page.locator(`builder-component-palette li[data-name="calm/${name}"]`);
  const status = () => page.locator('builder-page-editor [data-status]');
  const announcement = () =>
    page.locator('builder-page-editor [data-announcement]');
  const metric = () => page.getByLabel('Metric', { exact: true });

  async function openEditor() {
    await page.goto(`${baseUrl()}${EDITOR}?recordId=${pick.asset.Id}`);
    await canvas().waitFor();
  }

  async function savedVersion() {
    await eventually(
      async () => /Version \d+ saved/.test(await status().innerText()),
      'the saved version',
    );
    return Number((await status().innerText()).match(/Version (\d+)/)![1]);
  }

  async function expectActive(version: number) {
    const active = await api<Active>('/ui-pages/Asset/active');
    expect(active.source).toBe('saved');
    expect(active.version).toBe(version);
    expect(shape(active.regions)).toEqual(EXPECTED);
    return active;
  }

  async function expectComposedPage(on: Page) {
    await on.goto(`${baseUrl()}/lightning/r/Asset/${pick.asset.Id}/view`);
    const layout = on.locator('builder-page-layout');
    const titles = layout.locator(
      '[data-region="main"] calm-lifecycle-chart .slds-card__header-title',
    );
    await eventually(
      async () => (await titles.count()) === 2,
      'both charts of the composed page',
    );

    // Each placed component arrives in its own chunk: wait for the last ones.
    const dashboard = layout.locator(
      '[data-region="header"] calm-asset-dashboard',
    );
    const invoices = layout.locator(
      '[data-region="sidebar"] calm-invoice-line-list',
    );
    await dashboard.first().waitFor();
    await invoices.first().waitFor();

    await expect(dashboard.count()).resolves.toBe(1);
    expect(await titles.allInnerTexts()).toEqual([
      'Quantity over the lifecycle',
      'MRR over the lifecycle',
    ]);
    await expect(invoices.count()).resolves.toBe(1);
    await expect(
      on.locator('calm-record-header h1').innerText(),
    ).resolves.toContain(String(pick.asset.Name));
  }

  async function chooseMetric(value: string) {
    await metric().focus();
    await page.keyboard.type(value.slice(0, 1));
    await eventually(
      async () => (await metric().inputValue()) === value,
      `metric ${value}`,
    );
  }

  beforeAll(async () => {
    pick = await findAsset(
      ({ asset, periods }) =>
        Number(asset.CurrentQuantity) > 0 && periods.length >= 2,
    );
    browser = await openBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('builds the page by dragging, saves and activates it', async () => {
    await openEditor();
    for (const name of ['header', 'main', 'sidebar']) {
      while ((await entries(name).count()) > 0) {
        await entries(name).first().locator('[data-action="select"]').click();
        await entries(name)
          .first()
          .getByRole('button', { name: 'Remove' })
          .click();
      }
    }

    await paletteItem('assetDashboard').dragTo(region('header'));
    await paletteItem('lifecycleChart').dragTo(region('main'));
    await paletteItem('lifecycleChart').dragTo(region('main'));
    await paletteItem('invoiceLineList').dragTo(region('sidebar'));
    await paletteItem('assetDashboard').dragTo(region('main'));
    await entries('main')
      .nth(2)
      .dragTo(entries('main').first(), {
        targetPosition: { x: 40, y: 4 },
      });
    expect(await entryLabels('main')).toEqual([
      'Asset Dashboard',
      'Lifecycle Chart',
      'Lifecycle Chart',
    ]);
    await entries('main').first().dragTo(region('header'));

    expect(await entryLabels('header')).toEqual([
      'Asset Dashboard',
      'Asset Dashboard',
    ]);
    await entries('header').nth(1).locator('[data-action="select"]').click();
    await page.getByRole('button', { name: 'Remove' }).click();
    await entries('main').nth(0).locator('[data-action="select"]').click();
    await metric().selectOption('Quantity');
    await entries('main').nth(1).locator('[data-action="select"]').click();
    await metric().selectOption('MRR');
    expect(
      await region('main').locator('.entry-summary').allInnerTexts(),
    ).toEqual([
      'Metric: Quantity · Show Date Range Control: On',
      'Metric: MRR · Show Date Range Control: On',
    ]);
    await screenshot(page, 'page-editor');

    await page.getByRole('button', { name: 'Save' }).click();
    const version = await savedVersion();
    await page.getByRole('button', { name: 'Activate', exact: true }).click();
    await status().getByText('Active').waitFor();

    const row = page.locator(
      `builder-page-versions tr[data-version="${version}"]`,
    );
    await expect(row.locator('.slds-badge').innerText()).resolves.toBe(
      'Active',
    );
    await expectActive(version);
  });

  it('previews the page with a record the admin picks', async () => {
    await page.getByRole('tab', { name: 'Preview' }).click();
    const charts = page.locator(
      'builder-page-layout calm-lifecycle-chart canvas',
    );
    await charts.nth(1).waitFor();

    const picker = page.getByRole('combobox', {
      name: 'Preview with record',
    });
    await expect(picker.inputValue()).resolves.toBe(String(pick.asset.Name));
    await screenshot(page, 'page-editor-preview');
    await page.getByRole('tab', { name: 'Layout' }).click();
  });

  it('shows the activated page on the asset, also after a reload', async () => {
    const rep = await openBrowser();
    try {
      await expectComposedPage(rep.page);
      await screenshot(rep.page, 'composed-asset-page');
      await rep.page.reload();
      await expectComposedPage(rep.page);
    } finally {
      await rep.close();
    }
  });

  it('builds the same page with the keyboard only', async () => {
    await openEditor();
    const select = (name: string, index: number) =>
      entries(name).nth(index).locator('[data-action="select"]');
    const focused = () =>
      page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) {
          element = element.shadowRoot.activeElement;
        }
        return element?.outerHTML.slice(0, 200) ?? '';
      });

    for (const name of ['header', 'main', 'sidebar']) {
      if ((await entries(name).count()) === 0) continue;
      await select(name, 0).focus();
      while ((await entries(name).count()) > 0) {
        await page.keyboard.press('Delete');
      }
    }
    const target = page.getByLabel('Add components to');
    await target.focus();
    await page.keyboard.type('H');
    await page
      .getByRole('button', { name: 'Add Asset Dashboard to Header' })
      .press('Enter');
    await target.focus();
    await page.keyboard.type('R');
    await page
      .getByRole('button', { name: 'Add Invoice Lines to Right Sidebar' })
      .press('Enter');
    await target.focus();
    await page.keyboard.type('M');
    const addChart = page.getByRole('button', {
      name: 'Add Lifecycle Chart to Main',
    });
    await addChart.press('Enter');
    await addChart.press('Enter');
    await expect(announcement().innerText()).resolves.toContain(
      'Lifecycle Chart added to Main, position 2 of 2.',
    );
    await chooseMetric('MRR');

    await select('main', 1).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(announcement().innerText()).resolves.toContain(
      'Lifecycle Chart moved to Main, position 1 of 2.',
    );
    await page.keyboard.press('Control+z');
    expect(
      await region('main').locator('.entry-summary').allInnerTexts(),
    ).toEqual([
      'Metric: Quantity · Show Date Range Control: On',
      'Metric: MRR · Show Date Range Control: On',
    ]);

    await select('sidebar', 0).focus();
    await page.keyboard.press('Enter');
    const limit = page.getByLabel('Lines Shown');
    await limit.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('0');
    await page.getByText('Lines Shown must be at least 1.').first().waitFor();
    await expect(
      page.getByRole('button', { name: 'Save' }).isDisabled(),
    ).resolves.toBe(true);
    await screenshot(page, 'page-editor-invalid');
    await page.keyboard.press('Control+z');
    await expect(limit.inputValue()).resolves.toBe('5');

    await select('sidebar', 0).focus();
    await page.keyboard.press('Escape');
    const label = page.getByLabel('Label');
    await label.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Lifecycle overview');
    await page.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    const version = await savedVersion();
    expect(await focused()).toContain('data-control="activate"');
    await page.keyboard.press('Enter');
    await status().getByText('Active').waitFor();
    await screenshot(page, 'page-editor-keyboard');

    const active = await expectActive(version);
    expect(active.label).toBe('Lifecycle overview');
    expect(await focused()).toContain('data-status');
    await expectComposedPage(page);
  });

  it('shows the API’s errors next to the component they name', async () => {
    await openEditor();
    await page.getByLabel('Label').fill('Lifecycle overview, again');
    await page.route('**/ui-pages/Asset', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify([
              {
                errorCode: 'INVALID_INPUT',
                message: 'Lifecycle Chart cannot be placed on this page.',
                fields: ['regions.main[1].component'],
              },
            ]),
          })
        : route.continue(),
    );

    await page.getByRole('button', { name: 'Save' }).click();
    const notSaved: Locator = entries('main')
      .nth(1)
      .locator('calm-error-panel');
    await notSaved.getByText('Lifecycle Chart cannot be placed').waitFor();

    await expect(
      entries('main').nth(0).locator('calm-error-panel').count(),
    ).resolves.toBe(0);
    await expect(status().innerText()).resolves.not.toMatch(/saved/);
    await screenshot(page, 'page-editor-api-error');
    await page.unroute('**/ui-pages/Asset');
  });
});
