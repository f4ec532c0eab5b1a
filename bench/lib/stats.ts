/** Small statistics helpers for the benchmark. */

export function median(values: readonly number[]): number | null {
  const v = values.filter(Number.isFinite).slice().sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number | null {
  const v = values.filter(Number.isFinite).slice().sort((a, b) => a - b);
  if (v.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * v.length));
  return v[Math.min(rank, v.length) - 1];
}

export function round(n: number | null, digits = 1): number | null {
  if (n === null || !Number.isFinite(n)) return null;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

export interface Summary { n: number; median: number | null; p95: number | null; min: number | null; max: number | null; q1: number | null; q3: number | null }

/** n, median, p95 (nearest rank), min, max and quartiles, rounded to `digits`. */
export function summarize(values: readonly (number | null | undefined)[], digits = 1): Summary {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return {
    n: v.length,
    median: round(median(v), digits),
    p95: round(percentile(v, 95), digits),
    min: round(v.length ? Math.min(...v) : null, digits),
    max: round(v.length ? Math.max(...v) : null, digits),
    q1: round(percentile(v, 25), digits),
    q3: round(percentile(v, 75), digits),
  };
}

/**
 * Event Timing durations, where null means "no entry": the duration was under the 16 ms
 * threshold. Percentiles rank the nulls below every reported entry; a percentile that lands on
 * a null is reported as belowThreshold (the figure is "< 16 ms").
 */
export function summarizeEventTiming(values: readonly (number | null)[]) {
  const sorted = values.map((x) => (x === null ? -1 : x)).sort((a, b) => a - b);
  const at = (p: number) => {
    if (!sorted.length) return null;
    const x = sorted[Math.min(Math.max(1, Math.ceil((p / 100) * sorted.length)), sorted.length) - 1];
    return x < 0 ? 'below16' : x;
  };
  const reported = values.filter((x): x is number => x !== null);
  return {
    n: values.length,
    reported: reported.length,
    belowThreshold: values.length - reported.length,
    median: at(50),
    p95: at(95),
    min: sorted.length ? (sorted[0] < 0 ? 'below16' : sorted[0]) : null,
    max: reported.length ? Math.max(...reported) : values.length ? 'below16' : null,
  } as { n: number; reported: number; belowThreshold: number; median: number | 'below16' | null; p95: number | 'below16' | null; min: number | 'below16' | null; max: number | 'below16' | null };
}
