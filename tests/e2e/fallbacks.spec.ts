import { expect, test } from '@playwright/test';
import { ready } from './helpers';

// What a reader sees when a stylesheet or the script does not arrive.
test('without the stylesheet, coloured hosts keep their class colours and no country is black', async ({ page }) => {
  let blocked = 0;
  await page.route('**/*.css', (route) => { blocked++; return route.abort(); });
  await page.goto('./');
  await ready(page);
  expect(blocked).toBeGreaterThan(0);
  const fills = await page.$$eval('svg.map path[data-shape]', (paths) => paths.map((p) => getComputedStyle(p).fill));
  expect(fills.length).toBeGreaterThan(150);
  expect(fills.filter((f) => f === 'rgb(0, 0, 0)')).toEqual([]);
  const hostFills = await page.$$eval('svg.map path[data-host][class*="c-bin-"]', (paths) => paths.map((p) => getComputedStyle(p).fill));
  expect(hostFills.length).toBeGreaterThan(0);
  expect(new Set(hostFills).size).toBeGreaterThan(1);
  for (const f of hostFills) expect(f).not.toBe('rgb(230, 227, 220)');
});

test('without the script, the controls that need it are hidden and the map and table are there', async ({ page }) => {
  await page.route('**/assets/*.js', (route) => route.abort());
  const failed = page.waitForEvent('requestfailed', (r) => r.url().endsWith('.js'));
  await page.goto('./');
  await failed;
  await expect(page.locator('svg.map path[data-shape]').first()).toBeVisible();
  await expect(page.locator('.search')).toBeHidden();
  await expect(page.locator('.year-control')).toBeHidden();
  await expect(page.locator('#data-table')).toBeVisible();
});
