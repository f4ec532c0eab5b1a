/** Pure derivations from a validated dataset: the latest figure per host and its map class. */
import type { Dataset, Estimate, Figure, Host, Source, Total } from './types';


/**
 * The latest national estimate: the one with the highest year among estimates whose scope is
 * not "partial" (a city or a subgroup is not a headcount for the host).
 */
export function latestEstimate(host: Host): Estimate | undefined {
  let latest: Estimate | undefined;
  for (const e of host.estimates) {
    if (e.scope === 'partial') continue;
    if (!latest || e.year > latest.year) latest = e;
  }
  return latest;
}

/** One number to colour by: the value, else the geometric middle of a range, else its one bound. */
export function representativeFigure(f: Figure): number | undefined {
  if (f.value !== undefined) return f.value;
  if (f.low !== undefined && f.high !== undefined) return Math.round(Math.sqrt(Math.max(f.low, 1) * Math.max(f.high, 1)));
  return f.low ?? f.high;
}

export function latestTotal(d: Dataset): Total | undefined {
  return d.totals.reduce<Total | undefined>((a, t) => (!a || t.year > a.year ? t : a), undefined);
}

/** Estimates newest first, for tooltips and panels. */
export function estimatesNewestFirst(host: Host): Estimate[] {
  return [...host.estimates].sort((a, b) => b.year - a.year || (a.scope === 'partial' ? 1 : -1));
}

export function sourcesOf(d: Dataset, ids: readonly string[]): Array<Source & { id: string }> {
  return ids.flatMap((id) => (d.sources[id] ? [{ id, ...d.sources[id] }] : []));
}

/** Every source a host cites, host-level first, without repeats. */
export function hostSourceIds(host: Host): string[] {
  return [...new Set([...host.sources, ...host.estimates.flatMap((e) => e.sources)])];
}
