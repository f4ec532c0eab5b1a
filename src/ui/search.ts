/** Type-ahead matching for the country search: pure, so it is tested without a DOM. */
import { visibleText } from '../model/text';
import { collatorFor } from '../i18n/format';

export interface SearchItem {
  key: string;
  /** The name shown, in the page's language. */
  name: string;
  /** Other names it is found by: the other language's name, former names, abbreviations. */
  aliases?: readonly string[];
  hasData: boolean;
  /** A word shown beside the name instead of "no data" (North Korea itself). */
  note?: string;
}

/** Case, accents and invisible characters folded away: "Chi\u200Bna", "CHINA" and "china" match. */
const fold = (s: string, locale: string) => visibleText(s).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLocaleLowerCase(locale);

function rankOf(name: string, q: string): number {
  if (name.startsWith(q)) return 0;
  if (name.split(/[\s.()'’-]+/).some((w) => w.startsWith(q))) return 1;
  return name.includes(q) ? 2 : -1;
}

/** Names that start with the query first, then a word that starts with it, then any match; hosts before others. */
export function searchCountries(items: readonly SearchItem[], query: string, locale = 'en', limit = 8): SearchItem[] {
  const q = fold(query.trim(), locale);
  if (!q) return [];
  const collator = collatorFor(locale);
  const scored: Array<[number, SearchItem]> = [];
  for (const item of items) {
    const ranks = [item.name, ...(item.aliases ?? [])].map((n) => rankOf(fold(n, locale), q)).filter((r) => r >= 0);
    if (ranks.length) scored.push([(item.hasData ? 0 : 10) + Math.min(...ranks), item]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || collator.compare(a[1].name, b[1].name))
    .slice(0, limit)
    .map(([, item]) => item);
}
