/**
 * The class scale: one object that the map, the legend, the table and the tests read, as Our
 * World in Data's ColorScale serves its map and legend. It knows numbers and classes, no words.
 */
import { representative } from './figures';
import type { HostAsOf } from './as-of';

export const BIN_THRESHOLDS = [1000, 3000, 10000, 30000] as const;
export const BIN_CLASSES = ['bin-0', 'bin-1', 'bin-2', 'bin-3', 'bin-4'] as const;
/** Every map class, in legend order. styles.css defines a fill for each (a test checks). */
export const MAP_CLASSES = [...BIN_CLASSES, 'unknown', 'restaurants', 'withdrawn', 'none'] as const;
export type BinClass = (typeof BIN_CLASSES)[number];
export type MapClass = (typeof MAP_CLASSES)[number];

export interface Bin {
  cls: BinClass;
  /** Inclusive lower bound; undefined for the first bin. */
  low?: number;
  /** Exclusive upper bound; undefined for the last bin. */
  high?: number;
}

export interface ClassScale {
  readonly classes: readonly MapClass[];
  readonly bins: readonly Bin[];
  binOf(n: number): BinClass;
  classOf(shown: HostAsOf): MapClass;
  /** How many hosts fall in each class. */
  count(shown: Iterable<HostAsOf>): Record<MapClass, number>;
}

export function createClassScale(thresholds: readonly number[] = BIN_THRESHOLDS): ClassScale {
  if (thresholds.length !== BIN_CLASSES.length - 1) throw new Error(`A class scale needs ${BIN_CLASSES.length - 1} thresholds.`);
  const bins: Bin[] = BIN_CLASSES.map((cls, i) => ({ cls, low: thresholds[i - 1], high: thresholds[i] }));
  const binOf = (n: number): BinClass => {
    let i = 0;
    while (i < thresholds.length && n >= thresholds[i]) i++;
    return BIN_CLASSES[i];
  };
  const classOf = (shown: HostAsOf): MapClass => {
    const status = shown.status?.status;
    if (!status) return 'none';
    if (status === 'withdrawn') return 'withdrawn';
    if (status === 'restaurants-only') return 'restaurants';
    const n = shown.figure && representative(shown.figure);
    return n === undefined ? 'unknown' : binOf(n);
  };
  return {
    classes: MAP_CLASSES,
    bins,
    binOf,
    classOf,
    count(shown) {
      const counts = Object.fromEntries(MAP_CLASSES.map((c) => [c, 0])) as Record<MapClass, number>;
      for (const s of shown) counts[classOf(s)]++;
      return counts;
    },
  };
}

export const classScale = createClassScale();
