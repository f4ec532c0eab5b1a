import { memo, useMemo } from 'react';
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
 * A year change that brings no new figure moves the year mark only: the rest is memoised on the
 * year of the latest figure shown.
 */
export function FigureChart({ figures, span: datasetSpan, year, m, width, height, label }: Props) {
  // The same for every year until the next figure's: what is shown changes only then.
  const upTo = figures.reduce((latest, f) => { const y = yearOf(f.asOf); return y <= year && y > latest ? y : latest; }, -Infinity);
  // The chart's own years: from its first figure (or the chosen year) to the dataset's last.
  const first = Math.min(year, ...figures.map((f) => yearOf(f.since ?? f.asOf)));
  const frame = useMemo(() => chartFrame(figures, upTo, first, datasetSpan.last, width, height), [figures, upTo, first, datasetSpan.last, width, height]);
  const name = useMemo(() => `${label}: ${frame.shown.map((f) => figureText(m, f)).join('; ')}`, [label, frame, m]);
  return (
    <svg className="figure-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={name}>
      <ChartAxes frame={frame} m={m} />
      <line className="year-mark" x1={frame.x(year)} x2={frame.x(year)} y1={frame.pad.top} y2={frame.y(0)} />
      <ChartMarks frame={frame} />
    </svg>
  );
}

type Frame = ReturnType<typeof chartFrame>;

/** The figures counted up to the year `upTo`, and the scales. */
function chartFrame(figures: readonly Figure[], upTo: number, first: number, last: number, width: number, height: number) {
  const pad = { left: 34, right: 8, top: 8, bottom: 16 };
  const shown = figures.filter((f) => yearOf(f.asOf) <= upTo);
  const max = niceMax(Math.max(1, ...shown.map((f) => f.high ?? f.value ?? f.low ?? 0)));
  const years = Math.max(last - first, 1);
  const x = (y: number) => pad.left + ((y - first) / years) * (width - pad.left - pad.right);
  const y = (n: number) => height - pad.bottom - (n / max) * (height - pad.top - pad.bottom);
  return { pad, shown, max, first, last, width, height, x, y };
}

const ChartAxes = memo(function ChartAxes({ frame, m }: { frame: Frame; m: Messages }) {
  const { pad, max, first, last, width, height, x, y } = frame;
  return (
    <>
      <line className="axis" x1={pad.left} x2={width - pad.right} y1={y(0)} y2={y(0)} />
      <text className="tick" x={pad.left - 4} y={y(max) + 4} textAnchor="end">{m.number(max)}</text>
      <text className="tick" x={pad.left - 4} y={y(0)} textAnchor="end">0</text>
      <text className="tick" x={x(first)} y={height - 3} textAnchor="start">{first}</text>
      <text className="tick" x={x(last)} y={height - 3} textAnchor="end">{last}</text>
    </>
  );
});

const ChartMarks = memo(function ChartMarks({ frame }: { frame: Frame }) {
  const { shown, max, x, y } = frame;
  const fx = (f: Figure) => {
    const month = Number(f.asOf.slice(5, 7)) || 6;
    return x(yearOf(f.asOf) + (month - 0.5) / 12 - 0.5);
  };
  return (
    <>
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
    </>
  );
});
