/** The map on the fixture dataset (tests/e2e/fixture.ts says what it holds), as of its last year, 2020. */
import { test, expect } from '@playwright/test';
import { clickHost, hoverHost, ready, watchConsole } from './helpers';
import { openFixture, serveDataset } from './fixture';
import { SUB_PATH_SITE } from '../../playwright.config';

test.describe('the map, on the fixture', () => {
  test('hovering a host says its figure, what it counts, its date, on whose word, its status and sources', async ({ page }) => {
    const log = watchConsole(page);
    await openFixture(page);
    let tooltip = await hoverHost(page, 'CHN');
    await expect(tooltip.locator('.tooltip-title')).toHaveText('China');
    await expect(tooltip.locator('.tooltip-figure')).toHaveText('20,000 to 100,000 workers in July 2018');
    await expect(tooltip.locator('.tooltip-basis')).toHaveText('the latest count as of 2020, 2 years old. On the word of the United Nations');
    await expect(tooltip).toContainText('Also: 3,000 sent between January 2020 and May 2020; 50,000 workers in 2016');
    await expect(tooltip).toContainText('Status: Present since 2016');
    await expect(tooltip).toContainText('Industries: seafood processing');
    await expect(tooltip.locator('.tooltip-sources')).toHaveText('Sources: Fixture Panel, 2020');

    // A permits figure is labelled as permits.
    tooltip = await hoverHost(page, 'RUS');
    await expect(tooltip.locator('.tooltip-title')).toHaveText('Russia');
    await expect(tooltip.locator('.tooltip-figure')).toHaveText('30,023 valid work permits in December 2017');
    await expect(tooltip.locator('.tooltip-basis')).toHaveText('the latest count as of 2020, 3 years old. On the word of a government’s own report');

    // Only a departed figure: no number on the map, the departure as context.
    tooltip = await hoverHost(page, 'POL');
    await expect(tooltip.locator('.tooltip-title')).toHaveText('Poland');
    await expect(tooltip.locator('.tooltip-figure')).toHaveText('workers being sent home, number unknown');
    await expect(tooltip.locator('.tooltip-basis')).toHaveCount(0);
    await expect(tooltip).toContainText('Also: 300 left or were sent home by 2018');
    await expect(tooltip).toContainText('Status: Winding down since 2016');

    // A territory, drawn as a marker inside the country it lies in.
    await expect(page.locator('svg.map g.marker[data-host="GE-AB"]')).toHaveClass(/\bc-bin-0\b/);
    tooltip = await hoverHost(page, 'GE-AB');
    await expect(tooltip.locator('.tooltip-title')).toHaveText('Abkhazia (Georgia)');
    await expect(tooltip.locator('.tooltip-figure')).toHaveText('400 workers in October 2017');

    // Present in 2015, withdrawn from 2019: withdrawn in 2020, its old count is history.
    tooltip = await hoverHost(page, 'MNG');
    await expect(tooltip.locator('.tooltip-figure')).toHaveText('workers withdrawn');
    await expect(tooltip).toContainText('Status: Withdrawn or expelled since March 2019');
    expect(log).toEqual([]);
  });

  test('a country without data: its name and no figure, in the tooltip and the panel', async ({ page }) => {
    await openFixture(page);
    await page.locator('svg.map path[data-shape="076"]').hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip.locator('.tooltip-title')).toHaveText('Brazil');
    await expect(tooltip.locator('.tooltip-empty')).toHaveText('No DPRK workers reported in this dataset.');
    await expect(tooltip).not.toContainText(/\d/);
    await page.locator('svg.map path[data-shape="076"]').click();
    const panel = page.locator('section.panel');
    await expect(panel.locator('h2')).toHaveText('Brazil');
    await expect(panel).toContainText('No DPRK workers are reported here in this dataset.');
    await expect(panel.locator('table, ol.sources')).toHaveCount(0);
  });

  test('clicking pins the details: status over time, every figure, and citations as real links', async ({ page }) => {
    await openFixture(page);
    await clickHost(page, 'MNG');
    const panel = page.locator('section.panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Mongolia');
    await expect(page).toHaveURL(/#MNG$/);
    await expect(panel.locator('.panel-headline')).toHaveText('workers withdrawn');
    await expect(panel.locator('ol.status-history > li')).toHaveText(['2015: Present [1]', 'March 2019: Withdrawn or expelled [2]']);
    await expect(panel.locator('table.history tbody tr')).toHaveCount(1);
    await expect(panel.locator('table.history tbody tr').first().locator('th, td')).toHaveText(['June 2015', /^1,200 workers in June 2015\s*Copy citation/, 'a government’s own report', '[1]']);
    await expect(panel.locator('dl.facts')).toContainText('construction and textiles and garments');
    const sources = panel.locator('ol.sources > li');
    await expect(sources).toHaveCount(2);
    await expect(sources.first()).toContainText('Fixture Ministry of Labour. Fixture labour statistics. December 2015. primary document gov.example.mn');
    await expect(sources.first()).toContainText('copy read at archive.example.org');
    await expect(sources.first()).toContainText('Fixture Archive');
    const hrefs = await panel.locator('ol.sources a').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['https://gov.example.mn/stats', 'http://archive.example.org/mn-stats', 'https://gov.example.mn/notice']);
    for (const link of await panel.locator('ol.sources a').all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  test('every host on the map has an accessible name with its figure and date', async ({ page }) => {
    await openFixture(page);
    const names = await page.locator('svg.map [data-host][role="button"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).sort());
    expect(names).toEqual([
      'Abkhazia: 400 workers in October 2017, present',
      'China: 20,000 to 100,000 workers in July 2018, present',
      'Indonesia: DPRK-run restaurants, no worker count',
      'Mongolia: workers withdrawn',
      'Poland: workers being sent home, number unknown',
      'Russia: 30,023 valid work permits in December 2017, present',
      'الجزائر: workers reported, presence unconfirmed',
    ].sort());
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every host is filled like its legend swatch, and unlike a country without data (${colorScheme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await openFixture(page);
      const fills = await page.evaluate(() => {
        // An old figure's hatch (url(#stale-bin-N)) counts by the colour of its stripe, its class's colour.
        const fill = (el: Element) => {
          const value = getComputedStyle(el).fill;
          const hatch = /^url\("?#(stale-[\w-]+)"?\)$/.exec(value);
          return hatch ? getComputedStyle(document.querySelector(`#${hatch[1]} rect:last-child`)!).fill : value;
        };
        const swatch = new Map([...document.querySelectorAll('.legend li[data-class] .swatch rect')].map((r) => [r.getAttribute('class')!, fill(r)]));
        const mapClass = (el: Element) => [...el.classList].find((c) => c.startsWith('c-'))!;
        const hosts = [
          ...[...document.querySelectorAll('svg.map path[data-host]')].map((p) => ({ el: p, fillEl: p })),
          ...[...document.querySelectorAll('svg.map g.marker[data-host]')].map((g) => ({ el: g, fillEl: g.querySelector('circle')! })),
        ].map(({ el, fillEl }) => ({ id: (el as SVGElement).dataset.host!, cls: mapClass(el), fill: fill(fillEl), legend: swatch.get(mapClass(el)) }));
        return { hosts, none: fill(document.querySelector('svg.map path[data-shape="076"]')!), legendNone: swatch.get('c-none') };
      });
      expect(fills.hosts.map((h) => `${h.id} ${h.cls}`).sort()).toEqual(
        ['CHN c-bin-4', 'DZA c-unknown', 'GE-AB c-bin-0', 'IDN c-restaurants', 'MNG c-withdrawn', 'POL c-unknown', 'RUS c-bin-4'],
      );
      expect(fills.legendNone).toBeTruthy();
      expect(fills.none).toBe(fills.legendNone);
      for (const h of fills.hosts) {
        expect(h.legend, h.id).toBeTruthy();
        expect(h.fill, h.id).toBe(h.legend);
        expect(h.fill, h.id).not.toBe(fills.none);
      }
      await context.close();
    });
  }

  test('without JavaScript the prerendered page shows the map, the legend, the table and the sources', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./');
    expect(await page.locator('svg.map path[data-shape]').count()).toBeGreaterThanOrEqual(150);
    await expect(page.locator('svg.map [data-host]').first()).toBeAttached();
    // Every class, the hatching and the marker.
    await expect(page.locator('.legend li')).toHaveCount(11);
    await expect(page.locator('.legend #legend-title')).toHaveText(/^DPRK workers as of \d{4}$/);
    expect(await page.locator('#data-table tbody tr').count()).toBeGreaterThan(0);
    await expect(page.locator('#table-caption')).toHaveText(/^All \d+ hosts as of \d{4}, sorted by figure on the map, descending$/);
    await expect(page.locator('section.about h2').first()).toBeVisible();
    await context.close();
  });

  test('works from a sub-path of a static host, with relative URLs only', async ({ page }) => {
    const log = watchConsole(page);
    await serveDataset(page);
    await page.goto(SUB_PATH_SITE);
    await ready(page);
    const tooltip = await hoverHost(page, 'RUS');
    await expect(tooltip.locator('.tooltip-figure')).toHaveText('30,023 valid work permits in December 2017');
    const urls = await page.locator('script[src], link[href]').evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? ''));
    expect(urls.length).toBeGreaterThan(1);
    for (const u of urls) expect(u).not.toMatch(/^\/|^https?:/);
    expect(log).toEqual([]);
  });
});

test.describe('selection and the URL', () => {
  test('in-page links and a malformed hash leave the page working', async ({ page }) => {
    const log = watchConsole(page);
    await openFixture(page, './#RUS');
    await expect(page.locator('section.panel h2')).toHaveText('Russia');
    await page.getByRole('link', { name: 'View as table' }).click();
    await expect(page).toHaveURL(/#data-table-section$/);
    await expect(page.locator('section.panel h2')).toHaveText('Russia');
    // A malformed escape names no host: the selection stays, and the page keeps working.
    await page.goto('./#%E0%A4%A');
    await ready(page);
    await expect(page.locator('section.panel h2')).toHaveText('Russia');
    await expect(await hoverHost(page, 'RUS')).toContainText('Russia');
    expect(log).toEqual([]);
  });

  test('the search box selects a host; Escape in it clears it and keeps the details', async ({ page }) => {
    await openFixture(page);
    const search = page.getByRole('combobox', { name: 'Find a country' });
    await search.fill('abkh');
    await expect(page.getByRole('option').first()).toHaveText('Abkhazia');
    await page.keyboard.press('Enter');
    await expect(page.locator('section.panel h2')).toHaveText('Abkhazia');
    await expect(page.locator('section.panel dl.facts')).toContainText('Part of Georgia; shown as a marker, not as a shape');
    await expect(page).toHaveURL(/#GE-AB$/);
    await search.focus();
    await search.fill('Mong');
    await expect(page.getByRole('listbox')).toBeVisible();
    // The first Escape closes the list, the second clears the box; neither closes the details.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(search).toHaveValue('Mong');
    await page.keyboard.press('Escape');
    await expect(search).toHaveValue('');
    await expect(search).toBeFocused();
    await expect(page.locator('section.panel h2')).toHaveText('Abkhazia');
  });

  test('selecting countries without data adds one history entry; back returns to the host', async ({ page }) => {
    await openFixture(page, './#CHN');
    await expect(page.locator('section.panel h2')).toHaveText('China');
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
