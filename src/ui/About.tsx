import type { ViewModel } from '../app/model';
import { formatFigure, safeHref } from '../data/format';
import { sourcesOf } from '../data/derive';
import { Citation } from './Citations';

/** The global totals with their sources: the headline numbers, each cited. */
export function Totals({ model }: { model: ViewModel }) {
  const totals = [...model.dataset.totals].sort((a, b) => a.year - b.year);
  return (
    <ul className="totals">
      {totals.map((t) => (
        <li key={t.year}>
          <strong>{t.year}:</strong> {formatFigure(t)} workers abroad{t.note ? `. ${t.note}` : ''}
          <ul className="total-sources">
            {sourcesOf(model.dataset, t.sources).map((s) => (
              <li key={s.id}>
                <Citation source={s} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** About the data, in our own words: what is counted, what is not, how reliable it is. */
export function About({ model, dataBase }: { model: ViewModel; dataBase: string }) {
  const d = model.dataset;
  return (
    <section className="about" aria-labelledby="about-title">
      <h2 id="about-title">About the data</h2>
      <p>
        The figures are estimates of North Koreans sent abroad to work by the DPRK state, compiled from government statements, United Nations reports, research
        and news reporting. Each figure keeps its year and its sources. Where sources disagree for the same year, the dataset keeps both as a range.
      </p>
      <h3>How reliable is it?</h3>
      <p>
        No government publishes a full count, so treat every number as an estimate. A country without colour may still host workers in small numbers, and a
        coloured one may have sent them home since the latest report. UN Security Council resolution 2397 (December 2017) required every state to send DPRK
        workers home within 24 months; many hosts reported doing so, while later reports describe workers arriving on student or tourist visas, so the picture
        changes quickly.
      </p>
      <h3>What is not counted</h3>
      <p>
        Undocumented North Koreans abroad, most of them in China, are not in these figures, nor are people who settled in South Korea. Restaurants run by DPRK
        staff are shown even where no other workers are known.
      </p>
      <h3>How the map picks a number</h3>
      <p>
        Each country is coloured by its latest national estimate: the most recent year with a figure for the whole country (a count for one city is listed but
        not used). A range is coloured by its geometric middle. Bins are logarithmic because the figures run from hundreds to tens of thousands.
      </p>
      <h3>Borders</h3>
      <p>
        Country shapes come from Natural Earth through world-atlas. Places that are not countries there, such as Abkhazia in Georgia and the Russian-occupied
        parts of Ukraine’s Donbas, are drawn as markers inside the country they belong to; the shape of that country is not coloured for them. Small hosts get a
        marker too.
      </p>
      <h3>Global estimates</h3>
      <Totals model={model} />
      <h3>Download</h3>
      <p>
        Dataset version {d.version}, updated {d.updated}, licensed{' '}
        <a href={safeHref(d.license.url)} target="_blank" rel="noopener noreferrer">
          {d.license.name}
        </a>
        :{' '}
        <a href={`${dataBase}dataset.json`} download>
          JSON
        </a>{' '}
        ·{' '}
        <a href={`${dataBase}dataset.csv`} download>
          CSV (one row per country and year)
        </a>{' '}
        ·{' '}
        <a href={`${dataBase}dataset.schema.json`}>JSON Schema</a> ·{' '}
        <a href={`${dataBase}CHANGELOG.md`}>changelog</a>
      </p>
    </section>
  );
}
