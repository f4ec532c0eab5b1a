/**
 * Taps on the shipped map (real geometry: "the middle of a host's shape" is about real shapes).
 * At 360, 768 and 1440 px, a touch tap at the middle of each host's shape (its pole of
 * inaccessibility, data-c), and at each marker, selects that host; after a tap or a table
 * choice the answer is in the viewport and focused: the card on a phone, the details beside the map.
 */
import { test, expect, type Page } from '@playwright/test';
import { mapToTop, ready, watchConsole } from './helpers';

interface TapPoint { host: string; x: number; y: number; what: string }

/** Where to tap each host, in viewport px: the middle of its shape and its marker, within the map's current view. */
async function tapPoints(page: Page): Promise<TapPoint[]> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.map')!;
    const box = svg.getBoundingClientRect();
    const [vx, vy, vw, vh] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    const scale = box.width / vw;
    const points: Array<{ host: string; x: number; y: number; what: string }> = [];
    const inView = (x: number, y: number) => x >= vx + 2 && x <= vx + vw - 2 && y >= vy + 2 && y <= vy + vh - 2;
    for (const path of svg.querySelectorAll<SVGPathElement>('path[data-host][data-c]')) {
      const [cx, cy] = path.dataset.c!.split(',').map(Number);
      if (inView(cx, cy)) points.push({ host: path.dataset.host!, x: box.left + (cx - vx) * scale, y: box.top + (cy - vy) * scale, what: 'shape' });
    }
    for (const circle of svg.querySelectorAll<SVGCircleElement>('g.marker[data-host] circle')) {
      const cx = Number(circle.getAttribute('cx'));
      const cy = Number(circle.getAttribute('cy'));
      if (inView(cx, cy)) points.push({ host: (circle.parentNode as SVGGElement).dataset.host!, x: box.left + (cx - vx) * scale, y: box.top + (cy - vy) * scale, what: 'marker' });
    }
    return points;
  });
}

/** Taps each point in turn; says which taps selected nothing or another host. */
async function tapEach(page: Page, points: Array<{ x: number; y: number; host: string; what: string }>): Promise<string[]> {
  const wrong: string[] = [];
  let before = '';
  for (const p of points) {
    await page.touchscreen.tap(p.x, p.y);
    await page.waitForFunction((was) => location.hash !== was, before, { timeout: 5000 }).catch(() => wrong.push(`${p.what} of ${p.host}: the tap changed nothing`));
    before = new URL(page.url()).hash;
    if (before.slice(1) !== p.host) wrong.push(`${p.what} of ${p.host} selected ${before.slice(1) || 'nothing'}`);
    await mapToTop(page);
  }
  return wrong;
}

async function openMap(page: Page, path = './') {
  await page.goto(path);
  await ready(page);
  await mapToTop(page);
}

for (const width of [360, 768, 1440]) {
  test.describe(`at ${width} px, on a touch screen`, () => {
    // Phone and tablet heights: the details lie below the fold there.
    test.use({ viewport: { width, height: width < 500 ? 640 : 900 }, hasTouch: true });

    test('a tap at the middle of each host\'s shape, or on its marker, selects that host', async ({ page }) => {
      test.setTimeout(120_000);
      const log = watchConsole(page);
      await openMap(page);
      const points = await tapPoints(page);
      expect(points.filter((p) => p.what === 'shape').length).toBeGreaterThan(30);
      expect(points.filter((p) => p.what === 'marker').length).toBeGreaterThan(10);
      // Shapes first, then markers: no two taps in a row on the same host, so each tap changes the URL.
      expect(await tapEach(page, points)).toEqual([]);
      expect(log).toEqual([]);
    });

    test('after a tap, the answer is in view and focused; after a table choice, the details are', async ({ page }) => {
      await openMap(page);
      const china = (await tapPoints(page)).find((p) => p.host === 'CHN' && p.what === 'shape')!;
      await page.touchscreen.tap(china.x, china.y);
      // A phone: the card, fixed in view. A wide screen: the details beside the map. Between: whichever can be read.
      const answer = page.locator(width < 500 ? '#selection-card' : width >= 1000 ? '#details' : '#selection-card, #details').and(page.locator(':focus'));
      await expect(answer).toBeFocused();
      await expect(answer).toBeInViewport();
      await expect(answer.getByRole('heading', { level: 2 })).toHaveText('China');
      await expect(answer).toContainText(/worker/);
      if (width < 500) {
        await answer.getByRole('button', { name: 'Full details' }).click();
        await expect(page.locator('#details')).toBeFocused();
        await expect(page.locator('#details')).toBeInViewport();
        await expect(page.locator('#selection-card')).toHaveCount(0);
      }
      await page.locator('#data-table tbody').getByRole('button', { name: 'Russia' }).click();
      await expect(page.locator('#details h2')).toHaveText('Russia');
      await expect(page.locator('#details')).toBeFocused();
      await expect(page.locator('#details')).toBeInViewport();
    });
  });
}

test.describe('region views', () => {
  test.use({ viewport: { width: 360, height: 800 }, hasTouch: true });

  test('?region=europe zooms the map; a tap at the middle of each host in view selects it; the choice goes to the URL', async ({ page }) => {
    await openMap(page, './?region=europe');
    const select = page.getByRole('combobox', { name: 'Map view' });
    await expect(select).toHaveValue('europe');
    const viewBox = await page.locator('svg.map').getAttribute('viewBox');
    expect(viewBox).not.toBe(await page.locator('svg.map').getAttribute('data-world'));
    // Zoomed in, markers are drawn at full size again.
    const r = await page.locator('g.marker[data-host="NLD"] circle').evaluate((c) => c.getBoundingClientRect().width / 2);
    expect(r).toBeGreaterThan(11);
    const points = await tapPoints(page);
    expect(points.map((p) => p.host)).toEqual(expect.arrayContaining(['POL', 'CZE', 'NLD', 'MLT', 'UA-DONBAS', 'BLR']));
    expect(await tapEach(page, points)).toEqual([]);
    await expect(page).toHaveURL(/\?region=europe#/);
    await select.selectOption('africa');
    await expect(page).toHaveURL(/\?region=africa#[A-Z-]+$/);
    await select.selectOption('world');
    await expect(page).not.toHaveURL(/region=/);
    await expect(page.locator('svg.map')).toHaveAttribute('viewBox', (await page.locator('svg.map').getAttribute('data-world'))!.replace(/^/, '0 0 '));
  });
});
