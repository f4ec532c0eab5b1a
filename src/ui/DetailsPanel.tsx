import { useSyncExternalStore } from 'react';
import { shapeKey, type Store } from '../view/store';
import { ORIGIN_SHAPE } from '../i18n/aliases';
import type { ViewModel } from '../view/view-model';
import { yearOf } from '../model/dates';
import { newestFirst } from '../model/figures';
import { figureText, formatDate } from '../i18n/format';
import { Citation, DataText } from './Citations';
import { FigureChart } from './FigureChart';

interface Props {
  store: Store;
  model: ViewModel;
  shapeNames: ReadonlyMap<string, string>;
  onClose: () => void;
  /** Text shown when nothing is selected; none in the embed. */
  placeholder?: string;
}

/** The pinned details of the selected country as of the chosen year, with every citation as a link. */
export function DetailsPanel({ store, model, shapeNames, onClose, placeholder }: Props) {
  const selected = useSyncExternalStore(store.subscribe, () => store.get().selected, () => null);
  const m = model.messages;
  const view = selected ? model.byId.get(selected) : undefined;
  if (!selected) return placeholder ? <p className="panel panel-empty">{placeholder}</p> : null;
  const close = (
    <button type="button" className="panel-close" onClick={onClose} aria-label={m.panel.close}>
      ×
    </button>
  );
  if (!view) {
    // Georgia, Ukraine: no workers of their own, but a host in territory under occupation.
    const occupied = model.hosts.filter((h) => h.host.territory && shapeKey(h.host.isoNumeric) === selected);
    return (
      <section className="panel" aria-labelledby="panel-title" id="details" tabIndex={-1}>
        <div className="panel-head">
          <h2 id="panel-title"><bdi>{shapeNames.get(selected) ?? '?'}</bdi></h2>
          {close}
        </div>
        <p>{selected === shapeKey(ORIGIN_SHAPE) ? m.originDetails : occupied.length ? m.mapView.territoryDetails(m.list(occupied.map((h) => h.name))) : m.noDataDetails}</p>
        {occupied.map((h) => (
          <p key={h.host.id}>
            <button type="button" className="link-button" onClick={() => store.set({ selected: h.host.id })}>{m.mapView.openTerritory(h.name)}</button>
          </p>
        ))}
      </section>
    );
  }
  const { host, shown } = view;
  const statuses = host.statuses.filter((s) => yearOf(s.from) <= model.year);
  const figures = [...shown.known].sort(newestFirst);
  const later = host.figures.length - figures.length;
  // Only the sources of what is shown as of the year: a later report's source is not cited before it was written.
  const shownIds = new Set([...statuses.flatMap((s) => s.sources), ...figures.flatMap((f) => [...f.sources, ...(f.dispute?.sources ?? [])])]);
  const sources = view.sources.filter((s) => shownIds.has(s.id));
  const refNumber = new Map(sources.map((s, i) => [s.id, i + 1]));
  const refs = (ids: readonly string[]) => ids.map((id) => `[${refNumber.get(id) ?? '?'}]`).join('');
  return (
    <section className="panel" aria-labelledby="panel-title" id="details" tabIndex={-1}>
      <div className="panel-head">
        <h2 id="panel-title"><bdi>{view.name}</bdi></h2>
        {close}
      </div>
      <p className="panel-headline">{view.headline}{view.stale && <> ({m.age(shown.age, model.year)})</>}</p>
      {shown.figure && <p className="panel-basis">{m.onWhoseWord(m.basis[shown.figure.basis])}</p>}
      {host.figures.length > 0 && (
        <FigureChart figures={host.figures} span={model.span} year={model.year} m={m} width={320} height={120} label={m.panel.chart(view.name)} />
      )}
      <dl className="facts">
        {host.territory && (
          <>
            <dt>{m.panel.where}</dt>
            <dd>{m.panel.whereTerritory(view.stateName ?? host.territory.of)}</dd>
          </>
        )}
        <dt>{m.panel.industries}</dt>
        <dd>{host.industries.length ? m.list(host.industries.map((i) => m.industry[i])) : m.panel.notReported}</dd>
        <dt>{m.panel.restaurants}</dt>
        <dd>{host.restaurants ? m.panel.yes : m.panel.noneReported}</dd>
      </dl>
      {host.note && <p className="panel-note"><DataText>{host.note}</DataText></p>}
      {statuses.length > 0 && (
        <>
          <h3>{m.panel.statusHistory}</h3>
          <ol className="status-history">
            {statuses.map((s, i) => (
              <li key={i}>
                <bdi>{formatDate(m, s.from)}</bdi>: {m.status[s.status]} {refs(s.sources)}
                {s.note && <> — <DataText>{s.note}</DataText></>}
              </li>
            ))}
          </ol>
        </>
      )}
      {figures.length > 0 && (
        <table className="history">
          <caption>{m.panel.figures}</caption>
          <thead>
            <tr>
              <th scope="col">{m.panel.colDate}</th>
              <th scope="col">{m.panel.colFigure}</th>
              <th scope="col">{m.panel.colBasis}</th>
              <th scope="col">{m.panel.colSources}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f, i) => (
              <tr key={i} className={f === shown.figure ? 'on-map' : undefined}>
                <th scope="row"><bdi>{formatDate(m, f.asOf)}</bdi></th>
                <td>
                  {figureText(m, f)}
                  {f.scope === 'partial' && <span className="scope"> ({m.partial})</span>}
                  {f.note && <span className="estimate-note"> <DataText>{f.note}</DataText></span>}
                  {f.dispute && <span className="dispute"> {m.tooltip.disputed} <DataText>{f.dispute.note}</DataText> {refs(f.dispute.sources)}</span>}
                </td>
                <td>{m.basis[f.basis]}</td>
                <td>{refs(f.sources)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {later > 0 && <p className="panel-later">{m.panel.laterNote(model.year)}</p>}
      <h3>{m.panel.sources}</h3>
      <p className="muted">{m.citation.originalLanguage}</p>
      <ol className="sources">
        {sources.map((s) => (
          <li key={s.id}>
            <Citation source={s} m={m} />
          </li>
        ))}
      </ol>
    </section>
  );
}
