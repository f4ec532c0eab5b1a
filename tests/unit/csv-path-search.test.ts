import { describe, expect, it } from 'vitest';
import { CompactPathContext } from '../../src/geo/compact-path';
import { csvCell, datasetToCsv, CSV_COLUMNS } from '../../src/data/csv';
import { searchCountries } from '../../src/ui/search';
import { validDataset } from '../fixtures/datasets';

describe('CompactPathContext', () => {
  it('rounds to whole pixels, writes relative steps and drops repeated points', () => {
    const c = new CompactPathContext();
    c.moveTo(10.4, 10.6); c.lineTo(20.2, 10.9); c.lineTo(20.3, 11.1); c.lineTo(20, 30); c.closePath();
    c.moveTo(100, 100); c.lineTo(100.2, 100.1); c.closePath();
    expect(c.result()).toBe('M10 11l10 0 0 19z');
  });
  it('moves to the next ring relative to the start of the previous one', () => {
    const c = new CompactPathContext();
    c.moveTo(0, 0); c.lineTo(10, 0); c.lineTo(10, 10); c.closePath();
    c.moveTo(50, 50); c.lineTo(60, 50); c.lineTo(60, 60); c.closePath();
    expect(c.result()).toBe('M0 0l10 0 0 10zm50 50l10 0 0 10z');
  });
});

describe('CSV download', () => {
  it('has one row per host and year, with titles and URLs of the sources', () => {
    const csv = datasetToCsv(validDataset());
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('GE-AB,Abkhazia,GEO,268,Georgia,present,construction,no,2019,400,,,national,,wapo-2019,Abkhazia loophole,https://www.washingtonpost.com/x');
  });
  it('quotes separators and defuses formulas', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(12)).toBe('12');
  });
});

describe('country search', () => {
  const items = [
    { key: 'QAT', name: 'Qatar', hasData: true },
    { key: 'shape:012', name: 'Algeria', hasData: false },
    { key: 'ARE', name: 'United Arab Emirates', hasData: true },
    { key: 'shape:840', name: 'United States of America', hasData: false },
    { key: 'CIV', name: "Côte d'Ivoire", hasData: true },
  ];
  it('matches prefixes first, hosts before others, ignoring case and accents', () => {
    expect(searchCountries(items, 'un').map((i) => i.key)).toEqual(['ARE', 'shape:840']);
    expect(searchCountries(items, 'arab').map((i) => i.key)).toEqual(['ARE']);
    expect(searchCountries(items, 'cote').map((i) => i.key)).toEqual(['CIV']);
    expect(searchCountries(items, '  ')).toEqual([]);
  });
});
