import { defineConfig } from '@playwright/test';
import { testChromium } from './scripts/test-browser.mjs';

/** The built site on 127.0.0.1; the same files on localhost (another origin); a parent page for embeds on a third port. */
// E2E_PORT_BASE lets two checkouts run their browser tests at once without sharing servers.
const BASE = Number(process.env.E2E_PORT_BASE ?? 4180);
export const SITE = `http://127.0.0.1:${BASE}/`;
export const SITE_OTHER_ORIGIN = `http://localhost:${BASE + 1}/`;
export const PARENT = `http://127.0.0.1:${BASE + 2}/`;
/** The repository root, so that the built site sits at a sub-path: /dist/. */
export const SUB_PATH_SITE = `http://127.0.0.1:${BASE + 3}/dist/`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  fullyParallel: true,
  // Two cores: 3 workers measured slower (44 tests: 155 s and 166 s against 136 s and 133 s with 2, runs alternated).
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: SITE,
    browserName: 'chromium',
    launchOptions: {
      executablePath: testChromium(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    { command: `node scripts/serve.mjs dist ${BASE} 127.0.0.1`, url: SITE, reuseExistingServer: !process.env.CI },
    { command: `node scripts/serve.mjs dist ${BASE + 1} localhost`, url: SITE_OTHER_ORIGIN, reuseExistingServer: !process.env.CI },
    { command: `node scripts/serve.mjs tests/fixtures ${BASE + 2} 127.0.0.1`, url: `${PARENT}health.txt`, reuseExistingServer: !process.env.CI },
    { command: `node scripts/serve.mjs . ${BASE + 3} 127.0.0.1`, url: SUB_PATH_SITE, reuseExistingServer: !process.env.CI },
  ],
});
