import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BIN_THRESHOLDS, MAP_CLASSES, classScale, createClassScale } from '../../src/model/scale';
import { hostAsOf, type HostAsOf } from '../../src/model/as-of';
import { representative, safeHref } from '../../src/model/figures';
import type { Figure, Host, StatusEntry } from '../../src/model/types';
import { en } from '../../src/i18n/en';
import { binLabel, figureText, formatAmount, formatDate, headline, shortCitation } from '../../src/i18n/format';

const status = (s: StatusEntry['status'], from = '2015'): StatusEntry => ({ from, status: s, sources: ['s'] });
const fig = (over: Partial<Figure>): Figure => ({ asOf: '2019', measure: 'present', basis: 'research', sources: ['s'], ...over });
const shown = (over: Partial<HostAsOf>): HostAsOf => ({ year: 2019, age: 0, known: [], ...over });
const host = (statuses: StatusEntry[], figures: Figure[]): Host => ({ id: 'CHN', name: 'China', iso3: 'CHN', isoNumeric: '156', statuses, industries: [], restaurants: true, figures });

describe('the class scale', () => {
  it('bins on thresholds 1,000 / 3,000 / 10,000 / 30,000, each threshold in the bin above it', () => {
    expect(BIN_THRESHOLDS).toEqual([1000, 3000, 10000, 30000]);
    expect([0, 999, 1000, 2999, 3000, 9999, 10000, 29999, 30000, 10_000_000].map(classScale.binOf)).toEqual(
      ['bin-0', 'bin-0', 'bin-1', 'bin-1', 'bin-2', 'bin-2', 'bin-3', 'bin-3', 'bin-4', 'bin-4'],
    );
    expect(classScale.bins).toEqual([
      { cls: 'bin-0', low: undefined, high: 1000 }, { cls: 'bin-1', low: 1000, high: 3000 }, { cls: 'bin-2', low: 3000, high: 10000 },
      { cls: 'bin-3', low: 10000, high: 30000 }, { cls: 'bin-4', low: 30000, high: undefined },
    ]);
  });
  it('classes by status before number', () => {
    const n = fig({ value: 50000 });
    expect(classScale.classOf(shown({}))).toBe('none');
    expect(classScale.classOf(shown({ status: status('withdrawn'), figure: n }))).toBe('withdrawn');
    expect(classScale.classOf(shown({ status: status('restaurants-only'), figure: n }))).toBe('restaurants');
    expect(classScale.classOf(shown({ status: status('reported') }))).toBe('unknown');
    expect(classScale.classOf(shown({ status: status('present') }))).toBe('unknown');
    expect(classScale.classOf(shown({ status: status('declining'), figure: fig({ value: 1500 }) }))).toBe('bin-1');
    expect(classScale.classOf(shown({ status: status('present'), figure: fig({ low: 50000, high: 80000 }) }))).toBe('bin-4');
    expect(classScale.classOf(shown({ status: status('present'), figure: fig({ high: 900 }) }))).toBe('bin-0');
  });
  it('colours a range by its geometric middle', () => {
    expect(representative({ low: 50000, high: 80000 })).toBe(63246);
    expect(representative({ low: 0, high: 100 })).toBe(10);
    expect(representative({ value: 7, low: 1, high: 100 })).toBe(7);
    expect(representative({ low: 12 })).toBe(12);
    expect(representative({})).toBeUndefined();
  });
  it('counts hosts per class, every class present', () => {
    const counts = classScale.count([
      hostAsOf(host([status('present')], [fig({ value: 80000 })]), 2019),
      hostAsOf(host([status('present')], [fig({ value: 40000 })]), 2019),
      hostAsOf(host([status('withdrawn')], []), 2019),
      hostAsOf(host([status('present', '2020')], []), 2019),
    ]);
    expect(counts).toEqual({ 'bin-0': 0, 'bin-1': 0, 'bin-2': 0, 'bin-3': 0, 'bin-4': 2, unknown: 0, restaurants: 0, withdrawn: 1, none: 1 });
  });
  it('lists every class in legend order, and wants one threshold fewer than bins', () => {
    expect(classScale.classes).toEqual(['bin-0', 'bin-1', 'bin-2', 'bin-3', 'bin-4', 'unknown', 'restaurants', 'withdrawn', 'none']);
    expect(() => createClassScale([1, 2])).toThrow('A class scale needs 4 thresholds.');
    expect(createClassScale([10, 20, 30, 40]).binOf(25)).toBe('bin-2');
  });
});

describe('MAP_CLASSES and src/styles.css', () => {
  const css = readFileSync('src/styles.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const fills = new Map([...css.matchAll(/^\.c-([\w-]+)\s*\{([^}]*)\}/gm)].map((m) => [m[1], m[2]]));
  it('gives every map class its own fill rule', () => {
    for (const cls of MAP_CLASSES) expect(fills.get(cls), `.c-${cls}`).toMatch(/\bfill:\s*\S/);
  });
  it('styles no c- class the scale does not know', () => {
    const used = new Set([...css.matchAll(/\.c-([\w-]+)/g)].map((m) => m[1]));
    expect([...used].filter((c) => !(MAP_CLASSES as readonly string[]).includes(c))).toEqual([]);
  });
});

describe('English messages', () => {
  it('writes each measure as a reader says it, a single number as the source states it', () => {
    const cases: Array<[Partial<Figure>, string]> = [
      [{ measure: 'present', value: 80000 }, '80,000 workers in 2019'],
      [{ measure: 'present', low: 50000, high: 100000, asOf: '2019-03' }, '50,000 to 100,000 workers in March 2019'],
      [{ measure: 'permits', value: 30023, asOf: '2017-12' }, '30,023 valid work permits in December 2017'],
      [{ measure: 'sent', value: 13000, asOf: '2024' }, '13,000 sent by 2024'],
      [{ measure: 'sent', value: 13000, asOf: '2024', since: '2023-06' }, '13,000 sent between June 2023 and 2024'],
      [{ measure: 'departed', value: 33 }, '33 left or were sent home by 2019'],
      [{ measure: 'departed', value: 33, since: '2017-09-15', asOf: '2019-12-01' }, '33 left between 15 September 2017 and 1 December 2019'],
      [{ measure: 'planned', low: 5000, asOf: '2023' }, 'at least 5,000 announced or planned in 2023'],
      [{ measure: 'peak', value: 2123, asOf: '2013' }, 'a peak of 2,123 in 2013'],
    ];
    for (const [over, text] of cases) expect(figureText(en, fig(over))).toBe(text);
  });
  it('dates a figure "in" a year or a month and "on" a day', () => {
    expect(figureText(en, fig({ measure: 'permits', value: 1221, asOf: '2017-11-01' }))).toBe('1,221 valid work permits on 1 November 2017');
    expect(figureText(en, fig({ measure: 'permits', value: 1221, asOf: '2017-11' }))).toBe('1,221 valid work permits in November 2017');
    expect(figureText(en, fig({ value: 1190, asOf: '2017' }))).toBe('1,190 workers in 2017');
  });
  it('writes an upper bound without doubling its words', () => {
    expect(figureText(en, fig({ measure: 'upper-bound', high: 80000, asOf: '2019-07' }))).toBe('no more than 80,000 in July 2019 (an upper bound)');
  });
  it('writes a single number as stated, and ranges, at least and up to', () => {
    expect(formatAmount(en, { value: 80000 })).toBe('80,000');
    expect(formatAmount(en, { value: 63000, low: 50000, high: 80000 })).toBe('63,000 (50,000 to 80,000)');
    expect(formatAmount(en, { low: 50000, high: 80000 })).toBe('50,000 to 80,000');
    expect(formatAmount(en, { low: 400, high: 400 })).toBe('about 400');
    expect(formatAmount(en, { low: 100000 })).toBe('at least 100,000');
    expect(formatAmount(en, { high: 1500 })).toBe('up to 1,500');
    expect(formatAmount(en, {})).toBe('');
  });
  it('writes dates at the precision the source gives', () => {
    expect(['2019', '2019-03', '2019-03-22'].map((d) => formatDate(en, d))).toEqual(['2019', 'March 2019', '22 March 2019']);
  });
  it('says what a host shows when it has no figure, by status', () => {
    expect(headline(en, shown({ year: 2016 }))).toBe('no report of DPRK workers by 2016');
    expect(headline(en, shown({ status: status('present') }))).toBe('workers present, number unknown');
    expect(headline(en, shown({ status: status('declining') }))).toBe('workers being sent home, number unknown');
    expect(headline(en, shown({ status: status('withdrawn') }))).toBe('workers withdrawn');
    expect(headline(en, shown({ status: status('restaurants-only') }))).toBe('DPRK-run restaurants, no worker count');
    expect(headline(en, shown({ status: status('reported') }))).toBe('workers reported, presence unconfirmed');
    expect(headline(en, shown({ status: status('present'), figure: fig({ value: 80000 }) }))).toBe('80,000 workers in 2019');
  });
  it('labels the legend bins and the age of a figure', () => {
    expect(classScale.bins.map((b) => binLabel(en, b))).toEqual(['Under 1,000', '1,000 – 2,999', '3,000 – 9,999', '10,000 – 29,999', '30,000 or more']);
    expect(en.age(1, 2020)).toBe('the latest count as of 2020, one year old');
    expect(en.age(3, 2022)).toBe('the latest count as of 2022, 3 years old');
    expect(en.legend.title(2019)).toBe('DPRK workers as of 2019');
  });
  it('cites briefly and links only http(s)', () => {
    expect(shortCitation({ publisher: 'Associated Press', title: 't', published: '2017-10', url: 'https://x.org', primary: false, kind: 'media' })).toBe('Associated Press, 2017');
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('HTTPS://Example.org')).toBe('https://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('/relative')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});
