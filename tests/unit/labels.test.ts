/**
 * Labels on the map (src/map/labels.ts): names beside markers, figures inside the largest hosts,
 * where they fit, on hand-made scenes whose sizes are easy to work out; then the scene the page
 * builds from a layout, a view model, a width and a view; then the figures' words.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ESTIMATED_METRICS, NAME_PX, VALUE_PX, labelScene, placeLabels, prepareShapes, type LabelScene, type LabelShape, type PlacedLabel, type TextMetrics } from '../../src/map/labels';
import { markerSize, PLACEMENT_RADII } from '../../src/geo/marker-size';
import { boxOf, insideRings, type Box, type Ring } from '../../src/geo/rings';
import type { MapLayout, Point } from '../../src/geo/types';
import { buildViewModel } from '../../src/view/view-model';
import { mapValue } from '../../src/i18n/format';
import { hostAsOf } from '../../src/model/as-of';
import { en } from '../../src/i18n/en';
import { ko } from '../../src/i18n/ko';
import type { Host } from '../../src/model/types';
import { validDataset } from '../fixtures/datasets';
import { tinyLayout } from '../fixtures/layout';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
console.info(`label properties: seed ${SEED} (replay with FUZZ_SEED=${SEED})`);

/** Every character 0.5 em wide; a line 1 em tall (0.8 above the baseline, 0.2 below). */
const METRICS: TextMetrics = { width: (text) => text.length * 0.5, ascent: 0.8, descent: 0.2 };

const rect = (x: number, y: number, w: number, h: number): Ring[] => [[[x, y], [x + w, y], [x + w, y + h], [x, y + h]]];
const shape = (host: string, rings: Ring[]): LabelShape => ({ host, rings, box: boxOf(rings) });

function scene(over: Partial<LabelScene>): LabelScene {
  return { view: { x0: 0, y0: 0, x1: 200, y1: 100 }, nameSize: 10, valueSize: 10, metrics: METRICS, markers: [], shapes: [], names: [], values: [], ...over };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const boxInside = (b: Box, rings: Ring[]) => ([[b.x0, b.y0], [b.x1, b.y0], [b.x1, b.y1], [b.x0, b.y1]] as Point[]).every((p) => insideRings(p, rings));

describe('figures inside shapes', () => {
  it('sit centred on the shape\'s label point, inside the shape, and are left out where it has no room', () => {
    const labels = placeLabels(scene({
      shapes: [shape('BIG', rect(0, 0, 100, 60)), shape('SMALL', rect(120, 0, 20, 10))],
      values: [{ host: 'BIG', options: [['80,000']], at: [50, 30], room: 30 }, { host: 'SMALL', options: [['1,190']], at: [130, 5], room: 5 }],
    }));
    expect(labels.map((l) => [l.host, l.kind, l.lines, l.anchor])).toEqual([['BIG', 'value', ['80,000'], 'middle']]);
    // 6 characters at 5 units each, one line of 10 units, centred on (50, 30); the baseline 8 units below the top.
    expect(labels[0].box).toEqual({ x0: 35, x1: 65, y0: 25, y1: 35 });
    expect(labels[0].x).toBe(50);
    expect(labels[0].y).toEqual([33]);
  });

  it('go over more lines in a narrow shape, and move along a long one', () => {
    const tall = placeLabels(scene({
      shapes: [shape('TALL', rect(0, 0, 50, 80))],
      values: [{ host: 'TALL', options: [['20,000–100,000 (2023)'], ['20,000–100,000', '(2023)'], ['20,000–', '100,000', '(2023)']], at: [25, 40], room: 25 }],
    }));
    expect(tall.map((l) => l.lines)).toEqual([['20,000–', '100,000', '(2023)']]);
    expect(tall[0].y).toEqual([33, 43, 53]);
    expect(boxInside(tall[0].box, rect(0, 0, 50, 80))).toBe(true);

    // A long thin country whose label point lies near its west end: the label moves east, inside it.
    const long = placeLabels(scene({ shapes: [shape('LONG', rect(0, 0, 160, 20))], values: [{ host: 'LONG', options: [['4,000 (2024)']], at: [12, 10], room: 10 }] }));
    expect(long).toHaveLength(1);
    expect(long[0].x).toBeGreaterThan(12);
    expect(boxInside(long[0].box, rect(0, 0, 160, 20))).toBe(true);
  });

  it('stay inside a shape with a bay: a box over the bay is refused', () => {
    // A U: the label point in the bottom bar; the bay between the arms is sea.
    const u: Ring[] = [[[0, 0], [20, 0], [20, 40], [80, 40], [80, 0], [100, 0], [100, 60], [0, 60]]];
    const labels = placeLabels(scene({ shapes: [shape('U', u)], values: [{ host: 'U', options: [['12,345,678']], at: [50, 50], room: 10 }] }));
    for (const l of labels) expect(boxInside(l.box, u) && !insideRings([50, 20], [[[l.box.x0, l.box.y0], [l.box.x1, l.box.y0], [l.box.x1, l.box.y1], [l.box.x0, l.box.y1]]])).toBe(true);
  });

  it('give the largest host first pick, and keep off markers and the place a host really is', () => {
    const labels = placeLabels(scene({
      shapes: [shape('A', rect(0, 0, 100, 60))],
      markers: [{ host: 'M', at: [50, 30], radius: 6, anchor: [50, 30] }],
      values: [{ host: 'A', options: [['1']], at: [50, 30], room: 30 }],
    }));
    expect(labels).toHaveLength(1);
    const b = labels[0].box;
    expect(Math.hypot(Math.max(b.x0 - 50, 0, 50 - b.x1), Math.max(b.y0 - 30, 0, 30 - b.y1))).toBeGreaterThanOrEqual(6);
  });
});

describe('names beside markers', () => {
  const marker = (host: string, at: Point, anchor: Point = at) => ({ host, at, radius: 5, anchor });

  it('go to the right of the marker where there is room, else the left, the diagonals, above or below; none where nothing is free', () => {
    const right = placeLabels(scene({ markers: [marker('A', [100, 50])], names: [{ host: 'A', text: 'Malta' }] }));
    expect(right.map((l) => [l.host, l.anchor])).toEqual([['A', 'start']]);
    // A gap of a quarter em (2.5) beyond the radius.
    expect(right[0].box.x0).toBeCloseTo(107.5);
    expect((right[0].box.y0 + right[0].box.y1) / 2).toBe(50);

    // Another host's shape to the right: the name goes left.
    const left = placeLabels(scene({ markers: [marker('A', [100, 50])], shapes: [shape('B', rect(106, 40, 40, 20))], names: [{ host: 'A', text: 'Malta' }] }));
    expect(left.map((l) => l.anchor)).toEqual(['end']);
    expect(left[0].box.x1).toBeCloseTo(92.5);

    // Hosts beside it, low, and a view too narrow for the diagonals: above.
    const above = placeLabels(scene({
      view: { x0: 70, y0: 0, x1: 130, y1: 100 },
      markers: [marker('A', [100, 50])], shapes: [shape('B', rect(106, 46, 40, 20)), shape('C', rect(50, 46, 44, 20))], names: [{ host: 'A', text: 'Malta' }],
    }));
    expect(above.map((l) => l.anchor)).toEqual(['middle']);
    expect(above[0].box.y1).toBeLessThan(45);

    // Walled in: left out.
    const none = placeLabels(scene({ markers: [marker('A', [100, 50])], shapes: [shape('B', [[[70, 20], [130, 20], [130, 80], [70, 80], [70, 20]], [[90, 40], [110, 40], [110, 60], [90, 60]]])], names: [{ host: 'A', text: 'Malta' }] }));
    expect(none).toEqual([]);
  });

  it('may lie over the host\'s own shape, never over its leader line', () => {
    const own = placeLabels(scene({ markers: [marker('A', [100, 50])], shapes: [shape('A', rect(95, 45, 40, 10))], names: [{ host: 'A', text: 'Qatar' }] }));
    expect(own.map((l) => l.anchor)).toEqual(['start']);
    // The marker moved left of where the host is: its leader runs right, so the name goes elsewhere.
    const led = placeLabels(scene({ markers: [marker('A', [100, 50], [140, 50])], names: [{ host: 'A', text: 'Qatar' }] }));
    expect(led.map((l) => l.anchor)).toEqual(['end']);
  });

  it('keep apart: the marker with the fewest free places chooses first', () => {
    // B is hemmed in by a host below; A, above, has room on every side, so gives way.
    const labels = placeLabels(scene({
      markers: [marker('A', [100, 30]), marker('B', [100, 50])],
      shapes: [shape('C', rect(60, 56, 80, 30)), shape('D', rect(20, 44, 70, 40))],
      names: [{ host: 'A', text: 'Alpha' }, { host: 'B', text: 'Bravo' }],
    }));
    expect(labels.map((l) => l.host)).toEqual(['B', 'A']);
    expect(overlaps(labels[0].box, labels[1].box)).toBe(false);
  });

  it('on any scene: no two labels overlap, none covers a marker, a leader, a host\'s real place or another host\'s shape, all stay in view, and the same scene gives the same labels', () => {
    const point = fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 100 }));
    const arb = fc.record({
      markers: fc.array(fc.record({ at: point, anchor: point, radius: fc.integer({ min: 2, max: 8 }) }), { maxLength: 12 }),
      rects: fc.array(fc.tuple(point, fc.integer({ min: 4, max: 60 }), fc.integer({ min: 4, max: 40 })), { maxLength: 8 }),
      size: fc.integer({ min: 3, max: 12 }),
    });
    fc.assert(fc.property(arb, ({ markers, rects, size }) => {
      const s = scene({
        nameSize: size, valueSize: size,
        markers: markers.map((m, i) => ({ host: `M${i}`, ...m })),
        shapes: rects.map(([[x, y], w, h], i) => shape(`S${i}`, rect(x, y, w, h))),
        names: markers.map((_, i) => ({ host: `M${i}`, text: 'Name'.repeat(1 + (i % 3)) })),
        values: rects.map(([[x, y], w, h], i) => ({ host: `S${i}`, options: [['12,345'], ['12,', '345']], at: [x + w / 2, y + h / 2] as Point, room: Math.min(w, h) / 2 })),
      });
      const labels = placeLabels(s);
      expect(placeLabels(s)).toEqual(labels);
      labels.forEach((l: PlacedLabel, i) => {
        const b = l.box;
        expect(b.x0 >= s.view.x0 && b.x1 <= s.view.x1 && b.y0 >= s.view.y0 && b.y1 <= s.view.y1).toBe(true);
        for (const other of labels.slice(i + 1)) expect(overlaps(b, other.box)).toBe(false);
        for (const m of s.markers) {
          const d = (c: Point) => Math.hypot(Math.max(b.x0 - c[0], 0, c[0] - b.x1), Math.max(b.y0 - c[1], 0, c[1] - b.y1));
          expect(d(m.at)).toBeGreaterThanOrEqual(m.radius);
          expect(d(m.anchor)).toBeGreaterThan(0);
          // The leader line from the host's real place to its marker: no point of it inside the box.
          for (let k = 0; k <= 200; k++) {
            const x = m.anchor[0] + ((m.at[0] - m.anchor[0]) * k) / 200;
            const y = m.anchor[1] + ((m.at[1] - m.anchor[1]) * k) / 200;
            expect(x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1).toBe(false);
          }
        }
        for (const sh of s.shapes) {
          if (sh.host === l.host) { expect(boxInside(b, sh.rings)).toBe(true); continue; }
          expect(overlaps(b, sh.box)).toBe(false);
        }
      });
    }), { numRuns: 300, seed: SEED });
  });
});

describe('the scene for a map on the page', () => {
  const layout: MapLayout = {
    ...tinyLayout(),
    shapes: tinyLayout().shapes.map((s) => (s.id === '156' ? { ...s, room: 10 } : s.id === '496' ? { ...s, room: 5 } : s)),
  };
  const dataset = validDataset();

  it('parses the hosts\' outlines (no other shape\'s) a few at a time while there is time, then says they are ready', () => {
    // Paths of their own (a trailing space), so that no other test has parsed them yet.
    const fresh: MapLayout = { ...layout, shapes: layout.shapes.map((s) => ({ ...s, d: `${s.d} ` })) };
    const model = buildViewModel(dataset, en, 2019);
    const hosts = fresh.shapes.filter((s) => model.byShape.has(s.id)).length;
    expect(hosts).toBeGreaterThan(1);
    expect(hosts).toBeLessThan(fresh.shapes.length);
    let asked = 0;
    expect(prepareShapes(fresh, model, () => asked++ < 1)).toBe(false);
    asked = 0;
    expect(prepareShapes(fresh, model, () => { asked += 1; return true; })).toBe(true);
    expect(asked).toBe(hosts - 1);
    expect(prepareShapes(fresh, model, () => false)).toBe(true);
    const rings = (l: MapLayout) => labelScene(l, model, 'world', 800, METRICS).shapes.map((x) => x.rings);
    expect(rings(fresh)).toEqual(rings(layout));
  });

  it('sizes fonts in map units for the map\'s width and view, and puts markers where fit-markers draws them', () => {
    const model = buildViewModel(dataset, en, 2019);
    const wide = labelScene(layout, model, 'world', 800, METRICS);
    expect(wide.nameSize).toBeCloseTo((NAME_PX * 200) / 800);
    expect(wide.valueSize).toBeCloseTo((VALUE_PX * 200) / 800);
    const europe = labelScene(layout, model, 'europe', 800, METRICS);
    expect(europe.nameSize).toBeCloseTo((NAME_PX * 60) / 800);
    expect(europe.view).toEqual({ x0: 80, y0: 10, x1: 140, y1: 40 });
    // Each marker at the placement of its size, as fit-markers.ts moves it.
    const moved: MapLayout = { ...layout, markers: { ...layout.markers, KWT: { anchor: [60, 80], at: [60, 80], fits: PLACEMENT_RADII.map((r) => [60 + r, 80] as Point) } } };
    for (const width of [320, 800]) {
      const { radius, placement } = markerSize(width, 200);
      const k = labelScene(moved, model, 'world', width, METRICS).markers.find((m) => m.host === 'KWT')!;
      expect(k).toEqual({ host: 'KWT', at: [60 + placement, 80], radius, anchor: [60, 80] });
    }
    // Before the page knows its width (the prerendered page): one map unit per CSS px.
    expect(labelScene(layout, model, 'world', undefined, METRICS).nameSize).toBe(NAME_PX);
  });

  it('offers figures for the largest hosts with a shape of their own, and names for the markers, as of the year and in the page\'s language', () => {
    const at2019 = labelScene(layout, buildViewModel(dataset, en, 2019), 'world', 800, METRICS);
    // Abkhazia has a figure but is a marker; Mongolia was withdrawn by 2019.
    expect(at2019.values.map((v) => [v.host, v.options[0]])).toEqual([['CHN', ['80,000']]]);
    expect(at2019.names.map((n) => [n.host, n.text])).toEqual([['GE-AB', 'Abkhazia'], ['KWT', 'Kuwait']]);
    const at2017 = labelScene(layout, buildViewModel(dataset, en, 2017), 'world', 800, METRICS);
    expect(at2017.values.map((v) => [v.host, v.options[0]])).toEqual([['CHN', ['30,023']], ['MNG', ['1,190']]]);
    const korean = labelScene(layout, buildViewModel(dataset, ko, 2019, { CHN: '중국', KWT: '쿠웨이트', 'GE-AB': '압하스' }), 'world', 800, METRICS);
    expect(korean.names.map((n) => n.text)).toEqual(['압하스', '쿠웨이트']);
    expect(korean.values.map((v) => v.options[0])).toEqual([['80,000']]);
    // Placed: China's figure in China, both names.
    expect(placeLabels(at2019).map((l) => `${l.kind} ${l.host}`).sort()).toEqual(['name GE-AB', 'name KWT', 'value CHN']);
  });
});

describe('the words of a figure on the map', () => {
  const host = (figures: Host['figures']): Host => ({
    id: 'X', name: 'X', iso3: 'XXX', isoNumeric: '999', statuses: [{ from: '2010', status: 'present', sources: ['s'] }], industries: [], restaurants: false, figures,
  });
  const fig = (asOf: string, over: Partial<Host['figures'][number]>) => ({ asOf, measure: 'present' as const, basis: 'research' as const, sources: ['s'], ...over });

  it('give the number as the source does, its own year when older than the chosen one, and narrower forms', () => {
    expect(mapValue(en, hostAsOf(host([fig('2019', { value: 80000 })]), 2019))).toEqual([['80,000']]);
    expect(mapValue(en, hostAsOf(host([fig('2017-11', { value: 1190 })]), 2019))).toEqual([['1,190 (2017)'], ['1,190', '(2017)']]);
    expect(mapValue(en, hostAsOf(host([fig('2023', { low: 20000, high: 100000 })]), 2026))).toEqual([['20,000–100,000 (2023)'], ['20,000–100,000', '(2023)'], ['20,000–', '100,000', '(2023)']]);
    expect(mapValue(en, hostAsOf(host([fig('2019', { low: 15000, high: 15000 })]), 2019))).toEqual([['≈15,000']]);
    expect(mapValue(en, hostAsOf(host([fig('2019', { low: 500 })]), 2019))).toEqual([['≥500']]);
    expect(mapValue(en, hostAsOf(host([fig('2019', { value: 30, low: 20, high: 40 })]), 2019))).toEqual([['30']]);
    expect(mapValue(ko, hostAsOf(host([fig('2017-11', { value: 1190 })]), 2019))).toEqual([['1,190(2017년)'], ['1,190', '(2017년)']]);
    expect(mapValue(ko, hostAsOf(host([fig('2023', { low: 20000, high: 100000 })]), 2023))).toEqual([['20,000~100,000'], ['20,000~', '100,000']]);
  });

  it('say nothing dated after the year: no figure yet, no label', () => {
    expect(mapValue(en, hostAsOf(host([fig('2019', { value: 80000 })]), 2018))).toBeUndefined();
  });

  it('estimate widths on the generous side at build time, Hangul a full em', () => {
    expect(ESTIMATED_METRICS.width('중국', false)).toBe(2);
    expect(ESTIMATED_METRICS.width('80,000', true)).toBeGreaterThan(ESTIMATED_METRICS.width('80,000', false));
  });
});
