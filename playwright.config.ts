import { defineConfig } from '@playwright/test';

/** The built site on 127.0.0.1; the same files on localhost (another origin); a parent page for embeds on a third port. */
export const SITE = 'http://127.0.0.1:4180/';
export const SITE_OTHER_ORIGIN = 'http://localhost:4181/';
export const PARENT = 'http://127.0.0.1:4182/';
/** The repository root, so that the built site sits at a sub-path: /dist/. */
export const SUB_PATH_SITE = 'http://127.0.0.1:4183/dist/';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: SITE,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    { command: 'node scripts/serve.mjs dist 4180 127.0.0.1', url: SITE, reuseExistingServer: !process.env.CI },
    { command: 'node scripts/serve.mjs dist 4181 localhost', url: SITE_OTHER_ORIGIN, reuseExistingServer: !process.env.CI },
    { command: 'node scripts/serve.mjs tests/fixtures 4182 127.0.0.1', url: `${PARENT}health.txt`, reuseExistingServer: !process.env.CI },
    { command: 'node scripts/serve.mjs . 4183 127.0.0.1', url: SUB_PATH_SITE, reuseExistingServer: !process.env.CI },
  ],
});
