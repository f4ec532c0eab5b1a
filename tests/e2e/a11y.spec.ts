import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { clickHost, hostPoint, hoverHost, ready, watchConsole } from './helpers';

const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${colorScheme}`, () => {
    test.use({ colorScheme });
    // axe walks every path of the map and every row of the table: slow on two cores.
    test.describe.configure({ timeout: 90_000 });

    test('full app, with the details panel open and the tooltip shown', async ({ page }) => {
      await page.goto('./');
      await ready(page);
      expect((await axe(page).analyze()).violations).toEqual([]);
      await clickHost(page, 'CHN');
      await expect(page.locator('section.panel h2')).toHaveText('China');
      await hoverHost(page, 'RUS');
      expect((await axe(page).analyze()).violations).toEqual([]);
    });

    test('table view', async ({ page }) => {
      await page.goto('./');
      await ready(page);
      await page.getByRole('link', { name: 'View as table' }).click();
      await page.getByRole('button', { name: /Year/ }).click();
      await expect(page.locator('#data-table th[aria-sort]')).toHaveAttribute('aria-sort', /ascending|descending/);
      expect((await axe(page).include('#data-table-section').analyze()).violations).toEqual([]);
    });

    test('embed view, with its table open and a panel', async ({ page }) => {
      await page.goto('./embed.html#RUS');
      await ready(page);
      await page.locator('.embed-table summary').click();
      await expect(page.locator('section.panel h2')).toHaveText('Russia');
      expect((await axe(page).analyze()).violations).toEqual([]);
    });
  });
}

test('keyboard only: Tab to the map, arrows and letters to China, Enter opens, Escape closes and returns focus', async ({ page }) => {
  const log = watchConsole(page);
  await page.goto('./');
  await ready(page);
  let tabs = 0;
  while (!(await page.evaluate(() => document.activeElement?.closest('svg.map') !== null)) && tabs < 15) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  expect(tabs).toBeLessThan(15);
  const focusedHost = () => page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.host);
  const first = await focusedHost();
  expect(first).toBeTruthy();
  await expect(page.getByRole('tooltip')).toBeVisible();
  // Arrows move between countries, with a visible focus ring and the tooltip following.
  await page.keyboard.press('ArrowRight');
  expect(await focusedHost()).not.toBe(first);
  const ring = await page.evaluate(() => getComputedStyle(document.querySelector('.outline-hover')!).strokeWidth);
  expect(parseFloat(ring)).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < 5 && (await focusedHost()) !== 'CHN'; i++) await page.keyboard.press('c');
  expect(await focusedHost()).toBe('CHN');
  await expect(page.getByRole('tooltip')).toContainText('China');
  await page.keyboard.press('Enter');
  await expect(page.locator('section.panel h2')).toHaveText('China');
  await expect(page.locator('[aria-live="polite"]')).toContainText('Selected China');
  // Into the panel and out again with Escape.
  await page.locator('.panel-close').focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('section.panel')).toHaveCount(0);
  expect(await focusedHost()).toBe('CHN');
  // No trap: Tab leaves the map.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('svg.map') === null)).toBe(true);
  expect(log).toEqual([]);
});

test.describe('touch on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('tapping a country opens its panel below the map, tapping the sea closes it', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    await page.locator('svg.map').scrollIntoViewIfNeeded();
    const p = await hostPoint(page, 'CHN');
    await page.touchscreen.tap(p.x, p.y);
    await expect(page.locator('section.panel h2')).toHaveText('China');
    // The panel never covers the selected country.
    const panel = (await page.locator('section.panel').boundingBox())!;
    const china = (await page.locator('svg.map path[data-host="CHN"]').boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(china.y + china.height);
    const legend = (await page.locator('.legend').boundingBox())!;
    expect(legend.y).toBeGreaterThanOrEqual(china.y + china.height);
    // Tap the Pacific.
    const map = (await page.locator('svg.map').boundingBox())!;
    await page.touchscreen.tap(map.x + map.width * 0.02, map.y + map.height * 0.6);
    await expect(page.locator('section.panel')).toHaveCount(0);
    // Nothing stays highlighted after the tap: no hover mark, no focus ring.
    await expect(page.locator('svg.map .is-hover')).toHaveCount(0);
    await expect(page.locator('svg.map .outline-hover.is-focus')).toHaveCount(0);
  });

  test('markers and controls are at least 24 by 24 CSS px', async ({ page }) => {
    await page.goto('./#CHN');
    await ready(page);
    const sizes = await page.locator('svg.map g.marker circle').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    for (const [w, h] of sizes) { expect(w).toBeGreaterThanOrEqual(23.5); expect(h).toBeGreaterThanOrEqual(23.5); }
    await expect(page.locator('.panel-close')).toBeVisible();
    for (const el of await page.locator('.toolbar > .button, .search input, .sort, .panel-close').all()) {
      const b = (await el.boundingBox())!;
      expect(b.height).toBeGreaterThanOrEqual(24);
      expect(b.width).toBeGreaterThanOrEqual(24);
    }
  });
});

test('small hosts get markers that behave like the country: Qatar, Singapore, Malta; Bahrain is found by search', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  for (const [id, name] of [['QAT', 'Qatar'], ['SGP', 'Singapore'], ['MLT', 'Malta']]) {
    const tooltip = await hoverHost(page, id);
    await expect(tooltip).toContainText(name);
  }
  await expect(page.locator('svg.map g.marker[data-host="QAT"]')).toHaveAttribute('aria-label', /^Qatar: /);
  await clickHost(page, 'QAT');
  await expect(page.locator('section.panel h2')).toHaveText('Qatar');
  // No source reports DPRK workers in Bahrain, so it has no marker; the search still finds it.
  await expect(page.locator('svg.map [data-host="BHR"]')).toHaveCount(0);
  const search = page.getByRole('combobox', { name: 'Find a country' });
  await search.fill('bahr');
  await page.keyboard.press('Enter');
  await expect(page.locator('section.panel h2')).toHaveText('Bahrain');
  await expect(page.locator('section.panel')).toContainText('No DPRK workers are reported');
});

test('the search box selects a country with the keyboard', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const search = page.getByRole('combobox', { name: 'Find a country' });
  await search.fill('united');
  await expect(page.getByRole('listbox')).toBeVisible();
  await expect(page.getByRole('option').first()).toHaveText('United Arab Emirates');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.locator('section.panel h2')).toHaveText('United Arab Emirates');
  await expect(page).toHaveURL(/#ARE$/);
});

for (const width of [320, 360, 768, 1440, 1920]) {
  test(`layout at ${width} px: no horizontal scrolling, text at least 12 px`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await ready(page);
    await clickHost(page, 'RUS');
    await expect(page.locator('section.panel h2')).toHaveText('Russia');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const smallest = await page.evaluate(() => {
      let min = Infinity;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim() || el.closest('.visually-hidden, [hidden], svg')) continue;
        if (el.getClientRects().length === 0) continue;
        min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
      }
      return min;
    });
    expect(Number.isFinite(smallest), 'some visible text was measured').toBe(true);
    expect(smallest).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: info.outputPath(`layout-${width}.png`), fullPage: false });
  });
}
