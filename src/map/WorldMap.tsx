import { memo, useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { MARKER_RADIUS, type MapLayout } from '../geo/types';
import { viewBoxOf } from './regions';
import type { ViewModel, HostView } from '../view/view-model';
import type { Store } from '../view/store';
import { attachMapInteraction } from './interaction';
import { byName, type MapTarget } from './navigation';
import { MapPatterns } from './MapPatterns';
import { MapLabels } from './MapLabels';
import { FALLBACK_BORDER, FALLBACK_FILL } from './palette';
import { LaterPart } from './HydrateLater';

interface Props {
  layout: MapLayout;
  model: ViewModel;
  store: Store;
  labelId: string;
  descriptionId: string;
  /** Names and figures drawn on the map (MapLabels); the share cards leave them out. */
  labels?: boolean;
  /** The layer for the hover outline over the map; a still image (the share cards) has none. */
  overlay?: boolean;
}

/** Map targets (hosts on the map), with the point keyboard and nearest-hover navigation use. */
export function mapTargets(layout: MapLayout, model: ViewModel): MapTarget[] {
  const centroids = new Map(layout.shapes.map((s) => [s.id, s.centroid]));
  return model.hosts.flatMap((h): MapTarget[] => {
    const marker = layout.markers[h.host.id];
    const p = marker?.at ?? (h.host.territory ? undefined : centroids.get(h.host.isoNumeric));
    return p ? [{ key: h.host.id, name: h.name, x: p[0], y: p[1], marker: Boolean(marker) }] : [];
  });
}

const classOf = (h: HostView) => `c-${h.cls}${h.stale ? ' stale' : ''}`;
const markerClassOf = (h: HostView) => `marker ${classOf(h)}`;

function targetProps(label: string, first: boolean) {
  return { role: 'button', tabIndex: first ? 0 : -1, 'aria-label': label };
}

interface LayerProps { layout: MapLayout; model: ViewModel; firstKey: string | undefined; hostIds: string }

function ShapeLayer({ layout, model, firstKey }: LayerProps) {
  return (
    <g className="shapes" fill={FALLBACK_FILL.none} stroke={FALLBACK_BORDER} strokeWidth={0.5}>
      {layout.shapes.map((s) => {
        const h = model.byShape.get(s.id);
        const isTarget = h && !layout.markers[h.host.id];
        return (
          <path
            key={s.id}
            id={`shape-${s.id}`}
            d={s.d}
            className={h ? classOf(h) : undefined}
            fill={h ? FALLBACK_FILL[h.cls] : undefined}
            data-shape={s.id}
            data-name={s.name}
            data-host={h?.host.id}
            // Every shape's centre, not only the built hosts': a host new in a fetched dataset is reached by keys too.
            data-c={s.centroid ? `${s.centroid[0]},${s.centroid[1]}` : undefined}
            data-room={h && s.room ? s.room : undefined}
            {...(isTarget ? targetProps(h.label, h.host.id === firstKey) : {})}
          />
        );
      })}
    </g>
  );
}

function MarkerLayer({ layout, model, firstKey }: LayerProps) {
  return (
    <g className="markers">
      {model.hosts.filter((h) => layout.markers[h.host.id]).map((h) => {
        const m = layout.markers[h.host.id];
        const moved = m.anchor[0] !== m.at[0] || m.anchor[1] !== m.at[1];
        return (
          <g
            key={h.host.id} className={markerClassOf(h)} fill={FALLBACK_FILL[h.cls]} data-host={h.host.id} data-anchor={`${m.anchor[0]},${m.anchor[1]}`}
            data-fits={m.fits.map((p) => `${p[0]},${p[1]}`).join(' ')} {...targetProps(h.label, h.host.id === firstKey)}
          >
            <line className="leader" x1={m.anchor[0]} y1={m.anchor[1]} x2={m.at[0]} y2={m.at[1]} {...(moved ? {} : { hidden: true })} />
            <circle className="marker-dot" cx={m.at[0]} cy={m.at[1]} r={MARKER_RADIUS} stroke={FALLBACK_BORDER} />
          </g>
        );
      })}
    </g>
  );
}

interface Painted { el: SVGElement; host: string; marker: boolean; labelled: boolean; cls: string | null; fill: string | null; label: string | null }
/** The drawn hosts' elements and what each shows, read once per drawing: a year change then compares strings, not the DOM. */
interface Drawing { key: readonly unknown[]; painted: Painted[] }

function readDrawing(svg: SVGSVGElement, key: readonly unknown[]): Drawing {
  const painted = [...svg.querySelectorAll<SVGElement>('.shapes path[data-host], .markers g.marker[data-host]')].map((el) => ({
    el, host: el.dataset.host!, marker: el.tagName === 'g', labelled: el.hasAttribute('aria-label'),
    cls: el.getAttribute('class'), fill: el.getAttribute('fill'), label: el.getAttribute('aria-label'),
  }));
  return { key, painted };
}

/** Writes the year's classes, fills and accessible names where they differ from what is drawn. */
function paintYear(drawing: Drawing, model: ViewModel) {
  for (const p of drawing.painted) {
    const h = model.byId.get(p.host);
    if (!h) continue;
    const cls = p.marker ? markerClassOf(h) : classOf(h);
    if (cls !== p.cls) p.el.setAttribute('class', (p.cls = cls));
    const fill = FALLBACK_FILL[h.cls];
    if (fill !== p.fill) p.el.setAttribute('fill', (p.fill = fill));
    if (p.labelled && h.label !== p.label) p.el.setAttribute('aria-label', (p.label = h.label));
  }
}

/** Countries too small to draw, by centre: the same in every year, so a year change does not render them again. */
const PlaceLayer = memo(function PlaceLayer({ places }: { places: MapLayout['places'] }) {
  return (
    <g className="places" aria-hidden="true">
      {places.map((p) => (
        <g key={p.id} data-place={p.id} data-name={p.name} />
      ))}
    </g>
  );
});

/** The choropleth. Hover and selection are data attributes set by the controller; a year change writes the classes that change (paintYear). */
export const WorldMap = memo(function WorldMap({ layout, model, store, labelId, descriptionId, labels = true, overlay = true }: Props) {
  const ref = useRef<SVGSVGElement>(null);
  // The targets depend on where hosts are, not on the year: the controller stays attached across year changes.
  const hostIds = model.hosts.map((h) => h.host.id).join();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const targets = useMemo(() => mapTargets(layout, model), [layout, hostIds]);
  const firstKey = useMemo(() => byName(targets, model.messages.collator)[0]?.key, [targets, model.messages.collator]);
  useEffect(() => {
    if (!ref.current) return undefined;
    return attachMapInteraction(ref.current, store, { targets, viewBoxWidth: layout.width, collator: model.messages.collator });
  }, [store, targets, layout.width, model.messages.collator]);

  // Before the frame is painted, in the same task as the render that changed the year. The drawing
  // is read again when the layers draw anew (the layers' dependencies, below).
  const drawing = useRef<Drawing | undefined>(undefined);
  useLayoutEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const key = [layout, firstKey, hostIds];
    if (!drawing.current || drawing.current.key.some((k, i) => k !== key[i])) drawing.current = readDrawing(svg, key);
    paintYear(drawing.current, model);
  }, [model, layout, firstKey, hostIds]);

  // The shapes and markers are drawn once per layout and host list, with the classes of the year
  // they are first drawn for; a year change writes only the classes, fills and names that change
  // (paintYear). Their elements are kept meanwhile, so a year change renders neither them nor their
  // wrappers: without the model in the dependencies on purpose.
  // The layers hydrate in idle periods of their own: the controller and paintYear work on the
  // prerendered elements meanwhile.
  const layers = useMemo(() => ({
    shapes: <LaterPart name="map-shapes"><ShapeLayer layout={layout} model={model} firstKey={firstKey} hostIds={hostIds} /></LaterPart>,
    markers: <LaterPart name="map-markers"><MarkerLayer layout={layout} model={model} firstKey={firstKey} hostIds={hostIds} /></LaterPart>,
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }), [layout, firstKey, hostIds]);

  const region = useSyncExternalStore(store.subscribe, () => store.get().region, () => store.get().region);
  // The overlay draws in the same units over the same box.
  const viewBox = viewBoxOf(layout, region).join(' ');
  return (
    <>
    <svg
      ref={ref} className="map" tabIndex={-1} viewBox={viewBox} role="group" aria-labelledby={labelId} aria-describedby={descriptionId}
      data-world={`${layout.width} ${layout.height}`} data-year={model.year} data-regions={layout.regions.map((r) => `${r.id} ${r.box.join(' ')}`).join(';') || undefined}
    >
      <MapPatterns />
      {layers.shapes}
      {/* Paths, not <use> clones: a clone of the focused shape would copy its tabindex and be a second tab stop. */}
      <path className="outline outline-selected" aria-hidden="true" />
      <PlaceLayer places={layout.places} />
      {layers.markers}
      {/* The labels resume at once when the year or the view moves. */}
      {labels && (
        <LaterPart name="map-labels" resume>
          <MapLabels layout={layout} model={model} region={region} svg={ref} />
        </LaterPart>
      )}
    </svg>
    {/* The hover and focus outline on a layer of its own, over the map: drawing it repaints this layer, not the map. */}
    {overlay && (
      <svg className="map-overlay" viewBox={viewBox} aria-hidden="true" focusable="false">
        <path className="outline outline-hover" />
      </svg>
    )}
    </>
  );
});
