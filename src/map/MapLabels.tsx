import { memo, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { MapLayout } from '../geo/types';
import type { ViewModel } from '../view/view-model';
import { ESTIMATED_METRICS, labelGeometry, labelValues, placeLabels, type TextMetrics } from './labels';

/** Presentation attributes for a page whose stylesheet failed: dark text on a white halo (styles.css sets the theme's). */
const FALLBACK = { fill: '#1b1b1b', stroke: '#ffffff' };

/**
 * Text widths measured once per string in the page's own font, on a canvas (no layout), and the
 * font's ascent and descent; undefined where there is no canvas (tests, old browsers).
 */
function canvasMetrics(svg: SVGSVGElement): TextMetrics | undefined {
  if (typeof OffscreenCanvas === 'undefined') return undefined;
  const ctx = new OffscreenCanvas(1, 1).getContext('2d');
  if (!ctx) return undefined;
  const family = getComputedStyle(svg).fontFamily || 'sans-serif';
  const widths = new Map<string, number>();
  const measure = (text: string, bold: boolean) => {
    ctx.font = `${bold ? 700 : 400} 100px ${family}`;
    return ctx.measureText(text);
  };
  const probe = measure('Mg', false);
  if (!(probe.fontBoundingBoxAscent > 0)) return undefined;
  return {
    width: (text, bold) => {
      const key = `${bold ? 'b' : 'r'}${text}`;
      let w = widths.get(key);
      if (w === undefined) widths.set(key, (w = measure(text, bold).width / 100));
      return w;
    },
    ascent: probe.fontBoundingBoxAscent / 100,
    descent: probe.fontBoundingBoxDescent / 100,
  };
}

/** The map's width in CSS px (none: the prerendered page's, see labelGeometry) and the text measure. */
interface Fit { widthPx?: number; metrics: TextMetrics; measured: boolean }

/**
 * Names beside markers and figures inside the largest hosts, where they fit (labels.ts decides).
 * The prerendered page places them for a map as wide as the world in map units (960 px); once running, for the map's
 * real width, re-placed when it is resized and on every change of year, language or view.
 * Hidden from screen readers (the shapes' accessible names say the same) and from the pointer.
 */
export const MapLabels = memo(function MapLabels({ layout, model, region, svg }: { layout: MapLayout; model: ViewModel; region: string; svg: RefObject<SVGSVGElement | null> }) {
  // Hydration meets the prerendered labels first; the real width follows before the first paint.
  const [fit, setFit] = useState<Fit>({ metrics: ESTIMATED_METRICS, measured: false });
  useLayoutEffect(() => {
    const el = svg.current;
    if (!el) return undefined;
    const metrics = canvasMetrics(el) ?? ESTIMATED_METRICS;
    const update = () => {
      const widthPx = el.getBoundingClientRect().width;
      if (widthPx > 0) setFit((f) => (f.widthPx === widthPx && f.metrics === metrics ? f : { widthPx, metrics, measured: true }));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [svg]);
  // The geometry (view, sizes, markers, shapes, names) holds while the layout, the view, the size, the dataset
  // and the language do; a year change brings new figures only, and placeLabels reuses its geometric answers.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const geometry = useMemo(() => labelGeometry(layout, model, region, fit.widthPx, fit.metrics), [layout, region, fit, model.dataset, model.messages]);
  const values = useMemo(() => labelValues(layout, model), [layout, model]);
  const scene = useMemo(() => ({ ...geometry, values }), [geometry, values]);
  const labels = useMemo(() => placeLabels(scene), [scene]);
  const round = (v: number) => Math.round(v * 100) / 100;
  return (
    <g
      className="map-labels" aria-hidden="true" pointerEvents="none" fill={FALLBACK.fill} stroke={FALLBACK.stroke} strokeLinejoin="round" paintOrder="stroke"
      data-fit={fit.measured ? 'measured' : 'reference'}
    >
      {labels.map((l) => {
        const size = l.kind === 'value' ? scene.valueSize : scene.nameSize;
        return (
          <text
            key={`${l.kind}-${l.host}`} className={`map-label map-label-${l.kind}`} data-label={l.host} textAnchor={l.anchor}
            fontSize={round(size)} strokeWidth={round(size * 0.3)} fontWeight={l.kind === 'value' ? 700 : undefined}
          >
            {l.lines.map((line, i) => <tspan key={i} x={round(l.x)} y={round(l.y[i])}>{line}</tspan>)}
          </text>
        );
      })}
    </g>
  );
});
