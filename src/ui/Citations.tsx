import type { Source } from '../data/types';
import { safeHref, shortCitation } from '../data/format';

/** A full citation; the link is rendered only for an http(s) URL. */
export function Citation({ source }: { source: Source }) {
  const href = safeHref(source.url);
  const via = source.via ? safeHref(source.via) : undefined;
  return (
    <>
      {source.publisher}. <cite>{source.title}</cite>. {source.date}.{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {new URL(href).hostname}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : (
        <span className="invalid-link">link withheld: not an http(s) address</span>
      )}
      {via && (
        <>
          {' '}(read via{' '}
          <a href={via} target="_blank" rel="noopener noreferrer">
            {new URL(via).hostname}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
          )
        </>
      )}
    </>
  );
}

export function ShortCitations({ sources, max = 3 }: { sources: readonly Source[]; max?: number }) {
  const shown = sources.slice(0, max);
  const more = sources.length - shown.length;
  return (
    <span className="short-citations">
      {shown.map(shortCitation).join('; ')}
      {more > 0 && `; +${more} more`}
    </span>
  );
}
