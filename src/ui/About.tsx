import { memo } from 'react';
import type { ViewModel } from '../view/view-model';
import { newestFirst, safeHref, sourcesOf } from '../model/figures';
import { TOLERANCE_YEARS } from '../model/as-of';
import { figureText, formatDate } from '../i18n/format';
import { Citation, DataText } from './Citations';
import type { Messages } from '../i18n/en';
import type { Licence, SiteInfo } from '../view/site-info';
import { DATASET_TITLE, SITE_CONFIG_FILE, UNSET_SITE } from '../view/site-info';

/** A licence as a link (names are English, like the licences themselves). */
function LicenceLink({ licence }: { licence: Licence }) {
  return (
    <a href={safeHref(licence.url)} target="_blank" rel="noopener noreferrer">
      <bdi lang="en">{licence.name}</bdi>
    </a>
  );
}

/** A value the deployer has not set yet: marked as such, never made up, with where to set it. */
function Unset({ label, field, m }: { label: string; field: string; m: Messages }) {
  return (
    <>
      <strong className="unset">{label}</strong> ({m.cite.unset} <code lang="en">{SITE_CONFIG_FILE}</code>: <code lang="en">{field}</code>)
    </>
  );
}

/** The two downloads, near the top of the page and again in "About the data". */
function DownloadsView({ dataBase, m }: { dataBase: string; m: Messages }) {
  return (
    <p className="downloads">
      {m.cite.downloads}{' '}
      <a href={`${dataBase}dataset.json`} download>{m.about.json}</a> ·{' '}
      <a href={`${dataBase}dataset.csv`} download>{m.about.csv}</a>
    </p>
  );
}

/** How to cite the dataset: title, version, date, permanent URL, licence. */
function HowToCite({ model, site }: { model: ViewModel; site: SiteInfo }) {
  const m = model.messages;
  const d = model.dataset;
  const url = site.baseUrl ? safeHref(site.baseUrl) : undefined;
  return (
    <>
      <h3>{m.cite.title}</h3>
      <p>{m.cite.intro}</p>
      <dl className="cite">
        <dt>{m.cite.name}</dt>
        <dd><bdi lang="en">{DATASET_TITLE}</bdi></dd>
        <dt>{m.cite.version}</dt>
        <dd>{d.version}</dd>
        <dt>{m.cite.date}</dt>
        <dd><bdi>{formatDate(m, d.updated)}</bdi></dd>
        <dt>{m.cite.url}</dt>
        <dd>{url ? <a href={url}><bdi lang="en">{url}</bdi></a> : <Unset label={m.cite.urlUnset} field="baseUrl" m={m} />}</dd>
        <dt>{m.cite.licence}</dt>
        <dd><LicenceLink licence={site.datasetLicense} /></dd>
      </dl>
    </>
  );
}

/** Who publishes the map and where corrections go (site.config.json). */
function Credits({ site, siteRoot, m }: { site: SiteInfo; siteRoot: string; m: Messages }) {
  const c = site.corrections;
  const correctionsUrl = c && 'url' in c ? safeHref(c.url) : undefined;
  return (
    <>
      <h3>{m.cite.creditsTitle}</h3>
      <p>
        {m.cite.publisher}: {site.publisher ? <DataText>{site.publisher}</DataText> : <Unset label={m.cite.publisherUnset} field="publisher" m={m} />}
      </p>
      <p>
        {m.cite.corrections}{' '}
        {c && 'email' in c ? <bdi lang="en">{c.email}</bdi> : correctionsUrl ? <a href={correctionsUrl}><bdi lang="en">{correctionsUrl}</bdi></a> : <Unset label={m.cite.correctionsUnset} field="corrections" m={m} />}
      </p>
      <p>
        {m.cite.codeLicence}: <LicenceLink licence={site.codeLicense} /> · {m.cite.dataLicence}: <LicenceLink licence={site.datasetLicense} /> ·{' '}
        <a href={`${siteRoot}LICENSES.txt`}>{m.cite.thirdParty}</a> · <a href={`${siteRoot}feed.xml`}>{m.share.feed}</a>
      </p>
    </>
  );
}

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
export const About = memo(function About({ model, dataBase, site = UNSET_SITE }: { model: ViewModel; dataBase: string; site?: SiteInfo }) {
  // The data folder sits at the site's root.
  const siteRoot = dataBase.replace(/data\/$/, '');
  const d = model.dataset;
  const m = model.messages;
  const a = m.about;
  return (
    <section className="about" aria-labelledby="about-title">
      <h2 id="about-title">{a.title}</h2>
      <p>{a.intro}</p>
      <h3>{a.methodTitle}</h3>
      <p>{a.method(TOLERANCE_YEARS)}</p>
      <h3>{m.cite.gradingTitle}</h3>
      <p>{m.cite.grading}</p>
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
      <HowToCite model={model} site={site} />
      <Credits site={site} siteRoot={siteRoot} m={m} />
    </section>
  );
});

export const Downloads = memo(DownloadsView);
