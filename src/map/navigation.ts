/** Pure geometry for pointer and keyboard navigation over the map's targets. */
import { collatorFor } from '../i18n/format';

export interface MapTarget {
  /** Host id. */
  key: string;
  name: string;
  x: number;
  y: number;
  /** Drawn as a marker (hit-tested by distance before the shapes underneath). */
  marker: boolean;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The target nearest to (x, y) within maxDistance, among those `include` accepts. */
export function nearest(targets: readonly MapTarget[], x: number, y: number, maxDistance: number, include: (t: MapTarget) => boolean = () => true): MapTarget | undefined {
  let best: MapTarget | undefined;
  let bestD = maxDistance * maxDistance;
  for (const t of targets) {
    if (!include(t)) continue;
    const d = (t.x - x) ** 2 + (t.y - y) ** 2;
    if (d <= bestD) { best = t; bestD = d; }
  }
  return best;
}

/**
 * The next target in a direction: the nearest (distance along the direction plus twice the
 * distance across it) among targets inside a 45° cone that way; if the cone is empty, among
 * all targets on that side. None at all: stay put.
 */
export function spatialNext(targets: readonly MapTarget[], fromKey: string, direction: Direction): MapTarget | undefined {
  const from = targets.find((t) => t.key === fromKey);
  if (!from) return targets[0];
  let inCone: MapTarget | undefined;
  let inConeScore = Infinity;
  let onSide: MapTarget | undefined;
  let onSideScore = Infinity;
  for (const t of targets) {
    if (t.key === fromKey) continue;
    const dx = t.x - from.x;
    const dy = t.y - from.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = direction === 'right' || direction === 'left' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0) continue;
    const score = along + 2 * across;
    if (across <= along && score < inConeScore) { inConeScore = score; inCone = t; }
    if (score < onSideScore) { onSideScore = score; onSide = t; }
  }
  return inCone ?? onSide;
}

/** Type-ahead: the next target after `fromKey` (alphabetically, wrapping) whose name starts with the letter. */
export function nextByLetter(targets: readonly MapTarget[], fromKey: string | undefined, letter: string, locale = 'en'): MapTarget | undefined {
  const sorted = byName(targets, locale);
  const start = sorted.findIndex((t) => t.key === fromKey);
  const l = letter.toLocaleLowerCase(locale);
  for (let i = 1; i <= sorted.length; i++) {
    const t = sorted[(start + i + sorted.length) % sorted.length];
    if (t.name.toLocaleLowerCase(locale).startsWith(l)) return t;
  }
  return undefined;
}

export function byName(targets: readonly MapTarget[], locale = 'en'): MapTarget[] {
  const collator = collatorFor(locale);
  return [...targets].sort((a, b) => collator.compare(a.name, b.name));
}
