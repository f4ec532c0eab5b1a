/**
 * Labels on the map: names beside small hosts' markers, figures inside the largest hosts, where
 * they fit. Their words on the fixture dataset (tests/e2e/fixture.ts: they follow the year and the
 * language); where they lie on the shipped map at 360, 768 and 1440 px, in the world and in Europe
 * (real geometry: what covers what is about real shapes); the page without script; the image.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { hostPoint, ready, watchConsole } from './helpers';
import { openFixture } from './fixture';

interface Label { host: string; kind: string; lines: string[] }

/** The labels on the map as drawn: whose, which kind, their lines of text. */
const labelsOf = (page: Page): Promise<Label[]> =>
  page.locator('svg.map .map-label').evaluateAll((els) => els.map((el) => ({
    host: (el as SVGElement).dataset.label!,
    kind: el.classList.contains('map-label-value') ? 'value' : 'name',
    lines: [...el.querySelectorAll('tspan')].map((t) => t.textContent ?? ''),
  })));

const slider = (page: Page) => page.locator('input.year-slider');

/**
 * What a reader would see wrong, on screen: two labels over each other, a label over another host's
 * shape or label point, over a marker or a leader line, a figure leaving its own shape, or a label
 * cut by the map's edge. Text boxes are the browser's own; shapes are tested with isPointInFill.
 */
function problems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.map')!;
    const frame = svg.getBoundingClientRect();
    const [vx, vy, vw] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    const k = vw / frame.width;
    const toMap = (x: number, y: number) => new DOMPoint(vx + (x - frame.left) * k, vy + (y - frame.top) * k);
    const out: string[] = [];
    const labels = [...svg.querySelectorAll<SVGTextElement>('.map-label')].map((el) => ({ el, host: el.dataset.label!, kind: el.classList.contains('map-label-value') ? 'value' : 'name', r: el.getBoundingClientRect() }));
    const shapes = [...svg.querySelectorAll<SVGPathElement>('path[data-host]')];
    const circles = [...svg.querySelectorAll<SVGCircleElement>('g.marker circle')].map((c) => ({ host: (c.parentNode as SVGElement).dataset.host!, r: c.getBoundingClientRect() }));
    const leaders = [...svg.querySelectorAll<SVGLineElement>('g.marker line:not([hidden])')].map((l) => ({ host: (l.parentNode as SVGElement).dataset.host!, l }));
    const EPS = 0.5;
    labels.forEach((a, i) => {
      const r = a.r;
      const name = `${a.kind} label of ${a.host}`;
      if (r.width <= 0 || r.height <= 0) out.push(`${name} is empty`);
      if (r.left < frame.left - EPS || r.right > frame.right + EPS || r.top < frame.top - EPS || r.bottom > frame.bottom + EPS) out.push(`${name} is cut by the map's edge`);
      for (const b of labels.slice(i + 1)) {
        if (r.left < b.r.right - EPS && b.r.left < r.right - EPS && r.top < b.r.bottom - EPS && b.r.top < r.bottom - EPS) out.push(`${name} overlaps the ${b.kind} label of ${b.host}`);
      }
      for (const c of circles) {
        const [cx, cy, radius] = [c.r.left + c.r.width / 2, c.r.top + c.r.height / 2, c.r.width / 2];
        const d = Math.hypot(Math.max(r.left - cx, 0, cx - r.right), Math.max(r.top - cy, 0, cy - r.bottom));
        if (d < radius - EPS) out.push(`${name} covers the marker of ${c.host}`);
      }
      // Points across the label's box, in map units: none on another host's shape; a figure's all on its own.
      const grid: DOMPoint[] = [];
      for (let gx = 0; gx <= 8; gx++) for (let gy = 0; gy <= 4; gy++) grid.push(toMap(r.left + 0.5 + ((r.width - 1) * gx) / 8, r.top + 0.5 + ((r.height - 1) * gy) / 4));
      for (const s of shapes) {
        const own = s.dataset.host === a.host;
        if (own && a.kind === 'value') {
          if (!grid.every((p) => s.isPointInFill(p))) out.push(`${name} leaves its shape`);
        } else if (!own) {
          if (grid.some((p) => s.isPointInFill(p))) out.push(`${name} lies on the shape of ${s.dataset.host}`);
          const [cx, cy] = s.dataset.c!.split(',').map(Number);
          const p = { x: frame.left + (cx - vx) / k, y: frame.top + (cy - vy) / k };
          if (p.x > r.left && p.x < r.right && p.y > r.top && p.y < r.bottom) out.push(`${name} covers the label point of ${s.dataset.host}`);
        }
      }
      for (const { host, l } of leaders) {
        const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((n) => Number(l.getAttribute(n)));
        for (let t = 0; t <= 1; t += 1 / 32) {
          const x = frame.left + (x1 + (x2 - x1) * t - vx) / k;
          const y = frame.top + (y1 + (y2 - y1) * t - vy) / k;
          if (x > r.left + EPS && x < r.right - EPS && y > r.top + EPS && y < r.bottom - EPS) { out.push(`${name} crosses the leader line of ${host}`); break; }
        }
      }
    });
    return out;
  });
}

test.describe('labels on the fixture', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('follow the year: the figure as of the year, an older count with its year, nothing dated after it', async ({ page }) => {
    const log = watchConsole(page);
    await openFixture(page);
    // 2020: Russia's permits from December 2017; China's range (July 2018) is too wide for China at this size; Abkhazia's marker is named.
    await expect.poll(() => labelsOf(page)).toEqual([
      { host: 'RUS', kind: 'value', lines: ['30,023 (2017)'] },
      { host: 'GE-AB', kind: 'name', lines: ['Abkhazia'] },
    ]);
    await slider(page).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.year-value')).toHaveText('2017');
    // 2017: China's 2016 count, its year on a line of its own; Russia's counted that year.
    await expect.poll(() => labelsOf(page)).toEqual([
      { host: 'CHN', kind: 'value', lines: ['50,000', '(2016)'] },
      { host: 'RUS', kind: 'value', lines: ['30,023'] },
      { host: 'GE-AB', kind: 'name', lines: ['Abkhazia'] },
    ]);
    expect(await problems(page)).toEqual([]);
    await page.keyboard.press('Home');
    await expect(page.locator('.year-value')).toHaveText('2015');
    // 2015: neither China (2016) nor Russia (December 2017) had a count yet.
    await expect.poll(async () => (await labelsOf(page)).filter((l) => l.host === 'CHN' || l.host === 'RUS')).toEqual([]);
    expect(log).toEqual([]);
  });

  test('are Korean on the Korean page: names and the year of an older count', async ({ page }) => {
    await openFixture(page, 'ko/');
    await expect.poll(() => labelsOf(page)).toEqual([
      { host: 'RUS', kind: 'value', lines: ['30,023(2017년)'] },
      { host: 'GE-AB', kind: 'name', lines: ['압하스'] },
    ]);
  });

  test('are hidden from screen readers and never take the pointer: the host under a label answers', async ({ page }) => {
    await openFixture(page);
    const group = page.locator('svg.map .map-labels');
    await expect(group).toHaveAttribute('aria-hidden', 'true');
    await expect(group).toHaveCSS('pointer-events', 'none');
    const label = page.locator('svg.map .map-label[data-label="RUS"]');
    const box = (await label.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByRole('tooltip').locator('.tooltip-title')).toHaveText('Russia');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(/#RUS$/);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`read at 4.5:1 or more in the ${scheme} theme: the page's text colour on a halo of its background`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openFixture(page);
      const paint = await page.locator('svg.map .map-label[data-label="RUS"]').evaluate((el) => {
        const s = getComputedStyle(el);
        return { fill: s.fill, stroke: s.stroke, width: parseFloat(s.strokeWidth), order: s.paintOrder, bg: getComputedStyle(document.documentElement).backgroundColor, text: getComputedStyle(document.body).color };
      });
      const rgb = (c: string) => c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const [hi, lo] = [lum(paint.fill), lum(paint.stroke)].sort((a, b) => b - a);
      expect((hi + 0.05) / (lo + 0.05)).toBeGreaterThanOrEqual(4.5);
      expect(paint.fill).toBe(paint.text);
      expect(paint.stroke).toBe(paint.bg);
      expect(paint.order).toMatch(/^stroke/);
      expect(paint.width).toBeGreaterThan(0);
    });
  }

  test('go into the SVG image with their words, font and halo written out', async ({ page }) => {
    await openFixture(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG', exact: true }).click()]);
    const svg = readFileSync(await download.path(), 'utf8');
    const doc = await page.evaluate((text) => {
      const d = new DOMParser().parseFromString(text, 'image/svg+xml');
      return [...d.querySelectorAll('text.map-label')].map((t) => ({
        text: t.textContent, fill: t.closest('[fill]')?.getAttribute('fill'), stroke: t.getAttribute('stroke') ?? t.parentElement?.getAttribute('stroke'),
        paintOrder: t.getAttribute('paint-order') ?? t.parentElement?.getAttribute('paint-order'), fontSize: t.getAttribute('font-size'), data: t.getAttributeNames().filter((n) => n.startsWith('data-')),
      }));
    }, svg);
    expect(doc.map((t) => t.text)).toEqual(['30,023 (2017)', 'Abkhazia']);
    for (const t of doc) {
      expect(t.fill).toMatch(/^rgb\(27, 27, 27\)$/);
      expect(t.stroke).toBe('rgb(255, 255, 255)');
      expect(t.paintOrder).toMatch(/^stroke/);
      expect(t.fontSize).toMatch(/px$/);
      expect(t.data).toEqual([]);
    }
  });
});

test.describe('labels on the shipped map', () => {
  for (const width of [360, 768, 1440]) {
    for (const region of ['world', 'europe']) {
      test.describe(`at ${width} px, ${region}`, () => {
        test.use({ viewport: { width, height: 900 } });
        test('cover no other label, marker, leader line or host, and figures stay inside their own shape', async ({ page }) => {
          await page.goto(region === 'world' ? './' : `./?region=${region}`);
          await ready(page);
          await expect(page.locator('svg.map .map-labels')).toHaveAttribute('data-fit', 'measured');
          const labels = await labelsOf(page);
          // Names where they fit: some at every width; figures for the largest hosts once the map is wide enough.
          expect(labels.filter((l) => l.kind === 'name').length).toBeGreaterThanOrEqual(3);
          if (region === 'world' && width >= 768) expect(labels.filter((l) => l.kind === 'value').length).toBeGreaterThanOrEqual(1);
          expect(await problems(page)).toEqual([]);
        });
      });
    }
  }

  test('a zoomed view places its own labels: more names fit in Europe than in the world view on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('./');
    await ready(page);
    // Placed for the phone's width (before, they are the built page's, which a phone hides), as in the tests above.
    await expect(page.locator('svg.map .map-labels')).toHaveAttribute('data-fit', 'measured');
    const europeNames = ['CZE', 'NLD', 'UA-DONBAS', 'MLT', 'GE-AB'];
    const world = (await labelsOf(page)).filter((l) => europeNames.includes(l.host)).length;
    await page.getByRole('combobox', { name: 'Map view' }).selectOption('europe');
    await expect.poll(async () => (await labelsOf(page)).filter((l) => europeNames.includes(l.host)).length).toBeGreaterThan(world);
    expect(await problems(page)).toEqual([]);
  });
});

test.describe('labels without the script', () => {
  test('are in the prerendered page for the default year, shown on a wide screen, hidden on a phone where they would be too small', async ({ browser, request }) => {
    const html = await (await request.get('./')).text();
    expect(html).toMatch(/<g[^>]*data-fit="reference"[^>]*class="map-labels"|<g[^>]*class="map-labels"[^>]*data-fit="reference"/);
    expect(html).toMatch(/class="map-label map-label-value"><tspan[^>]*>[^<]*\d/);
    for (const [width, shown] of [[1440, true], [360, false]] as const) {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto('./');
      const label = page.locator('svg.map .map-label-name').first();
      if (shown) await expect(label).toBeVisible();
      else await expect(label).toBeHidden();
      await context.close();
    }
  });
});

test('the tap and hover point of a host with a name label is still its own', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto('./?region=europe');
  await ready(page);
  const named = (await labelsOf(page)).filter((l) => l.kind === 'name').map((l) => l.host);
  expect(named.length).toBeGreaterThan(0);
  for (const host of named) {
    const p = await hostPoint(page, host);
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-host]')?.getAttribute('data-host'), p);
    expect(hit).toBe(host);
  }
});
