import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { placeTooltip, VIEWPORT_MARGIN } from '../../src/ui/placement';
import { nearest, nextByLetter, spatialNext, type Direction, type MapTarget } from '../../src/map/navigation';
import { buildLayout } from '../../src/geo/layout';
import { buildViewModel } from '../../src/view/view-model';
import { mapTargets } from '../../src/map/WorldMap';
import { en } from '../../src/i18n/en';
import type { Dataset } from '../../src/model/types';
import { markerRequests } from '../fixtures/layout';

describe('placeTooltip', () => {
  const size = { width: 300, height: 200 };
  const viewport = { width: 375, height: 667 };
  const anchors = [
    { x: 0, y: 0 }, { x: 370, y: 0 }, { x: 0, y: 660 }, { x: 370, y: 660 }, { x: 180, y: 300 },
  ];
  it.each(anchors)('keeps the tooltip inside the viewport for a pointer at %o', (p) => {
    const { left, top } = placeTooltip({ ...p, width: 0, height: 0 }, size, viewport);
    expect(left).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
    expect(top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
    expect(left + size.width).toBeLessThanOrEqual(viewport.width - VIEWPORT_MARGIN);
    expect(top + size.height).toBeLessThanOrEqual(viewport.height - VIEWPORT_MARGIN);
  });
  it('puts it right of and below the pointer when there is room, and flips when there is not', () => {
    expect(placeTooltip({ x: 100, y: 100, width: 0, height: 0 }, size, { width: 1200, height: 800 })).toEqual({ left: 114, top: 114 });
    expect(placeTooltip({ x: 1100, y: 700, width: 0, height: 0 }, size, { width: 1200, height: 800 })).toEqual({ left: 786, top: 486 });
  });
});

describe('map navigation', () => {
  const dataset: Dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
  const targets = mapTargets(buildLayout(markerRequests(dataset.hosts)), buildViewModel(dataset, en));

  it('has a target for every host', () => {
    expect(targets.map((t) => t.key).sort()).toEqual(dataset.hosts.map((h) => h.id).sort());
  });

  it('reaches every host from any start with the arrow keys', () => {
    const dirs: Direction[] = ['left', 'right', 'up', 'down'];
    for (const start of targets) {
      const seen = new Set([start.key]);
      const queue = [start.key];
      while (queue.length) {
        const k = queue.shift()!;
        for (const d of dirs) {
          const n = spatialNext(targets, k, d);
          if (n && !seen.has(n.key)) { seen.add(n.key); queue.push(n.key); }
        }
      }
      expect([...seen].sort(), start.key).toEqual(targets.map((t) => t.key).sort());
    }
  });

  it('moves right to the nearest target on the right', () => {
    const ts: MapTarget[] = [
      { key: 'A', name: 'A', x: 0, y: 0, marker: false },
      { key: 'B', name: 'B', x: 10, y: 1, marker: false },
      { key: 'C', name: 'C', x: 5, y: 20, marker: false },
    ];
    expect(spatialNext(ts, 'A', 'right')?.key).toBe('B');
    expect(spatialNext(ts, 'A', 'down')?.key).toBe('C');
    expect(spatialNext(ts, 'A', 'left')).toBeUndefined();
    expect(nearest(ts, 9, 0, 3)?.key).toBe('B');
    expect(nearest(ts, 50, 50, 3)).toBeUndefined();
    expect(nextByLetter(ts, 'A', 'c')?.key).toBe('C');
  });
});
