import { memo, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { MapLayout } from '../geo/types';
import { buildViewModel, type ViewModel } from '../view/view-model';
import { ESTIMATED_METRICS, labelGeometry, labelValues, placeLabels, prepareShapes, type PlacedLabel, type TextMetrics } from './labels';
import { prerenderedLabelsOf, type DrawnLabel } from './prerendered-labels';
import { whenIdle, type IdleTime } from '../view/idle';

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
  // Setting the font parses it: once per weight, not once per string.
  let weight = '';
  const measure = (text: string, bold: boolean) => {
    const next = bold ? '700' : '400';
    if (next !== weight) ctx.font = `${(weight = next)} 100px ${family}`;
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
  // Hydration meets the labels the page was built with, and keeps them (bootstrap reads them back):
  // placing them again for the same width would cost about 50 ms of main thread at CPU 4x.
  const [prerendered] = useState(() => {
    const labels = prerenderedLabelsOf(layout);
    return labels && { labels, year: model.year, region, messages: model.messages };
  });
  const [fit, setFit] = useState<Fit>({ metrics: ESTIMATED_METRICS, measured: false });
  // Which shapes are hosts' does not change with the year: the first model says.
  const [hostsOf] = useState(model);
  useLayoutEffect(() => {
    const el = svg.current;
    if (!el) return undefined;
    let observer: ResizeObserver | undefined;
    const update = (metrics: TextMetrics) => {
      const widthPx = el.getBoundingClientRect().width;
      if (widthPx > 0) setFit((f) => (f.widthPx === widthPx && f.metrics === metrics ? f : { widthPx, metrics, measured: true }));
    };
    const follow = (metrics: TextMetrics) => {
      update(metrics);
      if (typeof ResizeObserver === 'undefined') return;
      observer = new ResizeObserver(() => update(metrics));
      observer.observe(el);
    };
    const measure = () => canvasMetrics(el) ?? ESTIMATED_METRICS;
    // A page drawn afresh places for its real width before its first paint.
    if (!prerendered) { follow(measure()); return () => observer?.disconnect(); }
    // A hydrated page already shows labels for the width it was built for. The real width's follow
    // when the browser is idle, in tasks that are each short, so that no input waits long behind
    // them: the outlines are parsed while an idle period has room, then the text is measured, then
    // the labels are placed and drawn.
    // All of it within 1.5 s, however busy the page: until then a phone shows no names (styles.css
    // hides labels placed for the built width), so the steps share one deadline.
    const by = performance.now() + 1500;
    const soon = (f: (time: IdleTime) => void) => whenIdle(f, Math.max(1, by - performance.now()));
    let cancel = () => {};
    const place = (metrics: TextMetrics) => { cancel = soon(() => follow(metrics)); };
    const prepare = (time: IdleTime) => {
      const done = prepareShapes(layout, hostsOf, () => time.didTimeout || time.timeRemaining() > 4);
      cancel = done ? soon(() => place(measure())) : soon(prepare);
    };
    cancel = soon(prepare);
    return () => {
      cancel();
      observer?.disconnect();
    };
  }, [svg, prerendered, layout, hostsOf]);
  const keep = prerendered && !fit.measured && prerendered.year === model.year && prerendered.region === region && prerendered.messages === model.messages;
  // The geometry (view, sizes, markers, shapes, names) holds while the layout, the view, the size, the dataset
  // and the language do; a year change brings new figures only, and placeLabels reuses its geometric answers.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const geometry = useMemo(() => (keep ? undefined : labelGeometry(layout, model, region, fit.widthPx, fit.metrics)), [keep, layout, region, fit, model.dataset, model.messages]);
  const drawn = useMemo(() => (geometry ? placedFor(geometry, layout, model) : prerendered?.labels ?? []), [geometry, layout, model, prerendered]);
  // Other years are prepared in idle periods once the labels are placed for the map's real width
  // (itself idle work after the start), so that a reader who moves the year finds them ready.
  useWarmYears(geometry, layout, model);
  return (
    <g
      className="map-labels" aria-hidden="true" pointerEvents="none" fill={FALLBACK.fill} stroke={FALLBACK.stroke} strokeLinejoin="round" paintOrder="stroke"
      data-fit={fit.measured ? 'measured' : 'reference'}
    >
      {drawn.map((l) => (
        <text
          key={`${l.kind}-${l.host}`} className={`map-label map-label-${l.kind}`} data-label={l.host} textAnchor={l.anchor}
          fontSize={l.fontSize} strokeWidth={l.strokeWidth} fontWeight={l.kind === 'value' ? 700 : undefined}
        >
          {l.lines.map((line, i) => <tspan key={i} x={line.x} y={line.y}>{line.text}</tspan>)}
        </text>
      ))}
    </g>
  );
});

const round = (v: number) => Math.round(v * 100) / 100;

type Geometry = ReturnType<typeof labelGeometry>;
/** Labels placed per geometry and model (models are one object per year: see buildViewModel). */
const placed = new WeakMap<Geometry, WeakMap<ViewModel, DrawnLabel[]>>();

function placedFor(geometry: Geometry, layout: MapLayout, model: ViewModel): DrawnLabel[] {
  let byModel = placed.get(geometry);
  if (!byModel) placed.set(geometry, (byModel = new WeakMap()));
  let labels = byModel.get(model);
  if (!labels) {
    const scene = { ...geometry, values: labelValues(layout, model) };
    labels = placeLabels(scene).map((l) => drawnLabel(l, l.kind === 'value' ? scene.valueSize : scene.nameSize));
    byModel.set(model, labels);
  }
  return labels;
}

/** What a step is expected to take before one has been timed: about 3–6 ms on a desktop, 15–25 at CPU 4x. */
const FIRST_STEP_GUESS_MS = 20;

/**
 * While the page is idle, builds the model of every other year and places its labels, nearest
 * years first, so that the first visit to a year costs what a second one does (45–80 against
 * 25–40 ms at CPU 4x). The model and the labels are separate steps, taken while the idle period
 * has room and no input waits, so that an input arriving meanwhile waits for one short step at
 * most. Starts again only when the geometry changes (size, view, language); what is prepared
 * stays prepared.
 */
function useWarmYears(geometry: Geometry | undefined, layout: MapLayout, model: ViewModel) {
  useEffect(() => {
    if (!geometry) return undefined;
    const { dataset, messages, names, span, year } = model;
    const years: number[] = [];
    for (let y = span.first; y <= span.last; y++) if (y !== year) years.push(y);
    years.sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || b - a);
    let next: ViewModel | undefined;
    let cancel: (() => void) | undefined;
    // Chromium says when an input waits: the loop yields to it after the step under way.
    const scheduling = (navigator as { scheduling?: { isInputPending?: () => boolean } }).scheduling;
    const inputWaits = () => scheduling?.isInputPending?.() ?? false;
    // What the last step of each kind took: a step starts only if the idle period has half as much
    // again left, so that the work stays within idle periods (at most 50 ms) and makes no long task.
    const took = { model: FIRST_STEP_GUESS_MS, labels: FIRST_STEP_GUESS_MS };
    const step = (deadline: IdleTime) => {
      while (deadline.timeRemaining() >= 1.5 * (next ? took.labels : took.model) && !inputWaits()) {
        const start = performance.now();
        if (next) {
          placedFor(geometry, layout, next);
          next = undefined;
          took.labels = performance.now() - start;
        } else {
          const y = years.shift();
          if (y === undefined) return;
          next = buildViewModel(dataset, messages, y, names);
          took.model = performance.now() - start;
        }
      }
      cancel = whenIdle(step);
    };
    cancel = whenIdle(step);
    return () => cancel?.();
    // A new year keeps the work going: only a new geometry (size, view, language) starts it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [geometry, layout]);
}

function drawnLabel(l: PlacedLabel, size: number): DrawnLabel {
  return {
    host: l.host, kind: l.kind, anchor: l.anchor, fontSize: round(size), strokeWidth: round(size * 0.3),
    lines: l.lines.map((text, i) => ({ text, x: round(l.x), y: round(l.y[i]) })),
  };
}
