/**
 * The table and "About the data" hydrate after the map, when the browser is idle, keeping their
 * prerendered markup (src/map/HydrateLater.tsx). Here the idle period never comes: only a press or
 * focus inside them can hydrate them, and it must do so before the click or key it leads to.
 */
import { expect, test } from '@playwright/test';
import { clickHost, hoverHost, ready } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => { window.requestIdleCallback = () => 0; });
});

test('a click in the table before it has hydrated sorts it, on the markup the page was built with', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const caption = page.locator('#table-caption');
  await expect(caption).toHaveText(/sorted by figure on the map, descending$/);
  await page.locator('#data-table').evaluate((t) => { (t as HTMLElement & { kept?: boolean }).kept = true; });
  const nameHeader = page.locator('#data-table thead button.sort').first();
  await nameHeader.scrollIntoViewIfNeeded();
  await nameHeader.click();
  await expect(caption).not.toHaveText(/sorted by figure on the map, descending$/);
  expect(await page.locator('#data-table').evaluate((t) => (t as HTMLElement & { kept?: boolean }).kept)).toBe(true);
});

test('before any press, the table is the prerendered one and stays put; the map already answers', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const caption = page.locator('#table-caption');
  const year = page.locator('input[type="range"]');
  const last = Number(await year.inputValue());
  const first = Number(await year.getAttribute('min'));
  await year.focus();
  // The first year: far enough from the last that rows change class, order and number.
  await page.keyboard.press('Home');
  await expect(page.locator('svg.map')).toHaveAttribute('data-year', String(first));
  // The table has not hydrated: it still says the year it was built for.
  await expect(caption).toContainText(`as of ${last}`);
  const built = await page.locator('#data-table tbody').innerHTML();
  await page.locator('#data-table thead button.sort').first().focus();
  await expect(caption).toContainText(`as of ${first}`);
  // Hydrated on its own markup, then moved to the year: the same table as a page opened on that year.
  const late = await page.locator('#data-table tbody').innerHTML();
  expect(late).not.toBe(built);
  const other = await page.context().newPage();
  await other.goto(`./?year=${first}`);
  await ready(other);
  await other.locator('#data-table thead button.sort').first().focus();
  await expect(other.locator('#table-caption')).toContainText(`as of ${first}`);
  expect(late).toBe(await other.locator('#data-table tbody').innerHTML());
});

test('before the idle period, a page opened on a year shows that year on the slider, the legend and the labels, and the map answers', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const slider = page.locator('input[type="range"]');
  const first = await slider.getAttribute('min');
  const builtLabels = await page.locator('svg.map .map-labels').innerHTML();
  // The map's layers, the labels, the year control and the legend have not hydrated: the year comes from the URL.
  await page.goto(`./?year=${first}`);
  await ready(page);
  await expect(slider).toHaveValue(first!);
  await expect(page.locator('.year-value')).toHaveText(first!);
  await expect(page.locator('#legend-title')).toContainText(first!);
  await expect.poll(() => page.locator('svg.map .map-labels').innerHTML()).not.toBe(builtLabels);
  const host = (await page.locator('svg.map path[data-host][role="button"]').first().getAttribute('data-host'))!;
  const tip = await hoverHost(page, host);
  await expect(tip).toBeVisible();
  await clickHost(page, host);
  await expect(page.locator('#panel-title')).toHaveText((await tip.locator('.tooltip-title').textContent())!);
});
