import { memo, useCallback, useEffect, useState } from 'react';
import type { DatasetEvent } from '../model/types';
import { yearOf } from '../model/dates';
import { formatDate } from '../i18n/format';
import type { Messages } from '../i18n/en';
import { DataText } from './Citations';

interface Props {
  year: number;
  span: { first: number; last: number };
  events: readonly DatasetEvent[];
  m: Messages;
  onChange: (year: number) => void;
}

const PLAY_STEP_MS = 1200;

/**
 * The "as of" year: a native range input (arrows, Home/End and Page Up/Down come with it and
 * screen readers announce it), play and pause, and the dataset's key dates marked under it.
 */
function YearControlView({ year, span, events, m, onChange }: Props) {
  // One per page, and a fixed id: it hydrates after other parts (HydrateLater), where useId's render-order ids would differ from the prerender's.
  const id = 'year';
  const [wantsPlay, setPlaying] = useState(false);
  // Play stops by itself at the last year.
  const playing = wantsPlay && year < span.last;
  useEffect(() => {
    if (!playing) return undefined;
    const timer = setTimeout(() => onChange(year + 1), PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, year, onChange]);
  const years = Math.max(span.last - span.first, 1);
  const jump = useCallback((to: number) => { setPlaying(false); onChange(to); }, [onChange]);
  const play = () => {
    if (year >= span.last) onChange(span.first);
    setPlaying(true);
  };
  return (
    <div className="year-control needs-script">
      <label htmlFor={`${id}-year`} className="year-label">
        {m.year.label} <output htmlFor={`${id}-year`} className="year-value">{year}</output>
      </label>
      <div className="year-track">
        <YearTicks events={events} first={span.first} years={years} />
        <input
          id={`${id}-year`}
          className="year-slider"
          type="range"
          min={span.first}
          max={span.last}
          step={1}
          // A string, as the input holds it: Preact sets a value that differs from the input's, and the number never equals the string.
          value={String(year)}
          aria-valuetext={m.year.asOf(year)}
          onChange={(e) => { setPlaying(false); onChange(Number(e.target.value)); }}
        />
      </div>
      <button type="button" className="button play" aria-pressed={playing} onClick={() => (playing ? setPlaying(false) : play())}>
        {playing ? m.year.pause : m.year.play}
      </button>
      <KeyDates events={events} m={m} onJump={jump} />
    </div>
  );
}

/** A tick on the track for each key date: the same in every year. */
const YearTicks = memo(function YearTicks({ events, first, years }: { events: readonly DatasetEvent[]; first: number; years: number }) {
  return (
    <svg className="year-ticks" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {events.map((e) => {
        const x = ((yearOf(e.date) - first + 0.5) / (years + 1)) * 100;
        return <line key={e.id} x1={x} x2={x} y1={0} y2={6} />;
      })}
    </svg>
  );
});

/** The dataset's key dates, each a button to its year. The same in every year: a year change does not render it again. */
const KeyDates = memo(function KeyDates({ events, m, onJump }: { events: readonly DatasetEvent[]; m: Messages; onJump: (year: number) => void }) {
  if (events.length === 0) return null;
  return (
    <details className="year-events">
      <summary>{m.year.keyDates}</summary>
      <ol>
        {events.map((e) => (
          <li key={e.id}>
            <button type="button" className="link-button" onClick={() => onJump(yearOf(e.date))}>
              <bdi>{formatDate(m, e.date)}</bdi>
            </button>{' '}
            <DataText>{e.label}</DataText>
          </li>
        ))}
      </ol>
    </details>
  );
});

export const YearControl = memo(YearControlView);
