import { memo, useCallback, useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { shapeKey, type Store } from '../view/store';
import { ORIGIN_SHAPE } from '../i18n/aliases';
import type { ViewModel } from '../view/view-model';
import { sourcesOf } from '../model/figures';
import { figureText, formatDate } from '../i18n/format';
import { placeTooltip, type Rect, type Size } from './placement';
import { DataText, ShortCitations } from './Citations';
import { FigureChart } from './FigureChart';

const noHover = () => null;

/** The viewport's size, read on resize only: reading it on the hover path would force a layout. */
let viewport: Size | null = null;
function viewportSize(): Size {
  if (!viewport) {
    viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    window.addEventListener('resize', () => { viewport = null; }, { once: true, passive: true });
  }
  return viewport;
}

interface Props {
  store: Store;
  model: ViewModel;
  shapeNames: ReadonlyMap<string, string>;
}

/**
 * Follows the pointer or the focused country. React renders it only when the country changes;
 * between changes the pointer moves it through the store, without a render.
 */
export function Tooltip({ store, model, shapeNames }: Props) {
  const hoverKey = useSyncExternalStore(store.subscribe, () => store.get().hover?.key ?? null, noHover);
  const el = useRef<HTMLDivElement | null>(null);
  // Placed with its last measured size, so a new tooltip forces no layout on the hover path;
  // the ResizeObserver reports the real size after layout and before paint, and re-places it
  // in the same frame.
  const size = useRef<Size>({ width: 280, height: 150 });
  const place = useCallback((anchor: Rect | undefined) => {
    if (!el.current || !anchor) return;
    const { left, top } = placeTooltip(anchor, size.current, viewportSize());
    el.current.style.transform = `translate(${left}px, ${top}px)`;
  }, []);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: HTMLDivElement | null) => {
    if (!observer.current && typeof ResizeObserver === 'function') {
      observer.current = new ResizeObserver(([entry]) => {
        const box = entry.borderBoxSize?.[0];
        size.current = box ? { width: box.inlineSize, height: box.blockSize } : { width: entry.contentRect.width, height: entry.contentRect.height };
        place(store.get().hover?.anchor);
      });
    }
    if (el.current) observer.current?.unobserve(el.current);
    el.current = node;
    if (node) observer.current?.observe(node);
  }, [place, store]);
  useLayoutEffect(() => place(store.get().hover?.anchor), [hoverKey, store, place]);
  useEffect(() => store.subscribe(() => place(store.get().hover?.anchor)), [store, place]);
  if (!hoverKey) return null;
  return (
    <div ref={ref} className="tooltip" role="tooltip" id="map-tooltip">
      <TooltipContent hoverKey={hoverKey} model={model} shapeNames={shapeNames} />
    </div>
  );
}

const TooltipContent = memo(function TooltipContent({ hoverKey, model, shapeNames }: { hoverKey: string; model: ViewModel; shapeNames: ReadonlyMap<string, string> }) {
  const m = model.messages;
  const view = model.byId.get(hoverKey);
  if (!view) {
    return (
      <>
        <p className="tooltip-title"><bdi>{shapeNames.get(hoverKey) ?? '?'}</bdi></p>
        <p className="tooltip-empty">{hoverKey === shapeKey(ORIGIN_SHAPE) ? m.originDetails : m.noData}</p>
      </>
    );
  }
  const { host, shown } = view;
  const f = shown.figure;
  const cited = sourcesOf(model.dataset, f ? f.sources : shown.status?.sources ?? []);
  // Context: what else is known by this year (other measures, other sources, older counts), never colour.
  const context = shown.known.filter((k) => k !== f).slice(0, 3);
  return (
    <>
      <p className="tooltip-title">
        <bdi>{view.name}</bdi>
        {view.stateName && <span className="tooltip-sub"> {m.territoryOf(view.stateName)}</span>}
      </p>
      <p className="tooltip-figure">{view.headline}</p>
      {f && (
        <p className="tooltip-basis">
          {view.stale && <>{m.age(shown.age, model.year)}. </>}
          {m.onWhoseWord(m.basis[f.basis])}
          {f.scope === 'partial' && <> ({m.partial})</>}
        </p>
      )}
      {f?.dispute && <p><span className="tooltip-label">{m.tooltip.disputed}</span> <DataText>{f.dispute.note}</DataText></p>}
      {shown.known.length > 1 && (
        <FigureChart figures={host.figures} span={model.span} year={model.year} m={m} width={240} height={64} label={m.panel.chart(view.name)} />
      )}
      {context.length > 0 && (
        <p>
          <span className="tooltip-label">{m.tooltip.alsoKnown}</span> {context.map((k) => figureText(m, k)).join('; ')}
        </p>
      )}
      {shown.status && (
        <p>
          <span className="tooltip-label">{m.tooltip.status}</span> {m.statusSince(m.status[shown.status.status], formatDate(m, shown.status.from))}
        </p>
      )}
      {host.industries.length > 0 && (
        <p>
          <span className="tooltip-label">{m.tooltip.industries}</span> {m.list(host.industries.map((i) => m.industry[i]))}
        </p>
      )}
      {cited.length > 0 && (
        <p className="tooltip-sources">
          <span className="tooltip-label">{m.tooltip.sources}</span> <ShortCitations sources={cited} m={m} />
        </p>
      )}
      <p className="tooltip-hint">{m.tooltip.hint}</p>
    </>
  );
});
