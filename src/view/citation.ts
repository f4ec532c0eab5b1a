/** Citations a reader copies: a figure with its source, the dataset's version and a link that reopens the view. */
import type { Dataset, Figure } from '../model/types';
import { safeHref } from '../model/figures';
import { yearOf } from '../model/dates';
import type { Messages } from '../i18n/en';
import { figureText, formatDate } from '../i18n/format';

/**
 * The link that reopens a view: the full page (an embed's link leads to it) with the year always
 * written, so the link shows the same view after later releases move the default year.
 */
export function permalink(pageUrl: string, year: number, hostId?: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/(^|\/)(embed|index)\.html$/, '$1');
  url.searchParams.set('year', String(year));
  if (hostId) url.hash = hostId;
  return url.href;
}

/** The plain-text citation of one figure of a host, as the page shows it. */
export function figureCitation(m: Messages, dataset: Dataset, host: { id: string; name: string }, figure: Figure, pageUrl: string): string {
  const sources = figure.sources.flatMap((id) => {
    const s = dataset.sources[id];
    return s ? [m.share.citationSource(s.publisher, s.title, formatDate(m, s.published), safeHref(s.url) ?? m.citation.withheld)] : [];
  });
  return m.share.citation({
    host: host.name,
    figure: figureText(m, figure) + (figure.scope === 'partial' ? ` (${m.partial})` : ''),
    sources: sources.join('; '),
    title: dataset.title,
    version: dataset.version,
    updated: dataset.updated,
    licence: dataset.license.name,
    link: permalink(pageUrl, yearOf(figure.asOf), host.id),
  });
}
