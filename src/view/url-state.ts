/**
 * Shareable state: ?year=2017#CHN opens China as of 2017 (?country=CHN works too).
 * No hash means nothing selected; no year means the default (the last) year.
 */
import { isShapeKey } from './store';

/**
 * The selected host from the URL. undefined: the URL says nothing about the selection (an
 * in-page link such as #data-table-section, or an unknown code), so the selection stays.
 */
export function selectionFromUrl(url: URL, knownIds: ReadonlySet<string>): string | null | undefined {
  const id = hostFromUrl(url, knownIds);
  if (id) return id;
  return url.hash.length > 1 || url.searchParams.has('country') ? undefined : null;
}

export function hostFromUrl(url: URL, knownIds: ReadonlySet<string>): string | null {
  let hash = url.hash.slice(1);
  try {
    hash = decodeURIComponent(hash);
  } catch {
    /* a malformed escape is simply not a host id */
  }
  // The embed loader may add its own fragment parameters after an "&": only the first part names a host.
  const candidates = [hash.split('&')[0], url.searchParams.get('country') ?? ''];
  for (const raw of candidates) {
    const id = raw.trim().toUpperCase();
    if (id && knownIds.has(id)) return id;
  }
  return null;
}

/** The year in the URL when it lies within the span; otherwise undefined (use the default). */
export function yearFromUrl(url: URL, span: { first: number; last: number }): number | undefined {
  const raw = url.searchParams.get('year');
  if (!raw || !/^[0-9]{4}$/.test(raw.trim())) return undefined;
  const y = Number(raw.trim());
  return y >= span.first && y <= span.last ? y : undefined;
}

/** The URL for a state: the year as ?year= (left out when it is the default), the host in the hash. */
export function urlFor(url: URL, state: { selected: string | null; year: number }, defaultYear: number): URL {
  const next = new URL(url.href);
  next.searchParams.delete('country');
  if (state.year === defaultYear) next.searchParams.delete('year');
  else next.searchParams.set('year', String(state.year));
  const rest = next.hash.includes('&') ? next.hash.slice(next.hash.indexOf('&')) : '';
  const host = state.selected && !isShapeKey(state.selected) ? state.selected : '';
  next.hash = host || rest ? `${host}${rest}` : '';
  return next;
}
