import { isShapeKey } from './store';

/**
 * Shareable state: #CHN (or ?country=CHN) opens that host; no hash means nothing selected.
 * undefined: the URL says nothing about the selection (an in-page link such as
 * #data-table-section, or an unknown code), so the selection stays as it is.
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
  const candidates = [hash, url.searchParams.get('country') ?? ''];
  for (const raw of candidates) {
    const id = raw.trim().toUpperCase();
    if (id && knownIds.has(id)) return id;
  }
  return null;
}

/** The URL with the selection in its hash (a shape without data is not shareable). */
export function urlWithHost(url: URL, selected: string | null): URL {
  const next = new URL(url.href);
  next.searchParams.delete('country');
  next.hash = selected && !isShapeKey(selected) ? selected : '';
  return next;
}
