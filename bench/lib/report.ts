/** Budgets, the comparison table and number formatting. */

export interface Budget {
  id: string;
  label: string;
  limit: number;
  unit: 'B' | 'ms';
  /** true: value must be below the limit; false: at most the limit. */
  strict: boolean;
}

/** 1 KB = 1,000 bytes throughout (as Vite reports kB). Times in ms since navigation start. */
export const BUDGETS: Budget[] = [
  { id: 'html-gzip', label: 'HTML (full page), gzip', limit: 50_000, unit: 'B', strict: false },
  { id: 'full-page-bytes', label: 'Full page, all bytes transferred (gzip)', limit: 130_000, unit: 'B', strict: false },
  { id: 'embed-bytes', label: 'Embed, all bytes transferred (gzip)', limit: 120_000, unit: 'B', strict: false },
  { id: 'map-painted-throttled', label: 'Map painted, CPU 4x + slow 4G (median)', limit: 1000, unit: 'ms', strict: false },
  { id: 'interactive-throttled', label: 'Interactive (first hover shows tooltip), CPU 4x + slow 4G (median)', limit: 1500, unit: 'ms', strict: false },
  { id: 'hover-p95-cpu4x', label: 'Hover → tooltip content changed, p95 at CPU 4x', limit: 16, unit: 'ms', strict: true },
];

export const passes = (b: Budget, v: number | null): boolean | null => (v === null ? null : b.strict ? v < b.limit : v <= b.limit);

export const kb = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${(n / 1000).toFixed(1)} KB`);
export const ms = (n: number | null | undefined, digits = 0) => (n === null || n === undefined ? '—' : `${n.toFixed(digits)} ms`);
export const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || a === undefined || b === null || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;

export interface Row {
  metric: string;
  ours: string;
  peer: string;
  ratio: string;
  budget: string;
  oursPass: string;
  peerPass: string;
}

export function table(rows: Row[]): string {
  const head: Row = { metric: 'Metric', ours: 'Ours', peer: 'Peer', ratio: 'Ours/Peer', budget: 'Budget', oursPass: 'Ours', peerPass: 'Peer' };
  const cols = Object.keys(head) as (keyof Row)[];
  const all = [head, ...rows];
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...all.map((r) => r[c].length))])) as Record<keyof Row, number>;
  const line = (r: Row) => cols.map((c) => (c === 'metric' ? r[c].padEnd(width[c]) : r[c].padStart(width[c]))).join(' │ ');
  const sep = cols.map((c) => '─'.repeat(width[c])).join('─┼─');
  return [line(head), sep, ...rows.map(line)].join('\n');
}

export const mark = (p: boolean | null) => (p === null ? '' : p ? 'PASS' : 'FAIL');
