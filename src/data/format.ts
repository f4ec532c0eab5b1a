/** Words and numbers a reader sees: figures, labels, citations. Pure, locale en-US. */
import type { Figure, Host, Industry, Source, Status } from './types';
import { latestEstimate } from './derive';

const nf = new Intl.NumberFormat('en-US');


/** "about 80,000", "50,000 to 80,000", "at least 100,000", "up to 1,500". */
export function formatFigure(f: Figure): string {
  if (f.value !== undefined) {
    if (f.low !== undefined && f.high !== undefined) return `about ${nf.format(f.value)} (${nf.format(f.low)} to ${nf.format(f.high)})`;
    return `about ${nf.format(f.value)}`;
  }
  if (f.low !== undefined && f.high !== undefined) return f.low === f.high ? `about ${nf.format(f.low)}` : `${nf.format(f.low)} to ${nf.format(f.high)}`;
  if (f.low !== undefined) return `at least ${nf.format(f.low)}`;
  if (f.high !== undefined) return `up to ${nf.format(f.high)}`;
  return 'number unknown';
}

export const STATUS_LABELS: Record<Status, string> = {
  present: 'Present',
  declining: 'Winding down',
  withdrawn: 'Withdrawn or expelled',
  'restaurants-only': 'Restaurants only',
  reported: 'Reported, number unknown',
};

export const INDUSTRY_LABELS: Record<Industry, string> = {
  construction: 'construction',
  logging: 'logging',
  textiles: 'textiles and garments',
  'seafood-processing': 'seafood processing',
  fishing: 'fishing',
  mining: 'mining',
  agriculture: 'agriculture',
  restaurants: 'restaurants',
  medical: 'medical',
  it: 'IT',
  'art-and-monuments': 'art and monuments',
  shipbuilding: 'shipbuilding',
  manufacturing: 'manufacturing',
  hospitality: 'hospitality',
  'military-training': 'military training',
};

export const formatIndustries = (list: readonly Industry[]) => list.map((i) => INDUSTRY_LABELS[i]).join(', ');

/** The headline of a host: its latest figure with year, or what is known instead. */
export function headline(host: Host): string {
  const latest = latestEstimate(host);
  if (latest) return `${formatFigure(latest)} workers (${latest.year})`;
  // A count for one city or group is in the details; it is not a figure for the country.
  const partial = host.estimates.some((e) => e.scope === 'partial') ? 'no national count' : '';
  if (host.status === 'restaurants-only') return 'DPRK-run restaurants, no worker count';
  if (host.status === 'withdrawn') return `workers withdrawn, ${partial || 'no count'}`;
  if (host.status === 'reported') return `workers reported, ${partial || 'number unknown'}; current presence unconfirmed`;
  return `workers present, ${partial || 'number unknown'}`;
}

/** The accessible name of a host on the map, e.g. "China: about 80,000 workers (2019)". */
export function accessibleLabel(host: Host): string {
  const status = host.status === 'withdrawn' || host.status === 'declining' ? `, ${STATUS_LABELS[host.status].toLowerCase()}` : '';
  return `${host.name}: ${headline(host)}${status}`;
}

/** Short citation, e.g. "The Washington Post, 2019". */
export function shortCitation(s: Source): string {
  const publisher = s.publisher.replace(/\s*\(.*\)\s*$/, '');
  return `${publisher}, ${s.date.slice(0, 4)}`;
}

/** A URL we render as a link: http(s) only, whatever the dataset says. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
