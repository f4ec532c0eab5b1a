import { useSyncExternalStore } from 'react';
import type { Store } from '../app/store';
import type { ViewModel } from '../app/model';
import { formatFigure, formatIndustries, STATUS_LABELS } from '../data/format';
import { Citation } from './Citations';

interface Props {
  store: Store;
  model: ViewModel;
  shapeNames: ReadonlyMap<string, string>;
  onClose: () => void;
  /** Text shown when nothing is selected; none in the embed. */
  placeholder?: string;
}

/** The pinned details of the selected country, with every citation as a link. */
export function DetailsPanel({ store, model, shapeNames, onClose, placeholder }: Props) {
  const selected = useSyncExternalStore(store.subscribe, () => store.get().selected, () => null);
  const view = selected ? model.byId.get(selected) : undefined;
  if (!selected) {
    return placeholder ? <p className="panel panel-empty">{placeholder}</p> : null;
  }
  const close = (
    <button type="button" className="panel-close" onClick={onClose} aria-label="Close details">
      ×
    </button>
  );
  if (!view) {
    return (
      <section className="panel" aria-labelledby="panel-title" id="details">
        <div className="panel-head">
          <h2 id="panel-title">{shapeNames.get(selected) ?? 'Unknown'}</h2>
          {close}
        </div>
        <p>No DPRK workers are reported here in this dataset. That is not proof of absence: see “About the data”.</p>
      </section>
    );
  }
  const { host } = view;
  const refNumber = new Map(view.sources.map((s, i) => [s.id, i + 1]));
  const refs = (ids: readonly string[]) => ids.map((id) => `[${refNumber.get(id) ?? '?'}]`).join('');
  return (
    <section className="panel" aria-labelledby="panel-title" id="details">
      <div className="panel-head">
        <h2 id="panel-title">{host.name}</h2>
        {close}
      </div>
      <p className="panel-headline">{view.headline}</p>
      <dl className="facts">
        {host.territory && (
          <>
            <dt>Where</dt>
            <dd>Part of {host.territory.of}; shown as a marker, not as a shape</dd>
          </>
        )}
        <dt>Status</dt>
        <dd>{STATUS_LABELS[host.status]}</dd>
        <dt>Industries</dt>
        <dd>{host.industries.length ? formatIndustries(host.industries) : 'not reported'}</dd>
        <dt>DPRK-run restaurants</dt>
        <dd>{host.restaurants ? 'Yes' : 'None reported'}</dd>
      </dl>
      {host.note && <p className="panel-note">{host.note}</p>}
      {view.history.length > 0 && (
        <table className="history">
          <caption>Estimates by year</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Workers</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {view.history.map((e, i) => (
              <tr key={i}>
                <th scope="row">{e.year}</th>
                <td>
                  {formatFigure(e)}
                  {e.scope === 'partial' && <span className="scope"> (part of the country only)</span>}
                  {e.note && <span className="estimate-note"> {e.note}</span>}
                </td>
                <td>{refs(e.sources)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Sources</h3>
      <ol className="sources">
        {view.sources.map((s) => (
          <li key={s.id}>
            <Citation source={s} />
          </li>
        ))}
      </ol>
    </section>
  );
}
