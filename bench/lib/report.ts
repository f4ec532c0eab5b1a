/** Budgets, the results table and number formatting. */

export interface Budget {
  id: string;
  label: string;
  limit: number;
  unit: 'B' | 'ms';
  /** Which statistic is held to the limit. */
  stat: 'median' | 'p95' | 'value';
}

/**
 * 1 KB = 1,000 bytes. Times in ms. Input figures are at CPU 4x; "first hover" budgets use the
 * median of the cold loads. Interaction budgets hold the p95 to the limit (≤).
 */
export const BUDGETS: Budget[] = [
  { id: 'first-hover-after-map', label: 'First hover painted after map paint, CPU 4x (median)', limit: 100, unit: 'ms', stat: 'median' },
  { id: 'first-hover-rtt', label: 'First hover painted, CPU 4x + 150 ms RTT + 1.6 Mbit/s (median, since navigation start)', limit: 900, unit: 'ms', stat: 'median' },
  { id: 'hover', label: 'Hover input → painted frame, p95 at CPU 4x', limit: 16, unit: 'ms', stat: 'p95' },
  { id: 'click', label: 'Click → details panel painted, p95 at CPU 4x', limit: 50, unit: 'ms', stat: 'p95' },
  { id: 'key', label: 'Arrow key → next host\'s tooltip painted, p95 at CPU 4x', limit: 50, unit: 'ms', stat: 'p95' },
  { id: 'year', label: 'Year change → map of that year painted, p95 at CPU 4x', limit: 50, unit: 'ms', stat: 'p95' },
  { id: 'tbt', label: 'Total blocking time during load (median)', limit: 50, unit: 'ms', stat: 'median' },
  { id: 'bytes-full', label: 'Full page, all bytes transferred (gzip)', limit: 130_000, unit: 'B', stat: 'value' },
  { id: 'bytes-embed', label: 'Embed, all bytes transferred (gzip)', limit: 120_000, unit: 'B', stat: 'value' },
  { id: 'bytes-ko', label: 'Korean page, all bytes transferred (gzip)', limit: 130_000, unit: 'B', stat: 'value' },
];

export const budget = (id: string) => BUDGETS.find((b) => b.id === id)!;
export const passes = (b: Budget, v: number | null | 'below16'): boolean | null => (v === null ? null : v === 'below16' ? 16 <= b.limit : v <= b.limit);

export const kb = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${(n / 1000).toFixed(1)} KB`);
export const ms = (n: number | null | undefined | 'below16', digits = 0) =>
  n === null || n === undefined ? '—' : n === 'below16' ? '< 16 ms' : `${n.toFixed(digits)} ms`;

export interface Row {
  figure: string;
  page: string;
  n: string;
  median: string;
  p95: string;
  spread: string;
  budget: string;
  result: string;
}

export function table(rows: Row[]): string {
  const head: Row = { figure: 'Figure', page: 'Page', n: 'n', median: 'median', p95: 'p95', spread: 'min–max', budget: 'budget', result: 'result' };
  const cols = Object.keys(head) as (keyof Row)[];
  const all = [head, ...rows];
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...all.map((r) => r[c].length))])) as Record<keyof Row, number>;
  const left = new Set<keyof Row>(['figure', 'page', 'budget', 'result']);
  const line = (r: Row) => cols.map((c) => (left.has(c) ? r[c].padEnd(width[c]) : r[c].padStart(width[c]))).join(' │ ').trimEnd();
  const sep = cols.map((c) => '─'.repeat(width[c])).join('─┼─');
  return [line(head), sep, ...rows.map(line)].join('\n');
}

export const mark = (p: boolean | null) => (p === null ? '' : p ? 'PASS' : 'FAIL');

/** A plain table: the first column left-aligned, the others right-aligned unless listed in `leftCols`. */
export function simpleTable(head: string[], rows: string[][], leftCols: number[] = [0]): string {
  const width = head.map((_, i) => Math.max(...[head, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (leftCols.includes(i) ? c.padEnd(width[i]) : c.padStart(width[i]))).join(' │ ').trimEnd();
  return [line(head), width.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.map(line)].join('\n');
}
