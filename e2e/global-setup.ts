import { chromiumMissing } from './support/chromium';
import {
  buildPages,
  startService,
  type RunningService,
} from './support/service';

declare global {
  var calmE2eService: RunningService | undefined;
}

/**
 * Builds the pages and starts one service with the demo org for every
 * browser test. Without Chromium the tests are skipped, unless
 * CALM_REQUIRE_BROWSER=1 makes its absence a failure.
 */
export default async function globalSetup() {
  const missing = chromiumMissing();

  if (missing && process.env.CALM_REQUIRE_BROWSER === '1') {
    throw new Error(`${missing}, and CALM_REQUIRE_BROWSER=1 requires it.`);
  }
  if (missing) {
    console.log(`\nBrowser tests skipped: ${missing}`);
    process.env.CALM_BROWSER_SKIPPED = missing;
    return;
  }

  buildPages();
  globalThis.calmE2eService = await startService({ demo: true });
  process.env.CALM_E2E_BASE_URL = globalThis.calmE2eService.baseUrl;
}
