/**
 * The pole of inaccessibility: the point inside a shape farthest from its edges (after
 * Garcia-Castellanos and Lombardo, as Mapbox's polylabel finds it). A shape's "middle" that
 * is always inside it, unlike a centroid (Indonesia's or Croatia's lies in the sea).
 */
import type { Point } from './types';
import { boxOf, clearance, type Ring } from './rings';

interface Cell { x: number; y: number; h: number; d: number; max: number }

export function pole(rings: readonly Ring[], precision = 0.5): { point: Point; distance: number } {
  const box = boxOf(rings);
  const size = Math.min(box.x1 - box.x0, box.y1 - box.y0);
  const cell = (x: number, y: number, h: number): Cell => {
    const d = -clearance([x, y], rings);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  if (!(size > 0)) return { point: [box.x0, box.y0], distance: 0 };
  const queue: Cell[] = [];
  const h = size / 2;
  for (let x = box.x0; x < box.x1; x += size) for (let y = box.y0; y < box.y1; y += size) queue.push(cell(x + h, y + h, h));
  let best = cell((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, 0);
  while (queue.length) {
    // Few cells: a linear scan for the most promising one is quick enough at build time.
    let i = 0;
    for (let k = 1; k < queue.length; k++) if (queue[k].max > queue[i].max) i = k;
    const c = queue.splice(i, 1)[0];
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const q = c.h / 2;
    queue.push(cell(c.x - q, c.y - q, q), cell(c.x + q, c.y - q, q), cell(c.x - q, c.y + q, q), cell(c.x + q, c.y + q, q));
  }
  return { point: [best.x, best.y], distance: best.d };
}
