/**
 * The first script (public/first.js): the prerendered map answers hover, focus and a click while
 * the application's bundle has not arrived, and steps aside once the application has started.
 * The bundle is held by the route until the test lets it go, so "before" is not a race.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { hostPoint, ready, watchConsole } from './helpers';

async function holdBundle(page: Page) {
  const held: Route[] = [];
  let release: (() => void) | null = null;
  const released = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/assets\/(index|embed)-[^/]+\.js$/, async (route) => {
    held.push(route);
    await released;
    await route.continue();
  });
  return { release: () => release?.(), held };
}

/**
 * The first script is async: it can run after the held bundle's request, and after a first
 * pointer move or focus. Repeats the input (each time a real one) until its tooltip answers.
 */
async function untilTooltip(page: Page, input: (n: number) => Promise<void>) {
  let n = 0;
  await expect.poll(async () => {
    await input((n += 1));
    return page.getByRole('tooltip').count();
  }).toBe(1);
}
const hoverUntilTooltip = (page: Page, id: string) => untilTooltip(page, async (n) => {
  const p = await hostPoint(page, id);
  await page.mouse.move(p.x, p.y + (n % 2));
});

/**
 * The page is opened at its first bytes: the stylesheet can arrive after the map, and moves it.
 * Points on the map are taken once it applies (the map's frame gets its rounded corners from it).
 */
async function stylesApplied(page: Page) {
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.querySelector('.map-frame')!).borderTopLeftRadius)).toBe('8px');
}

const labelOf = (page: Page, id: string) => page.locator(`svg.map path[data-host="${id}"][aria-label], svg.map g.marker[data-host="${id}"]`).first().getAttribute('aria-label');

test('before the application arrives, a hover shows the country and what it shows, and a click selects it', async ({ page }) => {
  const log = watchConsole(page);
  const bundle = await holdBundle(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.locator('svg.map path[data-host="CHN"]')).toBeAttached();
  await expect.poll(() => bundle.held.length).toBe(1);
  expect(await page.evaluate(() => document.getElementById('app')!.hasAttribute('data-ready'))).toBe(false);

  const label = (await labelOf(page, 'CHN'))!;
  await stylesApplied(page);
  const china = await hostPoint(page, 'CHN');
  await hoverUntilTooltip(page, 'CHN');
  const tip = page.getByRole('tooltip');
  await expect(tip.locator('.tooltip-title')).toHaveText('China');
  await expect(tip.locator('.tooltip-figure')).toHaveText(label.slice('China: '.length));

  // Off the map, the tooltip goes.
  await page.mouse.move(2, 2);
  await expect(tip).toHaveCount(0);

  const russia = await hostPoint(page, 'RUS');
  await page.mouse.click(russia.x, russia.y);
  await expect(page).toHaveURL(/#RUS$/);

  // The application starts on the country chosen before it arrived, and the first script steps aside.
  bundle.release();
  await ready(page);
  await expect(page.locator('#panel-title')).toHaveText('Russia');
  await page.mouse.move(china.x, china.y);
  await expect(tip).toHaveCount(1);
  await expect(tip).toHaveAttribute('id', 'map-tooltip');
  expect(log).toEqual([]);
});

test('before the application arrives, Tab reaches the map and focus shows the tooltip', async ({ page }) => {
  const bundle = await holdBundle(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.locator('svg.map [data-host][tabindex="0"]')).toBeAttached();
  await expect.poll(() => bundle.held.length).toBe(1);
  const first = page.locator('svg.map [data-host][tabindex="0"]');
  const name = (await first.getAttribute('aria-label'))!.split(': ')[0];
  await untilTooltip(page, async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await first.focus();
  });
  await expect(page.getByRole('tooltip').locator('.tooltip-title')).toHaveText(name);
  await page.locator('h1').click();
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  bundle.release();
  await ready(page);
});

test('in the embed, a click before the application keeps the loader token in the fragment', async ({ page }) => {
  const bundle = await holdBundle(page);
  await page.goto('embed.html#&embed-token=abc123', { waitUntil: 'commit' });
  await expect(page.locator('svg.map path[data-host="RUS"]')).toBeAttached();
  await expect.poll(() => bundle.held.length).toBe(1);
  const before = await page.evaluate(() => history.length);
  await stylesApplied(page);
  const russia = await hostPoint(page, 'RUS');
  // Its tooltip says the first script is listening.
  await hoverUntilTooltip(page, 'RUS');
  await expect(page.getByRole('tooltip').locator('.tooltip-title')).toHaveText('Russia');
  await page.mouse.click(russia.x, russia.y);
  await expect(page).toHaveURL(/#RUS&embed-token=abc123$/);
  expect(await page.evaluate(() => history.length)).toBe(before);
  bundle.release();
  await ready(page);
});
