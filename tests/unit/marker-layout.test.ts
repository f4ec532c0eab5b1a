/**
 * The shipped layout (data/dataset.json on world-atlas 110m): at every map width from 280 to
 * 1920 CSS px, in the world view and every region view, no marker circle at its drawn radius
 * and no leader line enters another host's shape, no two markers overlap, and each host's
 * middle (where a reader taps) lies inside its own shape and under no other host's marker.
 * Geometry is read back from the path data the page draws.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/model/types';
import { buildLayout } from '../../src/geo/layout';
import { markerSize, PLACEMENT_RADII } from '../../src/geo/marker-size';
import { distanceToEdges, insideRings, parseRings, segmentEntersRings } from '../../src/geo/rings';
import { viewBoxOf, regionIds } from '../../src/map/regions';
import { markerRequests } from '../fixtures/layout';

const dataset: Dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
const layout = buildLayout(markerRequests(dataset.hosts));
const hostShapes = dataset.hosts.filter((h) => !h.territory && layout.shapes.some((s) => s.id === h.isoNumeric))
  .map((h) => ({ id: h.id, shape: h.isoNumeric, rings: parseRings(layout.shapes.find((s) => s.id === h.isoNumeric)!.d), middle: layout.shapes.find((s) => s.id === h.isoNumeric)!.centroid! }));
const shapeOf = new Map(dataset.hosts.map((h) => [h.id, h.isoNumeric]));
const WIDTHS = Array.from({ length: 42 }, (_, i) => 280 + i * 40);

/** Markers as the page draws them for a map `width` px wide showing `region`. */
function drawn(width: number, region: string) {
  const [, , vbw] = viewBoxOf(layout, region);
  const { radius, placement } = markerSize(width, vbw);
  const index = PLACEMENT_RADII.indexOf(placement as (typeof PLACEMENT_RADII)[number]);
  return { radius, px: (radius * width) / vbw, markers: Object.entries(layout.markers).map(([id, m]) => ({ id, anchor: m.anchor, at: m.fits[index] })) };
}

describe('markers on the shipped layout', () => {
  it('has a placement for every radius, for every marker', () => {
    expect(Object.keys(layout.markers).length).toBeGreaterThan(5);
    for (const m of Object.values(layout.markers)) expect(m.fits).toHaveLength(PLACEMENT_RADII.length);
  });

  it('are 5 to 12 px in radius on screen, and the same size for every host at a width (not proportional symbols)', () => {
    for (const w of WIDTHS) {
      const { px } = drawn(w, 'world');
      // Below 5 px only on a map narrower than 320 px, where the largest placement caps the radius.
      expect(px).toBeGreaterThanOrEqual(Math.min(5, (PLACEMENT_RADII[0] * w) / 960) - 1e-9);
      expect(px).toBeLessThanOrEqual(12 + 1e-9);
    }
    expect(drawn(336, 'world').px).toBeCloseTo(5.25);
    expect(drawn(976, 'world').px).toBeCloseTo(12);
    // Zoomed into a region on a phone, markers are full size again.
    expect(drawn(336, 'europe').px).toBeCloseTo(12);
  });

  for (const region of regionIds(layout)) {
    it(`keep off every other host's shape at every width, in the ${region} view`, () => {
      const failures: string[] = [];
      for (const w of WIDTHS) {
        const { radius, markers } = drawn(w, region);
        for (const m of markers) {
          for (const h of hostShapes) {
            if (h.shape === shapeOf.get(m.id)) continue;
            const inside = insideRings(m.at, h.rings);
            const gap = distanceToEdges(m.at, h.rings) - radius;
            if (inside || gap < 0) failures.push(`${w}px ${m.id} covers ${h.id} (${gap.toFixed(2)})`);
            // The leader line too (unless the host's coarse outline swallows the anchor: Singapore in Malaysia).
            if (!insideRings(m.anchor, h.rings) && segmentEntersRings(m.anchor, m.at, h.rings)) failures.push(`${w}px ${m.id}'s leader crosses ${h.id}`);
            if (Math.hypot(h.middle[0] - m.at[0], h.middle[1] - m.at[1]) <= radius) failures.push(`${w}px ${m.id} covers ${h.id}'s middle`);
          }
          for (const n of markers) {
            if (n.id < m.id && Math.hypot(n.at[0] - m.at[0], n.at[1] - m.at[1]) < 2 * radius) failures.push(`${w}px ${m.id} overlaps ${n.id}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it("puts each host's middle inside its own shape", () => {
    for (const h of hostShapes) expect(insideRings(h.middle, h.rings), h.id).toBe(true);
  });
});
