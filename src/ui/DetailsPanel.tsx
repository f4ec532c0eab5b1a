import { memo, useState, useSyncExternalStore } from 'react';
import type { Figure } from '../model/types';
import { shapeKey, type Store } from '../view/store';
import { ORIGIN_SHAPE } from '../i18n/aliases';
import type { ViewModel } from '../view/view-model';
import { yearOf } from '../model/dates';
import { newestFirst } from '../model/figures';
import { figureText, formatDate } from '../i18n/format';
import { Citation, DataText } from './Citations';
import { FigureChart } from './FigureChart';
import { figureCitation } from '../view/citation';
import { copyText } from './clipboard';
import { HostChanges } from './HostChanges';
import { useLaterValue } from './use-later-value';

interface Props {
  store: Store;
  model: ViewModel;
  shapeNames: ReadonlyMap<string, string>;
  onClose: () => void;
  /** Text shown when nothing is selected; none in the embed. */
  placeholder?: string;
  /** Folder of the dataset files: the full page lists the host's changes across versions from there. */
  dataBase?: string;
}

/** The pinned details of the selected country as of the chosen year, with every citation as a link. */
export const DetailsPanel = memo(function DetailsPanel({ store, model, shapeNames, onClose, placeholder, dataBase }: Props) {
  // The server snapshot is the store's own: a host page is prerendered (and hydrated) with its host selected.
  const selected = useSyncExternalStore(store.subscribe, () => store.get().selected, () => store.get().selected);
  // A new host's name, figure, chart and facts render with the click; its history and sources, which
  // can be long, once that frame has painted. A prerendered page has them in its HTML.
  const whole = useLaterValue(selected) === selected;
  const m = model.messages;
  const view = selected ? model.byId.get(selected) : undefined;
  // The outcome of the last "Copy citation", for the host and year it was made in.
  const [copied, setCopied] = useState<{ key: string; ok: boolean; text: string } | null>(null);
  const copyKey = `${selected}|${model.year}`;
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
  const copyCitation = async (f: Figure) => {
    const text = figureCitation(m, model.dataset, { id: host.id, name: view.name }, f, window.location.href);
    setCopied({ key: copyKey, ok: await copyText(text), text });
  };
  const copyOutcome = copied?.key === copyKey ? copied : null;
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
      {whole && (
        <>
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
                      <button type="button" className="link-button cite-button needs-script" onClick={() => void copyCitation(f)}>
                        {m.share.copyCitation}<span className="visually-hidden">{m.share.citationOf(figureText(m, f))}</span>
                      </button>
                    </td>
                    <td>{m.basis[f.basis]}</td>
                    <td>{refs(f.sources)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {figures.length > 0 && (
            <p role="status" className="copy-status cite-status">
              {copyOutcome && (copyOutcome.ok ? m.share.copied : m.share.copyFailed)}
            </p>
          )}
          {copyOutcome && !copyOutcome.ok && (
            <textarea className="cite-text" readOnly rows={5} aria-label={m.share.citationText} value={copyOutcome.text} onFocus={(e) => e.currentTarget.select()} />
          )}
          {later > 0 && <p className="panel-later">{m.panel.laterNote(model.year)}</p>}
          {dataBase !== undefined && <HostChanges key={host.id} hostId={host.id} dataBase={dataBase} m={m} />}
          <h3>{m.panel.sources}</h3>
          <p className="muted">{m.citation.originalLanguage}</p>
          <ol className="sources">
            {sources.map((s) => (
              <li key={s.id}>
                <Citation source={s} m={m} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
});
