/**
 * Sizes markers for the map's width and view (src/geo/marker-size.ts) and moves each to the
 * build's placement for that size, where neither it nor its leader line covers another host.
 * Runs on resize and when the view changes; React renders the nodes, this only moves them.
 */
import { markerSize, PLACEMENT_RADII } from '../geo/marker-size';
import type { Point } from '../geo/types';
import type { MapTarget } from './navigation';

const point = (s: string | undefined): Point | undefined => {
  const [x, y] = (s ?? '').split(',').map(Number);
  return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : undefined;
};

/** The map's current view: x, y, width of its viewBox, read from the attribute (no layout). */
export function currentView(svg: SVGSVGElement, fallbackWidth: number): { x: number; y: number; width: number } {
  const [x, y, width] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  return width > 0 ? { x, y, width } : { x: 0, y: 0, width: fallbackWidth };
}

/** Returns the marker radius in map units (what a tap within counts as the marker). */
export function fitMarkers(svg: SVGSVGElement, targets: MapTarget[], viewBoxWidth: number): number {
  const width = svg.getBoundingClientRect().width;
  const { radius, placement } = markerSize(width, currentView(svg, viewBoxWidth).width);
  const index = PLACEMENT_RADII.indexOf(placement as (typeof PLACEMENT_RADII)[number]);
  if (width <= 0) return radius;
  for (const g of svg.querySelectorAll<SVGGElement>('g.marker[data-host]')) {
    const id = g.dataset.host!;
    const anchor = point(g.dataset.anchor);
    const at = point(g.dataset.fits?.split(' ')[index]) ?? anchor;
    if (!at || !anchor) continue;
    const circle = g.querySelector('circle');
    circle?.setAttribute('cx', String(at[0]));
    circle?.setAttribute('cy', String(at[1]));
    circle?.setAttribute('r', String(Math.round(radius * 100) / 100));
    const moved = Math.hypot(at[0] - anchor[0], at[1] - anchor[1]) > radius;
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
