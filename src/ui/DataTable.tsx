import { useMemo, useState } from 'react';
import type { HostView, ViewModel } from '../app/model';
import { formatFigure, formatIndustries, safeHref, shortCitation, STATUS_LABELS } from '../data/format';
import { representativeFigure } from '../data/derive';

type Column = 'name' | 'status' | 'estimate' | 'year' | 'industries' | 'sources';
const COLUMNS: Array<{ key: Column; label: string }> = [
  { key: 'name', label: 'Host' },
  { key: 'status', label: 'Status' },
  { key: 'estimate', label: 'Latest estimate' },
  { key: 'year', label: 'Year' },
  { key: 'industries', label: 'Industries' },
  { key: 'sources', label: 'Sources' },
];

const sortValue = (h: HostView, key: Column): string | number => {
  switch (key) {
    case 'name': return h.host.name;
    case 'status': return STATUS_LABELS[h.host.status];
    case 'estimate': return (h.latest && representativeFigure(h.latest)) ?? -1;
    case 'year': return h.latest?.year ?? -1;
    case 'industries': return formatIndustries(h.host.industries);
    case 'sources': return h.sources.length;
  }
};

/** Compares two hosts on a column; ties fall back to the name. */
export function compareHosts(a: HostView, b: HostView, key: Column, ascending: boolean): number {
  const va = sortValue(a, key);
  const vb = sortValue(b, key);
  const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'en');
  return (ascending ? c : -c) || a.host.name.localeCompare(b.host.name, 'en');
}

interface Props {
  model: ViewModel;
  onSelect: (id: string) => void;
  /** Leave out the sources column (the embed: each country's panel lists its sources). */
  compact?: boolean;
}

/** Every host as a sortable table: the map's equal for screen readers, small screens and print. */
export function DataTable({ model, onSelect, compact = false }: Props) {
  const columns = compact ? COLUMNS.filter((c) => c.key !== 'sources') : COLUMNS;
  const [sort, setSort] = useState<{ key: Column; ascending: boolean }>({ key: 'estimate', ascending: false });
  const rows = useMemo(() => [...model.hosts].sort((a, b) => compareHosts(a, b, sort.key, sort.ascending)), [model, sort]);
  const toggle = (key: Column) => setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : key === 'name' || key === 'status' || key === 'industries' }));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="table-caption">
      <table className="data-table" id="data-table">
        <caption id="table-caption">
          All {model.hosts.length} hosts in the dataset, sorted by {COLUMNS.find((c) => c.key === sort.key)!.label.toLowerCase()}
          {sort.ascending ? ', ascending' : ', descending'}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.ascending ? 'ascending' : 'descending') : undefined}>
                <button type="button" className="sort" onClick={() => toggle(c.key)}>
                  {c.label}
                  <span aria-hidden="true" className="sort-icon">{sort.key === c.key ? (sort.ascending ? '▲' : '▼') : '↕'}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => (
            <tr key={h.host.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelect(h.host.id)}>
                  {h.host.name}
                </button>
                {h.host.territory && <span className="territory-of"> ({h.host.territory.of})</span>}
              </th>
              <td>{STATUS_LABELS[h.host.status]}</td>
              <td className="num">{h.latest ? formatFigure(h.latest) : '—'}</td>
              <td className="num">{h.latest?.year ?? '—'}</td>
              <td>{h.host.industries.length ? formatIndustries(h.host.industries) : '—'}</td>
              {!compact && (
              <td>
                <ul className="table-sources">
                  {h.sources.map((s) => {
                    const href = safeHref(s.url);
                    return <li key={s.id}>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{shortCitation(s)}</a> : shortCitation(s)}</li>;
                  })}
                </ul>
              </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
