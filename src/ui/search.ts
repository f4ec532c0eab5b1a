/** Type-ahead matching for the country search: pure, so it is tested without a DOM. */
export interface SearchItem {
  key: string;
  name: string;
  hasData: boolean;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

/** Names that start with the query first, then names with a word that starts with it, then any match; hosts before others. */
export function searchCountries(items: readonly SearchItem[], query: string, limit = 8): SearchItem[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored: Array<[number, SearchItem]> = [];
  for (const item of items) {
    const name = fold(item.name);
    const rank = name.startsWith(q) ? 0 : name.split(/[\s.()-]+/).some((w) => w.startsWith(q)) ? 1 : name.includes(q) ? 2 : -1;
    if (rank >= 0) scored.push([rank * 2 + (item.hasData ? 0 : 1), item]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1].name.localeCompare(b[1].name, 'en'))
    .slice(0, limit)
    .map(([, item]) => item);
}
