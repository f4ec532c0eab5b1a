import type { SourceRef } from '../model/figures';
import { safeHref } from '../model/figures';
import { formatDate, shortCitation } from '../i18n/format';
import type { Messages } from '../i18n/en';

/** Dataset text, isolated so it cannot reorder what surrounds it, in its own language. */
export function DataText({ children, lang = 'en' }: { children: string | undefined; lang?: string }) {
  return <bdi lang={lang}>{children}</bdi>;
}

function Link({ href, m }: { href: string; m: Messages }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      <bdi lang="en">{new URL(href).hostname}</bdi>
      <span className="visually-hidden">{m.citation.opensInNewTab}</span>
    </a>
  );
}

/** A full citation: original publisher first; a copy we read is named as such. Links only for http(s). */
export function Citation({ source, m }: { source: SourceRef; m: Messages }) {
  const href = safeHref(source.url);
  const copy = safeHref(source.copyUrl);
  return (
    <>
      <DataText>{source.publisher}</DataText>. <cite><DataText lang={source.lang ?? 'en'}>{source.title}</DataText></cite>. <bdi>{formatDate(m, source.published)}</bdi>.{' '}
      {source.primary && <span className="badge">{m.citation.primary}</span>}{' '}
      {href ? <Link href={href} m={m} /> : <span className="invalid-link">{m.citation.withheld}</span>}
      {copy && (
        <>
          {' '}({m.citation.copyReadAt} <Link href={copy} m={m} />, <DataText>{source.copyPublisher}</DataText>)
        </>
      )}
    </>
  );
}

export function ShortCitations({ sources, m, max = 3 }: { sources: readonly SourceRef[]; m: Messages; max?: number }) {
  const shown = sources.slice(0, max);
  const more = sources.length - shown.length;
  return (
    <span className="short-citations">
      {shown.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          <bdi lang={s.lang ?? 'en'}>{shortCitation(s)}</bdi>
        </span>
      ))}
      {more > 0 && `; ${m.tooltip.more(more)}`}
    </span>
  );
}
