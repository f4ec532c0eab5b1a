import { memo, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { Store } from '../app/store';
import type { ViewModel } from '../app/model';
import { formatFigure, formatIndustries, STATUS_LABELS } from '../data/format';
import { sourcesOf } from '../data/derive';
import { placeTooltip } from './placement';
import { ShortCitations } from './Citations';

const noHover = () => null;

interface Props {
  store: Store;
  model: ViewModel;
  shapeNames: ReadonlyMap<string, string>;
}

/** Follows the pointer or the focused country. Content re-renders only when the country changes. */
export function Tooltip({ store, model, shapeNames }: Props) {
  const hover = useSyncExternalStore(store.subscribe, () => store.get().hover, noHover);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !hover) return;
    const { left, top } = placeTooltip(
      hover.anchor,
      { width: el.offsetWidth, height: el.offsetHeight },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
    );
    el.style.transform = `translate(${left}px, ${top}px)`;
  }, [hover]);
  if (!hover) return null;
  return (
    <div ref={ref} className="tooltip" role="tooltip" id="map-tooltip">
      <TooltipContent hoverKey={hover.key} model={model} shapeNames={shapeNames} />
    </div>
  );
}

const TooltipContent = memo(function TooltipContent({ hoverKey, model, shapeNames }: { hoverKey: string; model: ViewModel; shapeNames: ReadonlyMap<string, string> }) {
  const view = model.byId.get(hoverKey);
  if (!view) {
    const name = shapeNames.get(hoverKey.replace(/^shape:/, '')) ?? 'Unknown';
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
