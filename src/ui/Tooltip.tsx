import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Store } from '../app/store';
import type { ViewModel } from '../app/model';
import { formatFigure, formatIndustries, STATUS_LABELS } from '../data/format';
import { sourcesOf } from '../data/derive';
import { placeTooltip, type Rect, type Size } from './placement';
import { ShortCitations } from './Citations';

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
  const [observer] = useState(() =>
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(([entry]) => {
          const box = entry.borderBoxSize?.[0];
          size.current = box ? { width: box.inlineSize, height: box.blockSize } : { width: entry.contentRect.width, height: entry.contentRect.height };
          place(store.get().hover?.anchor);
        })
      : undefined,
  );
  const ref = useCallback((node: HTMLDivElement | null) => {
    if (el.current) observer?.unobserve(el.current);
    el.current = node;
    if (node) observer?.observe(node);
  }, [observer]);
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
  const view = model.byId.get(hoverKey);
  if (!view) {
    const name = shapeNames.get(hoverKey) ?? 'Unknown';
    return (
      <>
        <p className="tooltip-title">{name}</p>
        <p className="tooltip-empty">No DPRK workers reported in this dataset.</p>
      </>
    );
  }
  const { host, latest } = view;
  const cited = latest ? sourcesOf(model.dataset, latest.sources) : view.sources;
  const earlier = view.history.filter((e) => e !== latest && e.scope !== 'partial').slice(0, 2);
  return (
    <>
      <p className="tooltip-title">
        {host.name}
        {host.territory && <span className="tooltip-sub"> ({host.territory.of})</span>}
      </p>
      <p className="tooltip-figure">{view.headline}</p>
      {earlier.length > 0 && (
        <p>
          <span className="tooltip-label">Earlier:</span> {earlier.map((e) => `${formatFigure(e)} (${e.year})`).join('; ')}
        </p>
      )}
      <p>
        <span className="tooltip-label">Status:</span> {STATUS_LABELS[host.status]}
      </p>
      {host.industries.length > 0 && (
        <p>
          <span className="tooltip-label">Industries:</span> {formatIndustries(host.industries)}
        </p>
      )}
      <p className="tooltip-sources">
        <span className="tooltip-label">Sources:</span> <ShortCitations sources={cited} />
      </p>
      <p className="tooltip-hint">Click or press Enter for details and links</p>
    </>
  );
});
