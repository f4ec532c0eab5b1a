import { useCallback, useEffect, useMemo, useState } from 'react';
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
import { LaterPart } from '../map/HydrateLater';
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

  return (
    <div className="page">
      <header className="site-header">
        <nav className="site-nav" aria-label={m.language.label}>
          {/* A host page's twin is the other language's page for the same host. */}
          <LaterState source={source}>
            {(later, selected, region) => (
              <LaterPart name="language" within=".site-nav" resume>
                <LanguageSwitch m={m} year={later.year === span.last ? undefined : later.year} hostId={selected?.host.id} region={region === 'world' ? undefined : region} page={initialHost ? `${pageRoot}${m.language.otherBase}country/${initialHost}/` : undefined} />
              </LaterPart>
            )}
          </LaterState>
        </nav>
        <h1 id="map-title">{m.page.title}</h1>
        <p className="lede">{m.page.lede}</p>
        <noscript>
          <p className="load-error">{m.errors.noScript}</p>
        </noscript>
        <ErrorBoundary what="summary" m={m}>
          <LaterModel source={source}>{(later) => <LaterPart name="estimate" within=".global-estimate" resume><GlobalEstimate model={later} /></LaterPart>}</LaterModel>
        </ErrorBoundary>
        <LaterPart name="downloads" within=".downloads">
          <Downloads dataBase={dataBase} m={m} />
        </LaterPart>
      </header>
      <main>
        <div className="map-layout">
          <div className="map-column">
            <div className="toolbar">
              <ErrorBoundary what="search" m={m}>
                <LaterPart name="search" within=".search">
                  <Search dataset={dataset} layout={layout} names={names} messages={m} onSelect={select} />
                </LaterPart>
              </ErrorBoundary>
              <a className="button" href="#data-table-section">{m.page.viewTable}</a>
              <ErrorBoundary what="embed" m={m}>
                <LaterState source={source}>
                  {(later, selected, region) => <EmbedDialog version={dataset.version} selectedHost={selected && { id: selected.host.id, name: selected.name }} year={later.year === span.last ? undefined : later.year} region={region === 'world' ? undefined : { id: region, name: m.mapView.regions[region] ?? region }} m={m} pageRoot={pageRoot} />}
                </LaterState>
              </ErrorBoundary>
            </div>
            <ErrorBoundary what="year" m={m}>
              <NowModel source={source}>{(model) => <LaterPart name="year" within=".year-control" resume><YearControl year={model.year} span={span} events={dataset.events} m={m} onChange={setYear} /></LaterPart>}</NowModel>
            </ErrorBoundary>
            <LaterModel source={source}>{(later) => <MapSummary model={later} />}</LaterModel>
            {map}
            <ErrorBoundary what="legend" m={m}>
              <LaterModel source={source}>{(later) => <LaterPart name="legend" within=".legend" resume><Legend model={later} /></LaterPart>}</LaterModel>
            </ErrorBoundary>
            <ErrorBoundary what="image" m={m}>
              <LaterState source={source}>{(later, selected) => <LaterPart name="image" within=".image-export" resume><ImageExport model={later} selectedView={selected} /></LaterPart>}</LaterState>
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
            <LaterPart name="table" within="#data-table-section">
              <LaterModel source={source}>{(later) => <LaterDataTable model={later} onSelect={select} />}</LaterModel>
            </LaterPart>
          </ErrorBoundary>
        </section>
        <ErrorBoundary what="about" m={m}>
          <LaterPart name="about" within="section.about">
            <About model={aboutModel} dataBase={dataBase} site={site} />
          </LaterPart>
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

/** What the search finds: the hosts, by the page's name, the English name, the code, common aliases and (territories) the state they lie in; and the countries without data. */
function searchItemsFor({ dataset, layout, names, messages: m }: Pick<AppProps, 'dataset' | 'layout' | 'names' | 'messages'>): SearchItem[] {
  const aliasesOf = (key: string, english: string, extra: string[] = []) => [english, ...extra, ...(SEARCH_ALIASES[key] ?? [])];
  const items: SearchItem[] = dataset.hosts.map((h) => ({
    key: h.id,
    name: names?.[h.id] ?? h.name,
    aliases: aliasesOf(h.territory ? h.id : h.isoNumeric, h.name, [h.iso3, ...(h.territory ? [h.territory.of, ...(names?.[h.isoNumeric] ? [names[h.isoNumeric]] : [])] : [])]),
    hasData: true,
  }));
  // By country code, once: a look-up per shape instead of a pass over every host.
  const countries = new Set(dataset.hosts.filter((h) => !h.territory).map((h) => h.isoNumeric));
  const territories = new Map<string, string[]>();
  for (const h of dataset.hosts) if (h.territory) territories.set(h.isoNumeric, [...(territories.get(h.isoNumeric) ?? []), names?.[h.id] ?? h.name]);
  for (const s of [...layout.shapes, ...layout.places]) {
    if (!countries.has(s.id) && /^\d+$/.test(s.id)) {
      // Georgia, Ukraine: the search points to the occupied territory where workers are reported.
      const occupied = territories.get(s.id) ?? [];
      const note = s.id === ORIGIN_SHAPE ? m.search.origin : occupied.length ? m.mapView.seeTerritory(m.list(occupied)) : undefined;
      items.push({ key: shapeKey(s.id), name: names?.[s.id] ?? s.name, aliases: aliasesOf(s.id, s.name), hasData: false, note });
    }
  }
  return items;
}

/** The search, with its items built when it first renders: it hydrates in an idle period of its own. */
function Search({ dataset, layout, names, messages, onSelect }: Pick<AppProps, 'dataset' | 'layout' | 'names' | 'messages'> & { onSelect: (key: string) => void }) {
  const items = useMemo(() => searchItemsFor({ dataset, layout, names, messages }), [dataset, layout, names, messages]);
  return <CountrySearch items={items} onSelect={onSelect} m={messages} />;
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
