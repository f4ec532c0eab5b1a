/** Accessibility and layout on the fixture dataset: axe-core, keyboard, touch, sizes. */
import { test, expect } from '@playwright/test';
import { axe, clickHost, hostPoint, hoverHost, mapToTop, watchConsole } from './helpers';
import { fixture, openFixture } from './fixture';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${colorScheme}`, () => {
    test.use({ colorScheme });
    // axe walks every path of the map: slow on two cores.
    test.describe.configure({ timeout: 90_000 });

    test('the full page; then with a panel open, the tooltip shown, another year and the key dates open', async ({ page }) => {
      await openFixture(page);
      expect((await axe(page).analyze()).violations).toEqual([]);
      await clickHost(page, 'CHN');
      await expect(page.locator('section.panel h2')).toHaveText('China');
      await page.locator('input.year-slider').focus();
      await page.keyboard.press('ArrowLeft');
      await expect(page.locator('#legend-title')).toHaveText('DPRK workers as of 2019');
      await page.locator('.year-events summary').click();
      await expect(page.locator('.year-events li').first()).toBeVisible();
      await expect((await hoverHost(page, 'RUS')).locator('.tooltip-title')).toHaveText('Russia');
      expect((await axe(page).analyze()).violations).toEqual([]);
    });

    test('the table, sorted', async ({ page }) => {
      await openFixture(page);
      await page.getByRole('link', { name: 'View as table' }).click();
      await page.locator('#data-table th').filter({ hasText: 'Host' }).getByRole('button').click();
      await expect(page.locator('#table-caption')).toHaveText('All 7 hosts as of 2020, sorted by host, ascending');
      await expect(page.locator('#data-table tbody th')).toHaveText(['Abkhazia (Georgia)', 'China', 'Indonesia', 'Mongolia', 'Poland', 'Russia', 'الجزائر']);
      expect((await axe(page).include('#data-table-section').analyze()).violations).toEqual([]);
    });
  });
}

test('keyboard only: Tab to the map, arrows and letters move, Enter opens, Escape closes and returns focus', async ({ page }) => {
  const log = watchConsole(page);
  await openFixture(page);
  const inMap = () => page.evaluate(() => document.activeElement?.closest('svg.map') != null);
  let tabs = 0;
  while (!(await inMap()) && tabs < 20) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  expect(tabs).toBeLessThan(20);
  const focusedHost = () => page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.host);
  // The first host by name takes the one tab stop; focus shows its tooltip and a ring.
  expect(await focusedHost()).toBe('GE-AB');
  await expect(page.getByRole('tooltip').locator('.tooltip-title')).toHaveText('Abkhazia (Georgia)');
  await page.keyboard.press('ArrowRight');
  await expect.poll(focusedHost).not.toBe('GE-AB');
  await expect(page.getByRole('tooltip').locator('.tooltip-title')).not.toHaveText('Abkhazia (Georgia)');
  // The focus ring: the hover outline, drawn thicker for the keyboard.
  await expect(page.locator('svg.map-overlay path.outline-hover.is-focus')).toHaveAttribute('d', /^M/);
  const ring = await page.evaluate(() => getComputedStyle(document.querySelector('.outline-hover.is-focus')!).getPropertyValue('--o-width'));
  expect(parseFloat(ring)).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('r');
  await expect.poll(focusedHost).toBe('RUS');
  await expect(page.getByRole('tooltip').locator('.tooltip-figure')).toHaveText('30,023 valid work permits in December 2017');
  await page.keyboard.press('Enter');
  await expect(page.locator('section.panel h2')).toHaveText('Russia');
  await expect(page.locator('[aria-live="polite"]')).toHaveText('Selected Russia: 30,023 valid work permits in December 2017, present. Details are shown.');
  await page.locator('.panel-close').focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('section.panel')).toHaveCount(0);
  await expect(page.locator('[aria-live="polite"]')).toHaveText('Details closed.');
  await expect.poll(focusedHost).toBe('RUS');
  expect(log).toEqual([]);
});

test('a host the prerendered page did not know is reached by its letter like any other', async ({ page }) => {
  // Keyboard targets need a shape's centre (data-c), which the prerender writes for every shape.
  // A dataset newer than the page (rendered afresh): Egypt was not a host when the page was built.
  const data = fixture();
  data.hosts.push({ ...data.hosts.find((h: { id: string }) => h.id === 'DZA'), id: 'EGY', iso3: 'EGY', isoNumeric: '818', name: 'Egypt' });
  await openFixture(page, './', data);
  await expect(page.locator('svg.map path[data-host="EGY"]')).toHaveAttribute('aria-label', 'Egypt: workers reported, presence unconfirmed');
  await page.locator('svg.map path[data-host="CHN"]').focus();
  await page.keyboard.press('e');
  await expect.poll(() => page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.host)).toBe('EGY');
  await expect(page.getByRole('tooltip').locator('.tooltip-title')).toHaveText('Egypt');
});

test('the map is one tab stop: Tab from a focused country leaves the map', async ({ page }) => {
  // The hover outline is a path of its own: nothing focusable is cloned into the map.
  await openFixture(page);
  await page.locator('svg.map path[data-host="RUS"]').focus();
  await expect(page.getByRole('tooltip').locator('.tooltip-title')).toHaveText('Russia');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('svg.map') == null)).toBe(true);
});

test.describe('touch on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap opens the panel below the map, a tap on the sea closes it; controls are 24 px or more, markers 10', async ({ page }) => {
    await openFixture(page);
    await page.locator('svg.map').scrollIntoViewIfNeeded();
    const p = await hostPoint(page, 'CHN');
    await page.touchscreen.tap(p.x, p.y);
    await expect(page.locator('section.panel h2')).toHaveText('China');
    await expect(page.locator('section.panel .panel-headline')).toHaveText('20,000 to 100,000 workers in July 2018 (the latest count as of 2020, 2 years old)');
    // The panel never covers the selected country.
    const panel = (await page.locator('section.panel').boundingBox())!;
    const china = (await page.locator('svg.map path[data-host="CHN"]').boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(china.y + china.height);
    const sizes = await page.locator('svg.map g.marker circle').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(sizes.length).toBeGreaterThanOrEqual(1);
    // On a phone's world map markers shrink (12 px across here) so they hide no other host; the tap is still
    // taken within 3 px of a host's middle, and the region views draw them 24 px across.
    for (const [w, h] of sizes) { expect(w).toBeGreaterThanOrEqual(10); expect(h).toBeGreaterThanOrEqual(10); }
    for (const el of await page.locator('.toolbar > .button, .search input, .panel-close, .year-slider, button.play').all()) {
      const b = (await el.boundingBox())!;
      expect(b.height).toBeGreaterThanOrEqual(24);
      expect(b.width).toBeGreaterThanOrEqual(24);
    }
    // Tap the Pacific, with the map at the top: the phone card is fixed at the bottom of the viewport.
    await mapToTop(page);
    const map = (await page.locator('svg.map').boundingBox())!;
    await page.touchscreen.tap(map.x + map.width * 0.02, map.y + map.height * 0.6);
    await expect(page.locator('section.panel')).toHaveCount(0);
    await expect(page.locator('svg.map [data-hover]')).toHaveCount(0);
    await expect(page.locator('svg.map-overlay .outline-hover.is-focus')).toHaveCount(0);
  });
});

for (const width of [320, 360, 768, 1440, 1920]) {
  test(`layout at ${width} px: no horizontal scrolling, text at least 12 px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openFixture(page, './?year=2017#RUS');
    await expect(page.locator('section.panel h2')).toHaveText('Russia');
    await page.locator('.year-events summary').click();
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
  });
}
