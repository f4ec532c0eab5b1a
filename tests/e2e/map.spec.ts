import { test, expect } from '@playwright/test';
import { clickHost, hoverHost, ready, watchConsole } from './helpers';
import { SUB_PATH_SITE } from '../../playwright.config';

test.describe('the map, end to end', () => {
  test('hovering China shows its latest figure, the 80,000 of 2019, and a source', async ({ page }) => {
    const log = watchConsole(page);
    await page.goto('./');
    await ready(page);
    const tooltip = await hoverHost(page, 'CHN');
    await expect(tooltip.locator('.tooltip-title')).toHaveText('China');
    await expect(tooltip.locator('.tooltip-figure')).toHaveText('20,000 to 100,000 workers (2023)');
    await expect(tooltip).toContainText('Earlier: 50,000 to 80,000 (2019)');
    await expect(tooltip).toContainText(/Sources:\s*\S+/);
    await expect(tooltip).toContainText('Status: Present');
    expect(log).toEqual([]);
  });

  test('hovering a country without data shows its name and no workers figure', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    const brazil = page.locator('svg.map path[data-shape="076"]');
    await brazil.hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText('Brazil');
    await expect(tooltip).toContainText('No DPRK workers reported');
    await expect(tooltip).not.toContainText(/\d{2,}/);
  });

  test('clicking pins a details panel whose citations are real links that open in a new tab', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    await clickHost(page, 'RUS');
    const panel = page.locator('section.panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Russia');
    await expect(page).toHaveURL(/#RUS$/);
    const links = panel.locator('ol.sources a');
    expect(await links.count()).toBeGreaterThan(2);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('href', /^https?:\/\//);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    await expect(panel.getByRole('table')).toContainText('30,023');
  });

  test('every host on the map has an accessible name with its name and estimate', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    await expect(page.getByRole('button', { name: /^China: 20,000 to 100,000 workers \(2023\)$/ })).toBeAttached();
    const names = await page.locator('svg.map [data-host][role="button"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThanOrEqual(35);
    for (const n of names) expect(n).toMatch(/^[^:]+: (.*workers.*\(\d{4}\)|workers (present|reported|withdrawn), (number unknown|no national count|no count)|DPRK-run restaurants, no worker count)/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every host is filled like its legend swatch, and unlike a country without data (${colorScheme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto('./');
      const fills = await page.evaluate(() => {
        const fill = (el: Element) => getComputedStyle(el).fill;
        const swatch = new Map([...document.querySelectorAll('.legend .swatch rect')].map((r) => [r.getAttribute('class')!, fill(r)]));
        const hosts = [...document.querySelectorAll('svg.map path[data-host]')].map((p) => ({ id: (p as SVGElement).dataset.host!, cls: p.getAttribute('class')!, fill: fill(p), legend: swatch.get(p.getAttribute('class')!) }));
        return { hosts, none: fill(document.querySelector('svg.map path[data-shape="076"]')!), legendNone: swatch.get('c-none') };
      });
      expect(fills.hosts.length).toBeGreaterThanOrEqual(30);
      expect(fills.none).toBe(fills.legendNone);
      for (const h of fills.hosts) {
        expect(h.fill, h.id).toBe(h.legend);
        expect(h.fill, h.id).not.toBe(fills.none);
      }
      await context.close();
    });
  }

  test('the tooltip never leaves the viewport, whichever host is hovered', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 420 });
    await page.goto('./');
    await ready(page);
    const ids = await page.locator('svg.map [data-host][tabindex]').evaluateAll((els) => els.map((e) => (e as SVGElement).dataset.host!));
    expect(ids.length).toBeGreaterThanOrEqual(35);
    for (const id of ids) {
      const tooltip = await hoverHost(page, id);
      await expect(tooltip).toBeVisible();
      const t = (await tooltip.boundingBox())!;
      expect(t.x, id).toBeGreaterThanOrEqual(0);
      expect(t.y, id).toBeGreaterThanOrEqual(0);
      expect(t.x + t.width, id).toBeLessThanOrEqual(600);
      expect(t.y + t.height, id).toBeLessThanOrEqual(420);
    }
  });

  test('the page states the global estimate with sources, the dataset version and date, and about the data', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('.global-estimate')).toContainText('range from');
    await expect(page.locator('.global-estimate')).toContainText(/from 50,000 to \d{3},000\. The latest, for \d{4}, is .*\(.+, \d{4}\)/);
    await expect(page.locator('.site-footer')).toContainText(/Dataset v\d+\.\d+\.\d+, updated \d{4}-\d{2}-\d{2}/);
    const about = page.locator('section.about');
    await expect(about.getByRole('heading', { name: 'How reliable is it?' })).toBeVisible();
    await expect(about.locator('ul.totals > li')).toHaveCount(5);
    await expect(about.getByRole('link', { name: 'CSV (one row per country and year)' })).toHaveAttribute('href', 'data/dataset.csv');
    const csv = await page.request.get('data/dataset.csv');
    expect((await csv.text()).split('\r\n')[0]).toContain('host_id,host_name');
  });

  test('without JavaScript the page still shows the map, the legend, the table and the sources', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./');
    expect(await page.locator('svg.map path').count()).toBeGreaterThanOrEqual(150);
    await expect(page.locator('.legend li')).toHaveCount(9);
    expect(await page.locator('#data-table tbody tr').count()).toBeGreaterThanOrEqual(35);
    await expect(page.locator('#data-table')).toContainText('China');
    await expect(page.locator('section.about')).toContainText('Global estimates');
    await context.close();
  });

  test('works from a sub-path of a static host, with relative URLs only', async ({ page }) => {
    const log = watchConsole(page);
    await page.goto(SUB_PATH_SITE);
    await ready(page);
    const tooltip = await hoverHost(page, 'CHN');
    await expect(tooltip).toContainText('China');
    const urls = await page.locator('script[src], link[href]').evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? ''));
    for (const u of urls) expect(u).not.toMatch(/^\//);
    expect(log).toEqual([]);
  });
});

test.describe('selection and the URL', () => {
  test('the pointer over a country without data shows that country, even next to a host', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    // Germany's centre is within 20 px of Poland's and Czechia's: it must still answer as Germany.
    const p = await page.evaluate(() => {
      const el = document.querySelector<SVGPathElement>('svg.map path[data-shape="276"]')!;
      const r = el.getBoundingClientRect();
      for (let fx = 0.3; fx <= 0.7; fx += 0.1) for (let fy = 0.3; fy <= 0.7; fy += 0.1) {
        const x = r.left + r.width * fx, y = r.top + r.height * fy;
        if (document.elementFromPoint(x, y) === el) return { x, y };
      }
      return null;
    });
    expect(p).not.toBeNull();
    await page.mouse.move(p!.x, p!.y);
    await expect(page.getByRole('tooltip').locator('.tooltip-title')).toHaveText('Germany');
  });

  test('in-page links and a malformed hash leave the page working', async ({ page }) => {
    const log = watchConsole(page);
    await page.goto('./#CHN');
    await ready(page);
    await page.getByRole('link', { name: 'View as table' }).click();
    await expect(page.locator('section.panel h2')).toHaveText('China');
    await page.goto('./#%E0%A4%A');
    await ready(page);
    expect(await page.locator('svg.map path').count()).toBeGreaterThanOrEqual(150);
    expect(log).toEqual([]);
  });

  test('Escape in the search box clears it without closing the details', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    const search = page.getByRole('combobox', { name: 'Find a country' });
    await search.fill('Qat');
    await page.keyboard.press('Enter');
    await expect(page.locator('section.panel h2')).toHaveText('Qatar');
    await page.keyboard.press('Escape');
    await expect(search).toHaveValue('');
    await expect(page.locator('section.panel h2')).toHaveText('Qatar');
    await expect(search).toBeFocused();
  });

  test('selecting countries without data adds no duplicate history entries', async ({ page }) => {
    await page.goto('./#CHN');
    await ready(page);
    const length = await page.evaluate(() => history.length);
    const search = page.getByRole('combobox', { name: 'Find a country' });
    for (const name of ['Brazil', 'France']) {
      await search.fill(name);
      await page.keyboard.press('Enter');
      await expect(page.locator('section.panel h2')).toHaveText(name);
    }
    expect(await page.evaluate(() => history.length)).toBe(length + 1);
    await page.goBack();
    await expect(page.locator('section.panel h2')).toHaveText('China');
  });
});
