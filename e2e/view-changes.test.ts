import type { Page } from 'playwright-core';

import {
  api,
  open,
  describeInBrowser,
  eventually,
  findAsset,
  screenshot,
  type AssetPick,
  type List,
} from './support/calm';
import { chartSnapshot, reachCharts } from './support/charts';
import { openBrowser, type Browser } from './support/chromium';

const PERIOD_DOTS = 1;
const ACTION_DOTS = 2;

const dayInZone = (iso: unknown, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(String(iso)));

describeInBrowser('View Changes and an asset action', () => {
  let browser: Browser;
  let page: Page;
  let pick: AssetPick;
  let timeZone: string;

  const rows = () => page.locator('calm-asset-changes-list tbody tr');

  beforeAll(async () => {
    ({ timeZone } = await api<{ timeZone: string }>(
      '/asset-management/settings',
    ));
    pick = await findAsset(({ actions }) => {
      const days = new Set(
        actions.map((a) => dayInZone(a.ActionDate, timeZone)),
      );
      return actions.length >= 4 && days.size >= 4;
    });
    browser = await openBrowser();
    page = browser.page;
    await open(page, `/lightning/r/Asset/${pick.asset.Id}/changes`);
    await rows().first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists every asset action of the asset', async () => {
    await page.locator('calm-lifecycle-chart canvas').nth(1).waitFor();

    expect(await rows().count()).toBe(pick.actions.length);
    await screenshot(page, 'view-changes');
  });

  it('narrows the list and the charts to a date range', async () => {
    const days = pick.actions
      .map((a) => dayInZone(a.ActionDate, timeZone))
      .sort();
    const [from, to] = [days[1]!, days[days.length - 2]!];
    const expected = days.filter((day) => day >= from && day <= to).length;
    const canvas = page.locator('calm-lifecycle-chart canvas').first();
    await reachCharts(page);
    const before = (await chartSnapshot(canvas))!;

    await page.locator('calm-date-range-control input[name="from"]').fill(from);
    await page.locator('calm-date-range-control input[name="to"]').fill(to);
    await page.getByRole('button', { name: 'Apply' }).click();
    await eventually(
      async () => (await rows().count()) === expected,
      `${expected} rows from ${from} to ${to}`,
    );

    expect(expected).toBeLessThan(pick.actions.length);
    expect(await rows().count()).toBe(expected);
    const after = (await chartSnapshot(canvas))!;
    expect(after.counts[ACTION_DOTS]).toBe(expected);
    expect(after.counts[PERIOD_DOTS]).toBeLessThanOrEqual(
      before.counts[PERIOD_DOTS]!,
    );
    expect(after.max - after.min).toBeLessThan(before.max - before.min);
    expect(new URL(page.url()).searchParams.get('from')).toBe(from);
    await screenshot(page, 'view-changes-date-range');
  });

  it('follows an asset action to the sources on its Related tab', async () => {
    const link = rows().first().locator('th a');
    const href = (await link.getAttribute('href'))!;
    const actionId = href.match(/AssetAction\/(\w+)\//)![1]!;
    const action = pick.actions.find((each) => each.Id === actionId)!;
    const sources = (action.AssetActionSources as List).records;

    await link.click();
    await page.waitForURL(/\/lightning\/r\/AssetAction\//);
    await page.getByRole('tab', { name: 'Related' }).click();
    const sourceRows = page.locator('calm-action-source-list tbody tr');
    await sourceRows.first().waitFor();

    expect(new URL(page.url()).searchParams.get('tab')).toBe('related');
    expect(await sourceRows.count()).toBe(sources.length);
    const first = sources[0]!;
    const reference = String(first.ReferenceEntityItemId ?? '');
    const sourceCell = sourceRows.first().locator('th');
    if (reference.startsWith('802')) {
      const item = await api(`/sobjects/OrderItem/${reference}`);
      const order = await api(`/sobjects/Order/${item.OrderId}`);
      await expect(sourceCell.innerText()).resolves.toContain(
        `Order ${order.OrderNumber}`,
      );
    } else if (reference.startsWith('1WL')) {
      const item = await api(`/sobjects/WorkOrderLineItem/${reference}`);
      await expect(sourceCell.innerText()).resolves.toContain(
        `Line item ${item.LineItemNumber}`,
      );
    } else {
      await expect(sourceCell.innerText()).resolves.toContain(
        String(first.ExternalReference),
      );
    }
    const loading = page.locator(
      'calm-action-source-reference [role="status"]',
    );
    await eventually(
      async () => (await loading.count()) === 0,
      'the records the sources refer to',
    );
    await screenshot(page, 'asset-action-related');
  });

  it('shows the asset action’s fields on its Details tab', async () => {
    await page.getByRole('tab', { name: 'Details' }).click();

    await expect(
      page
        .locator('calm-asset-action-page [data-field="CategoryEnum"]')
        .innerText(),
    ).resolves.toContain('Business Category');
    expect(new URL(page.url()).searchParams.get('tab')).toBe('details');
    await screenshot(page, 'asset-action-details');
  });
});
