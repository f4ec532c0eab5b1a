// @vitest-environment jsdom
/**
 * The map's one controller (src/map/interaction.ts) on the prerendered SVG of a tiny map:
 * pointer and keyboard events in, hover, selection and focus out.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { attachMapInteraction } from '../../src/map/interaction';
import { WorldMap, mapTargets } from '../../src/map/WorldMap';
import { buildViewModel } from '../../src/view/view-model';
import { createStore, shapeKey, type Store } from '../../src/view/store';
import { en } from '../../src/i18n/en';
import { validDataset } from '../fixtures/datasets';
import { tinyLayout } from '../fixtures/layout';

const layout = tinyLayout();
const model = buildViewModel(validDataset(), en, 2019);

beforeAll(() => {
  // jsdom has no ResizeObserver; the controller only needs it to exist.
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
});

let svg: SVGSVGElement;
let store: Store;
let detach: () => void;

beforeEach(() => {
  store = createStore({ hover: null, selected: null, year: 2019 });
  document.body.innerHTML = renderToStaticMarkup(createElement(WorldMap, { layout, model, store, labelId: 'l', descriptionId: 'd' }));
  svg = document.querySelector('svg.map')!;
  // One CSS px per map unit: client coordinates are map coordinates.
  svg.getBoundingClientRect = () => ({ left: 0, top: 0, x: 0, y: 0, width: layout.width, height: layout.height, right: layout.width, bottom: layout.height, toJSON() {} }) as DOMRect;
  detach = attachMapInteraction(svg, store, { targets: mapTargets(layout, model), viewBoxWidth: layout.width });
});
afterEach(() => detach());

const el = (host: string) => svg.querySelector<SVGElement>(`[data-host="${host}"][tabindex]`)!;
const shape = (id: string) => svg.querySelector<SVGElement>(`path[data-shape="${id}"]`)!;
const pointer = (type: string, target: Element, x: number, y: number, pointerType = 'mouse') => {
  const e = new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y });
  Object.defineProperty(e, 'pointerType', { value: pointerType });
  target.dispatchEvent(e);
};
const key = (target: Element, k: string, init: KeyboardEventInit = {}) => {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(e);
  return e;
};
const focused = () => (document.activeElement as SVGElement | null)?.dataset?.host;

describe('pointer', () => {
  it('hovering a shape sets store.hover to its host, anchored at the pointer, and marks it', () => {
    pointer('pointermove', shape('156'), 140, 45);
    expect(store.get().hover).toEqual({ key: 'CHN', anchor: { x: 140, y: 45, width: 0, height: 0 }, via: 'pointer' });
    expect(shape('156').hasAttribute('data-hover')).toBe(true);
    expect(document.querySelector('svg.map-overlay .outline-hover')!.getAttribute('d')).toBe(shape('156').getAttribute('d'));
    pointer('pointermove', shape('496'), 140, 20);
    expect(store.get().hover?.key).toBe('MNG');
    expect(shape('156').hasAttribute('data-hover')).toBe(false);
  });
  it('finds a marker by distance before the shape under it', () => {
    pointer('pointermove', shape('268'), 95, 33);
    expect(store.get().hover?.key).toBe('GE-AB');
    expect(el('GE-AB').hasAttribute('data-hover')).toBe(true);
  });
  it('keys a country without data by its shape', () => {
    pointer('pointermove', shape('076'), 30, 70);
    expect(store.get().hover?.key).toBe(shapeKey('076'));
  });
  it('over the sea, answers for a host within 20 px and for nothing farther', () => {
    pointer('pointermove', svg, 150, 52);
    expect(store.get().hover?.key).toBe('CHN');
    pointer('pointermove', svg, 5, 5);
    expect(store.get().hover).toBeNull();
  });
  it('clears the hover when the pointer leaves, and ignores touch moves', () => {
    pointer('pointermove', shape('156'), 140, 45);
    pointer('pointerleave', svg, 0, 0);
    expect(store.get().hover).toBeNull();
    pointer('pointermove', shape('156'), 140, 45, 'touch');
    expect(store.get().hover).toBeNull();
  });
  it('a click selects, marks and outlines the host; a click on the sea clears the selection', () => {
    pointer('click', shape('156'), 140, 45);
    expect(store.get().selected).toBe('CHN');
    expect(shape('156').hasAttribute('data-selected')).toBe(true);
    expect(svg.querySelector('.outline-selected')!.getAttribute('d')).toBe(shape('156').getAttribute('d'));
    expect(el('CHN').getAttribute('tabindex')).toBe('0');
    pointer('click', svg, 5, 5);
    expect(store.get().selected).toBeNull();
    expect(shape('156').hasAttribute('data-selected')).toBe(false);
  });
  it('follows a selection made elsewhere (search, table, URL)', () => {
    store.set({ selected: 'MNG' });
    expect(shape('496').hasAttribute('data-selected')).toBe(true);
    expect(el('MNG').getAttribute('tabindex')).toBe('0');
  });
  it('stops listening when detached', () => {
    detach();
    pointer('pointermove', shape('156'), 140, 45);
    pointer('click', shape('156'), 140, 45);
    expect(store.get()).toMatchObject({ hover: null, selected: null });
    detach = () => {};
  });
});

describe('keyboard', () => {
  it('has one tab stop, the first host by name', () => {
    expect([...svg.querySelectorAll('[tabindex="0"]')].map((e) => (e as SVGElement).dataset.host)).toEqual(['GE-AB']);
  });
  it('focus shows the tooltip for the focused host, anchored at its box', () => {
    el('CHN').focus();
    expect(focused()).toBe('CHN');
    expect(store.get().hover).toMatchObject({ key: 'CHN', via: 'focus' });
    expect(document.querySelector('svg.map-overlay .outline-hover')!.classList.contains('is-focus')).toBe(true);
  });
  it('ArrowRight moves focus to the nearest host on the right, and the tab stop with it', () => {
    el('GE-AB').focus();
    const e = key(el('GE-AB'), 'ArrowRight');
    expect(e.defaultPrevented).toBe(true);
    expect(focused()).toBe('MNG');
    expect(el('MNG').getAttribute('tabindex')).toBe('0');
    expect(el('GE-AB').getAttribute('tabindex')).toBe('-1');
    key(el('MNG'), 'ArrowDown');
    expect(focused()).toBe('CHN');
    key(el('CHN'), 'ArrowRight');
    expect(focused()).toBe('CHN');
  });
  it('Enter and Space select the focused host; Escape clears the selection', () => {
    el('KWT').focus();
    key(el('KWT'), 'Enter');
    expect(store.get().selected).toBe('KWT');
    expect(el('KWT').hasAttribute('data-selected')).toBe(true);
    key(el('KWT'), 'Escape');
    expect(store.get().selected).toBeNull();
    key(el('KWT'), ' ');
    expect(store.get().selected).toBe('KWT');
  });
  it('Home and End go to the first and last host by name', () => {
    el('CHN').focus();
    key(el('CHN'), 'End');
    expect(focused()).toBe('MNG');
    key(el('MNG'), 'Home');
    expect(focused()).toBe('GE-AB');
  });
  it('a letter jumps to the next host whose name starts with it', () => {
    el('GE-AB').focus();
    key(el('GE-AB'), 'k');
    expect(focused()).toBe('KWT');
    key(el('KWT'), 'C');
    expect(focused()).toBe('CHN');
  });
  it('a key pressed while an input method composes does not jump', () => {
    el('GE-AB').focus();
    key(el('GE-AB'), 'k', { isComposing: true });
    expect(focused()).toBe('GE-AB');
    key(el('GE-AB'), 'Process');
    expect(focused()).toBe('GE-AB');
    key(el('GE-AB'), 'k', { ctrlKey: true });
    expect(focused()).toBe('GE-AB');
    expect(store.get().selected).toBeNull();
  });
  it('leaving the map with the keyboard clears the focus tooltip', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    el('CHN').focus();
    outside.focus();
    expect(store.get().hover).toBeNull();
  });
});
