/** What the full page and the embed share: the store, URL state, Escape, announcements, and the map's pieces. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { followLater } from '../view/later';
import { NowModel, type YearSource } from './year-view';
import { whenIdle } from '../view/idle';
import type { MapLayout } from '../geo/types';
import type { Dataset } from '../model/types';
import { yearSpan } from '../model/as-of';
import type { Messages } from '../i18n/en';
import { buildViewModel, type NameTable } from '../view/view-model';
import { createStore, shapeKey, type Store } from '../view/store';
import { DEFAULT_REGION, regionFromUrl, selectionFromUrl, urlFor, yearFromUrl } from '../view/url-state';
import type { SiteInfo } from '../view/site-info';
import { WorldMap } from '../map/WorldMap';
import { Tooltip } from '../ui/Tooltip';
import { RegionControl } from '../ui/RegionControl';
import { regionIds } from '../map/regions';
import { ErrorBoundary } from '../ui/ErrorBoundary';

export type Mode = 'full' | 'embed';

export interface AppProps {
  dataset: Dataset;
  messages: Messages;
  layout: MapLayout;
  /** Host names in the page's language, by host id (English from the dataset when absent). */
  names?: NameTable;
  /** Folder of the dataset files, relative to the page: "data/". */
  dataBase: string;
  store?: Store;
  /** A host page (country/QAT/): the host it opens on when the URL names none. */
  initialHost?: string;
  /** From this page to its language's root: "" or, on a host page, "../../". */
  pageRoot?: string;
  /** Publisher, corrections, licences (site.config.json); unset fields show a marked placeholder. */
  site?: SiteInfo;
}

function focusMapTarget(hostId: string | null): boolean {
  const el = hostId ? document.querySelector<SVGElement>(`svg.map [data-host="${CSS.escape(hostId)}"][tabindex]`) : null;
  el?.focus();
  return Boolean(el);
}

/** Keeps the selection, the year and the region in step with the URL: ?year=2017&region=europe#CHN; back and forward work. */
function useUrlState(store: Store, ids: ReadonlySet<string>, regions: ReadonlySet<string>, span: { first: number; last: number }, mode: Mode, pageHost: string | null) {
  useEffect(() => {
    let written = { selected: store.get().selected, year: store.get().year, region: store.get().region };
    let pending: (() => void) | undefined;
    const fromUrl = () => {
      pending?.();
      pending = undefined;
      const url = new URL(window.location.href);
      const id = selectionFromUrl(url, ids);
      const year = yearFromUrl(url, span) ?? span.last;
      // A host page's own host stands when the URL names none.
      written = { selected: id === undefined ? store.get().selected : (id ?? pageHost), year, region: regionFromUrl(url, regions) ?? DEFAULT_REGION };
      store.set(written);
    };
    fromUrl();
    const write = () => {
      pending = undefined;
      const next = urlFor(new URL(window.location.href), written, span.last);
      try {
        // In an article the embed must not fill the reader's back button with its own steps.
        if (mode === 'embed') window.history.replaceState(null, '', next);
        else if (next.href !== window.location.href) window.history.pushState(null, '', next);
      } catch {
        /* history can be unavailable in some sandboxes: the state still works */
      }
    };
    const unsubscribe = store.subscribe(() => {
      const { selected, year, region } = store.get();
      if (selected === written.selected && year === written.year && region === written.region) return;
      written = { selected, year, region };
      // pushState costs 10–40 ms of main thread at CPU 4x in Chromium, so the URL is written when the
      // browser is idle after the frame that shows the change (at most 500 ms later), where it delays
      // neither that frame nor the next input; changes until then (a dragged slider) make one entry.
      if (!pending) pending = whenIdle(write, 500);
    });
    window.addEventListener('popstate', fromUrl);
    window.addEventListener('hashchange', fromUrl);
    return () => {
      unsubscribe();
      pending?.();
      window.removeEventListener('popstate', fromUrl);
      window.removeEventListener('hashchange', fromUrl);
    };
  }, [store, ids, regions, span, mode, pageHost]);
}

/**
 * The live region: the last change of selection or of the year, in words, once the map has
 * painted it. It renders on its own, so an announcement renders nothing else.
 */
function Announcer({ source, shapeNames }: { source: YearSource; shapeNames: ReadonlyMap<string, string> }) {
  const [text, setText] = useState('');
  useEffect(() => {
    const { later, laterSelected } = source;
    let selected = laterSelected.get();
    let year = later.get();
    const unfollowYear = later.subscribe(() => {
      if (later.get() === year) return;
      year = later.get();
      setText(source.modelFor(year).messages.year.announce(year));
    });
    const unfollowSelection = laterSelected.subscribe(() => {
      if (laterSelected.get() === selected) return;
      selected = laterSelected.get();
      const model = source.modelFor(later.get());
      const m = model.messages;
      const view = selected ? model.byId.get(selected) : undefined;
      setText(!selected ? m.selection.closed : view ? m.selection.selected(view.label) : m.selection.selectedNoData(shapeNames.get(selected) ?? ''));
    });
    return () => { unfollowYear(); unfollowSelection(); };
  }, [source, shapeNames]);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}

export function useMapApp({ dataset, messages, layout, names, store: given, initialHost }: AppProps, mode: Mode) {
  const span = useMemo(() => yearSpan(dataset), [dataset]);
  const ids = useMemo(() => new Set(dataset.hosts.map((h) => h.id)), [dataset]);
  const pageHost = initialHost && ids.has(initialHost) ? initialHost : null;
  // A host page is prerendered with its host selected: hydration starts from the same state.
  const [store] = useState(() => given ?? createStore({ hover: null, selected: pageHost, year: span.last }));
  // What the reader is not looking at while the year moves (details, selection card, summary, totals
  // chart, image export, links, dialogs, live region) follows once the map, its labels, the legend
  // and the year control have painted; links and dialogs follow a new selection the same way
  // (year-view.tsx).
  const [later] = useState(() => followLater({ get: () => store.get().year, subscribe: store.subscribe }));
  const [laterSelected] = useState(() => followLater({ get: () => store.get().selected, subscribe: store.subscribe }));
  const source = useMemo<YearSource>(() => ({ store, later, laterSelected, modelFor: (year) => buildViewModel(dataset, messages, year, names) }), [store, later, laterSelected, dataset, messages, names]);
  // Names of countries without data, keyed like the store's selection and hover ("shape:076").
  const shapeNames = useMemo(() => new Map([...layout.shapes, ...layout.places].map((s) => [shapeKey(s.id), names?.[s.id] ?? s.name])), [layout, names]);
  const regions = useMemo(() => new Set(layout.regions.map((r) => r.id)), [layout]);
  const regionList = useMemo(() => regionIds(layout), [layout]);
  useUrlState(store, ids, regions, span, mode, pageHost);

  const select = useCallback((key: string) => {
    store.set({ selected: key });
    // The details come into view with focus, wherever the choice was made (table, search, phone).
    requestAnimationFrame(() => {
      const panel = document.getElementById('details');
      panel?.focus({ preventScroll: true });
      panel?.scrollIntoView({ block: 'nearest' });
    });
  }, [store]);
  const setYear = useCallback((y: number) => store.set({ year: y }), [store]);
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

  const shared = (
    <>
      <ErrorBoundary what="tooltip" m={messages}>
        <NowModel source={source}>{(model) => <Tooltip store={store} model={model} shapeNames={shapeNames} />}</NowModel>
      </ErrorBoundary>
      <Announcer source={source} shapeNames={shapeNames} />
    </>
  );
  const map = (
    <>
      {layout.regions.length > 0 && (
        <ErrorBoundary what="map" m={messages}>
          <RegionControl store={store} regions={regionList} m={messages} />
        </ErrorBoundary>
      )}
      <div className="map-frame">
        <ErrorBoundary what="map" m={messages}>
          <NowModel source={source}>{(model) => <WorldMap layout={layout} model={model} store={store} labelId="map-title" descriptionId="map-summary" />}</NowModel>
        </ErrorBoundary>
      </div>
    </>
  );
  return { store, source, span, setYear, shapeNames, select, close, map, shared };
}
