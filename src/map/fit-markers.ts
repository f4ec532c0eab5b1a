/**
 * Keeps markers 24 CSS px across at every map width, moved apart so none covers another,
 * with a leader line to where the host really is. Runs on resize; pure geometry in dodge().
 */
import { dodge } from '../geo/dodge';
import { MARKER_RADIUS, type Point } from '../geo/types';
import type { MapTarget } from './navigation';


export function fitMarkers(svg: SVGSVGElement, targets: MapTarget[], viewBoxWidth: number): number {
  const width = svg.getBoundingClientRect().width;
  if (width <= 0) return MARKER_RADIUS;
  const radius = (MARKER_RADIUS * viewBoxWidth) / width;
  const groups = [...svg.querySelectorAll<SVGGElement>('g.marker[data-host]')];
  const anchors: Record<string, Point> = {};
  for (const g of groups) {
    const [x, y] = (g.dataset.anchor ?? '').split(',').map(Number);
    if (Number.isFinite(x) && Number.isFinite(y)) anchors[g.dataset.host!] = [x, y];
  }
  const placed = dodge(anchors, radius);
  for (const g of groups) {
    const id = g.dataset.host!;
    const at = placed[id];
    const anchor = anchors[id];
    if (!at || !anchor) continue;
    const circle = g.querySelector('circle');
    circle?.setAttribute('cx', String(at[0]));
    circle?.setAttribute('cy', String(at[1]));
    circle?.setAttribute('r', String(Math.round(radius * 100) / 100));
    const moved = Math.hypot(at[0] - anchor[0], at[1] - anchor[1]) > radius * 0.25;
    // React renders a leader line in every marker; this only moves it (one writer per node).
    const line = g.querySelector('line');
    if (line) {
      line.setAttribute('x1', String(anchor[0]));
      line.setAttribute('y1', String(anchor[1]));
      line.setAttribute('x2', String(at[0]));
      line.setAttribute('y2', String(at[1]));
      line.toggleAttribute('hidden', !moved);
    }
    const target = targets.find((t) => t.key === id);
    if (target) { target.x = at[0]; target.y = at[1]; }
  }
  return radius;
}
