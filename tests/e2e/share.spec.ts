/**
 * Reuse, on the fixture dataset (version 9.1.0): the image of the current view as PNG and SVG, made
 * in the browser from the map itself, and the per-figure "Copy citation" with its permanent link.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Download, type Page } from '@playwright/test';
import { openFixture, FIXTURE_TEXT } from './fixture';
import { ready } from './helpers';
import { PARENT, SITE, SITE_OTHER_ORIGIN } from '../../playwright.config';
import { FALLBACK_FILL } from '../../src/map/palette';

const VERSION = JSON.parse(FIXTURE_TEXT).version as string;
const DATA_TITLE = JSON.parse(FIXTURE_TEXT).title as string;
const EXPORT_SCRIPT = /\/assets\/image-export-[\w-]+\.js$/;

/** The bytes of a download. */
async function bytesOf(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

/** Starts a download by clicking a button and waits for the browser to receive it. */
async function downloadBy(page: Page, name: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  return download;
}

/** The PNG's chunks: type, and the text of iTXt chunks by keyword. */
function pngChunks(png: Buffer) {
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    chunks.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  const text = new Map(chunks.filter((c) => c.type === 'iTXt').map((c) => {
    const keyword = c.data.subarray(0, c.data.indexOf(0)).toString('latin1');
    return [keyword, c.data.subarray(keyword.length + 5).toString('utf8')];
  }));
  return { types: chunks.map((c) => c.type), text };
}

/** Hex colour to the rgb() form a browser computes. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test.describe('image export', () => {
  test('SVG: a valid standalone file of the view, with the page’s classes and colours per host, and the credit', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openFixture(page, './?year=2019#CHN');
    await expect(page.locator('section.panel h2')).toHaveText('China');
    // The export's script is not part of the page load; it comes on the first click.
    expect(requests.filter((u) => EXPORT_SCRIPT.test(u))).toEqual([]);

    const download = await downloadBy(page, 'Download SVG');
    expect(download.suggestedFilename()).toBe('dprk-workers-map-2019-china.svg');
    expect(requests.filter((u) => EXPORT_SCRIPT.test(u))).toHaveLength(1);
    await expect(page.locator('.image-export [role="status"]')).toHaveText('Image ready: dprk-workers-map-2019-china.svg');
    const svg = (await bytesOf(download)).toString('utf8');

    // Parsed as XML (not HTML): a parse error would give a <parsererror> document.
    const found = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      // The fill in effect: the element's own, or (SVG inheritance) the nearest ancestor's.
      const paint = (el: Element | null) => el && { cls: el.getAttribute('class'), fill: el.closest('[fill]')?.getAttribute('fill') ?? null, mask: el.getAttribute('mask') };
      const norm = (v: string) => v.replace(/url\(\s*"?[^#)"]*(#[^)"]+)"?\s*\)/, 'url($1)');
      const onPage = (el: Element) => ({ cls: el.getAttribute('class'), fill: norm(getComputedStyle(el).fill) });
      const exported = [...root.querySelectorAll('path[id^="shape-"]')];
      const pagePaths = new Map([...document.querySelectorAll('svg.map path[data-shape]')].map((p) => [p.id, p]));
      return {
        parseError: doc.getElementsByTagName('parsererror').length,
        root: root.localName,
        namespace: root.namespaceURI,
        width: root.getAttribute('width'),
        texts: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent),
        title: root.querySelector(':scope > title')?.textContent,
        shapes: exported.map((p) => ({ id: p.id, ...paint(p)!, page: onPage(pagePaths.get(p.id)!) })),
        markers: [...root.querySelectorAll('g.marker')].map((g) => paint(g)!.cls),
        pageMarkers: [...document.querySelectorAll('svg.map g.marker')].map((g) => g.getAttribute('class')),
        markerFills: [...root.querySelectorAll('g.marker circle')].map((c) => c.getAttribute('fill') ?? c.parentElement!.getAttribute('fill')),
        pageMarkerFills: [...document.querySelectorAll('svg.map g.marker circle')].map((c) => norm(getComputedStyle(c).fill)),
        pageOnly: [...root.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => /^(tabindex|role|aria-|data-)/.test(n))),
        hoverOutline: root.querySelectorAll('.outline-hover').length,
        selectedOutline: root.querySelector('.outline-selected')?.getAttribute('d') === document.querySelector('svg.map .outline-selected')?.getAttribute('d'),
        styleSheets: root.querySelectorAll('style').length,
        // The hatch of an old figure travels with the file: its stripes in the class's colour.
        staleStripes: [...root.querySelectorAll('pattern#stale-bin-4 rect')].map((r) => [r.getAttribute('fill'), r.getAttribute('fill-opacity')]),
      };
    }, svg);

    expect(found.parseError).toBe(0);
    expect(found.root).toBe('svg');
    expect(found.namespace).toBe('http://www.w3.org/2000/svg');
    expect(found.width).toBe('960');
    expect(found.title).toBe('North Korea’s overseas workers by host country, DPRK workers as of 2019');
    expect(found.texts[0]).toBe('North Korea’s overseas workers by host country');
    expect(found.texts[1]).toBe('DPRK workers as of 2019');
    expect(found.texts[2]).toBe('China: 20,000 to 100,000 workers in July 2018');
    // The legend as the page shows it for 2019, then the credit line with the version and the view's link.
    expect(found.texts).toContain('No data');
    expect(found.texts).toContain('Withdrawn or expelled (1)');
    const credit = found.texts.slice(found.texts.findIndex((t) => t?.startsWith('Data: '))).join(' ');
    expect(credit).toBe(`Data: ${DATA_TITLE}, version ${VERSION} (2020-12-31), CC BY 4.0. Map shapes: Natural Earth. ${SITE}?year=2019#CHN`);

    // Every shape: the page's class and the page's colour, written out (no stylesheet in the file).
    expect(found.styleSheets).toBe(0);
    expect(found.shapes.length).toBeGreaterThanOrEqual(150);
    for (const s of found.shapes) expect({ id: s.id, cls: s.cls, fill: s.fill }).toEqual({ id: s.id, cls: s.page.cls, fill: s.page.fill });
    const coloured = found.shapes.filter((s) => s.cls);
    // 2019 on the fixture: China's 2018 range and Russia's 2017 permits (old: hatched), Algeria and Poland without a number,
    // Indonesia's restaurants, Mongolia withdrawn.
    expect(coloured.map((s) => s.cls).sort()).toEqual(['c-bin-4 stale', 'c-bin-4 stale', 'c-restaurants', 'c-unknown', 'c-unknown', 'c-withdrawn']);
    expect(coloured.find((s) => s.cls === 'c-bin-4 stale')).toMatchObject({ fill: 'url(#stale-bin-4)' });
    expect(found.staleStripes).toEqual([[rgb(FALLBACK_FILL['bin-4']), '0.45'], [rgb(FALLBACK_FILL['bin-4']), null]]);
    expect(coloured.find((s) => s.cls === 'c-unknown')!.fill).toBe('url(#pat-unknown)');
    expect(found.markers).toEqual(found.pageMarkers);
    expect(found.markerFills).toEqual(found.pageMarkerFills);
    // Nothing that only the page needs: no focus stops, roles, ARIA, data attributes, hover ring.
    expect(found.pageOnly).toEqual([]);
    expect(found.hoverOutline).toBe(0);
    expect(found.selectedOutline).toBe(true);
  });

  test('PNG: a PNG twice the size of the view, its credit inside the file, named for the year', async ({ page }) => {
    await openFixture(page, './?year=2017');
    const download = await downloadBy(page, 'Download PNG');
    expect(download.suggestedFilename()).toBe('dprk-workers-map-2017.png');
    const png = await bytesOf(download);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const { types, text } = pngChunks(png);
    expect(types[0]).toBe('IHDR');
    expect(types.at(-1)).toBe('IEND');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(1920);
    expect(height).toBeGreaterThan(1000);
    expect(height).toBeLessThan(1800);
    expect(text.get('Copyright')).toBe(`Data: ${DATA_TITLE}, version ${VERSION} (2020-12-31), CC BY 4.0. Map shapes: Natural Earth. ${SITE}?year=2017`);
    expect(text.get('Description')).toBe('North Korea’s overseas workers by host country. DPRK workers as of 2017');
    // Not a blank canvas: one colour at that size compresses to a few kilobytes.
    expect(png.length).toBeGreaterThan(50_000);
  });

  test('the Korean page loads the same export script (from ../assets/) and credits in Korean', async ({ page }) => {
    await openFixture(page, './ko/?year=2018#RUS');
    const download = await downloadBy(page, 'SVG 내려받기');
    expect(download.suggestedFilename()).toBe('dprk-workers-map-2018-russia.svg');
    const svg = (await bytesOf(download)).toString('utf8');
    expect(svg).toContain('xml:lang="ko"');
    expect(svg).toContain(`데이터: ${DATA_TITLE}, 버전 ${VERSION}(2020년 12월 31일), CC BY 4.0. 지도 경계: Natural Earth. ${SITE}ko/?year=2018#RUS`);
  });

  test('the embed, opened on its own, downloads too', async ({ page }) => {
    // The embed carries its own copy of the shipped dataset.
    const shipped = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as { version: string };
    await page.goto('./embed.html?year=2017#GE-AB');
    await ready(page);
    const download = await downloadBy(page, 'Download PNG');
    expect(download.suggestedFilename()).toBe('dprk-workers-map-2017-abkhazia.png');
    // The credit names the shipped version, and links to the full page, not the embed.
    expect(pngChunks(await bytesOf(download)).text.get('Copyright')).toMatch(new RegExp(`, version ${shipped.version.replace(/[.]/g, '\\.')} .* ${SITE.replace(/[.]/g, '\\.')}\\?year=2017#GE-AB$`));
  });

  test('in the embed code’s sandbox (no allow-downloads) it offers the full map instead of a download that would be dropped', async ({ page }) => {
    await page.goto(`${PARENT}parent.html`);
    const frame = page.frameLocator('iframe[data-dprk-workers-map]');
    const link = frame.getByRole('link', { name: 'Download an image from the full map (opens in a new tab)' });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', new RegExp(`^${SITE_OTHER_ORIGIN.replace(/[.]/g, '\\.')}\\?year=\\d{4}$`));
    await expect(frame.getByRole('button', { name: 'Download PNG' })).toHaveCount(0);
  });
});

test.describe('copy citation', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the figure, its source, the version and a permanent link that reopens that view', async ({ page }) => {
    // Two full page loads (the page, then the link in a fresh one): over 30 s on two busy cores.
    test.slow();
    await openFixture(page, './#RUS');
    const panel = page.locator('section.panel');
    await expect(panel.locator('h2')).toHaveText('Russia');
    await panel.getByRole('button', { name: 'Copy citation of 30,023 valid work permits in December 2017' }).click();
    await expect(panel.getByRole('status')).toHaveText('Citation copied to the clipboard.');
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    const link = `${SITE}?year=2017#RUS`;
    expect(citation).toBe(
      'Russia: 30,023 valid work permits in December 2017. ' +
        'Source: Fixture Statistics Service, “Fixture permit statistics” (February 2018), https://stat.example.ru/permits. ' +
        `Data: ${DATA_TITLE}, version ${VERSION} (2020-12-31), CC BY 4.0. Permanent link: ${link}`,
    );

    // The link reopens that view: the figure's year and the host, in a fresh page.
    const fresh = await page.context().newPage();
    await openFixture(fresh, link);
    await expect(fresh.locator('input.year-slider')).toHaveValue('2017');
    await expect(fresh.locator('#legend-title')).toHaveText('DPRK workers as of 2017');
    await expect(fresh.locator('section.panel h2')).toHaveText('Russia');
    await expect(fresh.locator('section.panel tr.on-map')).toContainText('30,023 valid work permits in December 2017');
  });

  test('each figure cites itself: an older figure links to its own year', async ({ page }) => {
    await openFixture(page, './#CHN');
    await page.locator('section.panel').getByRole('button', { name: 'Copy citation of 50,000 workers in 2016' }).click();
    await expect(page.locator('section.panel').getByRole('status')).toHaveText('Citation copied to the clipboard.');
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toMatch(/^China: 50,000 workers in 2016\. Source: Fixture Institute, “Fixture estimate of workers in China” \(January 2017\)/);
    expect(citation.endsWith(`Permanent link: ${SITE}?year=2016#CHN`)).toBe(true);
  });

  test('in Korean, the citation is Korean and links to the Korean page', async ({ page }) => {
    await openFixture(page, './ko/#RUS');
    await page.locator('section.panel').getByRole('button', { name: /^인용 정보 복사/ }).click();
    await expect(page.locator('section.panel').getByRole('status')).toHaveText('인용 정보를 클립보드에 복사했습니다.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      '러시아: 2017년 12월 기준 유효 취업허가 30,023건. ' +
        '출처: Fixture Statistics Service, 「Fixture permit statistics」(2018년 2월), https://stat.example.ru/permits. ' +
        `데이터: ${DATA_TITLE}, 버전 ${VERSION}(2020년 12월 31일), CC BY 4.0. 고정 링크: ${SITE}ko/?year=2017#RUS`,
    );
  });
});

test.describe('copy citation without the Clipboard API', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
      // What the selection copy put on the clipboard.
      document.addEventListener('copy', () => {
        (window as unknown as { copied: string }).copied = String(window.getSelection()) || (document.activeElement as HTMLTextAreaElement | null)?.value || '';
      });
    });
  });

  test('falls back to the selection copy', async ({ page }) => {
    await openFixture(page, './#RUS');
    await page.locator('section.panel').getByRole('button', { name: /^Copy citation/ }).click();
    await expect(page.locator('section.panel').getByRole('status')).toHaveText('Citation copied to the clipboard.');
    const copied = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied).toContain(`version ${VERSION} `);
    expect(copied.endsWith(`Permanent link: ${SITE}?year=2017#RUS`)).toBe(true);
  });

  test('when no copy works, says so and shows the citation to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      document.execCommand = () => false;
    });
    await openFixture(page, './#RUS');
    await page.locator('section.panel').getByRole('button', { name: /^Copy citation/ }).click();
    await expect(page.locator('section.panel').getByRole('status')).toHaveText('Copy failed: select the citation below and copy it by hand.');
    const text = page.getByRole('textbox', { name: 'Citation' });
    await expect(text).toHaveValue(/^Russia: 30,023 valid work permits in December 2017\. .* Permanent link: http:\/\/127\.0\.0\.1:\d+\/\?year=2017#RUS$/);
  });
});

test('the copy button and the image buttons are there after a reload on another host', async ({ page }) => {
  await openFixture(page, './?year=2016#MNG');
  await expect(page.locator('section.panel h2')).toHaveText('Mongolia');
  await page.reload();
  await ready(page);
  await expect(page.locator('section.panel').getByRole('button', { name: /^Copy citation of 1,200 workers in June 2015$/ })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Image of this view' }).getByRole('button')).toHaveText(['Download PNG', 'Download SVG']);
});

test.describe('in the dark palette', () => {
  test.use({ colorScheme: 'dark' });

  test('the image keeps the page’s background, text colour and map colours', async ({ page }) => {
    await openFixture(page, './?year=2019');
    const svg = (await bytesOf(await downloadBy(page, 'Download SVG'))).toString('utf8');
    const found = await page.evaluate((text) => {
      const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
      return {
        background: root.querySelector(':scope > rect')?.getAttribute('fill'),
        title: root.querySelector(':scope > text')?.getAttribute('fill'),
        pageBackground: getComputedStyle(document.documentElement).backgroundColor,
        pageText: getComputedStyle(document.body).color,
        restaurantsBg: root.querySelector('.pat-restaurants-bg')?.getAttribute('fill'),
        cssRestaurantsBg: css('--restaurants-bg'),
      };
    }, svg);
    expect(found.pageBackground).toBe(rgb('#111418'));
    expect(found.background).toBe(found.pageBackground);
    expect(found.title).toBe(found.pageText);
    expect(found.cssRestaurantsBg).toBe('#6a5e8c');
    expect(found.restaurantsBg).toBe(rgb('#6a5e8c'));
  });
});
