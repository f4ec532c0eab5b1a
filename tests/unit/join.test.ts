import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/model/types';
import { buildLayout } from '../../src/geo/layout';
import { loadAtlas } from '../../src/geo/atlas';
import { markerRequests } from '../fixtures/layout';

const dataset: Dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
const layout = buildLayout(markerRequests(dataset.hosts));
const shapeIds = new Set(layout.shapes.map((s) => s.id));
const fineIds = new Set(loadAtlas('50m').objects.countries.geometries.map((g) => String(g.id)));

describe('join of the dataset to world-atlas', () => {
  it.each(dataset.hosts.map((h) => [h.id, h] as const))('%s joins to a shape or a declared marker', (_id, host) => {
    if (host.territory) {
      // A territory attaches to the shape of the country it lies in, drawn as a marker.
      expect(fineIds.has(host.isoNumeric) || shapeIds.has(host.isoNumeric)).toBe(true);
      expect(layout.markers[host.id]).toBeDefined();
    } else if (shapeIds.has(host.isoNumeric)) {
      expect(layout.shapes.find((s) => s.id === host.isoNumeric)!.d.length).toBeGreaterThan(5);
    } else {
      // Missing from 110m (Bahrain, Singapore, Malta): a marker at its 50m centre.
      expect(fineIds.has(host.isoNumeric)).toBe(true);
      expect(layout.markers[host.id]).toBeDefined();
    }
  });

  it('places every marker on the map and no two markers on top of each other', () => {
    const markers = Object.values(layout.markers);
    for (const m of markers) {
      expect(m.at[0]).toBeGreaterThanOrEqual(0);
      expect(m.at[0]).toBeLessThanOrEqual(layout.width);
      expect(m.at[1]).toBeGreaterThanOrEqual(0);
      expect(m.at[1]).toBeLessThanOrEqual(layout.height);
    }
    for (let i = 0; i < markers.length; i++) {
      for (let j = i + 1; j < markers.length; j++) {
        expect(Math.hypot(markers[i].at[0] - markers[j].at[0], markers[i].at[1] - markers[j].at[1])).toBeGreaterThanOrEqual(24);
      }
    }
  });

  it('draws Abkhazia as a marker inside Georgia, and Qatar gets a marker because it is too small to hover', () => {
    expect(layout.markers['GE-AB']).toBeDefined();
    expect(dataset.hosts.some((h) => h.id === 'QAT')).toBe(true);
    expect(layout.markers.QAT).toBeDefined();
    expect(layout.markers.CHN).toBeUndefined();
  });

  it('keeps every 110m country but Antarctica, in whole-pixel relative path data', () => {
    expect(layout.shapes.length).toBe(176);
    expect(shapeIds.has('010')).toBe(false);
    expect(layout.shapes.every((s) => /^M-?\d+ -?\d+[lmz\d -]*$/.test(s.d))).toBe(true);
  });
});
