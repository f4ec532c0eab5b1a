#!/usr/bin/env node
/** Runs the browser tests in the system Chromium. Without it: fail in CI, skip loudly elsewhere. */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { testChromium } from './test-browser.mjs';

const chromium = testChromium();
if (!existsSync(chromium)) {
  const message = `Chromium not found at ${chromium}: install it with "apt-get update && apt-get install -y chromium chromium-headless-shell" (or set CHROMIUM_PATH).`;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    console.error(`\nERROR: ${message}\nBrowser tests cannot be skipped in CI.\n`);
    process.exit(1);
  }
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n!! BROWSER TESTS SKIPPED. ${message}\n${bar}\n`);
  process.exit(0);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
