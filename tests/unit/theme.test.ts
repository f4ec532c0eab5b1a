import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

/** WCAG relative luminance and contrast of #rrggbb colours. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

const css = readFileSync('src/styles.css', 'utf8');
function palette(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2].toLowerCase()]));
}
const light = palette(css.slice(css.indexOf(':root {'), css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...palette(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'), css.indexOf('*, *::before'))) };
const MAP_CLASSES = ['none', 'bin-0', 'bin-1', 'bin-2', 'bin-3', 'bin-4', 'unknown-bg', 'restaurants-bg', 'withdrawn-bg'];

describe.each([['light', light], ['dark', dark]] as const)('%s palette', (_name, p) => {
  it('has every map class at 3:1 or more against the country borders', () => {
    for (const cls of MAP_CLASSES) expect(contrast(p[cls], p.border), cls).toBeGreaterThanOrEqual(3);
  });
  it('has text, muted text and links at 4.5:1 or more on the page, the panel and the tooltip', () => {
    for (const fg of ['text', 'muted', 'link']) {
      for (const bg of ['bg', 'surface', 'tooltip-bg']) expect(contrast(p[fg], p[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(p['error-text'], p['error-bg'])).toBeGreaterThanOrEqual(4.5);
  });
  it('orders the bins by lightness, so the order reads without hue', () => {
    const l = [0, 1, 2, 3, 4].map((i) => luminance(p[`bin-${i}`]));
    const descending = l.every((v, i) => i === 0 || v < l[i - 1]);
    const ascending = l.every((v, i) => i === 0 || v > l[i - 1]);
    expect(descending || ascending).toBe(true);
  });
  it('sets pattern marks apart from their background', () => {
    for (const k of ['unknown', 'restaurants', 'withdrawn']) expect(contrast(p[`${k}-fg`], p[`${k}-bg`]), k).toBeGreaterThanOrEqual(1.8);
  });
});
