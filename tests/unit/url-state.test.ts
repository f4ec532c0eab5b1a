import { describe, expect, it } from 'vitest';
import { regionFromUrl, selectionFromUrl, urlFor, yearFromUrl } from '../../src/view/url-state';

const ids = new Set(['CHN', 'GE-AB']);
const span = { first: 2010, last: 2024 };
const url = (s: string) => new URL(s, 'https://map.example/a/');
const at = (s: string) => selectionFromUrl(url(s), ids);

describe('URL state', () => {
  it('round-trips ?year=2017#CHN', () => {
    const written = urlFor(url('./'), { selected: 'CHN', year: 2017 }, span.last);
    expect(written.href).toBe('https://map.example/a/?year=2017#CHN');
    expect(selectionFromUrl(written, ids)).toBe('CHN');
    expect(yearFromUrl(written, span)).toBe(2017);
  });
  it('leaves the default year and countries without data out of the URL', () => {
    expect(urlFor(url('./?year=2017#CHN'), { selected: null, year: 2024 }, 2024).href).toBe('https://map.example/a/');
    expect(urlFor(url('./?country=CHN'), { selected: 'shape:076', year: 2024 }, 2024).href).toBe('https://map.example/a/');
    expect(urlFor(url('./?country=CHN'), { selected: 'GE-AB', year: 2024 }, 2024).href).toBe('https://map.example/a/#GE-AB');
  });
  it('ignores a year outside the span or not a year', () => {
    for (const y of ['2009', '2025', '17', '20170', 'abc', '', '2017.5']) expect(yearFromUrl(url(`./?year=${y}`), span), y).toBeUndefined();
    expect(yearFromUrl(url('./?year=2010'), span)).toBe(2010);
    expect(yearFromUrl(url('./?year=2024'), span)).toBe(2024);
    expect(yearFromUrl(url('./'), span)).toBeUndefined();
  });
  it('reads a host from the hash or ?country=, in any case', () => {
    expect(at('#CHN')).toBe('CHN');
    expect(at('#ge-ab')).toBe('GE-AB');
    expect(at('?country=chn')).toBe('CHN');
  });
  it('still selects CHN from the embed loader fragment #CHN&t=abc, and keeps the loader part when writing', () => {
    expect(at('#CHN&t=abc')).toBe('CHN');
    expect(urlFor(url('./#CHN&t=abc'), { selected: 'GE-AB', year: 2024 }, 2024).href).toBe('https://map.example/a/#GE-AB&t=abc');
  });
  it('reads no hash as nothing selected', () => {
    expect(at('./')).toBeNull();
  });
  it('leaves the selection alone for in-page links, unknown codes and malformed escapes', () => {
    expect(at('#data-table-section')).toBeUndefined();
    expect(at('#XYZ')).toBeUndefined();
    expect(at('?country=XYZ')).toBeUndefined();
    expect(at('#%E0%A4%A')).toBeUndefined();
  });

  it('round-trips ?region=europe beside ?year= and the host, and leaves out the world', () => {
    const regions = new Set(['europe', 'africa']);
    const written = urlFor(url('./'), { selected: 'CHN', year: 2017, region: 'europe' }, span.last);
    expect(written.href).toBe('https://map.example/a/?year=2017&region=europe#CHN');
    expect(regionFromUrl(written, regions)).toBe('europe');
    expect(regionFromUrl(url('./?region=AFRICA'), regions)).toBe('africa');
    expect(regionFromUrl(url('./?region=mars'), regions)).toBeUndefined();
    expect(regionFromUrl(url('./'), regions)).toBeUndefined();
    expect(urlFor(url('./?region=europe#CHN'), { selected: 'CHN', year: 2024, region: 'world' }, 2024).href).toBe('https://map.example/a/#CHN');
  });
});
