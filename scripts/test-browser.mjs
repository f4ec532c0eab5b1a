/**
 * Which Chromium the browser tests run in: CHROMIUM_PATH if set; else Debian's Chromium headless
 * shell (package chromium-headless-shell, the same Chromium release as the chromium package and
 * what Playwright itself runs for headless tests) when it is installed, because it opens a page in
 * about half the time of the full browser's headless mode (measured: new page 180 against 450 ms,
 * load 280 against 580 ms); else the full browser, /usr/bin/chromium. The bench always measures the
 * full browser (bench/run.ts).
 */
import { existsSync } from 'node:fs';

export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const FULL_BROWSER = '/usr/bin/chromium';

export function testChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_BROWSER;
}
