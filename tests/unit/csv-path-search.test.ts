import { describe, expect, it } from 'vitest';
import { CompactPathContext } from '../../src/geo/compact-path';
import { csvCell, datasetToCsv, CSV_COLUMNS } from '../../src/model/csv';
import { searchCountries } from '../../src/ui/search';
import { timelineDataset, validDataset } from '../fixtures/datasets';

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

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').replace(/\r\n$/, '').split('\r\n');

describe('CSV download', () => {
  it('starts with a BOM, ends lines with CRLF and has one row per figure, hosts by name, oldest figure first', () => {
    const csv = datasetToCsv(validDataset());
    expect(csv.startsWith('\uFEFFdataset_version,host_id,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = lines(csv);
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows.slice(1).map((r) => r.split(',').slice(1, 2).concat(r.split(',')[9]))).toEqual([
      ['GE-AB', '2019-10'], ['CHN', '2017-12'], ['CHN', '2019'], ['KWT', '2019'], ['MNG', '2017-11'],
    ]);
  });
  it('writes a figure with its status then, its sources, the copy read and the dataset version', () => {
    expect(lines(datasetToCsv(validDataset()))[1]).toBe(
      '2.0.0,GE-AB,Abkhazia,GEO,"=""268""",Georgia,reported,reported,present,2019-10,,media,400,,,national,,,wapo-2019,The Washington Post,2019-10-12,https://www.washingtonpost.com/x,https://archive.example.org/wapo-x,no',
    );
    // Mongolia: withdrawn now, present when counted.
    expect(lines(datasetToCsv(validDataset()))[5].split(',').slice(6, 10)).toEqual(['withdrawn', 'present', 'present', '2017-11']);
  });
  it('gives the status in force at the figure\'s own date, not at the end of its year', () => {
    const d = validDataset();
    const mongolia = d.hosts.find((h) => h.id === 'MNG')!;
    mongolia.statuses.at(-1)!.from = '2017-12';
    const row = lines(datasetToCsv(d)).find((r) => r.includes(',MNG,') && r.includes(',2017-11,'))!;
    expect(row.split(',').slice(6, 10)).toEqual(['withdrawn', 'present', 'present', '2017-11']);
  });
  it('keeps a zero-padded ISO numeric code as text, and gives a host without figures one row', () => {
    const rows = lines(datasetToCsv(timelineDataset()));
    expect(rows.find((r) => r.includes(',AGO,'))).toBe('2.1.0,AGO,Angola,AGO,"=""024""",,reported,,,,,,,,,,,,gov-report,A ministry,2024-05,https://gov.example/report,,yes');
    expect(rows.filter((r) => r.includes(',RUS,'))).toHaveLength(8);
  });
  it('quotes separators and defuses formulas', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    for (const s of ['+1', '-1 left', '@SUM(A1)', '\tx']) expect(csvCell(s)).toBe(`'${s}`);
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(undefined)).toBe('');
    const d = validDataset();
    d.hosts[0].figures[0].note = '=cmd|" /C calc"!A0';
    expect(datasetToCsv(d)).toContain(`,"'=cmd|"" /C calc""!A0",`);
  });
});

describe('country search', () => {
  const items = [
    { key: 'CHN', name: 'China', aliases: ['China', 'CHN'], hasData: true },
    { key: 'GE-AB', name: 'Abkhazia', aliases: ['Abkhazia', 'GEO', 'Georgia'], hasData: true },
    { key: 'shape:268', name: 'Georgia', aliases: ['Georgia'], hasData: false },
    { key: 'QAT', name: 'Qatar', hasData: true },
    { key: 'shape:012', name: 'Algeria', hasData: false },
    { key: 'ARE', name: 'United Arab Emirates', hasData: true },
    { key: 'shape:840', name: 'United States of America', hasData: false },
    { key: 'CIV', name: "Côte d'Ivoire", hasData: true },
    { key: 'shape:156x', name: 'Chile', hasData: false },
  ];
  const keys = (q: string) => searchCountries(items, q).map((i) => i.key);
  it('finds by aliases, and ranks hosts before countries without data', () => {
    expect(keys('georgia')).toEqual(['GE-AB', 'shape:268']);
    expect(keys('chn')).toEqual(['CHN']);
    expect(keys('chi')).toEqual(['CHN', 'shape:156x']);
    expect(keys('un')).toEqual(['ARE', 'shape:840']);
  });
  it('ignores case, accents and invisible characters', () => {
    expect(keys('Chi\u200Bna')).toEqual(['CHN']);
    expect(keys('CHINA')).toEqual(['CHN']);
    expect(keys('cote')).toEqual(['CIV']);
  });
  it('matches a word inside the name after prefixes, and nothing for blank queries', () => {
    expect(keys('arab')).toEqual(['ARE']);
    expect(keys('  ')).toEqual([]);
    expect(keys('zzz')).toEqual([]);
  });
});
