/**
 * The one rule for what a host shows as of a year: its status then, and its most recent
 * headcount counted on or before that year, within a tolerance. Nothing dated after the
 * year leaks in. "As of Y" means as of the end of Y.
 */
import { MAP_MEASURES, type Dataset, type Figure, type Host, type StatusEntry } from './types';
import { earliest, yearOf } from './dates';
import { newestFirst } from './figures';

/** A headcount colours the map for this many years after the year it counts (documented in data/README.md). */
export const TOLERANCE_YEARS = 3;

export interface HostAsOf {
  year: number;
  /** The last status entry on or before the year; undefined if the host was not yet reported. */
  status?: StatusEntry;
  /** The figure that colours the map, if any. */
  figure?: Figure;
  /** Years between the figure's date and the chosen year (0: counted that year). */
  age: number;
  /** Every figure dated on or before the year, newest first (the figure that colours included). */
  known: Figure[];
}

const onOrBefore = (date: string, year: number) => yearOf(date) <= year;
export const colours = (f: Figure) => MAP_MEASURES.includes(f.measure) && f.scope !== 'partial';

export function hostAsOf(host: Host, year: number, tolerance = TOLERANCE_YEARS): HostAsOf {
  const status = host.statuses.filter((s) => onOrBefore(s.from, year)).pop();
  const known = host.figures.filter((f) => onOrBefore(f.asOf, year)).sort(newestFirst);
  let figure = known.find((f) => colours(f) && year - yearOf(f.asOf) <= tolerance);
  // A status that began after the count supersedes it when it says the workers left or that
  // only restaurants remain: the count is history then, not the picture.
  if (figure && status && (status.status === 'withdrawn' || status.status === 'restaurants-only') && earliest(figure.asOf) < earliest(status.from)) figure = undefined;
  if (figure && !status) figure = undefined; // a figure always comes with a status; without one the host is not yet on the map
  return { year, status, figure, age: figure ? year - yearOf(figure.asOf) : 0, known };
}

/** The status in force at a date (the last entry starting on or before it), for the CSV. */
export function statusAt(host: Host, date: string): StatusEntry | undefined {
  return host.statuses.filter((s) => earliest(s.from) <= earliest(date)).pop();
}

const spans = new WeakMap<Dataset, { first: number; last: number }>();
/** First and last year the year control offers (computed once per dataset: every year change asks). */
export function yearSpan(d: Dataset): { first: number; last: number } {
  let span = spans.get(d);
  if (!span) spans.set(d, (span = computeYearSpan(d)));
  return span;
}

function computeYearSpan(d: Dataset): { first: number; last: number } {
  const years = [
    ...d.hosts.flatMap((h) => [...h.statuses.map((s) => yearOf(s.from)), ...h.figures.map((f) => yearOf(f.asOf))]),
    ...d.totals.map((t) => yearOf(t.asOf)),
  ];
  if (years.length === 0) {
    const y = yearOf(d.updated);
    return { first: y, last: y };
  }
  // The last year is the release's own: what was known when the dataset was published.
  return { first: Math.min(...years), last: Math.max(...years, yearOf(d.updated)) };
}

/** Global totals known as of the year, newest first. */
export function totalsAsOf(d: Dataset, year: number): Figure[] {
  return d.totals.filter((t) => onOrBefore(t.asOf, year)).sort(newestFirst);
}
