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
 * Does the segment p–q pass through the box's open interior? Clipped to the closed box (Liang–Barsky),
 * what is left is a chord of the box: it either lies along one side, or its middle is inside. This
 * catches an edge that runs from one side of the box to another without crossing a side properly
 * (through two corners, say), and a leader line that does the same across a label.
 */
export function segmentEntersBox(b: Box, p: Point, q: Point): boolean {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  let t0 = 0;
  let t1 = 1;
  // Each side keeps the part of the segment where den * t <= num.
  const keep = (den: number, num: number): boolean => {
    if (den === 0) return num >= 0;
    const t = num / den;
    if (den < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  if (!(keep(-dx, p[0] - b.x0) && keep(dx, b.x1 - p[0]) && keep(-dy, p[1] - b.y0) && keep(dy, b.y1 - p[1]))) return false;
  const t = (t0 + t1) / 2;
  const x = p[0] + t * dx;
  const y = p[1] + t * dy;
  return x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1;
}

/**
 * How a box lies against rings (even-odd), in one pass over their edges (label placement asks this
 * thousands of times, of rings with thousands of points):
 * - "across": some edge passes through the box's open interior, so the outline cuts it;
 * - otherwise nothing cuts the interior, which is then wholly in or wholly out of the shape, and
 *   the box's centre (never on an edge then) says which: "inside" or "outside".
 * Edges along the box's sides only touch it: a box beside a shape is outside, one within it inside.
 */
export function boxAgainstRings(b: Box, rings: readonly Ring[]): 'inside' | 'outside' | 'across' {
  const mx = (b.x0 + b.x1) / 2;
  const my = (b.y0 + b.y1) / 2;
  let centreInside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (Math.max(xi, xj) > b.x0 && Math.min(xi, xj) < b.x1 && Math.max(yi, yj) > b.y0 && Math.min(yi, yj) < b.y1 && segmentEntersBox(b, ring[j], ring[i])) return 'across';
      if (yi > my !== yj > my && mx < ((xj - xi) * (my - yi)) / (yj - yi) + xi) centreInside = !centreInside;
    }
  }
  return centreInside ? 'inside' : 'outside';
}
