/** Shareable state: #CHN (or ?country=CHN) opens that host. Unknown codes are ignored. */
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
  next.hash = selected && !selected.startsWith('shape:') ? selected : '';
  return next;
}
