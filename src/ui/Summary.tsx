import type { ViewModel } from '../app/model';
import { formatFigure, shortCitation } from '../data/format';
import { latestTotal, representativeFigure, sourcesOf } from '../data/derive';

/** The map's accessible summary: what it shows, the largest hosts, and how to use the keyboard. */
export function MapSummary({ model }: { model: ViewModel }) {
  const withFigure = model.hosts.filter((h) => h.latest && h.host.status !== 'withdrawn');
  const top = [...withFigure].sort((a, b) => (representativeFigure(b.latest!) ?? 0) - (representativeFigure(a.latest!) ?? 0)).slice(0, 3);
  const unknown = model.hosts.filter((h) => !h.latest).length;
  return (
    <p id="map-summary" className="visually-hidden">
      World map of {model.hosts.length} places reported to host North Korean state-dispatched workers, coloured by the latest estimate. Largest:{' '}
      {top.map((h) => `${h.host.name}, ${formatFigure(h.latest!)} (${h.latest!.year})`).join('; ')}. {unknown} have no published number. Use the arrow keys to
      move between countries, Enter to open details, Escape to close them; type a letter to jump to a country. The same data is in the table below the map.
    </p>
  );
}

/** The global estimate in one sentence, with its sources. */
export function GlobalEstimate({ model }: { model: ViewModel }) {
  const totals = model.dataset.totals;
  if (totals.length === 0) return null;
  const lows = totals.map((t) => t.low ?? t.value ?? t.high!);
  const highs = totals.map((t) => t.high ?? t.value ?? t.low!);
  const latest = latestTotal(model.dataset)!;
  const cited = sourcesOf(model.dataset, latest.sources);
  return (
    <p className="global-estimate">
      Published estimates of North Koreans working abroad for the state range from <strong>{Math.min(...lows).toLocaleString('en-US')}</strong> to{' '}
      <strong>{Math.max(...highs).toLocaleString('en-US')}</strong>. The latest, for {latest.year}, is {formatFigure(latest)} ({cited.map(shortCitation).join('; ')}
      ). <a href="#about-title">All global estimates and their sources</a>.
    </p>
  );
}
