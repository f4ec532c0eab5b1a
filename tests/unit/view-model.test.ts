import { describe, expect, it, vi } from 'vitest';
import { buildViewModel, largestHosts } from '../../src/view/view-model';
import { createStore, isShapeKey, shapeKey } from '../../src/view/store';
import { en } from '../../src/i18n/en';
import { validDataset } from '../fixtures/datasets';

const d = validDataset();
const pick = (year?: number) => {
  const model = buildViewModel(d, en, year);
  return { model, rows: model.hosts.map((h) => [h.host.id, h.cls, h.stale, h.headline, h.label]) };
};

describe('buildViewModel', () => {
  it('2019: every host with its class, headline and accessible name, sorted by name', () => {
    const { model, rows } = pick(2019);
    expect(model.year).toBe(2019);
    expect(rows).toEqual([
      ['GE-AB', 'bin-0', false, '400 workers in October 2019', 'Abkhazia: 400 workers in October 2019, reported, presence unconfirmed'],
      ['CHN', 'bin-4', false, '80,000 workers in 2019', 'China: 80,000 workers in 2019, present'],
      ['KWT', 'unknown', false, 'workers being sent home, number unknown', 'Kuwait: workers being sent home, number unknown'],
      ['MNG', 'withdrawn', false, 'workers withdrawn', 'Mongolia: workers withdrawn'],
    ]);
    expect(model.classCounts).toEqual({ 'bin-0': 1, 'bin-1': 0, 'bin-2': 0, 'bin-3': 0, 'bin-4': 1, unknown: 1, restaurants: 0, withdrawn: 1, none: 0 });
    expect(model.staleCount).toBe(0);
    expect(model.totals.map((t) => t.asOf)).toEqual(['2017']);
  });

  it('2017: permits colour China, Abkhazia is not yet reported, Mongolia is present', () => {
    const { model, rows } = pick(2017);
    expect(rows).toEqual([
      ['GE-AB', 'none', false, 'no report of DPRK workers by 2017', 'Abkhazia: no report of DPRK workers by 2017'],
      ['CHN', 'bin-4', false, '30,023 valid work permits in December 2017', 'China: 30,023 valid work permits in December 2017, present'],
      ['KWT', 'unknown', false, 'workers being sent home, number unknown', 'Kuwait: workers being sent home, number unknown'],
      ['MNG', 'bin-1', false, '1,190 workers in November 2017', 'Mongolia: 1,190 workers in November 2017, present'],
    ]);
    expect(largestHosts(model, 3).map((h) => h.host.id)).toEqual(['CHN', 'MNG']);
  });

  it('2020: a count from the year before is already stale', () => {
    const { model } = pick(2020);
    expect(model.byId.get('CHN')).toMatchObject({ cls: 'bin-4', stale: true, shown: { age: 1 } });
    expect(model.staleCount).toBe(2);
  });

  it('2021: older counts are stale, labelled with their own year', () => {
    const { model } = pick(2021);
    const china = model.byId.get('CHN')!;
    expect(china).toMatchObject({ cls: 'bin-4', stale: true, headline: '80,000 workers in 2019' });
    expect(china.shown.age).toBe(2);
    expect(model.staleCount).toBe(2);
  });

  it('defaults to the last year of the span, the release year, where counts beyond the tolerance no longer colour', () => {
    const { model } = pick();
    expect(model.span).toEqual({ first: 2010, last: 2024 });
    expect(model.year).toBe(2024);
    expect(model.byId.get('CHN')).toMatchObject({ cls: 'unknown', stale: false, headline: 'workers present, number unknown' });
  });

  it('joins countries to shapes and leaves territories to their markers', () => {
    const { model } = pick(2019);
    expect([...model.byShape.keys()].sort()).toEqual(['156', '414', '496']);
    expect(model.byId.get('GE-AB')!.host.territory?.of).toBe('Georgia');
  });

  it('lists the sources of a host, statuses first, then figures newest first', () => {
    expect(pick(2019).model.byId.get('CHN')!.sources.map((s) => s.id)).toEqual(['ncnk-2019', 'un-panel-2019']);
  });

  it('names hosts in the page language when given names', () => {
    const model = buildViewModel(d, en, 2019, { CHN: '중국' });
    expect(model.byId.get('CHN')!.label).toBe('중국: 80,000 workers in 2019, present');
  });
});

describe('the UI store', () => {
  it('rejects an unknown key, naming it', () => {
    const store = createStore({ hover: null, selected: null, year: 2019 });
    expect(() => store.set({ hovered: 'CHN' } as never)).toThrow('The UI store has no key "hovered".');
    expect(store.get()).toEqual({ hover: null, selected: null, year: 2019, region: 'world' });
  });
  it('tells its listeners about changes only, and stops when unsubscribed', () => {
    const store = createStore({ hover: null, selected: null, year: 2019 });
    const listener = vi.fn();
    const off = store.subscribe(listener);
    store.set({ selected: 'CHN' });
    store.set({ selected: 'CHN' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get().selected).toBe('CHN');
    off();
    store.set({ year: 2018 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get().year).toBe(2018);
  });
  it('keys countries without data by their shape', () => {
    expect(shapeKey('076')).toBe('shape:076');
    expect(isShapeKey('shape:076')).toBe(true);
    expect(isShapeKey('CHN')).toBe(false);
  });
});
