/** The CSV download: one row per figure, generated from the JSON, never edited. */
import type { Dataset, Figure, Host } from './types';
import { newestFirst } from './figures';
import { statusAt } from './as-of';

export const CSV_COLUMNS = [
  'dataset_version', 'host_id', 'host_name', 'iso3', 'iso_numeric', 'territory_of', 'status_now', 'status_at_date',
  'measure', 'as_of', 'since', 'basis', 'value', 'low', 'high', 'scope', 'note', 'dispute',
  'source_ids', 'source_publishers', 'source_published', 'source_urls', 'copy_urls', 'primary_sources',
] as const;

/** Quotes a cell when needed, and defuses text a spreadsheet would run as a formula. */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A code a spreadsheet must keep as text (012, not 12): a constant formula every spreadsheet shows as the code. */
const asText = (code: string) => `"=""${code}"""`;

function row(d: Dataset, h: Host, f: Figure | undefined): string[] {
  const ids = f ? f.sources : h.statuses.at(-1)?.sources ?? [];
  const s = ids.map((id) => d.sources[id]).filter(Boolean);
  const at = f ? statusAt(h, f.asOf)?.status : undefined;
  return [
    csvCell(d.version), csvCell(h.id), csvCell(h.name), csvCell(h.iso3), asText(h.isoNumeric), csvCell(h.territory?.of),
    csvCell(h.statuses.at(-1)?.status), csvCell(at),
    csvCell(f?.measure), csvCell(f?.asOf), csvCell(f?.since), csvCell(f?.basis), csvCell(f?.value), csvCell(f?.low), csvCell(f?.high),
    csvCell(f ? (f.scope ?? 'national') : undefined), csvCell(f?.note ?? (f ? undefined : h.note)), csvCell(f?.dispute?.note),
    csvCell(ids.join('; ')), csvCell(s.map((x) => x.publisher).join(' | ')), csvCell(s.map((x) => x.published).join(' | ')),
    csvCell(s.map((x) => x.url).join(' ')), csvCell(s.map((x) => x.copyUrl ?? '').join(' ').trim() || undefined),
    csvCell(s.some((x) => x.primary) ? 'yes' : 'no'),
  ];
}

export function datasetToCsv(d: Dataset): string {
  const rows: string[][] = [CSV_COLUMNS.map((c) => c)];
  for (const h of [...d.hosts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (h.figures.length === 0) rows.push(row(d, h, undefined));
    for (const f of [...h.figures].sort(newestFirst).reverse()) rows.push(row(d, h, f));
  }
  // The BOM makes Excel read UTF-8; CRLF is RFC 4180.
  return `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
}
