/**
 * Build time only: projects world-atlas into the map layout the page ships as SVG.
 * The browser gets path strings and points, never topology or projection code.
 */
import { geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { loadAtlas } from './atlas';
import { CompactPathContext } from './compact-path';
import { placeCallouts, type CalloutInput } from './callouts';
import { PLACEMENT_RADII } from './marker-size';
import { parseRings, type Ring } from './rings';
import { pole } from './pole';
import { REGION_BOUNDS } from './regions';
import { MARKER_RADIUS, type MapLayout, type Marker, type Point, type Shape } from './types';

export const MAP_WIDTH = 960;
/** Hosts whose shape covers fewer square pixels than this get a marker as well. */
export const SMALL_SHAPE_AREA = 120;
const ANTARCTICA = '010';

type Country = Feature<Geometry, { name: string }>;

function countries(scale: '110m' | '50m'): Country[] {
  const topo = loadAtlas(scale);
  return (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
}

/** A place that needs a marker: drawn inside shape `shape`, at `point` ([lon, lat]) when it is not the whole shape. */
export interface MarkerRequest {
  id: string;
  shape: string;
  point?: [number, number];
}

export function buildLayout(requests: readonly MarkerRequest[]): MapLayout {
  const world = countries('110m').filter((f) => f.id !== ANTARCTICA);
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, { type: 'FeatureCollection', features: world });
  const measure = geoPath(projection);
  const [[, y0], [, y1]] = measure.bounds({ type: 'FeatureCollection', features: world });
  const height = Math.ceil(y1 - y0 + 2);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0 + 1]);

  const context = new CompactPathContext();
  const draw = geoPath(projection, context);
  const round = (p: [number, number]): Point => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];

  const area = new Map<string, number>();
  // Geometry on the whole-pixel paths the page draws: what a reader sees and taps.
  const rings = new Map<string, Ring[]>();
  const shapes: Shape[] = world.map((f, i) => {
    draw(f);
    const id = f.id === undefined ? `x${i}` : String(f.id);
    area.set(id, measure.area(f));
    const d = context.result();
    rings.set(id, parseRings(d));
    const middle = pole(rings.get(id)!, 0.25);
    return { id, name: f.properties.name, d, centroid: round(middle.point), room: Math.floor(middle.distance * 10) / 10 };
  });
  const byId = new Map(shapes.map((s) => [s.id, s]));
  const fine = new Map<string, Country>();
  for (const f of countries('50m')) if (f.id !== undefined && !fine.has(String(f.id))) fine.set(String(f.id), f);

  const anchors: Record<string, Point> = {};
  for (const r of requests) {
    const shape = byId.get(r.shape);
    if (r.point) {
      const p = projection(r.point);
      if (p) anchors[r.id] = round(p);
    } else if (!shape) {
      const f = fine.get(r.shape);
      const p = f && projection(geoCentroid(f));
      if (p) anchors[r.id] = round(p);
    } else if ((area.get(shape.id) ?? 0) < SMALL_SHAPE_AREA && shape.centroid) {
      anchors[r.id] = shape.centroid;
    }
  }
  // Markers keep off every shape a request names (the hosts), except their own.
  const inputs: CalloutInput[] = requests.filter((r) => anchors[r.id]).map((r) => ({ id: r.id, anchor: anchors[r.id], shape: r.shape }));
  const hostShapes = [...new Set(requests.filter((r) => !r.point).map((r) => r.shape))].flatMap((id) => (rings.has(id) ? [{ shape: id, rings: rings.get(id)! }] : []));
  const land = [...rings.values()];
  const size = { width: MAP_WIDTH, height };
  const placements = PLACEMENT_RADII.map((r) => placeCallouts(inputs, hostShapes, land, size, r));
  const reference = placements[PLACEMENT_RADII.indexOf(MARKER_RADIUS as (typeof PLACEMENT_RADII)[number])];
  const markers: Record<string, Marker> = {};
  for (const id of Object.keys(anchors)) markers[id] = { anchor: anchors[id], at: reference[id], fits: placements.map((p) => p[id]) };
  const places = [...fine.entries()]
    .filter(([id]) => !byId.has(id) && /^\d{3}$/.test(id))
    .map(([id, f]) => ({ id, name: f.properties.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { width: MAP_WIDTH, height, shapes, markers, places, regions: regionBoxes(projection, MAP_WIDTH / height) };
}

/** Each region's box, projected (its edges sampled: meridians curve), widened to the world's proportions. */
function regionBoxes(projection: (p: [number, number]) => [number, number] | null, aspect: number): MapLayout['regions'] {
  return REGION_BOUNDS.map(({ id, west, east, south, north }) => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let t = 0; t <= 1; t += 0.125) {
      for (const p of [[west + (east - west) * t, south], [west + (east - west) * t, north], [west, south + (north - south) * t], [east, south + (north - south) * t]] as Array<[number, number]>) {
        const q = projection(p);
        if (q) { xs.push(q[0]); ys.push(q[1]); }
      }
    }
    let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if ((x1 - x0) / (y1 - y0) < aspect) { const w = (y1 - y0) * aspect; x0 -= (w - (x1 - x0)) / 2; x1 = x0 + w; }
    else { const h = (x1 - x0) / aspect; y0 -= (h - (y1 - y0)) / 2; y1 = y0 + h; }
    const box: [number, number, number, number] = [x0, y0, x1 - x0, y1 - y0].map((v) => Math.round(v)) as [number, number, number, number];
    return { id, box };
  });
}
