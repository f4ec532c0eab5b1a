/** What the full page and the embed share: the store, URL state, Escape, announcements, and the map's pieces. */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { MapLayout } from '../geo/types';
import type { ViewModel } from './model';
import { createStore, shapeKey, type Store } from './store';
import { selectionFromUrl, urlWithHost } from './url-state';
import { WorldMap } from '../map/WorldMap';
import { Tooltip } from '../ui/Tooltip';
import { ErrorBoundary } from '../ui/ErrorBoundary';

export type Mode = 'full' | 'embed';

export interface AppProps {
  model: ViewModel;
  layout: MapLayout;
  /** Folder of the dataset files, relative to the page: "data/". */
  dataBase: string;
  store?: Store;
}

function focusMapTarget(hostId: string | null): boolean {
  const el = hostId ? document.querySelector<SVGElement>(`svg.map [data-host="${CSS.escape(hostId)}"][tabindex]`) : null;
  el?.focus();
  return Boolean(el);
}

/** Keeps the selection and the URL in step: #CHN opens China; back and forward work. */
function useUrlSelection(store: Store, model: ViewModel, mode: Mode) {
  useEffect(() => {
    const ids = new Set(model.byId.keys());
    let written = store.get().selected;
    const fromUrl = () => {
      const id = selectionFromUrl(new URL(window.location.href), ids);
      if (id === undefined) return;
      written = id;
      store.set({ selected: id });
    };
    fromUrl();
    const unsubscribe = store.subscribe(() => {
      const { selected } = store.get();
      if (selected === written) return;
      written = selected;
      const next = urlWithHost(new URL(window.location.href), selected);
      try {
        // In an article the embed must not fill the reader's back button with its own steps.
        if (mode === 'embed') window.history.replaceState(null, '', next);
        else if (next.href !== window.location.href) window.history.pushState(null, '', next);
      } catch {
        /* history can be unavailable in some sandboxes: the selection still works */
      }
    });
    window.addEventListener('popstate', fromUrl);
    window.addEventListener('hashchange', fromUrl);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', fromUrl);
      window.removeEventListener('hashchange', fromUrl);
    };
  }, [store, model, mode]);
}

function useAnnouncement(store: Store, model: ViewModel, shapeNames: ReadonlyMap<string, string>): string {
  const selected = useSyncExternalStore(store.subscribe, () => store.get().selected, () => null);
  const [text, setText] = useState('');
  useEffect(() => {
    if (!selected) { setText((t) => (t ? 'Details closed.' : '')); return; }
    const view = model.byId.get(selected);
    setText(view ? `Selected ${view.label}. Details are shown.` : `Selected ${shapeNames.get(selected) ?? ''}: no data.`);
  }, [selected, model, shapeNames]);
  return text;
}

export function useMapApp({ model, layout, store: given }: AppProps, mode: Mode) {
  const [store] = useState(() => given ?? createStore());
  // Names of countries without data, keyed like the store's selection and hover ("shape:076").
  const shapeNames = useMemo(() => new Map([...layout.shapes, ...layout.places].map((s) => [shapeKey(s.id), s.name])), [layout]);
  useUrlSelection(store, model, mode);
  const announcement = useAnnouncement(store, model, shapeNames);
  const selected = useSyncExternalStore(store.subscribe, () => store.get().selected, () => null);

  const select = useCallback((key: string) => store.set({ selected: key }), [store]);
  const close = useCallback(() => {
    const { selected: was } = store.get();
    store.set({ selected: null });
    if (!focusMapTarget(was)) (document.querySelector<HTMLElement>('.search input') ?? document.querySelector<SVGSVGElement>('svg.map'))?.focus();
  }, [store]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || !store.get().selected) return;
      if (document.querySelector('dialog[open]')) return;
      e.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, close]);

  useEffect(() => {
    // Tests and benchmarks wait for this: the map's controller is attached (child effects run first).
    document.getElementById('app')?.setAttribute('data-ready', '');
  }, []);

  const selectedHost = selected ? model.byId.get(selected)?.host : undefined;
  const shared = (
    <>
      <ErrorBoundary what="tooltip">
        <Tooltip store={store} model={model} shapeNames={shapeNames} />
      </ErrorBoundary>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </>
  );
  const map = (
    <div className="map-frame">
      <WorldMap layout={layout} model={model} store={store} labelId="map-title" descriptionId="map-summary" />
    </div>
  );
  return { store, shapeNames, select, close, selectedHost, map, shared };
}
