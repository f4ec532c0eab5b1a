import { memo, useEffect, useState, useSyncExternalStore } from 'react';
import type { Store } from '../view/store';
import type { ViewModel } from '../view/view-model';

interface Props {
  store: Store;
  model: ViewModel;
  shapeNames: ReadonlyMap<string, string>;
  /** Brings the full details into view, with focus. */
  onDetails: () => void;
  onClose: () => void;
}

/**
 * On a narrow screen the details sit below the map, out of view: a tap on the map shows this
 * card, fixed at the bottom of the viewport, with the headline and a way to the full details.
 * It stays hidden while the details themselves are in view (and on wide screens, by CSS).
 */
export const SelectionCard = memo(function SelectionCard({ store, model, shapeNames, onDetails, onClose }: Props) {
  const selected = useSyncExternalStore(store.subscribe, () => store.get().selected, () => null);
  const detailsInView = useDetailsInView(selected);
  if (!selected || detailsInView) return null;
  const m = model.messages;
  const view = model.byId.get(selected);
  return (
    <section className="selection-card" id="selection-card" tabIndex={-1} aria-labelledby="selection-card-title">
      <p className="visually-hidden">{m.mapView.cardLabel}</p>
      <h2 id="selection-card-title"><bdi>{view?.name ?? shapeNames.get(selected) ?? '?'}</bdi></h2>
      <p className="selection-card-headline">{view ? view.headline : m.noData}</p>
      <div className="selection-card-actions">
        <button type="button" className="button primary" onClick={onDetails}>{m.mapView.cardDetails}</button>
        <button type="button" className="button" onClick={onClose} aria-label={m.mapView.cardClose}>×</button>
      </div>
    </section>
  );
});

/** Enough of the details shows to read them: their top, and half the viewport (or all of them). */
export function readable(box: { top: number; bottom: number; height: number }, viewportHeight: number): boolean {
  const visible = Math.min(box.bottom, viewportHeight) - Math.max(box.top, 0);
  return box.top >= -1 && box.top < viewportHeight && visible >= Math.min(box.height, viewportHeight / 2) - 1;
}

const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);

function useDetailsInView(selected: string | null): boolean {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const panel = selected ? document.getElementById('details') : null;
    if (!panel || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(([entry]) => setInView(readable(entry.boundingClientRect, window.innerHeight)), { threshold: THRESHOLDS });
    observer.observe(panel);
    return () => observer.disconnect();
  }, [selected]);
  return inView;
}
