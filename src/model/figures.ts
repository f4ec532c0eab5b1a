/** Pure helpers over figures and sources: no screen, no words. */
import type { Amount, Basis, Dataset, Figure, Source } from './types';
import { compareDates } from './dates';

/** One number to colour by: the value, else the geometric middle of a range, else its one bound. */
export function representative(f: Amount): number | undefined {
  if (f.value !== undefined) return f.value;
  if (f.low !== undefined && f.high !== undefined) return Math.round(Math.sqrt(Math.max(f.low, 1) * Math.max(f.high, 1)));
  return f.low ?? f.high;
}

/** How much weight a basis carries when two figures count the same date: a government's own count first. */
export const BASIS_RANK: Readonly<Record<Basis, number>> = {
  'government-report': 0, 'official-statement': 1, un: 2, intelligence: 3, research: 4, media: 5, anonymous: 6,
};

/** Newest first; on the same date, the better-founded first. */
export function newestFirst(a: Figure, b: Figure): number {
  return -compareDates(a.asOf, b.asOf) || BASIS_RANK[a.basis] - BASIS_RANK[b.basis] || (a.scope === 'partial' ? 1 : 0) - (b.scope === 'partial' ? 1 : 0);
}

export type SourceRef = Source & { id: string };

export function sourcesOf(d: Dataset, ids: readonly string[]): SourceRef[] {
  return ids.flatMap((id) => (d.sources[id] ? [{ id, ...d.sources[id] }] : []));
}

/** Every source a host cites (statuses, then figures and their disputes), without repeats. */
export function hostSourceIds(host: Dataset['hosts'][number]): string[] {
  return [...new Set([
    ...host.statuses.flatMap((s) => s.sources),
    ...[...host.figures].sort(newestFirst).flatMap((f) => [...f.sources, ...(f.dispute?.sources ?? [])]),
  ])];
}

/** A URL we render as a link: http(s) only, whatever the dataset says. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
