import { memo } from 'react';
import type { ViewModel } from '../view/view-model';
import { largestHosts } from '../view/view-model';
import { formatAmount, figureText } from '../i18n/format';
import { ShortCitations } from './Citations';
import { sourcesOf } from '../model/figures';
import { yearOf } from '../model/dates';
import { FigureChart } from './FigureChart';

/** The map's accessible summary as of the chosen year: what it shows, the largest hosts, how to use the keyboard. */
function MapSummaryView({ model }: { model: ViewModel }) {
  const m = model.messages;
  const top = largestHosts(model, 3).map((h) => `${h.name}, ${h.headline}`).join('; ');
  const onMap = model.hosts.filter((h) => h.cls !== 'none');
  const unknown = onMap.filter((h) => !h.shown.figure).length;
  return (
    <p id="map-summary" className="visually-hidden">
      {m.summary.map(onMap.length, model.year, top || '—', unknown)}
    </p>
  );
}

/** The global estimate as of the chosen year, with its sources, and the estimates by year as a small chart. */
function GlobalEstimateView({ model }: { model: ViewModel }) {
  const m = model.messages;
  const totals = model.totals;
  if (totals.length === 0) return null;
  const lows = totals.map((t) => t.low ?? t.value ?? t.high!);
  const highs = totals.map((t) => t.high ?? t.value ?? t.low!);
  const latest = totals[0];
  const cited = sourcesOf(model.dataset, latest.sources);
  return (
    <div className="global-estimate">
      <p>
        {m.summary.global(m.number(Math.min(...lows)), m.number(Math.max(...highs)))}{' '}
        {m.summary.latestGlobal(String(yearOf(latest.asOf)), formatAmount(m, latest))}
        {m.summary.cited.open}<ShortCitations sources={cited} m={m} max={4} />{m.summary.cited.close}{' '}
        <a href="#about-title">{m.summary.allTotals}</a>.
      </p>
      <FigureChart figures={model.dataset.totals} span={model.span} year={model.year} m={m} width={320} height={72} label={m.summary.totalsChart} />
      <p className="visually-hidden">{totals.map((t) => figureText(m, t)).join('; ')}</p>
    </div>
  );
}

export const MapSummary = memo(MapSummaryView);

export const GlobalEstimate = memo(GlobalEstimateView);
