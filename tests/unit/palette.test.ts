import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FALLBACK_BORDER, FALLBACK_FILL, FALLBACK_PATTERN } from '../../src/map/palette';
import { MAP_CLASSES } from '../../src/model/scale';

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
