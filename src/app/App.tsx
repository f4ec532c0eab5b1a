import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { MapLayout } from '../geo/types';
import type { ViewModel } from './model';
import { createStore, shapeKey, type Store } from './store';
import { hostFromUrl, urlWithHost } from './url-state';
import { WorldMap } from '../map/WorldMap';
import { Tooltip } from '../ui/Tooltip';
import { DetailsPanel } from '../ui/DetailsPanel';
import { Legend } from '../ui/Legend';
import { DataTable } from '../ui/DataTable';
import { CountrySearch } from '../ui/CountrySearch';
import { About } from '../ui/About';
import { EmbedDialog } from '../ui/EmbedDialog';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { GlobalEstimate, MapSummary } from '../ui/Summary';
import { reportHeight } from '../embed/child';
import type { SearchItem } from '../ui/search';

export type Mode = 'full' | 'embed';

export interface AppProps {
  model: ViewModel;
  layout: MapLayout;
  mode: Mode;
  /** Folder of the dataset files, relative to the page: "data/". */
  dataBase: string;
  store?: Store;
}

const TITLE = 'North Korea’s overseas workers';

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
      const id = hostFromUrl(new URL(window.location.href), ids);
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
        else window.history.pushState(null, '', next);
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
    setText(view ? `Selected ${view.label}. Details are shown.` : `Selected ${shapeNames.get(selected.slice(6)) ?? ''}: no data.`);
  }, [selected, model, shapeNames]);
  return text;
}

export function App({ model, layout, mode, dataBase, store: given }: AppProps) {
  const [store] = useState(() => given ?? createStore());
  const shapeNames = useMemo(() => new Map([...layout.shapes, ...layout.places].map((s) => [s.id, s.name])), [layout]);
  const searchItems = useMemo<SearchItem[]>(() => {
    const items: SearchItem[] = model.hosts.map((h) => ({ key: h.host.id, name: h.host.name, hasData: true }));
    for (const s of [...layout.shapes, ...layout.places]) {
      if (!model.byShape.has(s.id) && /^\d+$/.test(s.id)) items.push({ key: shapeKey(s.id), name: s.name, hasData: false });
    }
    return items;
  }, [model, layout]);
  useUrlSelection(store, model, mode);
  const announcement = useAnnouncement(store, model, shapeNames);
  const selected = useSyncExternalStore(store.subscribe, () => store.get().selected, () => null);

  const select = useCallback((key: string) => store.set({ selected: key }), [store]);
  const close = useCallback(() => {
    const { selected: was } = store.get();
    store.set({ selected: null });
    if (!focusMapTarget(was)) document.querySelector<HTMLElement>('.search input')?.focus();
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

  useEffect(() => {
    if (mode !== 'embed') return undefined;
    const content = document.querySelector<HTMLElement>('.embed');
    return content ? reportHeight(content) : undefined;
  }, [mode]);

  const selectedHost = selected ? model.byId.get(selected)?.host : undefined;
  const map = (
    <div className="map-frame">
      <WorldMap layout={layout} model={model} store={store} labelId="map-title" descriptionId="map-summary" />
    </div>
  );
  const tooltip = (
    <ErrorBoundary what="tooltip">
      <Tooltip store={store} model={model} shapeNames={shapeNames} />
    </ErrorBoundary>
  );
  const live = (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );

  if (mode === 'embed') {
    const fullMap = selectedHost ? `./#${selectedHost.id}` : './';
    return (
      <div className="embed">
        <h1 id="map-title" className="embed-title">{TITLE} by host country</h1>
        <MapSummary model={model} />
        {map}
        <Legend model={model} />
        <ErrorBoundary what="details">
          <DetailsPanel store={store} model={model} shapeNames={shapeNames} onClose={close} />
        </ErrorBoundary>
        <details className="embed-table">
          <summary>Data table</summary>
          <DataTable model={model} onSelect={select} />
        </details>
        <p className="credit">
          Data: DPRK overseas workers dataset v{model.dataset.version} ({model.dataset.updated}); sources in each country’s details.{' '}
          <a href={fullMap} target="_blank" rel="noopener">
            Open the full map<span className="visually-hidden"> (opens in a new tab)</span> ↗
          </a>
        </p>
        {tooltip}
        {live}
      </div>
    );
  }

  return (
    <div className="page">
      <header className="site-header">
        <h1 id="map-title">{TITLE}</h1>
        <p className="lede">Where the DPRK state sends labourers, how many, in which industries, and who says so.</p>
        <GlobalEstimate model={model} />
      </header>
      <main>
        <div className="map-layout">
          <div className="map-column">
            <div className="toolbar">
              <CountrySearch items={searchItems} onSelect={select} />
              <a className="button" href="#data-table-section">View as table</a>
              <EmbedDialog version={model.dataset.version} selectedHost={selectedHost} />
            </div>
            <MapSummary model={model} />
            {map}
            <Legend model={model} />
          </div>
          <div className="panel-column">
            <ErrorBoundary what="details">
              <DetailsPanel
                store={store}
                model={model}
                shapeNames={shapeNames}
                onClose={close}
                placeholder="Select a country on the map, in the search box or in the table to see its figures and every source."
              />
            </ErrorBoundary>
          </div>
        </div>
        <section id="data-table-section" aria-labelledby="table-title" className="table-section">
          <h2 id="table-title">Data table</h2>
          <ErrorBoundary what="table">
            <DataTable model={model} onSelect={select} />
          </ErrorBoundary>
        </section>
        <About model={model} dataBase={dataBase} />
      </main>
      <footer className="site-footer">
        <p>
          Dataset v{model.dataset.version}, updated {model.dataset.updated}. Map shapes: Natural Earth via world-atlas. Built as open static files; embeddable anywhere.
        </p>
      </footer>
      {tooltip}
      {live}
    </div>
  );
}
