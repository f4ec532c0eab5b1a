import { expect, type Frame, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Collects console messages and page errors; the normal path logs nothing. */
export function watchConsole(page: Page) {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  return messages;
}

/** Waits until the app has taken over the prerendered map (its controller is attached). */
export async function ready(page: Page) {
  await expect(page.locator('svg.map path[data-shape]').first()).toBeAttached();
  await page.waitForFunction(() => document.querySelector('#app')?.hasAttribute('data-ready'));
}

/** Where a host sits on screen: its marker's centre, or its shape's projected centre (a bounding box centre can fall in a neighbour). */
export async function hostPoint(page: Page | Frame, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((hostId) => {
    const svg = document.querySelector<SVGSVGElement>('svg.map')!;
    const marker = svg.querySelector(`g.marker[data-host="${hostId}"] circle`);
    if (marker) {
      const r = marker.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    const path = svg.querySelector<SVGPathElement>(`path[data-host="${hostId}"]`)!;
    const [cx, cy] = path.dataset.c!.split(',').map(Number);
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    return { x: box.left + cx * scale, y: box.top + cy * scale };
  }, id);
}

export async function hoverHost(page: Page, id: string) {
  await page.locator(`svg.map [data-host="${id}"]`).first().scrollIntoViewIfNeeded();
  const p = await hostPoint(page, id);
  await page.mouse.move(p.x, p.y);
  return page.getByRole('tooltip');
}

export async function clickHost(page: Page, id: string) {
  await page.locator(`svg.map [data-host="${id}"]`).first().scrollIntoViewIfNeeded();
  const p = await hostPoint(page, id);
  await page.mouse.click(p.x, p.y);
}

/** The whole map in view, at the top (nothing fixed lies over it), once the page has seen the scroll. */
export async function mapToTop(page: Page) {
  await page.locator('svg.map').evaluate(async (svg) => {
    const scrolled = new Promise((resolve) => window.addEventListener('scroll', resolve, { once: true }));
    const y = svg.getBoundingClientRect().top + window.scrollY - 4;
    if (Math.abs(window.scrollY - y) < 1) return;
    window.scrollTo(0, y);
    await scrolled;
  });
}

/**
 * axe-core on the page at WCAG 2.2 AA. Legacy mode runs axe.run in the page itself; the default
 * runs axe.runPartial, then opens a blank page to inject axe again and finish there, which cost
 * 1 to 4 s a run on two cores for the same results (compared rule by rule on the full and Korean
 * pages). Legacy mode reaches same-origin frames only: the pages checked have none, and this says so.
 */
export function axe(page: Page) {
  expect(page.frames(), 'axe in legacy mode would not reach a cross-origin frame').toHaveLength(1);
  return new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).setLegacyMode();
}
