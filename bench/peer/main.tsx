/**
 * The benchmark's peer: a world map built "the usual way" with Vite + React, for comparison
 * with the real site. On the client it fetches world-atlas's 110m topology, converts it with
 * topojson-client, projects it with d3-geo (Equal Earth) and renders one <path> per country.
 * The tooltip is plain useState set from each path's onPointerMove, so every pointer move
 * re-renders the whole map (the naive way). Built by bench/lib/peer.ts, never by the site build.
 */
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

type Country = Feature<Geometry, { name: string }>;
type World = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const WIDTH = 960;
const HEIGHT = 500;

function WorldMap({ countries }: { countries: Country[] }) {
  const [tip, setTip] = useState<{ name: string; x: number; y: number } | null>(null);
  const paths = useMemo(() => {
    const collection: FeatureCollection<Geometry, { name: string }> = { type: 'FeatureCollection', features: countries };
    const path = geoPath(geoEqualEarth().fitSize([WIDTH, HEIGHT], collection));
    return countries.map((c, i) => ({ key: `${String(c.id ?? 'x')}-${i}`, id: String(c.id ?? ''), name: c.properties.name, d: path(c) ?? '' }));
  }, [countries]);
  return (
    <>
      <svg className="map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="World map">
        {paths.map((p) => (
          <path
            key={p.key}
            d={p.d}
            data-id={p.id}
            data-name={p.name}
            onPointerMove={(e) => setTip({ name: p.name, x: e.clientX, y: e.clientY })}
            onPointerLeave={() => setTip(null)}
          />
        ))}
      </svg>
      {tip && (
        <div className="tooltip" role="tooltip" style={{ transform: `translate(${tip.x + 12}px, ${tip.y + 12}px)` }}>
          {tip.name}
        </div>
      )}
    </>
  );
}

function App() {
  const [countries, setCountries] = useState<Country[] | null>(null);
  useEffect(() => {
    fetch('./countries-110m.json')
      .then((r) => r.json() as Promise<World>)
      .then((world) => setCountries(feature(world, world.objects.countries).features as Country[]))
      .catch((e: unknown) => console.error(e));
  }, []);
  return countries ? <WorldMap countries={countries} /> : <p>Loading map…</p>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
