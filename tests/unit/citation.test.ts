import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ko } from '../../src/i18n/ko';
import { figureCitation, permalink } from '../../src/view/citation';
import { asciiSlug, imageFileName } from '../../src/view/export-name';
import { selectionFromUrl, yearFromUrl } from '../../src/view/url-state';
import { validDataset } from '../fixtures/datasets';

const dataset = validDataset();
const china = dataset.hosts.find((h) => h.id === 'CHN')!;
const permits = china.figures.find((f) => f.measure === 'permits')!;

describe('permalink', () => {
  it('keeps the page, always writes the year, names the host, and drops what the page carried', () => {
    expect(permalink('https://maps.example.org/dprk/?country=RUS#RUS', 2017, 'CHN')).toBe('https://maps.example.org/dprk/?year=2017#CHN');
    expect(permalink('https://maps.example.org/dprk/index.html', 2020)).toBe('https://maps.example.org/dprk/?year=2020');
  });

  it('leads from the embed (with the loader’s token) to the full page in the same language', () => {
    expect(permalink('https://maps.example.org/dprk/ko/embed.html?year=2019#MNG&embed-token=abc', 2017, 'MNG')).toBe('https://maps.example.org/dprk/ko/?year=2017#MNG');
  });

  it('reopens the view it names: the URL state reads back the same year and host', () => {
    const url = new URL(permalink('https://maps.example.org/embed.html#CHN&embed-token=x', 2016, 'CHN'));
    expect(yearFromUrl(url, { first: 2010, last: 2020 })).toBe(2016);
    expect(selectionFromUrl(url, new Set(['CHN', 'MNG']))).toBe('CHN');
  });
});

describe('figureCitation', () => {
  const page = 'https://maps.example.org/dprk/?year=2019#CHN';

  it('gives the figure as the page shows it, its source, the dataset’s version and a permanent link', () => {
    expect(figureCitation(en, dataset, { id: 'CHN', name: 'China' }, permits, page)).toBe(
      'China: 30,023 valid work permits in December 2017. ' +
        'Source: UN Panel of Experts, “Final report of the Panel of Experts (S/2019/171)” (5 March 2019), https://undocs.org/S/2019/171. ' +
        'Data: Test dataset, version 2.0.0 (2024-01-15), CC BY 4.0. ' +
        'Permanent link: https://maps.example.org/dprk/?year=2017#CHN',
    );
  });

  it('says so when a count covers part of the country only, and lists every source', () => {
    const partial = { ...permits, scope: 'partial' as const, sources: ['un-panel-2019', 'ncnk-2019'] };
    const text = figureCitation(en, dataset, { id: 'CHN', name: 'China' }, partial, page);
    expect(text).toContain('in December 2017 (part of the country only). ');
    expect(text).toContain('(S/2019/171)” (5 March 2019), https://undocs.org/S/2019/171; NCNK, “North Korea in the World” (June 2019), https://www.northkoreaintheworld.org/. ');
  });

  it('reads as Korean on the Korean page: Korean counters, dates and labels; titles in their own language', () => {
    expect(figureCitation(ko, dataset, { id: 'CHN', name: '중국' }, permits, 'https://maps.example.org/dprk/ko/')).toBe(
      '중국: 2017년 12월 기준 유효 취업허가 30,023건. ' +
        '출처: UN Panel of Experts, 「Final report of the Panel of Experts (S/2019/171)」(2019년 3월 5일), https://undocs.org/S/2019/171. ' +
        '데이터: Test dataset, 버전 2.0.0(2024년 1월 15일), CC BY 4.0. ' +
        '고정 링크: https://maps.example.org/dprk/ko/?year=2017#CHN',
    );
  });
});

describe('image file names', () => {
  it('say what the image shows: the year, then the selected host by its English name', () => {
    expect(imageFileName({ year: 2019 }, 'png')).toBe('dprk-workers-map-2019.png');
    expect(imageFileName({ year: 2019, host: { id: 'QAT', name: 'Qatar' } }, 'svg')).toBe('dprk-workers-map-2019-qatar.svg');
    expect(imageFileName({ year: 2018, region: 'Gulf', host: { id: 'ARE', name: 'United Arab Emirates' } }, 'png')).toBe('dprk-workers-map-2018-gulf-united-arab-emirates.png');
  });

  it('stay ASCII: accents are dropped, and a name with no Latin letters falls back to the id', () => {
    expect(asciiSlug('Côte d’Ivoire')).toBe('cote-d-ivoire');
    expect(asciiSlug('São Tomé & Príncipe')).toBe('sao-tome-principe');
    expect(imageFileName({ year: 2016, host: { id: 'DZA', name: 'الجزائر' } }, 'png')).toBe('dprk-workers-map-2016-dza.png');
    expect(imageFileName({ year: 2017, host: { id: 'GE-AB', name: 'Abkhazia' } }, 'svg')).toBe('dprk-workers-map-2017-abkhazia.svg');
  });
});
