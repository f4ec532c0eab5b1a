import { Suspense, useEffect } from 'react';
import { useMapApp, type AppProps } from './use-map-app';
import { DetailsPanel } from '../ui/DetailsPanel';
import { Legend } from '../ui/Legend';
import { DataTable } from '../ui/DataTable';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { MapSummary } from '../ui/Summary';
import { reportHeight } from '../embed/child';

/** The embed: map, legend, details, a compact table and a one-line credit; it reports its height to the host page. */
export function EmbedApp(props: AppProps) {
  const { model } = props;
  const { store, shapeNames, select, close, selectedHost, map, shared } = useMapApp(props, 'embed');
  useEffect(() => {
    const content = document.querySelector<HTMLElement>('.embed');
    return content ? reportHeight(content) : undefined;
  }, []);

  return (
    <div className="embed">
      <h1 id="map-title" className="embed-title">North Korea’s overseas workers by host country</h1>
      <MapSummary model={model} />
      {map}
      <Legend model={model} />
      <ErrorBoundary what="details">
        <DetailsPanel store={store} model={model} shapeNames={shapeNames} onClose={close} />
      </ErrorBoundary>
      <details className="embed-table">
        <summary>Data table</summary>
        <Suspense fallback={null}>
          <DataTable model={model} onSelect={select} compact />
        </Suspense>
      </details>
      <p className="credit">
        Data: DPRK overseas workers dataset v{model.dataset.version} ({model.dataset.updated}); sources in each country’s details.{' '}
        <a href={selectedHost ? `./#${selectedHost.id}` : './'} target="_blank" rel="noopener">
          Open the full map<span className="visually-hidden"> (opens in a new tab)</span> ↗
        </a>
      </p>
      {shared}
    </div>
  );
}
