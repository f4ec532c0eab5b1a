import type { Figure } from '../model/types';
import { yearOf } from '../model/dates';
import { colours } from '../model/as-of';
import type { Messages } from '../i18n/en';
import { figureText } from '../i18n/format';

interface Props {
  figures: readonly Figure[];
  span: { first: number; last: number };
  year: number;
  m: Messages;
  width: number;
  height: number;
  label: string;
}

const niceMax = (n: number) => {
  const p = 10 ** Math.floor(Math.log10(Math.max(n, 1)));
  return [1, 2, 2.5, 5, 10].map((k) => k * p).find((v) => v >= n) ?? n;
};

/**
 * Figures over time: a dot for a number, a bar for a range, open marks for counts that are
 * context (departures, plans, peaks), and the chosen year marked. Only figures on or before the year.
 */
export function FigureChart({ figures, span: datasetSpan, year, m, width, height, label }: Props) {
  const pad = { left: 34, right: 8, top: 8, bottom: 16 };
  const shown = figures.filter((f) => yearOf(f.asOf) <= year);
  // The chart's own years: from its first figure (or the chosen year) to the dataset's last.
  const span = { first: Math.min(year, ...figures.map((f) => yearOf(f.since ?? f.asOf))), last: datasetSpan.last };
  const max = niceMax(Math.max(1, ...shown.map((f) => f.high ?? f.value ?? f.low ?? 0)));
  const years = Math.max(span.last - span.first, 1);
  const x = (y: number) => pad.left + ((y - span.first) / years) * (width - pad.left - pad.right);
  const fx = (f: Figure) => {
    const month = Number(f.asOf.slice(5, 7)) || 6;
    return x(yearOf(f.asOf) + (month - 0.5) / 12 - 0.5);
  };
  const y = (n: number) => height - pad.bottom - (n / max) * (height - pad.top - pad.bottom);
  return (
    <svg className="figure-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${label}: ${shown.map((f) => figureText(m, f)).join('; ')}`}>
      <line className="axis" x1={pad.left} x2={width - pad.right} y1={y(0)} y2={y(0)} />
      <text className="tick" x={pad.left - 4} y={y(max) + 4} textAnchor="end">{m.number(max)}</text>
      <text className="tick" x={pad.left - 4} y={y(0)} textAnchor="end">0</text>
      <text className="tick" x={x(span.first)} y={height - 3} textAnchor="start">{span.first}</text>
      <text className="tick" x={x(span.last)} y={height - 3} textAnchor="end">{span.last}</text>
      <line className="year-mark" x1={x(year)} x2={x(year)} y1={pad.top} y2={y(0)} />
      {shown.map((f, i) => {
        const cx = fx(f);
        const context = !colours(f);
        const hi = f.high ?? (f.low !== undefined && f.value === undefined ? max : undefined);
        const lo = f.low ?? (f.high !== undefined && f.value === undefined ? 0 : undefined);
        return (
          <g key={i} className={context ? 'mark context' : 'mark'}>
            {lo !== undefined && hi !== undefined && <line x1={cx} x2={cx} y1={y(lo)} y2={y(hi)} />}
            {f.value !== undefined && <circle cx={cx} cy={y(f.value)} r={3} />}
          </g>
        );
      })}
    </svg>
  );
}
