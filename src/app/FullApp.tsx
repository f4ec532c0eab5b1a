import { Suspense, useMemo } from 'react';
import { shapeKey } from './store';
import { useMapApp, type AppProps } from './use-map-app';
import { DetailsPanel } from '../ui/DetailsPanel';
import { Legend } from '../ui/Legend';
import { DataTable } from '../ui/DataTable';
import { CountrySearch } from '../ui/CountrySearch';
import { About } from '../ui/About';
import { EmbedDialog } from '../ui/EmbedDialog';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { GlobalEstimate, MapSummary } from '../ui/Summary';
import type { SearchItem } from '../ui/search';

export const TITLE = 'North Korea’s overseas workers';

/** The full page: header, search, map and legend, details panel, table, about the data. */
export function FullApp(props: AppProps) {
  const { model, layout, dataBase } = props;
  const { store, shapeNames, select, close, selectedHost, map, shared } = useMapApp(props, 'full');
  const searchItems = useMemo<SearchItem[]>(() => {
    const items: SearchItem[] = model.hosts.map((h) => ({ key: h.host.id, name: h.host.name, hasData: true }));
    for (const s of [...layout.shapes, ...layout.places]) {
      if (!model.byShape.has(s.id) && /^\d+$/.test(s.id)) items.push({ key: shapeKey(s.id), name: s.name, hasData: false });
    }
    return items;
  }, [model, layout]);

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
        {/* Suspense boundaries let React hydrate the map first and these after, in tasks it can interrupt. */}
        <section id="data-table-section" aria-labelledby="table-title" className="table-section">
          <h2 id="table-title">Data table</h2>
          <ErrorBoundary what="table">
            <Suspense fallback={null}>
              <DataTable model={model} onSelect={select} />
            </Suspense>
          </ErrorBoundary>
        </section>
        <Suspense fallback={null}>
          <About model={model} dataBase={dataBase} />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>
          Dataset v{model.dataset.version}, updated {model.dataset.updated}. Map shapes: Natural Earth via world-atlas. Built as open static files; embeddable anywhere.
        </p>
      </footer>
      {shared}
    </div>
  );
}
