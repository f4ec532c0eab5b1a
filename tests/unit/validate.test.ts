import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatErrors, parseDataset, validateDataset, type ValidationError } from '../../src/data/validate';
import { knownShapeIds } from '../../src/geo/atlas';
import { validDataset } from '../fixtures/datasets';

const options = { currentYear: 2024, today: '2024-06-01' };
const errorsOf = (mutate: (d: any) => void, opts: object = options): ValidationError[] => {
  const d: any = validDataset();
  mutate(d);
  const r = validateDataset(d, opts);
  return r.ok ? [] : r.errors;
};

describe('validateDataset', () => {
  it('accepts the fixture and the shipped dataset (with world-atlas ids)', () => {
    expect(validateDataset(validDataset(), options)).toMatchObject({ ok: true });
    const shipped = parseDataset(readFileSync('data/dataset.json', 'utf8'), { knownShapes: knownShapeIds() });
    expect(shipped.ok ? [] : shipped.errors).toEqual([]);
  });

  it('names an unknown source id with its path and the fix', () => {
    expect(errorsOf((d) => { d.hosts[0].estimates[0].sources = ['nope']; })).toEqual([
      { path: '$.hosts[0].estimates[0].sources[0]', message: 'Unknown source id "nope".', fix: 'Add "nope" to "sources", or correct the id to one that exists.' },
    ]);
  });

  it('rejects an ISO code world-atlas does not have', () => {
    expect(errorsOf((d) => { d.hosts[0].isoNumeric = '999'; }, { ...options, knownShapes: knownShapeIds() })).toEqual([
      {
        path: '$.hosts[0].isoNumeric',
        message: 'world-atlas has no shape with id "999".',
        fix: 'Use the ISO numeric code of the country; for a place world-atlas does not draw (a territory), use the code of the country it lies in and add a "territory" with a marker.',
      },
    ]);
  });

  it('rejects low greater than high', () => {
    expect(errorsOf((d) => { d.hosts[0].estimates[0] = { year: 2019, low: 9000, high: 5000, sources: ['ncnk-2019'] }; })).toEqual([
      { path: '$.hosts[0].estimates[0].low', message: 'low (9000) is greater than high (5000).', fix: 'Swap low and high, or correct the one that is wrong.' },
    ]);
  });

  it('rejects a value outside its range', () => {
    expect(errorsOf((d) => { Object.assign(d.hosts[0].estimates[0], { low: 1, high: 10 }); })[0]).toMatchObject({ path: '$.hosts[0].estimates[0].value', message: 'value (80000) lies outside the range 1 to 10.' });
  });

  it('rejects duplicate hosts and two countries on one shape', () => {
    const errors = errorsOf((d) => { d.hosts.push({ ...d.hosts[0] }); });
    expect(errors.map((e) => e.message)).toEqual(['Host "CHN" appears twice (first at $.hosts[0]).', 'Two countries join to shape "156" (the other is $.hosts[0]).']);
    expect(errors[0].path).toBe('$.hosts[2].id');
  });

  it('rejects a year in the future and a release date in the future', () => {
    expect(errorsOf((d) => { d.hosts[0].estimates[0].year = 2025; })).toEqual([
      { path: '$.hosts[0].estimates[0].year', message: 'The year 2025 is in the future (it is now 2024).', fix: 'Use the year the figure describes, not a projection.' },
    ]);
    expect(errorsOf((d) => { d.updated = '2024-07-01'; })[0]).toMatchObject({ path: '$.updated', message: 'The date 2024-07-01 is in the future.' });
  });

  it('rejects a source that is never cited', () => {
    expect(errorsOf((d) => { d.sources.unused = { ...d.sources['ncnk-2019'] }; })).toEqual([
      { path: '$.sources["unused"]', message: 'Source "unused" is never cited.', fix: 'Cite it from an estimate or a total, or remove it.' },
    ]);
  });

  it('rejects javascript:, data: and relative URLs', () => {
    for (const [url, found] of [['javascript:alert(1)', 'a "javascript:" URL'], ['data:text/html,x', 'a "data:" URL'], ['/relative/page', 'a relative or malformed URL (spaces are not allowed)']]) {
      expect(errorsOf((d) => { d.sources['ncnk-2019'].url = url; })).toEqual([
        { path: '$.sources["ncnk-2019"].url', message: `Only http and https links are allowed; found ${found}.`, fix: 'Use the full http(s):// address of the page.' },
      ]);
    }
  });

  it('names missing and unknown fields', () => {
    expect(errorsOf((d) => { delete d.hosts[1].status; d.hosts[1].colour = 'red'; }).map((e) => [e.path, e.message])).toEqual([
      ['$.hosts[1]', 'Missing required field "status".'],
      ['$.hosts[1].colour', 'Unknown field "colour".'],
    ]);
  });

  it('rejects an estimate with no number, and two national estimates for one year', () => {
    expect(errorsOf((d) => { d.hosts[0].estimates[0] = { year: 2019, sources: ['ncnk-2019'] }; })[0].message).toBe('The figure has no number.');
    expect(errorsOf((d) => { d.hosts[0].estimates.push({ year: 2019, value: 5, sources: ['ncnk-2019'] }); })[0]).toMatchObject({
      path: '$.hosts[0].estimates[1].year',
      fix: 'Merge them into one estimate: where sources disagree, give low and high and cite both.',
    });
  });

  it('rejects wrong types with what it found', () => {
    expect(errorsOf((d) => { d.hosts[0].estimates[0].value = '80,000'; })[0]).toMatchObject({
      path: '$.hosts[0].estimates[0].value',
      message: 'Expected a count of people (a whole number from 0 to 10000000), found "80,000".',
    });
    expect(errorsOf((d) => { d.hosts[0].status = 'gone'; })[0].message).toBe('"gone" is not a known status.');
    expect(errorsOf((d) => { d.hosts[0].industries = ['construction', 'construction']; })[0].message).toBe('Industry "construction" is listed twice.');
  });

  it('rejects two totals for one year, and counts text length in code points like JSON Schema', () => {
    expect(errorsOf((d) => { d.totals.push({ year: 2017, value: 5, sources: ['ncnk-2019'] }); })[0]).toMatchObject({ path: '$.totals[1].year', message: 'A second total for 2017 (the first is $.totals[0]).' });
    expect(errorsOf((d) => { d.title = '😀'.repeat(300); })).toEqual([]);
    expect(errorsOf((d) => { d.title = '😀'.repeat(301); })[0].message).toBe('Text is 301 characters long; the limit is 300.');
    expect(errorsOf((d) => { d.sources['ncnk-2019'].url = 'https://a.b/x y'; })[0].message).toBe('Only http and https links are allowed; found a relative or malformed URL (spaces are not allowed).');
  });

  it('reports every error at once', () => {
    const errors = errorsOf((d) => { d.version = 'one'; d.hosts[0].estimates[0].low = 90000; d.hosts[0].estimates[0].high = 1; d.totals[0].sources = []; });
    expect(errors.map((e) => e.path)).toEqual(['$.version', '$.hosts[0].estimates[0].low', '$.hosts[0].estimates[0].value', '$.totals[0].sources']);
  });

  it('reports invalid JSON as an error, and formats errors with file and path', () => {
    const r = parseDataset('{"title": ');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0].message).toMatch(/^The file is not valid JSON: /);
      expect(formatErrors('data/x.json', r.errors)).toMatch(/^data\/x\.json: \$: The file is not valid JSON: .* Fix: Check for a missing comma/);
    }
  });
});
