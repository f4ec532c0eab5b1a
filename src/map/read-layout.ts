/** Reads the prerendered map back from the DOM, so path data travels once: in the HTML. */
import type { MapLayout, Marker, Point } from '../geo/types';

const point = (s: string | null | undefined): Point | undefined => {
  const [x, y] = (s ?? '').split(',').map(Number);
  return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : undefined;
};

export function readLayout(svg: SVGSVGElement): MapLayout {
  // The world's size (the viewBox may show a region).
  const [width, height] = (svg.dataset.world ?? svg.getAttribute('viewBox')?.split(/\s+/).slice(2).join(' ') ?? '960 480').split(/\s+/).map(Number);
  const shapes = [...svg.querySelectorAll<SVGPathElement>('path[data-shape]')].map((p) => ({
    id: p.dataset.shape!,
    name: p.dataset.name ?? '',
    d: p.getAttribute('d') ?? '',
    centroid: point(p.dataset.c),
    room: p.dataset.room ? Number(p.dataset.room) : undefined,
  }));
  const markers: Record<string, Marker> = {};
  svg.querySelectorAll<SVGGElement>('g.marker[data-host]').forEach((g) => {
    const circle = g.querySelector('circle');
    const at: Point = [Number(circle?.getAttribute('cx')), Number(circle?.getAttribute('cy'))];
    const fits = (g.dataset.fits ?? '').split(' ').flatMap((s) => { const p = point(s); return p ? [p] : []; });
    markers[g.dataset.host!] = { anchor: point(g.dataset.anchor) ?? at, at, fits };
  });
  const places = [...svg.querySelectorAll<SVGGElement>('g[data-place]')].map((g) => ({ id: g.dataset.place!, name: g.dataset.name ?? '' }));
  const regions = (svg.dataset.regions ?? '').split(';').filter(Boolean).map((entry) => {
    const [id, ...box] = entry.split(' ');
    return { id, box: box.map(Number) as [number, number, number, number] };
  });
  return { width, height, shapes, markers, places, regions };
}
