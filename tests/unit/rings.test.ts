import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxInsideRings, insideRings, segmentCrossesRings, type Box, type Ring } from '../../src/geo/rings';

/** The test as three separate questions, as placement asked them before the one-pass version. */
function reference(b: Box, rings: Ring[]): boolean {
  const corners: Ring = [[b.x0, b.y0], [b.x1, b.y0], [b.x1, b.y1], [b.x0, b.y1]];
  if (!corners.every((p) => insideRings(p, rings))) return false;
  if (rings.some((r) => r.some(([x, y]) => x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1))) return false;
  return !corners.some((p, i) => segmentCrossesRings(p, corners[(i + 1) % 4], rings));
}

/** A star-shaped ring around (cx, cy): jagged enough to have bays a box can straddle. */
const ring = fc.record({ cx: fc.integer({ min: 20, max: 80 }), cy: fc.integer({ min: 20, max: 80 }), radii: fc.array(fc.integer({ min: 2, max: 40 }), { minLength: 3, maxLength: 24 }) })
  .map(({ cx, cy, radii }): Ring => radii.map((r, i) => [cx + r * Math.cos((2 * Math.PI * i) / radii.length), cy + r * Math.sin((2 * Math.PI * i) / radii.length)]));
const box = fc.record({ x: fc.integer({ min: 0, max: 100 }), y: fc.integer({ min: 0, max: 100 }), w: fc.integer({ min: 1, max: 30 }), h: fc.integer({ min: 1, max: 20 }) })
  .map(({ x, y, w, h }): Box => ({ x0: x, y0: y, x1: x + w, y1: y + h }));

describe('a box inside rings, in one pass', () => {
  it('answers as the corner, vertex and crossing tests do together', () => {
    fc.assert(fc.property(fc.array(ring, { minLength: 1, maxLength: 3 }), box, (rings, b) => boxInsideRings(b, rings) === reference(b, rings)), { numRuns: 3000 });
  });

  it('says yes for a box well inside a square, and no for one across its edge or around a hole', () => {
    const square: Ring = [[0, 0], [10, 0], [10, 10], [0, 10]];
    const hole: Ring = [[4, 4], [6, 4], [6, 6], [4, 6]];
    expect(boxInsideRings({ x0: 1, y0: 1, x1: 3, y1: 3 }, [square])).toBe(true);
    expect(boxInsideRings({ x0: 8, y0: 1, x1: 12, y1: 3 }, [square])).toBe(false);
    expect(boxInsideRings({ x0: 3, y0: 3, x1: 7, y1: 7 }, [square, hole])).toBe(false);
  });
});
