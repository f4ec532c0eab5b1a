/**
 * Fuzzing the dataset path: bytes -> text -> JSON -> validation -> render. Every run prints its
 * seed; replay a failure with FUZZ_SEED=<seed> npx vitest run tests/unit/fuzz.test.tsx.
 * FUZZ_RUNS scales the volume (default 1: 4,600 cases in all, a few seconds on 2 cores).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020';
import { renderToString } from 'react-dom/server';
import { parseDataset, parseDatasetBytes, validateDataset, type ValidationResult } from '../../src/model/validate';
import { daysInMonth } from '../../src/model/dates';
import { FullApp } from '../../src/app/FullApp';
import { en } from '../../src/i18n/en';
import type { Dataset } from '../../src/model/types';
import { timelineDataset, validDataset } from '../fixtures/datasets';
import { tinyLayout } from '../fixtures/layout';

// A 32-bit seed: the one fast-check itself reports in a failure.
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
console.info(`fuzz: seed ${SEED}, scale ${SCALE} (replay with FUZZ_SEED=${SEED})`);

/** fc.assert with the run's seed, and the seed at the head of any failure message. */
function check<T>(property: fc.IPropertyWithHooks<T> | fc.IProperty<T>, numRuns: number) {
  try {
    fc.assert(property, { numRuns, seed: SEED });
  } catch (error) {
    if (error instanceof Error) error.message = `FUZZ_SEED=${SEED} (numRuns ${numRuns}): ${error.message}`;
    throw error;
  }
}

const schemaCheck = new Ajv2020({ allErrors: false }).compile(JSON.parse(readFileSync('data/dataset.schema.json', 'utf8')));
const shipped: Dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
const TODAY = { today: '2100-01-01' };

/** The validator never throws, and never catches its own failure either. */
function validate(input: unknown, text?: string): ValidationResult {
  const r = text === undefined ? validateDataset(input, TODAY) : parseDataset(text, TODAY);
  if (!r.ok) for (const e of r.errors) expect(e.message, e.path).not.toMatch(/^The validator failed/);
  return r;
}

type Path = Array<string | number>;
/** Every path into a value, so a mutation can land anywhere. */
function paths(value: unknown, prefix: Path = []): Path[] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}
const get = (root: any, path: Path) => path.reduce((o, k) => o[k], root);
const jsonPath = (path: Path) => `$${path.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `["${k}"]`)).join('')}`;

const bases = [validDataset(), timelineDataset(), shipped];
const basePaths = bases.map((b) => paths(b).filter((p) => p.length > 0));

const nested = fc.integer({ min: 1, max: 3000 }).map((depth) => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { deep: v };
  return v;
});
const anyValue = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, 1e308, -1, 0.5, -0, Infinity, NaN, 10_000_001, 1944, 2101, '', ' ', '__proto__', 'constructor',
    'javascript:alert(1)', 'HTTPS://example.org', 'https：//x', '//host/x', '<img src=x onerror=alert(1)>', '2019-02-30', '0000', '2019-13', null),
  nested,
);
// 'retype' keeps a leaf's type (a number stays a whole number, text grows visible text, a flag flips): datasets that stay valid more often.
const mutation = fc.record({
  op: fc.oneof({ weight: 3, arbitrary: fc.constant('retype') }, { weight: 1, arbitrary: fc.constantFrom('replace', 'delete', 'rename', 'duplicate') }),
  value: anyValue, key: fc.string({ maxLength: 12 }), pick: fc.nat(), suffix: fc.string({ unit: 'grapheme', maxLength: 8 }),
});

/** Applies a mutation in place (the caller clones once: a deeply nested value cannot be cloned again). */
function apply(copy: any, where: Path[], m: { op: string; value: unknown; key: string; pick: number; suffix: string }): unknown {
  const path = where[m.pick % where.length];
  let parent = copy;
  for (const step of path.slice(0, -1)) {
    parent = parent?.[step];
    if (parent === null || typeof parent !== 'object') return copy;
  }
  const last = path[path.length - 1];
  const old = parent[last];
  if (m.op === 'retype') parent[last] = typeof old === 'number' ? m.pick % 10_000_001 : typeof old === 'boolean' ? !old : typeof old === 'string' ? old + m.suffix : old;
  else if (m.op === 'replace') parent[last] = m.value;
  else if (m.op === 'duplicate' && Array.isArray(parent)) parent.push(parent[Number(last)]);
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (m.op === 'delete') delete parent[last];
  else { parent[m.key] = parent[last]; delete parent[last]; }
  return copy;
}

// Text fields a reader sees, by path in validDataset(); notes allow line breaks.
const TEXT_FIELDS: Path[] = [
  ['title'], ['license', 'name'], ['events', 0, 'label'],
  ['sources', 'ncnk-2019', 'publisher'], ['sources', 'ncnk-2019', 'title'], ['sources', 'wapo-2019', 'copyPublisher'], ['sources', 'kuna-2019', 'title'],
  ['hosts', 0, 'name'], ['hosts', 1, 'territory', 'of'], ['hosts', 2, 'note'], ['hosts', 2, 'statuses', 1, 'note'],
];
const INVISIBLE = ['\u202E', '\u202D', '\u202A', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060',
  '\uFEFF', '\u00AD', '\u061C', '\u180E', '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009B', '\uDB40\uDC01', '\uD800', '\uDFFF'];
const DATE_FIELDS: Path[] = [
  ['updated'], ['events', 0, 'date'], ['sources', 'ncnk-2019', 'published'], ['hosts', 0, 'statuses', 0, 'from'],
  ['hosts', 0, 'figures', 0, 'asOf'], ['hosts', 3, 'figures', 0, 'asOf'], ['totals', 0, 'asOf'],
];

describe('fuzzing the validator', () => {
  it('never throws, and every dataset it accepts passes the JSON Schema (mutated datasets)', () => {
    let accepted = 0;
    let slowest = 0;
    let cases = 0;
    const started = performance.now();
    check(fc.property(fc.nat({ max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (b, mutations) => {
      const input = mutations.reduce<unknown>((d, m) => apply(d, basePaths[b], m), structuredClone(bases[b]));
      const t = performance.now();
      const result = validate(input);
      slowest = Math.max(slowest, performance.now() - t);
      cases++;
      if (result.ok) {
        accepted++;
        // The app only ever validates parsed JSON: compare what a JSON round trip keeps.
        const json = JSON.parse(JSON.stringify(input));
        expect(validate(json).ok).toBe(true);
        expect(schemaCheck(json), JSON.stringify(schemaCheck.errors)).toBe(true);
      }
    }), runs(2000));
    console.info(`fuzz: ${cases} mutated datasets in ${((performance.now() - started) / 1000).toFixed(1)} s; ${accepted} accepted; slowest validation ${slowest.toFixed(1)} ms`);
    // A pathological input would take seconds; a busy machine's pause is a few hundred ms.
    expect(slowest).toBeLessThan(2000);
  }, 120_000);

  it('rejects a direction, invisible or control character, or a broken surrogate, in any text field, at that field', () => {
    check(fc.property(fc.constantFrom(...TEXT_FIELDS), fc.constantFrom(...INVISIBLE), fc.nat(), (path, ch, at) => {
      const d: any = validDataset();
      const parent = get(d, path.slice(0, -1));
      const last = path[path.length - 1];
      const text: string = parent[last];
      const i = at % (text.length + 1);
      parent[last] = text.slice(0, i) + ch + text.slice(i);
      const r = validate(d);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.errors.map((e) => e.path)).toEqual([jsonPath(path)]);
        expect(r.errors[0].message).toMatch(/^Text (holds|has only)/);
      }
    }), runs(400));
  });

  it('accepts text made of visible characters from any script', () => {
    check(fc.property(fc.constantFrom(...TEXT_FIELDS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), (path, s) => {
      const d: any = validDataset();
      // eslint-disable-next-line no-misleading-character-class -- a class of single code points to strip, not graphemes
      const text = `x${s.replace(/[\p{Cc}\p{Cf}\p{Z}\p{Mn}\p{Me}\u3164\u115F\u1160\uFFA0\u2800\u034F]/gu, '')}`;
      get(d, path.slice(0, -1))[path[path.length - 1]] = text;
      const r = validate(d);
      expect(r.ok ? [] : r.errors).toEqual([]);
      expect(schemaCheck(d)).toBe(true);
    }), runs(300));
  });

  it('rejects a date that does not exist, at that field', () => {
    const impossible = fc.oneof(
      fc.record({ y: fc.integer({ min: 1945, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), extra: fc.integer({ min: 1, max: 70 }) })
        .map(({ y, m, extra }) => ({ text: `${y}-${String(m).padStart(2, '0')}-${String(Math.min(daysInMonth(y, m) + extra, 99)).padStart(2, '0')}`, why: 'has no such day' })),
      fc.record({ y: fc.integer({ min: 1945, max: 2100 }), m: fc.constantFrom(0, 13, 14, 20, 99), day: fc.boolean() })
        .map(({ y, m, day }) => ({ text: `${y}-${String(m).padStart(2, '0')}${day ? '-01' : ''}`, why: 'has no such month' })),
      fc.oneof(fc.integer({ min: 0, max: 1944 }), fc.integer({ min: 2101, max: 9999 }))
        .map((y) => ({ text: String(y).padStart(4, '0'), why: 'has a year outside 1945–2100' })),
      fc.constantFrom('2019-1', '2019-01-1', '201', '20190', '2019/01', '2019-01-01T00:00Z', ' 2019', '٢٠١٩', '2019-00-00')
        .map((text) => ({ text, why: /^2019-00/.test(text) ? 'has no such month' : 'is not a date' })),
    );
    check(fc.property(fc.constantFrom(...DATE_FIELDS), impossible, (path, { text, why }) => {
      // A real calendar says the same: no such date.
      const [y, m, day] = text.split('-').map(Number);
      if (why === 'has no such day') expect(new Date(Date.UTC(y, m - 1, day)).getUTCDate()).not.toBe(day);
      const d: any = validDataset();
      get(d, path.slice(0, -1))[path[path.length - 1]] = text;
      const r = validate(d);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]).toMatchObject({ path: jsonPath(path), message: `${JSON.stringify(text)} ${why}.` });
    }), runs(400));
  });
});

describe('fuzzing the parser', () => {
  /** JSON text of a value, with the key `key` of the object at `at` written twice. */
  function withDuplicate(value: unknown, at: Path, key: string, second: unknown, here: Path = []): string {
    if (Array.isArray(value)) return `[${value.map((v, i) => withDuplicate(v, at, key, second, [...here, i])).join(',')}]`;
    if (value && typeof value === 'object') {
      const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${withDuplicate(v, at, key, second, [...here, k])}`);
      if (here.length === at.length && here.every((k, i) => k === at[i])) {
        const i = Object.keys(value).indexOf(key);
        entries.splice(i + 1, 0, `${JSON.stringify(key)}:${JSON.stringify(second)}`);
      }
      return `{\n${entries.join(',\n')}\n}`;
    }
    return JSON.stringify(value);
  }
  const objects = paths(validDataset()).filter((p) => { const v = get(validDataset(), p); return v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0; });

  it('names every duplicate key, at any depth, by its path', () => {
    check(fc.property(fc.constantFrom(...objects), fc.nat(), fc.jsonValue(), (at, pick, second) => {
      const d = validDataset();
      const keys = Object.keys(get(d, at));
      const key = keys[pick % keys.length];
      const r = validate(undefined, withDuplicate(d, at, key, second));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.errors).toHaveLength(1);
        expect(r.errors[0].path).toBe(jsonPath([...at, key]));
        expect(r.errors[0].message).toMatch(new RegExp(`^The key ${JSON.stringify(key).replace(/[$]/g, '\\$')} appears twice in the same object \\(line \\d+, column \\d+\\)\\.$`));
      }
    }), runs(300));
  });

  const text = JSON.stringify(validDataset(), null, 1);
  const utf8 = new TextEncoder().encode(text);
  // Byte offsets of character boundaries (the fixture has no characters outside the BMP).
  const boundaries = [...text].reduce<number[]>((acc, ch) => [...acc, acc[acc.length - 1] + new TextEncoder().encode(ch).length], [0]);
  const invalidSequence = fc.oneof(
    fc.integer({ min: 0x80, max: 0xbf }).map((b) => ({ bytes: [b], exact: true })), // a lone continuation byte
    fc.constantFrom(0xc0, 0xc1, 0xf5, 0xf8, 0xfc, 0xfe, 0xff).map((b) => ({ bytes: [b, 0x80], exact: true })), // bytes never valid in UTF-8
    fc.integer({ min: 0xc2, max: 0xf4 }).map((b) => ({ bytes: [b], exact: true })), // a sequence cut short (followed by ASCII or a new lead)
    fc.integer({ min: 0xa0, max: 0xbf }).map((b) => ({ bytes: [0xed, b, 0x80], exact: false })), // an encoded UTF-16 surrogate
    fc.integer({ min: 0x80, max: 0x9f }).map((b) => ({ bytes: [0xe0, b, 0x80], exact: false })), // an overlong form
  );

  it('refuses invalid UTF-8 anywhere in the file, naming the offset of the first bad byte', () => {
    check(fc.property(fc.constantFrom(...boundaries), invalidSequence, (at, { bytes, exact }) => {
      const next = utf8[at];
      // A cut-short sequence stays invalid only if no continuation byte follows it.
      fc.pre(!(bytes.length === 1 && bytes[0] >= 0xc2 && next !== undefined && (next & 0xc0) === 0x80));
      const input = new Uint8Array([...utf8.slice(0, at), ...bytes, ...utf8.slice(at)]);
      const r = parseDatasetBytes(input, TODAY);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.errors).toHaveLength(1);
        expect(r.errors[0].message).toMatch(/^The file is not valid UTF-8 \(the first bad byte is at offset \d+\)\.$/);
        // See the it.todo in validate.test.ts: surrogates and overlong forms are refused, but their offset is not found.
        if (exact) expect(r.errors[0].message).toContain(`offset ${at})`);
      }
    }), runs(400));
  });

  it('refuses a byte-order mark at the start, however the rest looks', () => {
    check(fc.property(fc.oneof(fc.constant(text), fc.string({ maxLength: 50 }), fc.jsonValue().map((v) => JSON.stringify(v))), fc.integer({ min: 1, max: 3 }), (rest, count) => {
      const bom = [0xef, 0xbb, 0xbf];
      const r = parseDatasetBytes(new Uint8Array([...Array.from({ length: count }, () => bom).flat(), ...new TextEncoder().encode(rest)]));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors).toEqual([{ path: '$', message: 'The file starts with a byte-order mark (U+FEFF).', fix: 'Save the file as UTF-8 without BOM.' }]);
    }), runs(200));
  });

  it('never throws on arbitrary bytes or text, and accepts nothing the schema rejects', () => {
    check(fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }).map((s) => new TextEncoder().encode(s))), (bytes) => {
      const r = parseDatasetBytes(bytes, TODAY);
      if (!r.ok) for (const e of r.errors) expect(e.message).not.toMatch(/^The validator failed/);
      else expect(schemaCheck(r.dataset)).toBe(true);
    }), runs(500));
  });

  it('handles a 10 MB URL, deep nesting and invalid JSON within a second', () => {
    const big: any = validDataset();
    big.sources['ncnk-2019'].url = `https://${'a'.repeat(10 * 1024 * 1024)}`;
    let t = performance.now();
    const r = validate(big);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.message])).toEqual([
      ['$.sources["ncnk-2019"].url', 'The URL is 10485768 characters long; the limit is 2000.'],
    ]);
    t = performance.now();
    const deep = parseDataset(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(deep.ok).toBe(false);
  });
  it('rejects a 10 MB note or name by its length, within a second', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const t = performance.now();
    const d: any = validDataset();
    d.hosts[0].note = big;
    d.hosts[1].name = big;
    const r = validateDataset(d);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.message])).toEqual([
      ['$.hosts[0].note', 'Text is at least 5242880 characters long; the limit is 3000.'],
      ['$.hosts[1].name', 'Text is at least 5242880 characters long; the limit is 300.'],
    ]);
  });
});

describe('fuzzing the renderer', () => {
  it('renders every mutated dataset the validator accepts, with every map path', () => {
    const layout = tinyLayout();
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 });
    const edit = fc.record({
      note: text, name: text, title: text, publisher: text,
      value: fc.integer({ min: 0, max: 10_000_000 }),
      hostIndex: fc.nat({ max: 3 }),
      drop: fc.boolean(),
      year: fc.integer({ min: 2005, max: 2030 }),
    });
    let rendered = 0;
    check(fc.property(edit, (m) => {
      const d: any = validDataset();
      const h = d.hosts[m.hostIndex];
      Object.assign(h, { note: m.note, name: m.name });
      if (h.figures[0]) h.figures[0] = { ...h.figures[0], value: m.value };
      if (m.drop) h.figures = [];
      Object.assign(d.sources['ncnk-2019'], { title: m.title, publisher: m.publisher });
      const result = validate(d);
      if (!result.ok) return;
      const html = renderToString(<FullApp dataset={result.dataset} messages={en} layout={layout} dataBase="data/" />);
      expect((html.match(/<path [^>]*data-shape=/g) ?? []).length).toBe(layout.shapes.length);
      rendered++;
    }), runs(100));
    expect(rendered).toBeGreaterThan(runs(100) / 4);
  }, 120_000);
});
