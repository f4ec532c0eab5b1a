import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxAgainstRings, insideRings, segmentCrossesRings, type Box, type Ring } from '../../src/geo/rings';

/** The three separate questions placement asked before the one-pass version. */
function facts(b: Box, rings: Ring[]) {
  const corners: Ring = [[b.x0, b.y0], [b.x1, b.y0], [b.x1, b.y1], [b.x0, b.y1]];
  return {
    cornersInside: corners.filter((p) => insideRings(p, rings)).length,
    vertexInBox: rings.some((r) => r.some(([x, y]) => x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1)),
    crossing: corners.some((p, i) => segmentCrossesRings(p, corners[(i + 1) % 4], rings)),
  };
}
/** Wholly inside: every corner inside, no vertex in the box, no edge across it. */
function reference(b: Box, rings: Ring[]): boolean {
  const f = facts(b, rings);
  return f.cornersInside === 4 && !f.vertexInBox && !f.crossing;
}
/** Takes some of the interior: a corner inside, a vertex in the box, or an edge across it. */
function entersReference(b: Box, rings: Ring[]): boolean {
  const f = facts(b, rings);
  return f.cornersInside > 0 || f.vertexInBox || f.crossing;
}

/** A star-shaped ring around (cx, cy): jagged enough to have bays a box can straddle. */
const ring = fc.record({ cx: fc.integer({ min: 20, max: 80 }), cy: fc.integer({ min: 20, max: 80 }), radii: fc.array(fc.integer({ min: 2, max: 40 }), { minLength: 3, maxLength: 24 }) })
  .map(({ cx, cy, radii }): Ring => radii.map((r, i) => [cx + r * Math.cos((2 * Math.PI * i) / radii.length), cy + r * Math.sin((2 * Math.PI * i) / radii.length)]));
const box = fc.record({ x: fc.integer({ min: 0, max: 100 }), y: fc.integer({ min: 0, max: 100 }), w: fc.integer({ min: 1, max: 30 }), h: fc.integer({ min: 1, max: 20 }) })
  .map(({ x, y, w, h }): Box => ({ x0: x, y0: y, x1: x + w, y1: y + h }));

describe('a box against rings, in one pass', () => {
  it('is "inside" exactly when the corner, vertex and crossing tests together say so', () => {
    fc.assert(fc.property(fc.array(ring, { minLength: 1, maxLength: 3 }), box, (rings, b) => (boxAgainstRings(b, rings) === 'inside') === reference(b, rings)), { numRuns: 3000 });
  });

  it('is "outside" exactly when none of those tests finds the box in the rings', () => {
    fc.assert(fc.property(fc.array(ring, { minLength: 1, maxLength: 3 }), box, (rings, b) => (boxAgainstRings(b, rings) !== 'outside') === entersReference(b, rings)), { numRuns: 3000 });
  });

  it('says inside for a box well inside a square, and not for one across its edge or around a hole; outside for one apart', () => {
    const square: Ring = [[0, 0], [10, 0], [10, 10], [0, 10]];
    const hole: Ring = [[4, 4], [6, 4], [6, 6], [4, 6]];
    expect(boxAgainstRings({ x0: 1, y0: 1, x1: 3, y1: 3 }, [square]) === 'inside').toBe(true);
    expect(boxAgainstRings({ x0: 8, y0: 1, x1: 12, y1: 3 }, [square]) === 'inside').toBe(false);
    expect(boxAgainstRings({ x0: 3, y0: 3, x1: 7, y1: 7 }, [square, hole]) === 'inside').toBe(false);
    expect(boxAgainstRings({ x0: 8, y0: 1, x1: 12, y1: 3 }, [square])).toBe('across');
    expect(boxAgainstRings({ x0: 12, y0: 1, x1: 14, y1: 3 }, [square])).toBe('outside');
    expect(boxAgainstRings({ x0: 4.5, y0: 4.5, x1: 5.5, y1: 5.5 }, [square, hole])).toBe('outside');
  });
});
