import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { en } from '../../src/i18n/en';
import { ko } from '../../src/i18n/ko';
import { NAMES_KO } from '../../src/i18n/names-ko';
import { binLabel, figureText, formatAmount, formatDate, headline } from '../../src/i18n/format';
import { knownShapeIds } from '../../src/geo/atlas';
import type { HostAsOf } from '../../src/model/as-of';
import type { Dataset, Figure, StatusEntry } from '../../src/model/types';
import { NAMES_KO_FILE, generateNamesKo } from '../../scripts/names-ko';

type Tree = { [key: string]: unknown };
const kind = (v: unknown) => (typeof v === 'function' ? 'function' : typeof v === 'string' ? 'string' : v && typeof v === 'object' ? 'object' : typeof v);

/** Every message path with its kind: "measure.present: function". */
function shape(tree: Tree, path = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const p = path ? `${path}.${k}` : k;
    return kind(v) === 'object' ? [`${p}: object`, ...shape(v as Tree, p)] : [`${p}: ${kind(v)}`];
  });
}

/**
 * Sample arguments that serve as numbers and as text (counts, years, names, dates, flags); a measure's
 * optional `since` both given and left out; a flag both true and false.
 */
const SAMPLES: unknown[][] = [['7', '2019', '2017년', '중국'], ['1', '2018', '러시아', ''], ['0', '2020', '2019년 3월', '2019년']];
const SPECIAL: Record<string, unknown[][]> = {
  date: [[{ year: 2019 }], [{ year: 2019, month: 3 }], [{ year: 2019, month: 3, day: 22 }]],
  list: [[['건설업', '어업']], [[]]],
  number: [[30023], [0]],
  'page.footer': [['2.0.0', '2026-11-24'], ['2.0.0', '2026']],
  'page.credit': [['2.0.0', '2026-11-24']],
  'about.download': [['2.0.0', '2026-11-24']],
  'embed.frameTitle': [['2.0.0']],
  // Dataset text (title, licence name) and a URL come from the dataset and the page.
  'share.credit': [['데이터셋 제목', '2.0.0', '2026-11-24', '라이선스', 'https://example.org/ko/?year=2019#CHN']],
  'share.citation': [[{ host: '중국', figure: '2019년 기준 80,000명', sources: '출처 목록', title: '데이터셋 제목', version: '2.0.0', updated: '2026-11-24', licence: '라이선스', link: 'https://example.org/ko/?year=2019#CHN' }]],
};

/** Language codes and paths: read by the code, never shown. */
const CODES = new Set(['locale', 'collator', 'language.otherLang', 'language.otherBase']);

/** Every message rendered as text, functions called with each set of sample arguments. */
function render(tree: Tree, path = ''): { path: string; text: string }[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const p = path ? `${path}.${k}` : k;
    if (CODES.has(p)) return [];
    if (typeof v === 'string') return [{ path: p, text: v }];
    if (typeof v === 'function') {
      const f = v as (...a: unknown[]) => unknown;
      const calls = SPECIAL[p] ?? SAMPLES.flatMap((s) => (p.startsWith('measure.') ? [s.slice(0, 3), s.slice(0, 2)] : [s.slice(0, f.length)]));
      return calls.map((args) => ({ path: p, text: String(f(...args)) }));
    }
    return v && typeof v === 'object' ? render(v as Tree, p) : [];
  });
}

/**
 * Latin-letter words a Korean reader sees as they are: file formats, the IT industry, key caps,
 * the English page's own name, the map data's proper names and the version prefix ("v2.0.0").
 */
const ALLOWED = new Set(['CSV', 'JSON', 'PNG', 'SVG', 'IT', 'Enter', 'Esc', 'English', 'Natural', 'Earth', 'world', 'atlas', 'v']);
const latinWords = (text: string) => text.replace(/https?\(s\)|https?:\/\/\S+/g, '').match(/[A-Za-z]+/g) ?? [];

describe('Korean messages', () => {
  it('have every message of the English catalogue, of the same kind, and nothing else', () => {
    expect(shape(ko as unknown as Tree)).toEqual(shape(en as unknown as Tree));
  });

  it('contain no English interface words, and render every template without gaps', () => {
    const rendered = render(ko as unknown as Tree);
    expect(rendered.length).toBeGreaterThan(200);
    const english = new Set(render(en as unknown as Tree).flatMap((r) => latinWords(r.text)));
    expect(english.has('DPRK') && english.has('workers')).toBe(true);
    const leaks = rendered.flatMap((r) => latinWords(r.text).filter((w) => !ALLOWED.has(w)).map((w) => `${r.path}: ${w}${english.has(w) ? ' (English catalogue)' : ''}`));
    expect(leaks).toEqual([]);
    const gaps = rendered.filter((r) => /undefined|NaN|\[object|\$\{/.test(r.text)).map((r) => `${r.path}: ${r.text}`);
    expect(gaps).toEqual([]);
  });

  it('say 북한 for North Korea, never the English abbreviation', () => {
    const all = render(ko as unknown as Tree).map((r) => r.text).join('\n');
    expect(all).toContain('북한');
    expect(all).not.toMatch(/DPRK|조선민주주의인민공화국/);
  });

  it('are written for a Korean page', () => {
    expect(ko.locale).toBe('ko');
    expect(ko.collator).toBe('ko');
    expect(ko.language).toEqual({ other: 'English', otherLang: 'en', otherBase: '../', label: '언어' });
  });
});

describe('Korean place names', () => {
  const dataset = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as Dataset;

  it('name every world-atlas shape and every host, in Korean', () => {
    const ids = [...knownShapeIds(), ...dataset.hosts.map((h) => h.id), ...dataset.hosts.map((h) => h.iso3)];
    expect(ids.filter((id) => !NAMES_KO[id])).toEqual([]);
    expect(Object.entries(NAMES_KO).filter(([, name]) => !/^[가-힣 -]+$/.test(name))).toEqual([]);
  });

  it('use the names Korean readers know, and reviewed names for territories', () => {
    expect([NAMES_KO['156'], NAMES_KO.CHN, NAMES_KO['408'], NAMES_KO['410'], NAMES_KO['158']]).toEqual(['중국', '중국', '북한', '한국', '대만']);
    expect([NAMES_KO.COD, NAMES_KO['036'], NAMES_KO.GNQ, NAMES_KO['344']]).toEqual(['콩고민주공화국', '호주', '적도기니', '홍콩']);
    expect([NAMES_KO['GE-AB'], NAMES_KO['UA-DONBAS'], NAMES_KO.GEO, NAMES_KO.UKR]).toEqual(['압하스', '러시아 점령 돈바스', '조지아', '우크라이나']);
  });

  it('are the generator’s output: run `npm run names:ko` after changing the dataset, the atlas or the script', () => {
    expect(readFileSync(NAMES_KO_FILE, 'utf8')).toBe(generateNamesKo());
  });
});

describe('Korean renderings of model values', () => {
  const fig = (over: Partial<Figure>): Figure => ({ asOf: '2019', measure: 'present', basis: 'research', sources: ['s'], ...over });
  const status = (s: StatusEntry['status']): StatusEntry => ({ from: '2018', status: s, sources: ['s'] });
  const shown = (over: Partial<HostAsOf>): HostAsOf => ({ year: 2019, age: 0, known: [], ...over });

  it('amounts: digits with grouping; about, at least, up to, ranges with ~', () => {
    expect(formatAmount(ko, { value: 30023 })).toBe('30,023');
    expect(formatAmount(ko, { low: 15000, high: 15000 })).toBe('약 15,000');
    expect(formatAmount(ko, { low: 20000, high: 100000 })).toBe('20,000~100,000');
    expect(formatAmount(ko, { low: 50000 })).toBe('최소 50,000');
    expect(formatAmount(ko, { high: 1500 })).toBe('최대 1,500');
  });

  it('dates: 년, 월, 일', () => {
    expect(['2019', '2019-03', '2019-03-22'].map((d) => formatDate(ko, d))).toEqual(['2019년', '2019년 3월', '2019년 3월 22일']);
    expect(ko.year.asOf(2017)).toBe('2017년 기준');
  });

  it('figures: what is counted, in Korean word order, with 명 for people and 건 for permits', () => {
    expect(figureText(ko, fig({ asOf: '2019-03', value: 70 }))).toBe('2019년 3월 기준 70명');
    expect(figureText(ko, fig({ asOf: '2023', low: 20000, high: 100000 }))).toBe('2023년 기준 20,000~100,000명');
    expect(figureText(ko, fig({ low: 50000 }))).toBe('2019년 기준 최소 50,000명');
    expect(figureText(ko, fig({ high: 1500 }))).toBe('2019년 기준 최대 1,500명');
    expect(figureText(ko, fig({ value: 15000, low: 10000, high: 20000 }))).toBe('2019년 기준 15,000명(10,000~20,000명)');
    expect(figureText(ko, fig({ measure: 'permits', asOf: '2017-12', value: 30023 }))).toBe('2017년 12월 기준 유효 취업허가 30,023건');
    expect(figureText(ko, fig({ measure: 'sent', since: '2024', asOf: '2025-05', low: 15000, high: 15000 }))).toBe('2024년~2025년 5월 파견 약 15,000명');
    expect(figureText(ko, fig({ measure: 'sent', since: '2024-01', asOf: '2024-12', value: 13221 }))).toBe('2024년 1월~12월 파견 13,221명');
    expect(figureText(ko, fig({ measure: 'sent', since: '2025-05', asOf: '2025-05', value: 500 }))).toBe('2025년 5월 파견 500명');
    expect(figureText(ko, fig({ measure: 'sent', asOf: '2025-05', value: 15000 }))).toBe('2025년 5월까지 파견 15,000명');
    expect(figureText(ko, fig({ measure: 'departed', value: 33 }))).toBe('2019년까지 33명 출국·송환');
    expect(figureText(ko, fig({ measure: 'departed', since: '2017-11-19', asOf: '2017-11-20', value: 154 }))).toBe('2017년 11월 19일~20일 출국 154명');
    expect(figureText(ko, fig({ measure: 'departed', since: '2019-11', asOf: '2020-02', value: 296 }))).toBe('2019년 11월~2020년 2월 출국 296명');
    expect(figureText(ko, fig({ measure: 'planned', asOf: '2025-06-17', value: 5000 }))).toBe('2025년 6월 17일 발표·계획된 파견 5,000명');
    expect(figureText(ko, fig({ measure: 'peak', asOf: '2013', value: 2123 }))).toBe('2013년 최다 2,123명');
    expect(figureText(ko, fig({ measure: 'upper-bound', asOf: '2019-07', value: 80000 }))).toBe('2019년 7월 기준 80,000명 이하(상한)');
    expect(figureText(ko, fig({ measure: 'upper-bound', asOf: '2019-07', high: 80000 }))).toBe('2019년 7월 기준 80,000명 이하(상한)');
  });

  it('headlines without a figure, the legend bins, statuses and errors', () => {
    expect(headline(ko, shown({}))).toBe('2019년까지 북한 노동자 보고 없음');
    expect(headline(ko, shown({ status: status('withdrawn') }))).toBe('노동자 철수');
    expect(headline(ko, shown({ status: status('present') }))).toBe('노동자 체류, 인원 미상');
    expect(binLabel(ko, { cls: 'bin-1', low: 1000, high: 3000 })).toBe('1,000~2,999명');
    expect(binLabel(ko, { cls: 'bin-0', high: 1000 })).toBe('1,000명 미만');
    expect(binLabel(ko, { cls: 'bin-4', low: 30000 })).toBe('30,000명 이상');
    expect(ko.statusSince(ko.status.withdrawn, formatDate(ko, '2019-12'))).toBe('2019년 12월부터 철수·추방');
    expect(ko.age(2, 2019)).toBe('2019년 기준 최신 수치, 2년 전 집계');
    expect(ko.errors.partFailed(ko.errors.parts.map)).toBe('지도를 표시하지 못했습니다.');
    expect(ko.errors.partFailed(ko.errors.parts.tooltip)).toBe('툴팁을 표시하지 못했습니다.');
    expect(ko.page.footer('2.0.0', '2026-11-24')).toContain('2026년 11월 24일 갱신');
  });
});
