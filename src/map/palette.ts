/**
 * The light palette as SVG presentation attributes: the map keeps its colours when the
 * stylesheet fails to load. styles.css overrides them (and supplies the dark palette);
 * tests/unit/palette.test.ts checks the two agree.
 */
import type { MapClass } from '../model/scale';

export const FALLBACK_FILL: Readonly<Record<MapClass, string>> = {
  'bin-0': '#fee1c3',
  'bin-1': '#fdbe85',
  'bin-2': '#fd9445',
  'bin-3': '#ef6712',
  'bin-4': '#c74202',
  unknown: 'url(#pat-unknown)',
  restaurants: 'url(#pat-restaurants)',
  withdrawn: 'url(#pat-withdrawn)',
  none: '#e6e3dc',
};

/** Pattern parts by CSS class (see MapPatterns.tsx). */
export const FALLBACK_PATTERN: Readonly<Record<string, string>> = {
  'pat-unknown-bg': '#fdf2d9',
  'pat-unknown-fg': '#b8741a',
  'pat-restaurants-bg': '#ece6f6',
  'pat-restaurants-fg': '#6b4fa0',
  'pat-withdrawn-bg': '#e6e3dc',
  'pat-withdrawn-fg': '#8a8a8a',
};

export const FALLBACK_BORDER = '#262626';
