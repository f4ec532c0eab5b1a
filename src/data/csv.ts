/** The CSV download: one row per host and estimate year, generated from the JSON, never edited. */
import type { Dataset } from './types';

export const CSV_COLUMNS = [
  'host_id', 'host_name', 'iso3', 'iso_numeric', 'territory_of', 'status', 'industries', 'restaurants',
  'year', 'value', 'low', 'high', 'scope', 'estimate_note', 'source_ids', 'source_titles', 'source_urls',
] as const;

/** Quotes a cell when needed, and defuses text a spreadsheet would run as a formula. */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function datasetToCsv(d: Dataset): string {
  const rows: string[][] = [CSV_COLUMNS.map((c) => c)];
  for (const h of [...d.hosts].sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    const base = [h.id, h.name, h.iso3, h.isoNumeric, h.territory?.of, h.status, h.industries.join('; '), h.restaurants ? 'yes' : 'no'];
    const estimates = [...h.estimates].sort((a, b) => a.year - b.year);
    if (estimates.length === 0) {
      const s = h.sources.map((id) => d.sources[id]).filter(Boolean);
      rows.push([...base, undefined, undefined, undefined, undefined, undefined, h.note, h.sources.join('; '), s.map((x) => x.title).join(' | '), s.map((x) => x.url).join(' ')].map(csvCell));
      continue;
    }
    for (const e of estimates) {
      const s = e.sources.map((id) => d.sources[id]).filter(Boolean);
      rows.push([...base, e.year, e.value, e.low, e.high, e.scope ?? 'national', e.note, e.sources.join('; '), s.map((x) => x.title).join(' | '), s.map((x) => x.url).join(' ')].map(csvCell));
    }
  }
  // The BOM makes Excel read UTF-8; CRLF is RFC 4180.
  return `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
}
