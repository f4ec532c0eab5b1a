import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020';
import { renderToString } from 'react-dom/server';
import { parseDataset, validateDataset } from '../../src/data/validate';
import { FullApp } from '../../src/app/FullApp';
import { buildViewModel } from '../../src/app/model';
import { buildLayout } from '../../src/geo/layout';
import type { Dataset } from '../../src/data/types';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const shipped: Dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
const schemaCheck = new Ajv2020({ allErrors: false, strict: false }).compile(JSON.parse(readFileSync('data/dataset.schema.json', 'utf8')));
const layout = buildLayout(shipped.hosts);
const options = { currentYear: 2100, today: '2100-01-01' };

/** Every path into the dataset, so a mutation can land anywhere. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}
const allPaths = paths(shipped).filter((p) => p.length > 0);

const nested = fc.integer({ min: 1, max: 5000 }).map((depth) => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { deep: v };
  return v;
});
const value = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, 1e308, -1, 0.5, -0, Infinity, NaN, 10_000_001, 1949, 2101, '', ' ', '__proto__', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', null),
  nested,
);
const mutation = fc.record({ path: fc.constantFrom(...allPaths), op: fc.constantFrom('replace', 'delete', 'rename'), value, key: fc.string({ maxLength: 12 }) });

function apply(base: Dataset, m: { path: Array<string | number>; op: string; value: unknown; key: string }): unknown {
  const copy: any = structuredClone(base);
  let parent = copy;
  for (const step of m.path.slice(0, -1)) parent = parent[step];
  const last = m.path[m.path.length - 1];
  if (m.op === 'replace') parent[last] = m.value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (m.op === 'delete') delete parent[last];
  else { parent[m.key] = parent[last]; delete parent[last]; }
  return copy;
}

describe('fuzzing the validator and the renderer', () => {
  it(`never throws or hangs, and accepts nothing the schema rejects (${RUNS} mutated datasets)`, () => {
    let accepted = 0;
    let slowest = 0;
    const started = performance.now();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const input = mutations.reduce<unknown>((d, m) => { try { return apply(d as Dataset, m); } catch { return d; } }, shipped);
        const t = performance.now();
        const result = validateDataset(input, options);
        slowest = Math.max(slowest, performance.now() - t);
        if (result.ok) {
          accepted++;
          // JSON round trip: the app only ever validates parsed JSON.
          expect(schemaCheck(JSON.parse(JSON.stringify(input)))).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261123) },
    );
    const seconds = (performance.now() - started) / 1000;
    console.info(`fuzz: ${RUNS} mutated datasets in ${seconds.toFixed(1)} s; ${accepted} accepted; slowest validation ${slowest.toFixed(1)} ms`);
    expect(slowest).toBeLessThan(1000);
  }, 120_000);

  it('renders every mutated dataset the validator accepts without crashing', () => {
    // Mutations that keep the shape valid: text, numbers and lists change, fields stay.
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }).filter((s) => s.trim().length > 0);
    const mutate = fc.record({
      note: text, name: text, title: text, publisher: text,
      value: fc.integer({ min: 0, max: 10_000_000 }),
      hostIndex: fc.nat({ max: shipped.hosts.length - 1 }),
      drop: fc.boolean(),
    });
    let rendered = 0;
    fc.assert(
      fc.property(mutate, (m) => {
        const d: any = structuredClone(shipped);
        const h = d.hosts[m.hostIndex];
        h.note = m.note;
        h.name = m.name;
        if (h.estimates[0]) h.estimates[0] = { year: h.estimates[0].year, value: m.value, sources: h.estimates[0].sources };
        if (m.drop) h.estimates = [];
        const firstSource = Object.keys(d.sources)[0];
        d.sources[firstSource].title = m.title;
        d.sources[firstSource].publisher = m.publisher;
        const result = validateDataset(d, options);
        if (!result.ok) return;
        const html = renderToString(<FullApp model={buildViewModel(result.dataset)} layout={layout} dataBase="data/" />);
        expect(html).toContain('<svg');
        rendered++;
      }),
      { numRuns: 150, seed: 7 },
    );
    expect(rendered).toBeGreaterThan(100);
  }, 120_000);

  it('handles a 10 MB string, deep nesting and invalid JSON within a second', () => {
    const big: any = structuredClone(shipped);
    big.hosts[0].note = 'x'.repeat(10 * 1024 * 1024);
    big.sources[Object.keys(big.sources)[0]].url = `https://${'a'.repeat(10 * 1024 * 1024)}`;
    let t = performance.now();
    const r = validateDataset(big, options);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      'a 10485768-character string is not an http(s) URL.',
      'Text is 10485760 characters long; the limit is 3000.',
    ]);

    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    t = performance.now();
    const parsed = parseDataset(deep);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(parsed.ok).toBe(false);
  });
});
