import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { readable, SelectionCard } from '../ui/SelectionCard';
import { shapeKey } from '../view/store';
import { useMapApp, type AppProps } from './use-map-app';
import { LaterModel, LaterState, NowModel } from './year-view';
import { DetailsPanel } from '../ui/DetailsPanel';
import { Legend } from '../ui/Legend';
import { ImageExport } from '../ui/ImageExport';
import { LaterDataTable } from '../ui/DataTable';
import { CountrySearch } from '../ui/CountrySearch';
import { About, Downloads } from '../ui/About';
import { EmbedDialog } from '../ui/EmbedDialog';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { GlobalEstimate, MapSummary } from '../ui/Summary';
import { YearControl } from '../ui/YearControl';
import type { SearchItem } from '../ui/search';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { HydrateLater } from '../ui/HydrateLater';
import { ORIGIN_SHAPE, SEARCH_ALIASES } from '../i18n/aliases';

/** The full page: header, search, year, map and legend, details panel, table, about the data. */
export function FullApp(props: AppProps) {
  const { layout, dataBase, dataset, messages: m, names, initialHost, pageRoot = '', site } = props;
  const { store, source, span, setYear, shapeNames, select, close, map, shared } = useMapApp(props, 'full');
  const showDetails = useCallback(() => {
    const panel = document.getElementById('details');
    panel?.scrollIntoView({ block: 'start' });
    panel?.focus({ preventScroll: true });
  }, []);
  useTapFocus();
  // "About the data" lists every figure whatever the year: it keeps the first model (the dataset never changes in a mount).
  const [aboutModel] = useState(() => source.modelFor(store.get().year));
  const searchItems = useMemo<SearchItem[]>(() => {
    // Found by the page's name, the English name, the code, common aliases, and (territories) the state they lie in.
    const aliasesOf = (key: string, english: string, extra: string[] = []) => [english, ...extra, ...(SEARCH_ALIASES[key] ?? [])];
    const items: SearchItem[] = dataset.hosts.map((h) => ({
      key: h.id,
      name: names?.[h.id] ?? h.name,
      aliases: aliasesOf(h.territory ? h.id : h.isoNumeric, h.name, [h.iso3, ...(h.territory ? [h.territory.of, ...(names?.[h.isoNumeric] ? [names[h.isoNumeric]] : [])] : [])]),
      hasData: true,
    }));
    for (const s of [...layout.shapes, ...layout.places]) {
      if (!dataset.hosts.some((h) => !h.territory && h.isoNumeric === s.id) && /^\d+$/.test(s.id)) {
        // Georgia, Ukraine: the search points to the occupied territory where workers are reported.
        const occupied = dataset.hosts.filter((h) => h.territory && h.isoNumeric === s.id).map((h) => names?.[h.id] ?? h.name);
        const note = s.id === ORIGIN_SHAPE ? m.search.origin : occupied.length ? m.mapView.seeTerritory(m.list(occupied)) : undefined;
        items.push({ key: shapeKey(s.id), name: names?.[s.id] ?? s.name, aliases: aliasesOf(s.id, s.name), hasData: false, note });
      }
    }
    return items;
  }, [dataset, layout, names, m]);

  return (
    <div className="page">
      <header className="site-header">
        <nav className="site-nav" aria-label={m.language.label}>
          {/* A host page's twin is the other language's page for the same host. */}
          <LaterState source={source}>
            {(later, selected, region) => <LanguageSwitch m={m} year={later.year === span.last ? undefined : later.year} hostId={selected?.host.id} region={region === 'world' ? undefined : region} page={initialHost ? `${pageRoot}${m.language.otherBase}country/${initialHost}/` : undefined} />}
          </LaterState>
        </nav>
        <h1 id="map-title">{m.page.title}</h1>
        <p className="lede">{m.page.lede}</p>
        <noscript>
          <p className="load-error">{m.errors.noScript}</p>
        </noscript>
        <ErrorBoundary what="summary" m={m}>
          <LaterModel source={source}>{(later) => <GlobalEstimate model={later} />}</LaterModel>
        </ErrorBoundary>
        <Downloads dataBase={dataBase} m={m} />
      </header>
      <main>
        <div className="map-layout">
          <div className="map-column">
            <div className="toolbar">
              <ErrorBoundary what="search" m={m}>
                <CountrySearch items={searchItems} onSelect={select} m={m} />
              </ErrorBoundary>
              <a className="button" href="#data-table-section">{m.page.viewTable}</a>
              <ErrorBoundary what="embed" m={m}>
                <LaterState source={source}>
                  {(later, selected, region) => <EmbedDialog version={dataset.version} selectedHost={selected && { id: selected.host.id, name: selected.name }} year={later.year === span.last ? undefined : later.year} region={region === 'world' ? undefined : { id: region, name: m.mapView.regions[region] ?? region }} m={m} pageRoot={pageRoot} />}
                </LaterState>
              </ErrorBoundary>
            </div>
            <ErrorBoundary what="year" m={m}>
              <NowModel source={source}>{(model) => <YearControl year={model.year} span={span} events={dataset.events} m={m} onChange={setYear} />}</NowModel>
            </ErrorBoundary>
            <LaterModel source={source}>{(later) => <MapSummary model={later} />}</LaterModel>
            {map}
            <ErrorBoundary what="legend" m={m}>
              <NowModel source={source}>{(model) => <Legend model={model} />}</NowModel>
            </ErrorBoundary>
            <ErrorBoundary what="image" m={m}>
              <LaterState source={source}>{(later, selected) => <ImageExport model={later} selectedView={selected} />}</LaterState>
            </ErrorBoundary>
          </div>
          <div className="panel-column">
            <ErrorBoundary what="details" m={m}>
              <LaterModel source={source}>{(later) => <DetailsPanel store={store} model={later} shapeNames={shapeNames} onClose={close} placeholder={m.panel.placeholder} dataBase={dataBase} />}</LaterModel>
            </ErrorBoundary>
          </div>
        </div>
        {/* The table and "About the data" hydrate after the rest, when the browser is idle (HydrateLater). */}
        <section id="data-table-section" aria-labelledby="table-title" className="table-section">
          <h2 id="table-title">{m.table.title}</h2>
          <ErrorBoundary what="table" m={m}>
            <Suspense fallback={null}>
              <HydrateLater name="table" within="#data-table-section">
                <LaterModel source={source}>{(later) => <LaterDataTable model={later} onSelect={select} />}</LaterModel>
              </HydrateLater>
            </Suspense>
          </ErrorBoundary>
        </section>
        <ErrorBoundary what="about" m={m}>
          <Suspense fallback={null}>
            <HydrateLater name="about" within="section.about">
              <About model={aboutModel} dataBase={dataBase} site={site} />
            </HydrateLater>
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{m.page.footer(dataset.version, dataset.updated)}</p>
        {/* The data folder sits at the site's root, where the licences and the feed are. */}
        <p>
          <a href={`${dataBase.replace(/data\/$/, '')}LICENSES.txt`}>{m.cite.thirdParty}</a> · <a href={`${dataBase.replace(/data\/$/, '')}feed.xml`}>{m.share.feed}</a>
        </p>
      </footer>
      <ErrorBoundary what="details" m={m}>
        <LaterModel source={source}>{(later) => <SelectionCard store={store} model={later} shapeNames={shapeNames} onDetails={showDetails} onClose={close} />}</LaterModel>
      </ErrorBoundary>
      {shared}
    </div>
  );
}

/**
 * A tap on the map (touch) puts its answer in view with focus: the details when they can be
 * read where they are (beside the map on a wide screen), else the card fixed in the viewport.
 * A mouse click leaves focus on the map, where the keyboard continues.
 */
function useTapFocus() {
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if ((e as PointerEvent).pointerType !== 'touch' || !(e.target as Element | null)?.closest?.('svg.map')) return;
      requestAnimationFrame(() => {
        const panel = document.getElementById('details');
        const card = document.getElementById('selection-card');
        if (!panel) return;
        if (readable(panel.getBoundingClientRect(), window.innerHeight)) panel.focus({ preventScroll: true });
        else if (card && card.getClientRects().length > 0) card.focus();
        else { panel.scrollIntoView({ block: 'start' }); panel.focus({ preventScroll: true }); }
      });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}
