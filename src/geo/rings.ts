/**
 * Planar geometry on the map's own path data: the rings a shape's `d` draws (whole-pixel,
 * relative steps, as compact-path.ts writes them), and the tests markers are placed with.
 * Pure: the build uses it to place markers, tests use it to check them on the shipped paths.
 */
import type { Point } from './types';

export type Ring = Point[];

/** The closed rings of a path written by CompactPathContext (M/m moves, l steps, z closes). */
export function parseRings(d: string): Ring[] {
  const rings: Ring[] = [];
  // One scan, no intermediate arrays: the labels parse every host's shape when the page starts.
  const token = /([MmLlZz])|(-?\d+(?:\.\d+)?)/g;
  let command = '';
  let ring: Ring = [];
  let pen: Point = [0, 0];
  let pending: number | undefined;
  const step = (dx: number, dy: number) => {
    if (command === 'M' || command === 'm') {
      if (ring.length > 2) rings.push(ring);
      pen = command === 'M' ? [dx, dy] : [pen[0] + dx, pen[1] + dy];
      ring = [pen];
      command = command === 'M' ? 'L' : 'l';
    } else {
      pen = command === 'L' ? [dx, dy] : [pen[0] + dx, pen[1] + dy];
      ring.push(pen);
    }
  };
  for (let m = token.exec(d); m; m = token.exec(d)) {
    if (m[1]) {
      // A number left without its pair waits for the next one, whatever command comes between.
      if (m[1] === 'z' || m[1] === 'Z') {
        if (ring.length > 2) rings.push(ring);
        // After "z" the pen returns to the ring's start.
        pen = ring[0] ?? pen;
        ring = [];
      } else command = m[1];
    } else if (pending === undefined) pending = Number(m[2]);
    else {
      step(pending, Number(m[2]));
      pending = undefined;
    }
  }
  if (ring.length > 2) rings.push(ring);
  return rings;
}

/** Inside by the even-odd rule: holes (Lesotho in South Africa) are outside. */
export function insideRings(p: Point, rings: readonly Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Distance from a point to the nearest edge of any ring. */
export function distanceToEdges(p: Point, rings: readonly Ring[]): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) best = Math.min(best, distanceToSegment(p, ring[j], ring[i]));
  }
  return best;
}

/** How far a circle at p keeps off a shape's interior: negative when it overlaps it (or p is inside). */
export function clearance(p: Point, rings: readonly Ring[]): number {
  const d = distanceToEdges(p, rings);
  return insideRings(p, rings) ? -d : d;
}

const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Does the segment a–b pass through the shape's interior (cross an edge, or start or end inside)? */
export function segmentEntersRings(a: Point, b: Point, rings: readonly Ring[]): boolean {
  return insideRings(a, rings) || insideRings(b, rings) || segmentCrossesRings(a, b, rings);
}

/** Does the segment a–b cross an edge of the shape? */
export function segmentCrossesRings(a: Point, b: Point, rings: readonly Ring[]): boolean {
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) if (segmentsCross(a, b, ring[j], ring[i])) return true;
  }
  return false;
}

export interface Box { x0: number; y0: number; x1: number; y1: number }

export function boxOf(rings: readonly Ring[]): Box {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const ring of rings) {
    for (const [x, y] of ring) {
      box.x0 = Math.min(box.x0, x); box.y0 = Math.min(box.y0, y);
      box.x1 = Math.max(box.x1, x); box.y1 = Math.max(box.y1, y);
    }
  }
  return box;
}

/**
 * How a box lies against rings, in one pass over their edges (label placement asks this thousands
 * of times, of rings with thousands of points):
 * - "inside": its four corners inside, no ring vertex strictly inside it, no ring edge crossing it;
 * - "outside": no corner inside, no vertex in it, no crossing: the interiors do not meet;
 * - "across": anything else.
 */
export function boxAgainstRings(b: Box, rings: readonly Ring[]): 'inside' | 'outside' | 'across' {
  const cx = [b.x0, b.x1, b.x1, b.x0];
  const cy = [b.y0, b.y0, b.y1, b.y1];
  const parity = [false, false, false, false];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (xi > b.x0 && xi < b.x1 && yi > b.y0 && yi < b.y1) return 'across';
      if (Math.max(xi, xj) >= b.x0 && Math.min(xi, xj) <= b.x1 && Math.max(yi, yj) >= b.y0 && Math.min(yi, yj) <= b.y1) {
        for (let k = 0; k < 4; k++) {
          if (segmentsCross([cx[k], cy[k]], [cx[(k + 1) % 4], cy[(k + 1) % 4]], ring[j], ring[i])) return 'across';
        }
      }
      for (let k = 0; k < 4; k++) {
        if (yi > cy[k] !== yj > cy[k] && cx[k] < ((xj - xi) * (cy[k] - yi)) / (yj - yi) + xi) parity[k] = !parity[k];
      }
    }
  }
  const inside = parity.filter(Boolean).length;
  return inside === 4 ? 'inside' : inside === 0 ? 'outside' : 'across';
}
