import { memo } from 'react';
import type { ViewModel } from '../view/view-model';
import { newestFirst, safeHref, sourcesOf } from '../model/figures';
import { TOLERANCE_YEARS } from '../model/as-of';
import { figureText, formatDate } from '../i18n/format';
import { Citation, DataText } from './Citations';

/** The global totals with their sources, every one (the year control does not hide the history here). */
export function Totals({ model }: { model: ViewModel }) {
  const m = model.messages;
  const totals = [...model.dataset.totals].sort(newestFirst).reverse();
  return (
    <ul className="totals">
      {totals.map((t, i) => (
        <li key={i}>
          <strong>{formatDate(m, t.asOf)}:</strong> {figureText(m, t)} — {m.basis[t.basis]}
          {t.note && <>. <DataText>{t.note}</DataText></>}
          <ul className="total-sources">
            {sourcesOf(model.dataset, t.sources).map((s) => (
              <li key={s.id}>
                <Citation source={s} m={m} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** Every figure in the dataset by host and date: what a reader without JavaScript gets, and the table for every year. */
export function AllFigures({ model }: { model: ViewModel }) {
  const m = model.messages;
  return (
    <details className="all-figures">
      <summary>{m.about.allFiguresTitle}</summary>
      <table className="data-table">
        <caption>{m.table.allFiguresCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.table.host}</th>
            <th scope="col">{m.panel.colDate}</th>
            <th scope="col">{m.panel.colFigure}</th>
            <th scope="col">{m.panel.colBasis}</th>
          </tr>
        </thead>
        <tbody>
          {model.hosts.flatMap((h) =>
            [...h.host.figures].sort(newestFirst).reverse().map((f, i) => (
              <tr key={`${h.host.id}-${i}`}>
                <th scope="row"><bdi>{h.name}</bdi></th>
                <td><bdi>{formatDate(m, f.asOf)}</bdi></td>
                <td>{figureText(m, f)}{f.scope === 'partial' && ` (${m.partial})`}</td>
                <td>{m.basis[f.basis]}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </details>
  );
}

/** About the data, in our own words: what is counted, what is not, how the map picks a number. */
export const About = memo(function About({ model, dataBase }: { model: ViewModel; dataBase: string }) {
  const d = model.dataset;
  const m = model.messages;
  const a = m.about;
  return (
    <section className="about" aria-labelledby="about-title">
      <h2 id="about-title">{a.title}</h2>
      <p>{a.intro}</p>
      <h3>{a.methodTitle}</h3>
      <p>{a.method(TOLERANCE_YEARS)}</p>
      <h3>{a.reliabilityTitle}</h3>
      <p>{a.reliability}</p>
      <h3>{a.notCountedTitle}</h3>
      <p>{a.notCounted}</p>
      <h3>{a.bordersTitle}</h3>
      <p>{a.borders}</p>
      <h3>{a.totalsTitle}</h3>
      <Totals model={model} />
      <AllFigures model={model} />
      <h3>{a.downloadTitle}</h3>
      <p>
        {a.download(d.version, d.updated)}{' '}
        <a href={safeHref(d.license.url)} target="_blank" rel="noopener noreferrer">
          <bdi lang="en">{d.license.name}</bdi>
        </a>
        :{' '}
        <a href={`${dataBase}dataset.json`} download>{a.json}</a> ·{' '}
        <a href={`${dataBase}dataset.csv`} download>{a.csv}</a> ·{' '}
        <a href={`${dataBase}dataset.schema.json`}>{a.schema}</a> ·{' '}
        <a href={`${dataBase}CHANGELOG.md`}>{a.changelog}</a>
      </p>
    </section>
  );
});
