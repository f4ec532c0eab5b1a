import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatErrors, parseDataset, parseDatasetBytes, validateDataset, type ValidateOptions, type ValidationError } from '../../src/model/validate';
import { knownShapeIds } from '../../src/geo/atlas';
import { timelineDataset, validDataset } from '../fixtures/datasets';

const TODAY = { today: '2024-06-01' };
/** The errors a fresh copy of the fixture gets after one change. */
const errorsOf = (mutate: (d: any) => void, opts: ValidateOptions = TODAY): ValidationError[] => {
  const d: any = validDataset();
  mutate(d);
  const r = validateDataset(d, opts);
  return r.ok ? [] : r.errors;
};
const one = (mutate: (d: any) => void, opts?: ValidateOptions) => {
  const errors = errorsOf(mutate, opts);
  expect(errors, JSON.stringify(errors, null, 1)).toHaveLength(1);
  return errors[0];
};
const messages = (mutate: (d: any) => void, opts?: ValidateOptions) => errorsOf(mutate, opts).map((e) => [e.path, e.message]);

const DATE_FIX = 'Write YYYY, YYYY-MM or YYYY-MM-DD, a date that exists.';
const URL_FIX = 'Write the full address as the browser shows it, starting with https:// (or http://).';
const TEXT_FIX = 'Remove it: invisible and direction characters can hide or reorder what readers see.';

describe('validateDataset: the fixtures', () => {
  it('accepts both fixtures, with today and with world-atlas shape ids', () => {
    expect(errorsOf(() => {}, { ...TODAY, knownShapes: knownShapeIds() })).toEqual([]);
    const r = validateDataset(timelineDataset(), { ...TODAY, knownShapes: knownShapeIds() });
    expect(r.ok ? [] : r.errors).toEqual([]);
  });
  it('returns the dataset it was given when it is valid', () => {
    const d = validDataset();
    const r = validateDataset(d);
    expect(r.ok && r.dataset).toBe(d);
  });
});

describe('validateDataset: closed lists', () => {
  it.each([
    ['measure', (d: any) => { d.hosts[0].figures[0].measure = 'estimate'; }, '$.hosts[0].figures[0].measure', '"estimate" is not a known measure.', 'Use one of: present, permits, sent, departed, planned, peak, upper-bound (defined in data/README.md).'],
    ['basis', (d: any) => { d.hosts[0].figures[0].basis = 'blog'; }, '$.hosts[0].figures[0].basis', '"blog" is not a known basis.', 'Use one of: government-report, official-statement, un, intelligence, research, media, anonymous (defined in data/README.md).'],
    ['status', (d: any) => { d.hosts[0].statuses[0].status = 'gone'; }, '$.hosts[0].statuses[0].status', '"gone" is not a known status.', 'Use one of: present, declining, withdrawn, restaurants-only, reported (defined in data/README.md).'],
    ['source kind', (d: any) => { d.sources['ncnk-2019'].kind = 'blog'; }, '$.sources["ncnk-2019"].kind', '"blog" is not a known source kind.', 'Use one of: government, un, ngo, research, media, reference (defined in data/README.md).'],
    ['scope', (d: any) => { d.hosts[0].figures[0].scope = 'Sarawak'; }, '$.hosts[0].figures[0].scope', '"Sarawak" is not a known scope.', 'Use one of: national, partial (defined in data/README.md).'],
    ['industry', (d: any) => { d.hosts[0].industries.push('banking'); }, '$.hosts[0].industries[2]', '"banking" is not a known industry.', expect.stringMatching(/^Use one of: construction, logging, /)],
  ])('rejects an unknown %s', (_what, mutate, path, message, fix) => {
    expect(one(mutate)).toEqual({ path, message, fix });
  });
  it('names a wrong type by what it found, not by its text', () => {
    expect(one((d) => { d.hosts[0].figures[0].measure = 3; }).message).toBe('3 is not a known measure.');
    expect(one((d) => { d.hosts[0].statuses[0].status = ['present']; }).message).toBe('an array is not a known status.');
  });
});

describe('validateDataset: dates', () => {
  it.each([
    ['2019-02-30', 'has no such day'],
    ['2100-02-29', 'has no such day'],
    ['0000', 'has a year outside 1945–2100'],
    ['1944', 'has a year outside 1945–2100'],
    ['2019-13', 'has no such month'],
    ['2019-00', 'has no such month'],
    ['2019-2', 'is not a date'],
    ['19-02-01', 'is not a date'],
    ['2019-01-01T00:00', 'is not a date'],
  ])('rejects %s: it %s', (date, why) => {
    expect(one((d) => { d.hosts[0].figures[0].asOf = date; })).toEqual({ path: '$.hosts[0].figures[0].asOf', message: `"${date}" ${why}.`, fix: DATE_FIX });
  });
  it('accepts a leap day, and each precision', () => {
    expect(errorsOf((d) => { d.sources['ncnk-2019'].published = '2020-02-29'; })).toEqual([]);
    for (const date of ['2019', '2019-03', '2019-03-31']) expect(errorsOf((d) => { d.hosts[0].figures[0].asOf = date; })).toEqual([]);
  });
  it('rejects a count dated after the publication of a source it cites', () => {
    expect(one((d) => { d.hosts[0].figures[0].asOf = '2019-07'; })).toEqual({
      path: '$.hosts[0].figures[0].asOf',
      message: 'The counted date 2019-07 is after the publication of source "ncnk-2019" (2019-06).',
      fix: 'A source cannot count what had not happened when it was published: correct the date, or cite the source that reports it.',
    });
    // The same month as a source published "2019-06" is not after it.
    expect(errorsOf((d) => { d.hosts[0].figures[0].asOf = '2019-06-30'; })).toEqual([]);
    expect(one((d) => { d.hosts[1].statuses[0].from = '2019-11'; }).message).toBe('The status date 2019-11 is after the publication of source "wapo-2019" (2019-10-12).');
    expect(one((d) => { d.events[0].date = '2019-04'; }).message).toBe('The event date 2019-04 is after the publication of source "un-panel-2019" (2019-03-05).');
  });
  it('checks dates against today only when today is given', () => {
    expect(one((d) => { d.updated = '2024-07-01'; })).toEqual({
      path: '$.updated',
      message: 'The date 2024-07-01 is in the future (today is 2024-06-01).',
      fix: 'Use the date the source gives; a projection is a "planned" figure dated when it was announced.',
    });
    expect(errorsOf((d) => { d.updated = '2024-07-01'; }, {})).toEqual([]);
    // A year that has begun is not in the future.
    expect(errorsOf((d) => { d.sources['ncnk-2019'].published = '2024'; })).toEqual([]);
    expect(one((d) => { d.sources['ncnk-2019'].published = '2025'; }).path).toBe('$.sources["ncnk-2019"].published');
  });
  it('wants a full date for the release', () => {
    expect(one((d) => { d.updated = '2024-01'; })).toMatchObject({ path: '$.updated', message: '"2024-01" is not a full date.' });
  });
});

describe('validateDataset: statuses and figures', () => {
  it('rejects statuses out of date order, and two on the same date', () => {
    expect(one((d) => { d.hosts[2].statuses.reverse(); })).toEqual({
      path: '$.hosts[2].statuses[1].from',
      message: 'Status entries are out of date order: 2015 does not come after 2018.',
      fix: 'List statuses oldest first, each starting after the one before.',
    });
    expect(one((d) => { d.hosts[0].statuses.push({ from: '2010', status: 'declining', sources: ['ncnk-2019'] }); })).toMatchObject({
      path: '$.hosts[0].statuses[1].from', message: 'Status entries are out of date order: 2010 does not come after 2010.',
    });
    // 2010 means the whole year: 2010-06 does not come after it either.
    expect(one((d) => { d.hosts[0].statuses.unshift({ from: '2010-06', status: 'reported', sources: ['ncnk-2019'] }); }).message).toBe('Status entries are out of date order: 2010 does not come after 2010-06.');
  });
  it('rejects a headcount after a withdrawal, but not a departure or a count of zero', () => {
    const late = { asOf: '2018-06', measure: 'present', basis: 'un', value: 50, sources: ['un-panel-2019'] };
    expect(one((d) => { d.hosts[2].figures.push(late); })).toEqual({
      path: '$.hosts[2].figures[1].asOf',
      message: 'A "present" figure dated 2018-06 comes after the status "withdrawn" from 2018.',
      fix: 'Add a status entry (with its source) for the workers\' return before this date, or correct the date or the measure.',
    });
    expect(one((d) => { d.hosts[2].figures.push({ ...late, measure: 'permits' }); }).message).toBe('A "permits" figure dated 2018-06 comes after the status "withdrawn" from 2018.');
    expect(errorsOf((d) => { d.hosts[2].figures.push({ ...late, measure: 'departed' }); })).toEqual([]);
    expect(errorsOf((d) => { d.hosts[2].figures.push({ ...late, value: 0 }); })).toEqual([]);
    // A return, with its source, makes the later headcount fine.
    expect(errorsOf((d) => { d.hosts[2].figures.push(late); d.hosts[2].statuses.push({ from: '2018-05', status: 'present', sources: ['un-panel-2019'] }); })).toEqual([]);
  });
  it('rejects "since" on a measure that is not a count over a period, and a period that ends before it starts', () => {
    expect(one((d) => { d.hosts[0].figures[0].since = '2018'; })).toEqual({
      path: '$.hosts[0].figures[0].since',
      message: '"since" is for counts over a period (sent, departed), not "present".',
      fix: 'Remove "since", or correct the measure.',
    });
    expect(errorsOf((d) => { d.hosts[3].figures[0].since = '2018'; })).toEqual([]);
    expect(one((d) => { d.hosts[3].figures[0].since = '2020'; })).toMatchObject({ path: '$.hosts[3].figures[0].since', message: 'The period starts (2020) after it ends (asOf 2019).' });
  });
  it('rejects a figure with no number, low above high, and a value outside its range', () => {
    expect(one((d) => { delete d.hosts[0].figures[0].value; }).message).toBe('The figure has no number.');
    expect(one((d) => { Object.assign(d.hosts[0].figures[0], { value: undefined, low: 9000, high: 5000 }); delete d.hosts[0].figures[0].value; })).toEqual({
      path: '$.hosts[0].figures[0].low', message: 'low (9000) is greater than high (5000).', fix: 'Swap low and high, or correct the one that is wrong.',
    });
    expect(one((d) => { Object.assign(d.hosts[0].figures[0], { low: 1, high: 10 }); })).toMatchObject({ path: '$.hosts[0].figures[0].value', message: 'value (80000) lies outside the range 1 to 10.' });
    expect(one((d) => { d.hosts[0].figures[0].value = '80,000'; })).toMatchObject({
      path: '$.hosts[0].figures[0].value', message: 'Expected a count of people (a whole number from 0 to 10000000), found "80,000".',
    });
  });
  it('rejects a scope on a global total', () => {
    expect(one((d) => { d.totals[0].scope = 'national'; })).toMatchObject({ path: '$.totals[0].scope', message: 'A global total has no scope.' });
  });
});

describe('validateDataset: sources and citations', () => {
  it('names an unknown source id with its path and the fix', () => {
    expect(one((d) => { d.hosts[0].figures[0].sources = ['nope']; })).toEqual({
      path: '$.hosts[0].figures[0].sources[0]', message: 'Unknown source id "nope".', fix: 'Add "nope" to "sources", or correct the id to one that exists.',
    });
  });
  it('rejects a source never cited', () => {
    expect(one((d) => { d.sources.unused = { ...d.sources['ncnk-2019'] }; })).toEqual({
      path: '$.sources["unused"]', message: 'Source "unused" is never cited.', fix: 'Cite it from a figure, a status or an event, or remove it.',
    });
  });
  it('rejects an empty citation list and a source cited twice in one list', () => {
    expect(one((d) => { d.hosts[0].statuses[0].sources = []; })).toMatchObject({ path: '$.hosts[0].statuses[0].sources', message: 'No source is cited.' });
    expect(one((d) => { d.hosts[0].figures[0].sources = ['ncnk-2019', 'ncnk-2019']; })).toMatchObject({ path: '$.hosts[0].figures[0].sources[1]', message: 'Source "ncnk-2019" is cited twice.' });
  });
  it('wants copyUrl and copyPublisher together', () => {
    const error = { path: '$.sources["wapo-2019"]', message: 'copyUrl and copyPublisher go together.', fix: 'Name who hosts the copy in copyPublisher, or remove both.' };
    expect(one((d) => { delete d.sources['wapo-2019'].copyPublisher; })).toEqual(error);
    expect(one((d) => { delete d.sources['wapo-2019'].copyUrl; })).toEqual(error);
    expect(errorsOf((d) => { delete d.sources['wapo-2019'].copyUrl; delete d.sources['wapo-2019'].copyPublisher; })).toEqual([]);
  });
  it('accepts BCP 47 language tags and rejects names and wrong case', () => {
    for (const lang of ['ko', 'ru', 'zh-Hant', 'en-GB', 'kor']) expect(errorsOf((d) => { d.sources['kuna-2019'].lang = lang; }), lang).toEqual([]);
    for (const lang of ['English', 'EN', 'en_US', 'e', '']) {
      expect(one((d) => { d.sources['kuna-2019'].lang = lang; }), lang).toMatchObject({ path: '$.sources["kuna-2019"].lang', fix: 'Write a BCP 47 tag such as "en", "ko" or "ru".' });
    }
    expect(one((d) => { d.sources['kuna-2019'].lang = 'English'; }).message).toBe('"English" is not a language tag.');
  });
  it('rejects a source id with capitals', () => {
    expect(errorsOf((d) => { d.sources.NCNK = d.sources['ncnk-2019']; delete d.sources['ncnk-2019']; }).map((e) => e.message)).toContain('"NCNK" is not a valid source id.');
  });
});

describe('validateDataset: text a reader sees', () => {
  it.each([
    ['a right-to-left override', (d: any) => { d.sources['ncnk-2019'].title = 'North \u202Eaerok'; }, '$.sources["ncnk-2019"].title', 'Text holds a right-to-left override (U+202E) at position 6.'],
    ['a zero-width space in a name', (d: any) => { d.hosts[0].name = 'Chi\u200Bna'; }, '$.hosts[0].name', 'Text holds a zero-width space (U+200B) at position 3.'],
    ['a NUL character', (d: any) => { d.hosts[2].note = 'Permits\u0000 ran'; }, '$.hosts[2].note', 'Text holds a NUL character (U+0000) at position 7.'],
    ['a BEL character', (d: any) => { d.events[0].label = 'Resolution\u0007 2397'; }, '$.events[0].label', 'Text holds a control character (U+0007) at position 10.'],
    ['a line break in a name', (d: any) => { d.hosts[0].name = 'Chi\nna'; }, '$.hosts[0].name', 'Text holds a control character (U+000A) at position 3.'],
    ['a left-to-right isolate', (d: any) => { d.hosts[1].territory.of = '\u2066Georgia'; }, '$.hosts[1].territory.of', 'Text holds a text-direction control (U+2066) at position 0.'],
  ])('rejects %s', (_what, mutate, path, message) => {
    expect(one(mutate)).toEqual({ path, message, fix: TEXT_FIX });
  });
  it('rejects a lone surrogate', () => {
    expect(one((d) => { d.hosts[0].name = 'Chin\uD800a'; })).toEqual({
      path: '$.hosts[0].name',
      message: 'Text holds a broken character (a lone UTF-16 surrogate) at position 4.',
      fix: 'Retype the character, or remove the \\uD8xx escape that has no partner.',
    });
  });
  it('rejects a name made only of invisible characters, and an empty one', () => {
    for (const name of ['\u3164', '\u2800\u2800', '\u115F\u3164 ']) {
      expect(one((d) => { d.hosts[0].name = name; }), JSON.stringify(name)).toEqual({ path: '$.hosts[0].name', message: 'Text has only invisible characters.', fix: 'Write visible text.' });
    }
    expect(one((d) => { d.hosts[0].name = '  '; }).message).toBe('Text is empty.');
  });
  it('accepts line breaks in notes, other scripts and emoji, and counts length in code points', () => {
    expect(errorsOf((d) => { d.hosts[2].note = 'First line.\nSecond line.'; d.hosts[0].name = '중국 (中国) 🇨🇳'; d.sources['kuna-2019'].title = 'الكويت'; })).toEqual([]);
    expect(errorsOf((d) => { d.title = '😀'.repeat(300); })).toEqual([]);
    expect(one((d) => { d.title = '😀'.repeat(301); }).message).toBe('Text is 301 characters long; the limit is 300.');
  });
  it('describes a bad value without echoing invisible characters', () => {
    expect(one((d) => { d.hosts[0].figures[0].measure = 'pre\u202Esent'; }).message).toBe('a 8-character string is not a known measure.');
  });
  it('names an unknown field whose key holds U+202E or U+200B without echoing the raw character', () => {
    for (const key of ['no\u202Ete', 'no\u200Bte']) {
      const e = one((d) => { d.hosts[0][key] = 'x'; });
      expect(e.message).toBe('Unknown field "<a 5-character key with invisible or control characters>".');
      expect(e.path).toBe('$.hosts[0].<a 5-character key with invisible or control characters>');
      expect(`${e.path}${e.message}`).not.toMatch(/[\u200B\u202E]/);
    }
  });
});

describe('validateDataset: URLs', () => {
  const urlError = (url: string) => one((d) => { d.sources['ncnk-2019'].url = url; });
  it('accepts http and https in any case', () => {
    for (const url of ['HTTPS://example.org', 'Http://example.org/a?b=1#c', 'https://例え.jp/パス']) expect(errorsOf((d) => { d.sources['ncnk-2019'].url = url; }), url).toEqual([]);
  });
  it.each([
    ['https：//x', '"https：//x" is not an absolute URL: its colon is a full-width "：" (U+FF1A).'],
    ['//example.org/page', 'The URL has no scheme (it starts with //).'],
    ['www.example.org/page', '"www.example.org/page" is not an absolute URL: it has no scheme such as https://.'],
    ['javascript:alert(1)', 'Only http and https links are allowed; found a "javascript:" URL.'],
    ['data:text/html,x', 'Only http and https links are allowed; found a "data:" URL.'],
    ['JavaScript:alert(1)', 'Only http and https links are allowed; found a "javascript:" URL.'],
    ['https://[::1', '"https://[::1" cannot be read as a URL by a browser.'],
    ['https://exa%mple.org', '"https://exa%mple.org" cannot be read as a URL by a browser.'],
    ['https://user:secret@example.org/', '"https://user:secret@example.org/" has no host name, or carries a user name or password.'],
    ['https://example.org/a b', 'The URL contains a space or line break.'],
    ['https://example.org/\u202Egpj.exe', 'The URL holds a right-to-left override (U+202E).'],
  ])('rejects %s with a message naming the real problem', (url, message) => {
    const e = urlError(url);
    expect(e.path).toBe('$.sources["ncnk-2019"].url');
    expect(e.message).toBe(message);
    if (!url.includes(' ')) expect(e.message).not.toMatch(/space/);
  });
  it('gives the fix that says how to write a URL', () => {
    expect(urlError('https：//x').fix).toBe(URL_FIX);
    expect(urlError('//example.org/page').fix).toBe(`Add https: in front. ${URL_FIX}`);
  });
  it('checks copyUrl and the licence URL too', () => {
    expect(one((d) => { d.sources['wapo-2019'].copyUrl = 'ftp://x.org/a'; })).toMatchObject({ path: '$.sources["wapo-2019"].copyUrl', message: 'Only http and https links are allowed; found a "ftp:" URL.' });
    expect(one((d) => { d.license.url = '//creativecommons.org'; }).path).toBe('$.license.url');
  });
});

describe('validateDataset: hosts', () => {
  it('rejects duplicate hosts and two countries on one shape', () => {
    const errors = errorsOf((d) => { d.hosts.push({ ...d.hosts[0] }); });
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['$.hosts[4].id', 'Host "CHN" appears twice (first at $.hosts[0]).'],
      ['$.hosts[4].isoNumeric', 'Two countries join to shape "156" (the other is $.hosts[0]).'],
    ]);
  });
  it('rejects an ISO code world-atlas does not have, only when the shapes are given', () => {
    const opts = { ...TODAY, knownShapes: knownShapeIds() };
    expect(one((d) => { d.hosts[0].isoNumeric = '999'; }, opts)).toMatchObject({ path: '$.hosts[0].isoNumeric', message: 'world-atlas has no shape with id "999".' });
    expect(errorsOf((d) => { d.hosts[0].isoNumeric = '999'; })).toEqual([]);
  });
  it('wants id and iso3 equal for a country, and a marker within the globe for a territory', () => {
    expect(one((d) => { d.hosts[0].id = 'CHI'; })).toMatchObject({ path: '$.hosts[0].id', message: 'id "CHI" differs from iso3 "CHN".' });
    expect(one((d) => { d.hosts[1].territory.marker = [43, 181]; })).toMatchObject({ path: '$.hosts[1].territory.marker', message: 'Expected [longitude, latitude], found an array.' });
  });
  it('rejects restaurants-only with restaurants false, and an industry listed twice', () => {
    expect(one((d) => { d.hosts[3].statuses[0].status = 'restaurants-only'; })).toMatchObject({ path: '$.hosts[3].restaurants', message: 'A status is "restaurants-only" but restaurants is false.' });
    expect(one((d) => { d.hosts[0].industries.push('textiles'); })).toMatchObject({ path: '$.hosts[0].industries[2]', message: 'Industry "textiles" is listed twice.' });
  });
  it('names missing and unknown fields', () => {
    expect(messages((d) => { delete d.hosts[1].statuses; d.hosts[1].colour = 'red'; })).toEqual([
      ['$.hosts[1]', 'Missing required field "statuses".'],
      ['$.hosts[1].colour', 'Unknown field "colour".'],
    ]);
  });
  it('rejects a duplicate event id', () => {
    expect(one((d) => { d.events.push({ ...d.events[0] }); })).toMatchObject({ path: '$.events[1].id', message: 'Event "unsc-2397" appears twice (first at $.events[0]).' });
  });
});

describe('validateDataset: all errors at once, folded', () => {
  it('reports every error at once, in document order', () => {
    const errors = errorsOf((d) => { d.version = 'one'; d.hosts[0].figures[0].low = 90000; d.hosts[0].figures[0].high = 1; d.totals[0].sources = []; });
    expect(errors.map((e) => e.path)).toEqual(['$.version', '$.hosts[0].figures[0].low', '$.hosts[0].figures[0].value', '$.totals[0].sources']);
  });
  it('folds one unknown source id cited thirty times into one error that counts the rest', () => {
    const errors = errorsOf((d) => {
      d.hosts[0].figures = Array.from({ length: 30 }, (_, i) => ({ asOf: '2019', measure: 'present', basis: 'research', value: i, sources: ['nope'] }));
    });
    expect(errors).toEqual([{
      path: '$.hosts[0].figures[0].sources[0]',
      message: 'Unknown source id "nope". (The same at 29 more places.)',
      fix: 'Add "nope" to "sources", or correct the id to one that exists.',
    }]);
    expect(errorsOf((d) => { d.hosts[0].figures[0].sources = ['nope']; d.hosts[0].statuses[0].sources = ['nope']; })[0].message).toBe('Unknown source id "nope". (The same at 1 more place.)');
  });
  it('lists at most 200 errors and says how many more there are', () => {
    const errors = errorsOf((d) => {
      d.hosts[0].figures = Array.from({ length: 5 }, (_, f) => ({ asOf: '2019', measure: 'present', basis: 'research', value: 1, sources: Array.from({ length: 50 }, (_, i) => `x-${f}-${i}`) }));
    });
    expect(errors).toHaveLength(201);
    expect(errors[200]).toEqual({ path: '$', message: '50 more errors were not listed.', fix: 'Fix the errors above and validate again.' });
  });
  it('never throws, whatever it gets', () => {
    for (const input of [null, 1, 'x', [], { hosts: 'x' }, { hosts: [null, 1, []], sources: [], totals: {}, events: null }, Object.create(null)]) {
      expect(validateDataset(input).ok).toBe(false);
    }
  });
  it('formats errors with file, path and fix', () => {
    expect(formatErrors('data/x.json', [{ path: '$.a', message: 'Bad.', fix: 'Fix it.' }])).toBe('data/x.json: $.a: Bad. Fix: Fix it.');
  });
});

describe('parsing the file (src/model/parse.ts)', () => {
  const text = JSON.stringify(validDataset());
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('reports a byte-order mark, from text and from bytes', () => {
    const bom = { path: '$', message: 'The file starts with a byte-order mark (U+FEFF).', fix: 'Save the file as UTF-8 without BOM.' };
    expect(parseDataset(`\uFEFF${text}`)).toEqual({ ok: false, errors: [bom] });
    expect(parseDatasetBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]))).toMatchObject({ ok: false, errors: [bom] });
  });
  it('reports a duplicate key with its path, at any depth', () => {
    expect(parseDataset('{"title":"a","title":"b"}')).toEqual({
      ok: false,
      errors: [{ path: '$.title', message: 'The key "title" appears twice in the same object (line 1, column 21).', fix: 'Keep one of the two: JSON readers disagree on which one wins.' }],
    });
    const dup = text.replace('"name":"China"', '"name":"China","name":"PRC"');
    const r = parseDataset(dup);
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.message.replace(/ \(line.*/, '')])).toEqual([['$.hosts[0].name', 'The key "name" appears twice in the same object']]);
  });
  it('reports invalid UTF-8 with the offset of the first bad byte', () => {
    const good = bytes('{"title":"');
    const r = parseDatasetBytes(new Uint8Array([...good, 0xc3, 0x28, ...bytes('"}')]));
    expect(r).toEqual({ ok: false, errors: [{ path: '$', message: `The file is not valid UTF-8 (the first bad byte is at offset ${good.length}).`, fix: 'Save the file as UTF-8; do not paste text from another encoding.' }] });
    for (const bad of [[0xff], [0xc0, 0xaf], [0xe2, 0x82], [0xf5, 0x80, 0x80, 0x80]]) {
      const e = parseDatasetBytes(new Uint8Array([0x22, ...bad, 0x22]));
      expect(e.ok ? '' : e.errors[0].message, bad.join()).toMatch(/^The file is not valid UTF-8 \(the first bad byte is at offset 1\)\.$/);
    }
  });
  it('refuses a UTF-8-encoded surrogate (ED A0 80) and an overlong form (E0 80 80)', () => {
    for (const bad of [[0xed, 0xa0, 0x80], [0xe0, 0x80, 0x80]]) expect(parseDatasetBytes(new Uint8Array([0x22, ...bad, 0x22])).ok, bad.join()).toBe(false);
  });
  it('names offset 1 for a UTF-8-encoded surrogate and for overlong forms', () => {
    for (const bad of [[0xed, 0xa0, 0x80], [0xe0, 0x80, 0x80], [0xf0, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80]]) {
      const e = parseDatasetBytes(new Uint8Array([0x22, ...bad, 0x22]));
      expect(e.ok ? '' : e.errors[0].message, bad.join()).toBe('The file is not valid UTF-8 (the first bad byte is at offset 1).');
    }
  });
  it('stops deep nesting quickly, with a depth error', () => {
    const started = performance.now();
    const r = parseDataset('['.repeat(200_000) + ']'.repeat(200_000));
    expect(performance.now() - started).toBeLessThan(500);
    expect(r).toEqual({ ok: false, errors: [{ path: expect.stringMatching(/^\$(\[0\])+$/), message: 'The data is nested more than 64 levels deep.', fix: 'The dataset is at most a few levels deep: check the brackets.' }] });
  });
  it('names the place and the character of a syntax error', () => {
    expect(parseDataset('{"a":1,}')).toEqual({ ok: false, errors: [{ path: '$', message: 'The file is not valid JSON: expected a key in double quotes at line 1, column 8, found "}".', fix: 'Check for a missing comma, quote or bracket just before that place.' }] });
    const r = parseDataset('{"a":1\u200B}');
    expect(r.ok ? '' : r.errors[0].message).toBe('The file is not valid JSON: expected "," or "}" at line 1, column 7, found the invisible character U+200B.');
    expect(parseDataset('{"title": ').ok).toBe(false);
  });
  it('keeps a "__proto__" key as data, never as a prototype', () => {
    const r = parseDataset(text.replace('"title":', '"__proto__":{"polluted":true},"title":'));
    expect(({} as any).polluted).toBeUndefined();
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual(['Unknown field "__proto__".']);
  });
  it('reads the fixture back as the same data', () => {
    const r = parseDatasetBytes(bytes(JSON.stringify(validDataset(), null, 2)));
    expect(r.ok && r.dataset).toEqual(validDataset());
  });
  it('accepts the shipped data/dataset.json from its bytes, with world-atlas shape ids', () => {
    const r = parseDatasetBytes(readFileSync('data/dataset.json'), { knownShapes: knownShapeIds() });
    expect(r.ok ? [] : r.errors).toEqual([]);
  });
});
