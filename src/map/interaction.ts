/**
 * One delegated controller for the whole map: pointer, touch and keyboard. It finds the
 * target itself (markers by distance, then the shape under the pointer, then the nearest
 * host centre), toggles classes on the DOM and writes hover and selection to the store.
 * The React component that renders the paths never re-renders on hover.
 */
import { shapeKey, type Hover, type Store } from '../view/store';
import { MARKER_RADIUS } from '../geo/types';
import { currentView, fitMarkers } from './fit-markers';
import { byName, nearest, nextByLetter, spatialNext, type Direction, type MapTarget } from './navigation';

/** How near (in CSS px) the pointer must be to a host's centre when it is over no shape of its own. */
export const NEAR_HOST_PX = 20;
/** A tap this near (in CSS px) a host's middle is that host's: on a phone's world map Qatar is 2 px across, finer than a fingertip or a rounded touch point. */
export const TOUCH_SNAP_PX = 3;

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export interface MapInteractionOptions {
  /** Marker targets move when the map is resized or its view changes (see fit-markers.ts); the controller reads them live. */
  targets: MapTarget[];
  /** The world's width in map units (the viewBox may show a region of it). */
  viewBoxWidth: number;
  /** The page's language, for alphabetical order and type-ahead. */
  collator?: string;
}

export function attachMapInteraction(svg: SVGSVGElement, store: Store, { targets: given, viewBoxWidth, collator = 'en' }: MapInteractionOptions): () => void {
  // Its own copy: markers move on resize, and the caller's (memoised) list must not change under it.
  const targets = given.map((t) => ({ ...t }));
  const focusables = new Map<string, SVGElement>();
  svg.querySelectorAll<SVGElement>('[data-host][tabindex]').forEach((el) => focusables.set(el.dataset.host!, el));
  // The hover outline sits in the overlay beside the map (WorldMap), or in the map itself.
  const hoverOutline = (svg.nextElementSibling?.classList.contains('map-overlay') ? svg.nextElementSibling : svg).querySelector<SVGPathElement>('.outline-hover');
  const selectedOutline = svg.querySelector<SVGPathElement>('.outline-selected');
  let roving = [...focusables.entries()].find(([, el]) => el.tabIndex === 0)?.[0];

  // Looked up once: hover changes must not run selectors over the whole map.
  const byKey = new Map<string, SVGElement[]>();
  const add = (key: string, el: SVGElement) => byKey.set(key, [...(byKey.get(key) ?? []), el]);
  svg.querySelectorAll<SVGElement>('[data-shape], g.marker[data-host]').forEach((el) => {
    if (el.dataset.host) add(el.dataset.host, el);
    else if (el.dataset.shape) add(shapeKey(el.dataset.shape), el);
  });
  const marked = new Map<string, SVGElement[]>();
  // Every host shape's middle, markers' small shapes too (Czechia's), for taps.
  const middles: MapTarget[] = [...svg.querySelectorAll<SVGElement>('path[data-host][data-c]')].map((el) => {
    const [x, y] = el.dataset.c!.split(',').map(Number);
    return { key: el.dataset.host!, name: '', x, y, marker: false };
  });

  // Hover and selection are data attributes: the map's render (paintYear) owns the class attribute
  // (it changes with the year), and never writes these, so each node attribute has one writer.
  const mark = (key: string | null | undefined, attr: 'data-hover' | 'data-selected', outline: SVGPathElement | null) => {
    for (const el of marked.get(attr) ?? []) el.removeAttribute(attr);
    const els = (key && byKey.get(key)) || [];
    marked.set(attr, els);
    for (const el of els) el.setAttribute(attr, '');
    const path = els.find((el) => el.tagName === 'path');
    if (outline) {
      if (path) outline.setAttribute('d', path.getAttribute('d') ?? '');
      else outline.removeAttribute('d');
    }
  };

  const setRoving = (key: string) => {
    const next = focusables.get(key);
    if (!next || key === roving) return;
    if (roving) focusables.get(roving)?.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    roving = key;
  };

  // Reading the map's box on every pointer move would force a layout of the whole page after
  // each tooltip change; it only moves on resize and scroll, so it is cached.
  let box: DOMRect | null = null;
  // The view (a region's viewBox) and the markers' radius in map units change only on refit.
  let view = currentView(svg, viewBoxWidth);
  let markerRadius = MARKER_RADIUS;
  const invalidateBox = () => { box = null; };
  const keyAt = (e: PointerEvent | MouseEvent): string | null => {
    const rect = (box ??= svg.getBoundingClientRect());
    const u = view.width / Math.max(rect.width, 1);
    const x = view.x + (e.clientX - rect.left) * u;
    const y = view.y + (e.clientY - rect.top) * u;
    const marker = nearest(targets, x, y, markerRadius, (t) => t.marker);
    if (marker) return marker.key;
    if ((e as PointerEvent).pointerType === 'touch') {
      const middle = nearest(middles, x, y, TOUCH_SNAP_PX * u);
      if (middle) return middle.key;
    }
    const shape = (e.target as Element | null)?.closest?.('[data-shape]') as SVGElement | null;
    if (shape) return shape.dataset.host ?? shapeKey(shape.dataset.shape!);
    // Over the sea only: a host just off the pointer (a coastline, an island) still answers.
    return nearest(targets, x, y, NEAR_HOST_PX * u)?.key ?? null;
  };

  let hoverKey: string | null = null;
  const setHover = (hover: Hover | null) => {
    const key = hover?.key ?? null;
    if (key !== hoverKey) {
      hoverKey = key;
      mark(key, 'data-hover', hoverOutline);
    }
    // The focus ring: the hover outline, drawn thicker when the keyboard put it there.
    hoverOutline?.classList.toggle('is-focus', hover?.via === 'focus');
    store.set({ hover });
  };

  const onPointerMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    const key = keyAt(e);
    setHover(key ? { key, anchor: { x: e.clientX, y: e.clientY, width: 0, height: 0 }, via: 'pointer' } : null);
  };
  const onPointerLeave = (e: PointerEvent) => {
    if (e.pointerType !== 'touch' && store.get().hover?.via === 'pointer') setHover(null);
  };
  // A pointer press focuses the target too; that focus is not keyboard focus, so it shows no ring or tooltip.
  let pointerDown = false;
  // Where a finger touched: the click that follows lands where the browser's touch adjustment
  // moved it (towards the larger neighbour of a small host), so a tap is resolved where it began.
  let touchDown: Pick<PointerEvent, 'clientX' | 'clientY' | 'target' | 'pointerType'> | null = null;
  const onPointerDown = (e: PointerEvent) => {
    pointerDown = true;
    setTimeout(() => { pointerDown = false; }, 0);
    touchDown = e.pointerType === 'touch' ? { clientX: e.clientX, clientY: e.clientY, target: e.target, pointerType: e.pointerType } : null;
  };
  const onClick = (e: MouseEvent) => {
    const touch = (e as PointerEvent).pointerType === 'touch' && touchDown;
    const key = keyAt(touch ? (touch as PointerEvent) : e);
    if ((e as PointerEvent).pointerType === 'touch') setHover(null);
    store.set({ selected: key });
    if (key && focusables.has(key)) setRoving(key);
  };

  const focusKey = (key: string | undefined) => {
    if (!key) return;
    setRoving(key);
    focusables.get(key)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const current = (e.target as SVGElement).dataset?.host ?? roving;
    if (!current) return;
    const direction = ARROWS[e.key];
    if (direction) {
      e.preventDefault();
      focusKey(spatialNext(targets, current, direction)?.key);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const list = byName(targets, collator);
      focusKey((e.key === 'Home' ? list[0] : list[list.length - 1])?.key);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      store.set({ selected: current });
    } else if (e.key === 'Escape') {
      if (store.get().selected) { e.preventDefault(); store.set({ selected: null }); }
    } else if (!e.isComposing && e.key.length === 1 && /\p{L}/u.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // An input method composing Korean reports "Process" keys: those never jump; search finds countries by name.
      focusKey(nextByLetter(targets, current, e.key, collator)?.key);
    }
  };
  const onFocusIn = (e: FocusEvent) => {
    const el = e.target as SVGElement;
    const key = el.dataset?.host;
    if (!key) return;
    setRoving(key);
    if (pointerDown) return;
    const r = el.getBoundingClientRect();
    setHover({ key, anchor: { x: r.left, y: r.top, width: r.width, height: r.height }, via: 'focus' });
  };
  const onFocusOut = (e: FocusEvent) => {
    if (!svg.contains(e.relatedTarget as Node | null) && store.get().hover?.via === 'focus') setHover(null);
  };

  let lastSelected: string | null | undefined;
  const syncSelection = () => {
    const { selected } = store.get();
    if (selected === lastSelected) return;
    lastSelected = selected;
    mark(selected, 'data-selected', selectedOutline);
    if (selected && focusables.has(selected)) setRoving(selected);
  };
  syncSelection();
  const unsubscribe = store.subscribe(syncSelection);
  const refit = () => {
    invalidateBox();
    view = currentView(svg, viewBoxWidth);
    markerRadius = fitMarkers(svg, targets, viewBoxWidth);
  };
  window.addEventListener('scroll', invalidateBox, { capture: true, passive: true });
  window.addEventListener('resize', invalidateBox, { passive: true });
  const resizeObserver = new ResizeObserver(refit);
  resizeObserver.observe(svg);
  // A region view changes the viewBox, not the map's size.
  const viewObserver = new MutationObserver(refit);
  viewObserver.observe(svg, { attributes: true, attributeFilter: ['viewBox'] });
  refit();

  const listeners: Array<[keyof SVGElementEventMap, EventListener]> = [
    ['pointermove', onPointerMove as EventListener], ['pointerleave', onPointerLeave as EventListener],
    ['pointerdown', onPointerDown as EventListener],
    ['click', onClick as EventListener], ['keydown', onKeyDown as EventListener],
    ['focusin', onFocusIn as EventListener], ['focusout', onFocusOut as EventListener],
  ];
  for (const [type, listener] of listeners) svg.addEventListener(type, listener);
  return () => {
    unsubscribe();
    resizeObserver.disconnect();
    viewObserver.disconnect();
    window.removeEventListener('scroll', invalidateBox, { capture: true });
    window.removeEventListener('resize', invalidateBox);
    for (const [type, listener] of listeners) svg.removeEventListener(type, listener);
  };
}
