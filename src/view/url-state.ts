/**
 * Shareable state: ?year=2017&region=europe#CHN opens China as of 2017 on the map of Europe
 * (?country=CHN works too). No hash means nothing selected; no year means the default (the
 * last) year; no region (or an unknown one) means the whole world.
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

/** The region in the URL (?region=europe) when the map has it; otherwise undefined (the world). */
export function regionFromUrl(url: URL, knownRegions: ReadonlySet<string>): string | undefined {
  const raw = url.searchParams.get('region')?.trim().toLowerCase();
  return raw && knownRegions.has(raw) ? raw : undefined;
}

export const DEFAULT_REGION = 'world';

/** The URL for a state: the year as ?year= and the region as ?region= (each left out when it is the default), the host in the hash. */
export function urlFor(url: URL, state: { selected: string | null; year: number; region?: string }, defaultYear: number): URL {
  const next = new URL(url.href);
  next.searchParams.delete('country');
  if (state.year === defaultYear) next.searchParams.delete('year');
  else next.searchParams.set('year', String(state.year));
  if (!state.region || state.region === DEFAULT_REGION) next.searchParams.delete('region');
  else next.searchParams.set('region', state.region);
  const rest = next.hash.includes('&') ? next.hash.slice(next.hash.indexOf('&')) : '';
  const host = state.selected && !isShapeKey(state.selected) ? state.selected : '';
  next.hash = host || rest ? `${host}${rest}` : '';
  return next;
}
