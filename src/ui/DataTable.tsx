import { memo, useMemo, useState } from 'react';
import type { HostView, ViewModel } from '../view/view-model';
import { representative } from '../model/figures';
import { collatorFor, formatDate } from '../i18n/format';
import type { Messages } from '../i18n/en';
import { useLaterValue } from './use-later-value';

type Column = 'name' | 'status' | 'figure' | 'date' | 'industries' | 'sources';
const COLUMNS: readonly Column[] = ['name', 'status', 'figure', 'date', 'industries', 'sources'];
const heading = (m: Messages, c: Column) => ({ name: m.table.host, status: m.table.status, figure: m.table.figure, date: m.table.date, industries: m.table.industries, sources: m.table.sources })[c];

const sortValue = (h: HostView, key: Column, m: Messages): string | number => {
  switch (key) {
    case 'name': return h.name;
    case 'status': return h.shown.status ? m.status[h.shown.status.status] : '';
    case 'figure': return (h.shown.figure && representative(h.shown.figure)) ?? -1;
    case 'date': return h.shown.figure?.asOf ?? '';
    case 'industries': return m.list(h.host.industries.map((i) => m.industry[i]));
    case 'sources': return h.sources.length;
  }
};

/** Compares two hosts on a column; ties fall back to the name. */
export function compareHosts(a: HostView, b: HostView, key: Column, ascending: boolean, m: Messages, collator = collatorFor(m.collator)): number {
  const va = sortValue(a, key, m);
  const vb = sortValue(b, key, m);
  const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
  return (ascending ? c : -c) || collator.compare(a.name, b.name);
}

interface Props {
  model: ViewModel;
  onSelect: (id: string) => void;
  /** Leave out the sources column (the embed). */
  compact?: boolean;
}

/** Every host as of the chosen year as a sortable table: the map's equal for screen readers, small screens and print. */
export const DataTable = memo(function DataTable({ model, onSelect, compact = false }: Props) {
  const m = model.messages;
  const columns = compact ? COLUMNS.filter((c) => c !== 'sources') : COLUMNS;
  const [sort, setSort] = useState<{ key: Column; ascending: boolean }>({ key: 'figure', ascending: false });
  const rows = useMemo(() => {
    const collator = collatorFor(m.collator);
    return model.hosts.filter((h) => h.cls !== 'none').sort((a, b) => compareHosts(a, b, sort.key, sort.ascending, m, collator));
  }, [model, sort, m]);
  const toggle = (key: Column) => setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : key === 'name' || key === 'status' || key === 'industries' }));
  return (
    // A scrolling region must be reachable by keyboard to scroll it (WCAG 2.1.1).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="table-caption">
      <table className="data-table" id="data-table">
        <caption id="table-caption">{m.table.caption(rows.length, model.year, heading(m, sort.key).toLocaleLowerCase(m.locale), sort.ascending)}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" aria-sort={sort.key === c ? (sort.ascending ? 'ascending' : 'descending') : undefined}>
                <button type="button" className="sort" onClick={() => toggle(c)}>
                  {heading(m, c)}
                  <span aria-hidden="true" className="sort-icon">{sort.key === c ? (sort.ascending ? '▲' : '▼') : '↕'}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => (
            <tr key={h.host.id} className={`row-${h.cls}`}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelect(h.host.id)}>
                  <bdi>{h.name}</bdi>
                </button>
                {h.stateName && <span className="territory-of"> {m.territoryOf(h.stateName)}</span>}
              </th>
              <td>{h.shown.status ? m.status[h.shown.status.status] : m.table.none}</td>
              <td>{h.headline}</td>
              <td className="num">{h.shown.figure ? formatDate(m, h.shown.figure.asOf) : m.table.none}</td>
              <td>{h.host.industries.length ? m.list(h.host.industries.map((i) => m.industry[i])) : m.table.none}</td>
              {!compact && <td className="num">{h.sources.length}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

/**
 * The table after a year change, once the map, legend and summary have painted (useLaterValue:
 * a frame later in view, once the year has held out of view). Its own component, so that waiting
 * re-renders only the table, not the page around it.
 */
export function LaterDataTable(props: Props) {
  const model = useLaterValue(props.model, 'data-table');
  return <DataTable {...props} model={model} />;
}
