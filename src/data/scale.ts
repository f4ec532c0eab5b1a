/**
 * The colour scale: one object that the map, the legend and the table all read.
 * Log-spaced bins (1-3-10 steps) fit estimates from hundreds to tens of thousands.
 */
import type { Host } from './types';
import { latestEstimate, representativeFigure } from './derive';

export const BIN_THRESHOLDS = [1000, 3000, 10000, 30000] as const;

export type MapClass = 'bin-0' | 'bin-1' | 'bin-2' | 'bin-3' | 'bin-4' | 'unknown' | 'restaurants' | 'withdrawn' | 'none';

export interface LegendEntry {
  cls: MapClass;
  label: string;
  /** Longer wording for screen readers and the table. */
  description: string;
}

const fmt = (n: number) => n.toLocaleString('en-US');

export function binOf(figure: number): MapClass {
  let i = 0;
  while (i < BIN_THRESHOLDS.length && figure >= BIN_THRESHOLDS[i]) i++;
  return `bin-${i}` as MapClass;
}

export function classOf(host: Host): MapClass {
  if (host.status === 'withdrawn') return 'withdrawn';
  if (host.status === 'restaurants-only') return 'restaurants';
  const latest = latestEstimate(host);
  const figure = latest && representativeFigure(latest);
  return figure === undefined ? 'unknown' : binOf(figure);
}

function binLabel(i: number): string {
  const lo = BIN_THRESHOLDS[i - 1];
  const hi = BIN_THRESHOLDS[i];
  if (lo === undefined) return `Under ${fmt(hi)}`;
  if (hi === undefined) return `${fmt(lo)} or more`;
  return `${fmt(lo)} – ${fmt(hi - 1)}`;
}

export const LEGEND: readonly LegendEntry[] = [
  ...Array.from({ length: BIN_THRESHOLDS.length + 1 }, (_, i) => ({
    cls: `bin-${i}` as MapClass,
    label: binLabel(i),
    description: `${binLabel(i)} workers (latest estimate)`,
  })),
  { cls: 'unknown', label: 'Present or reported, number unknown', description: 'Workers present or reported, no published national number' },
  { cls: 'restaurants', label: 'Restaurants only', description: 'DPRK-run restaurants, no other DPRK labour known' },
  { cls: 'withdrawn', label: 'Withdrawn or expelled', description: 'Workers reported sent home; none known to remain' },
  { cls: 'none', label: 'No data', description: 'No DPRK workers reported' },
];
