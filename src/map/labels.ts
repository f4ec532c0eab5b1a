/**
 * Labels on the map: each small host's name beside its marker, and the figure inside the
 * largest hosts' shapes, wherever they fit at the map's size and view. Nothing here reads the
 * page's layout: text widths come from a measure taken once (or an estimate, at build time),
 * so a year change re-places the labels without a single layout read.
 *
 * A label never overlaps another label, a marker, a leader line, the point a host really is,
 * or another host's shape; a figure also stays inside its own host's shape. Where a label does
 * not fit it is left out. Deterministic: the same scene gives the same labels.
 */
import { PLACEMENT_RADII, markerSize } from '../geo/marker-size';
import { boxAgainstRings, boxOf, parseRings, segmentEntersBox, type Box, type Ring } from '../geo/rings';
import type { MapLayout, Point } from '../geo/types';
import { largestHosts, type ViewModel } from '../view/view-model';
import { viewBoxOf } from './regions';

/** Label sizes on screen, in CSS px: names beside markers, figures inside shapes (bold). */
export const NAME_PX = 11;
export const VALUE_PX = 12;
/** How many of the largest hosts (by the figure that colours them) are offered a figure label. */
export const VALUE_LABELS = 10;
/** Space kept around a label, in em: its halo, and air between it and what it keeps off. */
const GAP_EM = 0.25;

/** Text sizes in em: widths per string, and the font's ascent and descent (the box a browser gives a line of text). */
export interface TextMetrics {
  width: (text: string, bold: boolean) => number;
  ascent: number;
  descent: number;
}

/**
 * Widths from character counts, for the build, which has no fonts: on the generous side for the
 * usual system sans-serif fonts, so a label the build keeps fits in the browser as well.
 */
export const ESTIMATED_METRICS: TextMetrics = {
  width: (text, bold) => {
    let em = 0;
    for (const c of text) {
      if (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/u.test(c)) em += 1;
      else if (/[.,:;'!|il]/.test(c) || c === ' ') em += 0.32;
      else if (/[()[\]\-fjrt]/.test(c)) em += 0.42;
      else if (/[0-9]/.test(c)) em += 0.64;
      else if (/[A-Z]|[mwMW]/.test(c)) em += 0.76;
      else em += 0.62;
    }
    return em * (bold ? 1.08 : 1);
  },
  ascent: 0.95,
  descent: 0.3,
};

export interface LabelMarker {
  host: string;
  /** Where the marker is drawn, and its radius, in map units. */
  at: Point;
  radius: number;
  /** Where the host really is; a leader line joins it to the marker when they are apart. */
  anchor: Point;
}

export interface LabelShape {
  host: string;
  rings: Ring[];
  box: Box;
  /** Each ring's box: a test against a label's box reads only the rings near it (Russia has 30 islands). */
  ringBoxes?: Box[];
}

export interface LabelScene {
  /** What the map shows now, in map units. */
  view: Box;
  /** Font sizes in map units. */
  nameSize: number;
  valueSize: number;
  metrics: TextMetrics;
  markers: LabelMarker[];
  /** Every host drawn as a shape of its own: no label but its own figure enters it. */
  shapes: LabelShape[];
  /** A name for each marker. */
  names: Array<{ host: string; text: string }>;
  /** Figures, largest host first: each at its shape's label point (data-c), `room` map units from its edge (data-room). */
  values: Array<{ host: string; options: string[][]; at: Point; room: number }>;
}

export interface PlacedLabel {
  host: string;
  kind: 'name' | 'value';
  /** One line of text each, drawn from `x` with each baseline at `y[i]`. */
  lines: string[];
  x: number;
  y: number[];
  anchor: 'start' | 'middle' | 'end';
  /** The box its text takes, in map units (without the gap kept around it). */
  box: Box;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const grow = (b: Box, d: number): Box => ({ x0: b.x0 - d, y0: b.y0 - d, x1: b.x1 + d, y1: b.y1 + d });
const within = (b: Box, outer: Box) => b.x0 >= outer.x0 && b.y0 >= outer.y0 && b.x1 <= outer.x1 && b.y1 <= outer.y1;

function meetsCircle(b: Box, c: Point, r: number): boolean {
  const dx = Math.max(b.x0 - c[0], 0, c[0] - b.x1);
  const dy = Math.max(b.y0 - c[1], 0, c[1] - b.y1);
  return dx * dx + dy * dy < r * r;
}

/** The rings whose box meets the label's: no other ring can hold a corner of it or cross its edges. */
const ringsNear = (b: Box, s: LabelShape) => (s.ringBoxes ? s.rings.filter((_, i) => overlaps(s.ringBoxes![i], b)) : s.rings);

/** Does the box take any of the shape's interior? */
function entersShape(b: Box, s: LabelShape): boolean {
  if (!overlaps(b, s.box)) return false;
  const rings = ringsNear(b, s);
  return rings.length > 0 && boxAgainstRings(b, rings) !== 'outside';
}

/** Does the box lie wholly inside the shape (no hole, no bay, no other ring in it)? */
function insideShape(b: Box, s: LabelShape): boolean {
  return boxAgainstRings(b, ringsNear(b, s)) === 'inside';
}

/** A block of lines with its box's centre at (cx, cy), its text anchored as given. */
function block(lines: string[], width: number, size: number, m: TextMetrics, cx: number, cy: number, anchor: PlacedLabel['anchor']) {
  const line = (m.ascent + m.descent) * size;
  const box: Box = { x0: cx - width / 2, x1: cx + width / 2, y0: cy - (line * lines.length) / 2, y1: cy + (line * lines.length) / 2 };
  const x = anchor === 'start' ? box.x0 : anchor === 'end' ? box.x1 : cx;
  return { lines, x, y: lines.map((_, i) => box.y0 + i * line + m.ascent * size), anchor, box };
}

/** Where a figure may sit, nearest its shape's label point first: shifts by the label's width (x) and the shape's room (y). */
const VALUE_SHIFTS: ReadonlyArray<[number, number]> = [0, 0.125, -0.125, 0.25, -0.25, 0.5, -0.5]
  .flatMap((sx) => [0, 0.25, -0.25, 0.5, -0.5].map((sy): [number, number] => [sx, sy]))
  .sort((a, b) => Math.hypot(a[0], a[1] / 2) - Math.hypot(b[0], b[1] / 2));

/** Where a name may sit beside its marker, in order of preference: right, left, the four diagonals, above, below. */
const SIDES: ReadonlyArray<{ dx: number; dy: number; anchor: PlacedLabel['anchor'] }> = [
  { dx: 1, dy: 0, anchor: 'start' }, { dx: -1, dy: 0, anchor: 'end' },
  { dx: 1, dy: -1, anchor: 'start' }, { dx: 1, dy: 1, anchor: 'start' }, { dx: -1, dy: -1, anchor: 'end' }, { dx: -1, dy: 1, anchor: 'end' },
  { dx: 0, dy: -1, anchor: 'middle' }, { dx: 0, dy: 1, anchor: 'middle' },
];

/**
 * The answers of the geometric tests, which depend on the scene's geometry (view, sizes, markers,
 * shapes) and not on the year, kept per geometry (labelGeometry's markers stand for it): scenes
 * that share a geometry test only the boxes of figures not seen before.
 */
const answers = new WeakMap<LabelMarker[], Map<string, boolean>>();

/** Where each label goes. */
export function placeLabels(scene: LabelScene): PlacedLabel[] {
  const { view, markers, shapes, metrics: m } = scene;
  let known = answers.get(markers);
  if (!known) answers.set(markers, (known = new Map()));
  const moved = markers.filter((k) => Math.hypot(k.at[0] - k.anchor[0], k.at[1] - k.anchor[1]) > k.radius);
  const placed: PlacedLabel[] = [];
  const remembered = (key: string, test: () => boolean) => {
    let answer = known!.get(key);
    if (answer === undefined) known!.set(key, (answer = test()));
    return answer;
  };
  const boxKey = (b: Box) => `${b.x0},${b.y0},${b.x1},${b.y1}`;
  /** Free of markers, leader lines, hosts' real places, other hosts' shapes (all but `own`), and the view's edge. */
  const clear = (b: Box, gap: number, own: string) => remembered(`clear ${own} ${gap} ${boxKey(b)}`, () =>
    within(grow(b, gap), view) &&
    !markers.some((k) => meetsCircle(b, k.at, k.radius + gap) || meetsCircle(b, k.anchor, gap)) &&
    !moved.some((k) => segmentEntersBox(grow(b, gap), k.anchor, k.at)) &&
    !shapes.some((s) => s.host !== own && entersShape(b, s)));
  const inside = (b: Box, s: LabelShape) => remembered(`inside ${s.host} ${boxKey(b)}`, () => insideShape(b, s));
  const free = (b: Box, gap: number) => !placed.some((p) => overlaps(grow(b, gap), p.box));

  // Figures first, largest host first: inside their own shape, centred on its label point, or
  // moved along the shape from it (a wide label in a long country); on one line, else on more.
  const valueGap = GAP_EM * scene.valueSize;
  for (const v of scene.values) {
    const shape = shapes.find((s) => s.host === v.host);
    if (!shape) continue;
    const spot = v.options.flatMap((lines) => {
      const width = Math.max(...lines.map((l) => m.width(l, true))) * scene.valueSize;
      const height = lines.length * (m.ascent + m.descent) * scene.valueSize;
      // The largest circle inside the shape bounds the box's half height; a box within it is inside the shape.
      if (height / 2 + valueGap > v.room) return [];
      const inCircle = Math.hypot(width / 2 + valueGap, height / 2 + valueGap) <= v.room;
      return VALUE_SHIFTS.map(([sx, sy]) => ({
        inCircle: inCircle && sx === 0 && sy === 0,
        ...block(lines, width, scene.valueSize, m, v.at[0] + sx * width, v.at[1] + sy * v.room, 'middle'),
      }));
    }).find((b) => (b.inCircle || inside(grow(b.box, valueGap / 2), shape)) && clear(b.box, valueGap, v.host) && free(b.box, valueGap));
    if (spot) placed.push({ host: v.host, kind: 'value', lines: spot.lines, x: spot.x, y: spot.y, anchor: spot.anchor, box: spot.box });
  }

  // Then names, beside their markers: the marker with the fewest free places first. Where each
  // name may go depends on the geometry alone: worked out once per geometry, not per year.
  const size = scene.nameSize;
  const gap = GAP_EM * size;
  let options = nameOptions.get(scene.markers);
  if (!options || options.names !== scene.names) nameOptions.set(scene.markers, (options = { names: scene.names, list: namePlaces(scene, clear, gap) }));
  for (const o of options.list) {
    const b = o.out.find((c) => free(c.box, gap));
    if (b) placed.push({ host: o.host, kind: 'name', ...b });
  }
  return placed;
}

type Block = ReturnType<typeof block>;
const nameOptions = new WeakMap<LabelMarker[], { names: LabelScene['names']; list: Array<{ host: string; out: Block[] }> }>();

/** Every place beside its marker where each name is clear of the map, the marker with the fewest first. */
function namePlaces(scene: LabelScene, clear: (b: Box, gap: number, own: string) => boolean, gap: number) {
  const { markers, metrics: m } = scene;
  const size = scene.nameSize;
  const options = scene.names.flatMap((n) => {
    const k = markers.find((x) => x.host === n.host);
    if (!k) return [];
    const width = m.width(n.text, false) * size;
    const height = (m.ascent + m.descent) * size;
    const out = SIDES.flatMap((side) => {
      const d = k.radius + gap + 1e-6;
      const diagonal = side.dx !== 0 && side.dy !== 0 ? Math.SQRT1_2 : 1;
      // The box's nearest edge (or corner) a gap off the circle.
      const cx = k.at[0] + side.dx * (d * diagonal + width / 2);
      const cy = k.at[1] + side.dy * (d * diagonal + height / 2);
      const b = block([n.text], width, size, m, cx, cy, side.anchor);
      return clear(b.box, gap, n.host) ? [b] : [];
    });
    return [{ host: n.host, out }];
  });
  return options.sort((a, b) => a.out.length - b.out.length || (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
}

const ringsByPath = new Map<string, { rings: Ring[]; box: Box; ringBoxes: Box[] }>();
function ringsOf(d: string) {
  let r = ringsByPath.get(d);
  if (!r) {
    const rings = parseRings(d);
    ringsByPath.set(d, (r = { rings, box: boxOf(rings), ringBoxes: rings.map((ring) => boxOf([ring])) }));
  }
  return r;
}

/** The hosts' own shapes, with their view: the shapes labels keep off, and place figures in. */
const hostShapes = (layout: MapLayout, model: ViewModel) =>
  layout.shapes.flatMap((s) => { const hv = model.byShape.get(s.id); return hv ? [{ s, hv }] : []; });

/**
 * Parses the outlines labelGeometry needs, a few at a time while `more()` says there is time:
 * true once every one is ready. Lets a page spread the parsing over idle periods.
 */
export function prepareShapes(layout: MapLayout, model: ViewModel, more: () => boolean): boolean {
  for (const { s } of hostShapes(layout, model)) {
    if (ringsByPath.has(s.d)) continue;
    if (!more()) return false;
    ringsOf(s.d);
  }
  return true;
}

/**
 * The scene for a map `widthPx` CSS px wide showing `region`: markers where fit-markers.ts draws
 * them, fonts in map units. Without a width, the prerendered page's: one map unit per CSS px on the
 * world view (where its markers, drawn at REFERENCE_RADIUS, are the size the page draws them).
 */
export function labelScene(layout: MapLayout, model: ViewModel, region: string, widthPx: number | undefined, metrics: TextMetrics): LabelScene {
  return { ...labelGeometry(layout, model, region, widthPx, metrics), values: labelValues(layout, model) };
}

/** What does not change with the year: the view, sizes, markers, shapes and names (model: for its hosts and names only). */
export function labelGeometry(layout: MapLayout, model: ViewModel, region: string, widthPx: number | undefined, metrics: TextMetrics): Omit<LabelScene, 'values'> {
  const [x, y, w, h] = viewBoxOf(layout, region);
  widthPx ??= layout.width;
  const { radius, placement } = markerSize(widthPx, w);
  const index = PLACEMENT_RADII.indexOf(placement as (typeof PLACEMENT_RADII)[number]);
  const perPx = w / Math.max(widthPx, 1);
  const markers = model.hosts.flatMap((hv): LabelMarker[] => {
    const k = layout.markers[hv.host.id];
    return k ? [{ host: hv.host.id, at: k.fits[index] ?? k.anchor, radius, anchor: k.anchor }] : [];
  });
  const shapes = hostShapes(layout, model).map(({ s, hv }): LabelShape => ({ host: hv.host.id, ...ringsOf(s.d) }));
  return {
    view: { x0: x, y0: y, x1: x + w, y1: y + h },
    nameSize: NAME_PX * perPx,
    valueSize: VALUE_PX * perPx,
    metrics,
    markers,
    shapes,
    names: model.hosts.filter((hv) => layout.markers[hv.host.id]).map((hv) => ({ host: hv.host.id, text: hv.name })),
  };
}

/** The figures as of the model's year, largest host first: each at its shape's label point (data-c), with its room (data-room). */
export function labelValues(layout: MapLayout, model: ViewModel): LabelScene['values'] {
  const shapeOf = new Map(layout.shapes.map((s) => [s.id, s]));
  return largestHosts(model, model.hosts.length)
    .filter((hv) => !hv.host.territory && !layout.markers[hv.host.id])
    .slice(0, VALUE_LABELS)
    .flatMap((hv) => {
      const s = shapeOf.get(hv.host.isoNumeric);
      return s?.centroid && s.room && hv.mapValue ? [{ host: hv.host.id, options: hv.mapValue, at: s.centroid, room: s.room }] : [];
    });
}
