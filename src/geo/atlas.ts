/** Build-time access to world-atlas (Node only: the browser never loads topology). */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Topology, GeometryCollection } from 'topojson-specification';

const require = createRequire(import.meta.url);

export type AtlasScale = '110m' | '50m';

export function loadAtlas(scale: AtlasScale): Topology<{ countries: GeometryCollection<{ name: string }> }> {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8'));
}

/** Every shape id either scale has: what a host's isoNumeric may join to. */
export function knownShapeIds(): Set<string> {
  const ids = new Set<string>();
  for (const scale of ['110m', '50m'] as const) {
    for (const g of loadAtlas(scale).objects.countries.geometries) if (g.id !== undefined) ids.add(String(g.id));
  }
  return ids;
}
