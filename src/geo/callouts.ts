/**
 * Build time: places the markers of small hosts so that none covers another host's shape.
 * A marker stays on its host when it can; otherwise it moves to the nearest free spot (the sea
 * preferred over other land) and a leader line joins it to where the host really is. Neither
 * the circle nor the leader line enters another host's shape, and circles keep apart.
 * Deterministic: the same input gives the same output.
 */
import type { Point } from './types';
import { boxOf, distanceToEdges, distanceToSegment, insideRings, segmentCrossesRings, type Box, type Ring } from './rings';

export interface CalloutInput {
  id: string;
  anchor: Point;
  /** The shape the marker stands for (it may cover that one). */
  shape: string;
}

export interface Obstacle {
  shape: string;
  rings: Ring[];
}

interface Indexed extends Obstacle { box: Box }

/** Space kept between a circle and a host's edge (half the edge's stroke and a hair), and between circles, in map units. */
const EDGE_GAP = 0.75;
const CIRCLE_GAP = 1.5;

const near = (b: Box, p: Point, r: number) => p[0] >= b.x0 - r && p[0] <= b.x1 + r && p[1] >= b.y0 - r && p[1] <= b.y1 + r;
const boxesMeet = (b: Box, a: Point, c: Point) =>
  Math.min(a[0], c[0]) <= b.x1 && Math.max(a[0], c[0]) >= b.x0 && Math.min(a[1], c[1]) <= b.y1 && Math.max(a[1], c[1]) >= b.y0;

/**
 * Places every marker for one radius. `hosts` are the shapes a marker must keep off (other than
 * its own), `land` every shape (a spot at sea is preferred), `size` the map's extent.
 */
export function placeCallouts(
  markers: readonly CalloutInput[], hosts: readonly Obstacle[], land: readonly Ring[][], size: { width: number; height: number }, radius: number,
): Record<string, Point> {
  const obstacles: Indexed[] = hosts.map((o) => ({ ...o, box: boxOf(o.rings) }));
  const landBoxes = land.map((rings) => ({ rings, box: boxOf(rings) }));
  // Where each marker may go whatever the others do, cheapest first; the greedy pass below only
  // checks the markers against each other.
  const spots = new Map(markers.map((m) => [m.id, freeSpots(m, markers, obstacles, landBoxes, size, radius)]));
  // The most crowded first (they have the fewest free spots), then other orders: a greedy
  // placement depends on its order, so the one that moves markers least in all wins.
  const first = [...markers].sort((a, b) => spots.get(a.id)!.length - spots.get(b.id)!.length || (a.id < b.id ? -1 : 1));
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const orders = [first, [...first].reverse()];
  for (let i = 0; i < ORDERS; i++) orders.push(shuffled(first, random));
  let best: { at: Record<string, Point>; cost: number } | undefined;
  for (const order of orders) {
    const result = greedy(order, spots, radius);
    if (result && (!best || result.cost < best.cost - 1e-9)) best = result;
  }
  if (!best) throw new Error(`No placement of the markers at radius ${radius} keeps them off the other hosts.`);
  return best.at;
}

/** How many shuffled orders are tried besides the fewest-spots-first one and its reverse. */
const ORDERS = 40;

function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

interface Spot { at: Point; cost: number }

/** Spots on rings around the anchor where the circle and its leader keep off other hosts, the map's edge and other anchors. */
function freeSpots(
  m: CalloutInput, markers: readonly CalloutInput[], obstacles: readonly Indexed[], landBoxes: ReadonlyArray<{ rings: Ring[]; box: Box }>,
  size: { width: number; height: number }, radius: number,
): Spot[] {
  // A host at 1:110m can swallow a tiny neighbour (Singapore lies inside Malaysia's outline): its leader starts inside.
  const around = new Set(obstacles.filter((o) => insideRings(m.anchor, o.rings)));
  const fits = (p: Point): boolean => {
    if (p[0] - radius < 0 || p[1] - radius < 0 || p[0] + radius > size.width || p[1] + radius > size.height) return false;
    for (const n of markers) if (n.id !== m.id && Math.hypot(n.anchor[0] - p[0], n.anchor[1] - p[1]) < radius + CIRCLE_GAP) return false;
    for (const o of obstacles) {
      if (o.shape === m.shape) continue;
      if (near(o.box, p, radius + EDGE_GAP) && (distanceToEdges(p, o.rings) < radius + EDGE_GAP || insideRings(p, o.rings))) return false;
      // The circle keeps off the shape, so the leader enters it only by crossing an edge.
      if (!around.has(o) && boxesMeet(o.box, m.anchor, p) && segmentCrossesRings(m.anchor, p, o.rings)) return false;
    }
    return true;
  };
  const onLand = (p: Point) => landBoxes.some((l) => near(l.box, p, 0) && insideRings(p, l.rings));
  const step = Math.max(0.5, radius / 3);
  // A spot on other land costs as much as moving this much further out to sea.
  const landCost = radius * 2;
  const spots: Spot[] = [];
  // Out to where the first free spot lies, and a few radii beyond: room to give way to the other markers.
  let reach = radius * 40;
  for (let d = 0; d <= reach; d += step) {
    const n = d === 0 ? 1 : Math.max(12, Math.ceil((2 * Math.PI * d) / step));
    for (let k = 0; k < n; k++) {
      const t = (2 * Math.PI * k) / n;
      const p: Point = [Math.round((m.anchor[0] + d * Math.cos(t)) * 10) / 10, Math.round((m.anchor[1] + d * Math.sin(t)) * 10) / 10];
      if (fits(p)) spots.push({ at: p, cost: d + (d > 0 && onLand(p) ? landCost : 0) });
    }
    if (spots.length) reach = Math.min(reach, d + radius * 4 + landCost);
  }
  return spots.sort((a, b) => a.cost - b.cost);
}

function greedy(order: readonly CalloutInput[], spots: ReadonlyMap<string, Spot[]>, radius: number): { at: Record<string, Point>; cost: number } | undefined {
  const placed: Array<{ anchor: Point; at: Point }> = [];
  const out: Record<string, Point> = {};
  let total = 0;
  for (const m of order) {
    const spot = spots.get(m.id)!.find(({ at: p }) => placed.every((q) =>
      Math.hypot(q.at[0] - p[0], q.at[1] - p[1]) >= 2 * radius + CIRCLE_GAP &&
      // Leader lines pass no other marker.
      distanceToSegment(p, q.anchor, q.at) >= radius + EDGE_GAP &&
      distanceToSegment(q.at, m.anchor, p) >= radius + EDGE_GAP));
    if (!spot) return undefined;
    out[m.id] = spot.at;
    total += spot.cost;
    placed.push({ anchor: m.anchor, at: spot.at });
  }
  return { at: out, cost: total };
}
