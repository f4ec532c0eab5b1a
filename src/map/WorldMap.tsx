import { memo, useEffect, useMemo, useRef } from 'react';
import { MARKER_RADIUS, type MapLayout } from '../geo/types';
import type { ViewModel, HostView } from '../app/model';
import type { Store } from '../app/store';
import { attachMapInteraction } from './interaction';
import { byName, type MapTarget } from './navigation';
import { MapPatterns } from './MapPatterns';


interface Props {
  layout: MapLayout;
  model: ViewModel;
  store: Store;
  labelId: string;
  descriptionId: string;
}

/** Map targets (hosts on the map), with the point keyboard and nearest-hover navigation use. */
export function mapTargets(layout: MapLayout, model: ViewModel): MapTarget[] {
  const centroids = new Map(layout.shapes.map((s) => [s.id, s.centroid]));
  return model.hosts.flatMap((h): MapTarget[] => {
    const marker = layout.markers[h.host.id];
    const p = marker?.at ?? (h.host.territory ? undefined : centroids.get(h.host.isoNumeric));
    return p ? [{ key: h.host.id, name: h.host.name, x: p[0], y: p[1], marker: Boolean(marker) }] : [];
  });
}

function targetProps(h: HostView, first: boolean) {
  return { role: 'button', tabIndex: first ? 0 : -1, 'aria-label': h.label };
}

/** The choropleth: static after first render. Hover and selection are DOM classes set by the controller. */
export const WorldMap = memo(function WorldMap({ layout, model, store, labelId, descriptionId }: Props) {
  const ref = useRef<SVGSVGElement>(null);
  const targets = useMemo(() => mapTargets(layout, model), [layout, model]);
  const firstKey = useMemo(() => byName(targets)[0]?.key, [targets]);
  useEffect(() => {
    if (!ref.current) return undefined;
    return attachMapInteraction(ref.current, store, { targets, viewBoxWidth: layout.width });
  }, [store, targets, layout.width]);

  const markerHosts = model.hosts.filter((h) => layout.markers[h.host.id]);
  return (
    <svg ref={ref} className="map" tabIndex={-1} viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-labelledby={labelId} aria-describedby={descriptionId}>
      <MapPatterns />
      <g className="shapes">
        {layout.shapes.map((s) => {
          const h = model.byShape.get(s.id);
          const isTarget = h && !layout.markers[h.host.id];
          return (
            <path
              key={s.id}
              d={s.d}
              className={h ? `c-${h.cls}` : undefined}
              data-shape={s.id}
              data-name={s.name}
              data-host={h?.host.id}
              data-c={h && s.centroid ? `${s.centroid[0]},${s.centroid[1]}` : undefined}
              {...(isTarget ? targetProps(h, h.host.id === firstKey) : {})}
            />
          );
        })}
      </g>
      <path className="outline outline-selected" aria-hidden="true" />
      <path className="outline outline-hover" aria-hidden="true" />
      <g className="places" aria-hidden="true">
        {layout.places.map((p) => (
          <g key={p.id} data-place={p.id} data-name={p.name} />
        ))}
      </g>
      <g className="markers">
        {markerHosts.map((h) => {
          const m = layout.markers[h.host.id];
          const moved = m.anchor[0] !== m.at[0] || m.anchor[1] !== m.at[1];
          return (
            <g key={h.host.id} className={`marker c-${h.cls}`} data-host={h.host.id} data-anchor={`${m.anchor[0]},${m.anchor[1]}`} {...targetProps(h, h.host.id === firstKey)}>
              {moved && <line className="leader" x1={m.anchor[0]} y1={m.anchor[1]} x2={m.at[0]} y2={m.at[1]} />}
              <circle className="marker-dot" cx={m.at[0]} cy={m.at[1]} r={MARKER_RADIUS} />
            </g>
          );
        })}
      </g>
    </svg>
  );
});
