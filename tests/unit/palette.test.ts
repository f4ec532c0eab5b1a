import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FALLBACK_BORDER, FALLBACK_FILL, FALLBACK_PATTERN } from '../../src/map/palette';
import { MAP_CLASSES } from '../../src/model/scale';
import { deltaE, deltaE2000, hexToLab } from './ciede2000';

// The map's presentation attributes (used when the stylesheet fails) must match the light palette in styles.css.
const css = readFileSync('src/styles.css', 'utf8');
const light = Object.fromEntries([...css.slice(0, css.indexOf('@media')).matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]));

describe('fallback palette', () => {
  it('gives every map class the colour styles.css gives it in the light theme', () => {
    for (const cls of MAP_CLASSES) {
      const rule = new RegExp(`\\.c-${cls} \\{ fill: ([^;]+); \\}`).exec(css);
      expect(rule, `styles.css has a fill for .c-${cls}`).not.toBeNull();
      const value = rule![1].replace(/var\(--([a-z0-9-]+)\)/, (_, v) => light[v]);
      expect(FALLBACK_FILL[cls], cls).toBe(value);
    }
  });

  it('gives the pattern parts and the borders their light colours', () => {
    for (const [cls, colour] of Object.entries(FALLBACK_PATTERN)) expect(colour, cls).toBe(light[cls.replace('pat-', '')]);
    expect(FALLBACK_BORDER).toBe(light.border);
  });
});

/**
 * Adjacent classes must read as different colours, in both themes. Threshold: CIEDE2000 >= 10.
 * ΔE00 ≈ 1 is a just-noticeable difference for large patches side by side; map classes are
 * small, scattered shapes matched against a legend swatch, where noticeable differences are
 * several times larger (Szafir, "Modeling Color Difference for Visualization Design", IEEE
 * TVCG 24(1), 2018), so we ask for ten times that. Each bin must also stand apart from the
 * 'none' fill (a country without data) and from the page background by the same margin.
 */
const MIN_DELTA_E = 10;
const darkBlock = (start: string) => {
  const from = css.indexOf(start);
  return Object.fromEntries([...css.slice(from, css.indexOf('}', from)).matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]));
};
const dark = { ...light, ...darkBlock(':root:not(.is-embed), :root.theme-auto {') };
const BINS = ['bin-0', 'bin-1', 'bin-2', 'bin-3', 'bin-4'];

describe('CIEDE2000', () => {
  // Sharma, Wu and Dalal (2005), supplementary test data, pairs 1, 7, 17 and 25.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ] as const)('matches the published test data (%j, %j)', (a, b, expected) => {
    expect(deltaE2000([...a], [...b])).toBeCloseTo(expected, 4);
  });
});

describe.each([['light', light], ['dark', dark]] as const)('%s palette: distinguishable classes', (_name, p) => {
  it(`keeps every two adjacent bins ${MIN_DELTA_E} or more apart (CIEDE2000)`, () => {
    for (let i = 1; i < BINS.length; i++) expect(deltaE(p[BINS[i - 1]], p[BINS[i]]), `${BINS[i - 1]} / ${BINS[i]}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });
  it(`keeps every bin ${MIN_DELTA_E} or more from the 'none' fill and from the page background`, () => {
    for (const bin of BINS) {
      expect(deltaE(p[bin], p.none), `${bin} / none`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      expect(deltaE(p[bin], p.bg), `${bin} / bg`).toBeGreaterThanOrEqual(MIN_DELTA_E);
    }
  });
  // One hue family: ColorBrewer's Oranges spans about 26° of CIELAB hue from its palest to its
  // darkest step; the former light ramp (yellow-orange-brown) spanned 41°, the former dark one
  // (viridis-like, teal to yellow) 244°.
  it('stays in one hue family: every bin within 30° of hue of the others (CIELAB h)', () => {
    const hues = BINS.map((b) => { const [, a, bb] = hexToLab(p[b]); return (Math.atan2(bb, a) * 180) / Math.PI; });
    expect(Math.max(...hues) - Math.min(...hues)).toBeLessThanOrEqual(30);
  });
});

describe('the embed\'s forced dark theme', () => {
  it('is the same palette as the system dark theme', () => {
    expect(darkBlock(':root.theme-dark {')).toEqual(darkBlock(':root:not(.is-embed), :root.theme-auto {'));
  });
});
