import { useEffect } from 'react';
import { useMapApp, type AppProps } from './use-map-app';
import { LaterModel, LaterState, NowModel } from './year-view';
import { DetailsPanel } from '../ui/DetailsPanel';
import { Legend } from '../ui/Legend';
import { ImageExport } from '../ui/ImageExport';
import { LaterDataTable } from '../ui/DataTable';
import { LaterPart } from '../map/HydrateLater';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { MapSummary } from '../ui/Summary';
import { YearControl } from '../ui/YearControl';
import { reportHeight } from '../embed/child';
import type { DatasetEvent } from '../model/types';

/** The embed has no room for the key dates' list. */
const NO_EVENTS: readonly DatasetEvent[] = [];

/** The embed: year, map, legend, a compact table and a one-line credit, with the details in a sheet over them; it reports its height to the host page. */
export function EmbedApp(props: AppProps) {
  const { dataset, messages: m } = props;
  const { store, source, span, setYear, shapeNames, select, close, map, shared } = useMapApp(props, 'embed');
  useEffect(() => {
    const content = document.querySelector<HTMLElement>('.embed');
    return content ? reportHeight(content) : undefined;
  }, []);

  return (
    <div className="embed">
      <h1 id="map-title" className="embed-title">{m.page.embedTitle}</h1>
      {/* At the top, on the right: where the details sheet never covers it (bottom on phones, left from 700 px). */}
      <ErrorBoundary what="image" m={m}>
        {/* Hydrated with the page, not later: in the article's sandbox it becomes a link, which can
            change the embed's height, and a frame below the fold reports no height change until it
            scrolls into view. */}
        <LaterState source={source}>{(later, selected) => <ImageExport model={later} selectedView={selected} />}</LaterState>
      </ErrorBoundary>
      <ErrorBoundary what="year" m={m}>
        <NowModel source={source}>{(model) => <LaterPart name="year" within=".year-control" resume><YearControl year={model.year} span={span} events={NO_EVENTS} m={m} onChange={setYear} /></LaterPart>}</NowModel>
      </ErrorBoundary>
      <LaterModel source={source}>{(later) => <MapSummary model={later} />}</LaterModel>
      {map}
      <ErrorBoundary what="legend" m={m}>
        <LaterModel source={source}>{(later) => <LaterPart name="legend" within=".legend" resume><Legend model={later} /></LaterPart>}</LaterModel>
      </ErrorBoundary>
      {/* A sheet fixed inside the frame that scrolls on its own: opening it never changes the embed's height, so the article never jumps. */}
      <div className="embed-sheet">
        <ErrorBoundary what="details" m={m}>
          <LaterModel source={source}>{(later) => <DetailsPanel store={store} model={later} shapeNames={shapeNames} onClose={close} />}</LaterModel>
        </ErrorBoundary>
      </div>
      <details className="embed-table">
        <summary>{m.table.title}</summary>
        <ErrorBoundary what="table" m={m}>
          <LaterPart name="table" within="details.embed-table">
            <LaterModel source={source}>{(later) => <LaterDataTable model={later} onSelect={select} compact />}</LaterModel>
          </LaterPart>
        </ErrorBoundary>
      </details>
      <p className="credit">
        {m.page.credit(dataset.version, dataset.updated)}{' '}
        <LaterState source={source}>
          {(later, selected) => (
            <a href={`./${later.year === span.last ? '' : `?year=${later.year}`}${selected ? `#${selected.host.id}` : ''}`} target="_blank" rel="noopener">
              {m.page.openFull}<span className="visually-hidden">{m.citation.opensInNewTab}</span> ↗
            </a>
          )}
        </LaterState>
      </p>
      {shared}
    </div>
  );
}
