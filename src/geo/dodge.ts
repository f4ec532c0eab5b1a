/**
 * Moves markers apart so that none overlaps another at the reference width, keeping each
 * as close to its true place as it can. Deterministic: the same input gives the same output.
 */
import type { Point } from './types';

export function dodge(anchors: Record<string, Point>, radius: number, iterations = 120): Record<string, Point> {
  const keys = Object.keys(anchors).sort();
  const pos = keys.map((k) => [...anchors[k]] as Point);
  const gap = radius * 2 + 2;
  for (let it = 0; it < iterations; it++) {
    let moved = false;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        let dx = pos[j][0] - pos[i][0];
        let dy = pos[j][1] - pos[i][1];
        let dist = Math.hypot(dx, dy);
        if (dist >= gap) continue;
        if (dist < 1e-6) { dx = 1; dy = 0; dist = 1; }
        const push = (gap - dist) / 2 + 0.01;
        pos[i][0] -= (dx / dist) * push; pos[i][1] -= (dy / dist) * push;
        pos[j][0] += (dx / dist) * push; pos[j][1] += (dy / dist) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return Object.fromEntries(keys.map((k, i) => [k, [Math.round(pos[i][0] * 10) / 10, Math.round(pos[i][1] * 10) / 10] as Point]));
}
