/**
 * Build time only: projects world-atlas into the map layout the page ships as SVG.
 * The browser gets path strings and points, never topology or projection code.
 */
import { geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { loadAtlas } from './atlas';
import { CompactPathContext } from './compact-path';
import { dodge } from './dodge';
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
  const shapes: Shape[] = world.map((f, i) => {
    draw(f);
    const id = f.id === undefined ? `x${i}` : String(f.id);
    area.set(id, measure.area(f));
    return { id, name: f.properties.name, d: context.result(), centroid: round(measure.centroid(f)) };
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
  const placed = dodge(anchors, MARKER_RADIUS);
  const markers: Record<string, Marker> = {};
  for (const id of Object.keys(anchors)) markers[id] = { anchor: anchors[id], at: placed[id] };
  const places = [...fine.entries()]
    .filter(([id]) => !byId.has(id) && /^\d{3}$/.test(id))
    .map(([id, f]) => ({ id, name: f.properties.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { width: MAP_WIDTH, height, shapes, markers, places };
}
