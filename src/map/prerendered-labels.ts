/**
 * The map's labels as the page was built with them, read back from the DOM before hydration, so
 * that hydration can keep them instead of placing them again (MapLabels). Only a page whose data
 * is the data it was built from registers them: any other data gets labels of its own.
 */
import type { MapLayout } from '../geo/types';

/** A label as drawn: numbers already rounded for the attributes. */
export interface DrawnLabel {
  host: string;
  kind: 'name' | 'value';
  anchor: 'start' | 'middle' | 'end';
  fontSize: number;
  strokeWidth: number;
  lines: Array<{ text: string; x: number; y: number }>;
}

const registered = new WeakMap<MapLayout, DrawnLabel[]>();

export function prerenderedLabelsOf(layout: MapLayout): DrawnLabel[] | undefined {
  return registered.get(layout);
}

/** Reads the labels inside `svg` and ties them to `layout` (the layout read from the same svg). */
export function registerPrerenderedLabels(layout: MapLayout, svg: SVGSVGElement): void {
  const texts = [...svg.querySelectorAll<SVGTextElement>('g.map-labels > text[data-label]')];
  registered.set(layout, texts.map((t) => ({
    host: t.dataset.label ?? '',
    kind: t.classList.contains('map-label-value') ? 'value' : 'name',
    anchor: (t.getAttribute('text-anchor') ?? 'start') as DrawnLabel['anchor'],
    fontSize: Number(t.getAttribute('font-size')),
    strokeWidth: Number(t.getAttribute('stroke-width')),
    lines: [...t.querySelectorAll('tspan')].map((span) => ({ text: span.textContent ?? '', x: Number(span.getAttribute('x')), y: Number(span.getAttribute('y')) })),
  })));
}
