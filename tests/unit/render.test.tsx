// @vitest-environment jsdom
/**
 * What a visitor sees before any script runs, compared with snapshot files (as Observable Plot's
 * test/plot-snapshot.js does): a change to the map, the legend or the tooltip shows up as a diff
 * in tests/fixtures/snapshots/ that someone reviews. Update with `npx vitest run -u`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { act, cleanup, render } from '@testing-library/react';
import { WorldMap } from '../../src/map/WorldMap';
import { Legend } from '../../src/ui/Legend';
import { Tooltip } from '../../src/ui/Tooltip';
import { Citation } from '../../src/ui/Citations';
import { inlineJson, renderPage, type PageMeta } from '../../src/prerender/page';
import { buildLayout } from '../../src/geo/layout';
import { buildViewModel } from '../../src/view/view-model';
import { createStore, shapeKey } from '../../src/view/store';
import { en } from '../../src/i18n/en';
import { validDataset } from '../fixtures/datasets';
import { markerRequests, tinyLayout } from '../fixtures/layout';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** One element per line, so a snapshot diff points at the element that changed. */
const pretty = (html: string) => `${html.replace(/></g, '>\n<')}\n`;
const SNAPSHOTS = '../fixtures/snapshots';

const dataset = validDataset();
const layout = tinyLayout();
const shapeNames = new Map([...layout.shapes, ...layout.places].map((s) => [shapeKey(s.id), s.name]));
const mapAt = (year: number) => {
  const model = buildViewModel(dataset, en, year);
  const store = createStore({ hover: null, selected: null, year });
  return renderToStaticMarkup(<WorldMap layout={layout} model={model} store={store} labelId="map-title" descriptionId="map-summary" />);
};

describe('the prerendered map', () => {
  it('matches the snapshot for 2019', async () => {
    await expect(pretty(mapAt(2019))).toMatchFileSnapshot(`${SNAPSHOTS}/map-2019.svg`);
  });
  it('matches the snapshot for 2021, where counts from 2019 are hatched', async () => {
    await expect(pretty(mapAt(2021))).toMatchFileSnapshot(`${SNAPSHOTS}/map-2021.svg`);
  });
  it('gives every host its class and accessible name, and one tab stop: the first by name', () => {
    // The map is part of an HTML page, and parsed as one (a marker's leader line carries a bare `hidden`).
    const svg = new DOMParser().parseFromString(mapAt(2021), 'text/html');
    const china = svg.querySelector('path[data-shape="156"]')!;
    expect(china.getAttribute('class')).toBe('c-bin-4 stale');
    expect(china.getAttribute('aria-label')).toBe('China: 80,000 workers in 2019, present');
    expect(svg.querySelector('path[data-shape="076"]')!.getAttribute('class')).toBeNull();
    expect(svg.querySelector('path[data-shape="268"]')!.hasAttribute('data-host')).toBe(false);
    expect([...svg.querySelectorAll('[tabindex="0"]')].map((e) => e.getAttribute('data-host'))).toEqual(['GE-AB']);
    expect([...svg.querySelectorAll('g.marker')].map((g) => [g.getAttribute('data-host'), g.getAttribute('class')])).toEqual([
      ['GE-AB', 'marker c-bin-0 stale'], ['KWT', 'marker c-unknown'],
    ]);
  });
});

describe('the map in the page, when the year changes', () => {
  it('shows the classes, colours and names a map drawn for that year shows, on the same elements', () => {
    // jsdom has no ResizeObserver; the map's controller watches its size with one.
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
    const store = createStore({ hover: null, selected: null, year: 2019 });
    const props = { layout, store, labelId: 'map-title', descriptionId: 'map-summary' };
    const { container, rerender } = render(<WorldMap {...props} model={buildViewModel(dataset, en, 2019)} />);
    const china = container.querySelector('path[data-shape="156"]')!;
    const before = china.getAttribute('class');
    act(() => rerender(<WorldMap {...props} model={buildViewModel(dataset, en, 2021)} />));
    const fresh = new DOMParser().parseFromString(mapAt(2021), 'text/html');
    // The shapes are drawn once; the year's classes, fills and names are written onto them.
    expect(container.querySelector('path[data-shape="156"]')).toBe(china);
    expect(china.getAttribute('class')).not.toBe(before);
    for (const el of fresh.querySelectorAll('[data-host]')) {
      const shown = container.querySelector(`${el.tagName.toLowerCase()}[data-host="${el.getAttribute('data-host')}"]${el.hasAttribute('data-shape') ? `[data-shape="${el.getAttribute('data-shape')}"]` : ''}`)!;
      for (const attr of ['class', 'fill', 'aria-label']) expect(shown.getAttribute(attr), `${el.getAttribute('data-host')} ${attr}`).toBe(el.getAttribute(attr));
    }
    expect(container.querySelector('svg.map')!.getAttribute('data-year')).toBe('2021');
  });
});

describe('the legend', () => {
  it('matches the snapshot for 2019', async () => {
    const html = renderToStaticMarkup(<Legend model={buildViewModel(dataset, en, 2019)} />);
    await expect(pretty(html)).toMatchFileSnapshot(`${SNAPSHOTS}/legend-2019.html`);
  });
  it('counts the hosts in each class as of the year', () => {
    const doc = document.createElement('div');
    doc.innerHTML = renderToStaticMarkup(<Legend model={buildViewModel(dataset, en, 2021)} />);
    const row = (cls: string) => doc.querySelector(`li[data-class="${cls}"]`)!.textContent;
    expect(doc.querySelector('figcaption')!.textContent).toBe('DPRK workers as of 2021');
    expect(row('bin-4')).toBe('30,000 or more (1)');
    expect(row('withdrawn')).toBe('Withdrawn or expelled (1)');
    expect(row('none')).toBe('No data');
    expect(row('stale')).toBe('Hatched: the latest count is from an earlier year (2)');
  });
});

describe('the tooltip', () => {
  const show = (key: string, year = 2019) => {
    const store = createStore({ hover: null, selected: null, year });
    const view = render(<Tooltip store={store} model={buildViewModel(dataset, en, year)} shapeNames={shapeNames} />);
    act(() => store.set({ hover: { key, anchor: { x: 10, y: 10, width: 0, height: 0 }, via: 'pointer' } }));
    return { ...view, store };
  };
  it('matches the snapshot for China in 2019', async () => {
    const { container } = show('CHN');
    await expect(pretty(container.innerHTML)).toMatchFileSnapshot(`${SNAPSHOTS}/tooltip-CHN-2019.html`);
  });
  it('says what is shown, how old it is, on whose word, and what else is known', () => {
    const { getByRole } = show('CHN', 2021);
    const text = getByRole('tooltip').textContent!;
    expect(text).toContain('80,000 workers in 2019');
    expect(text).toContain('the latest count as of 2021, 2 years old. On the word of a researcher’s estimate');
    expect(text).toContain('Also: 30,023 valid work permits in December 2017');
    expect(text).toContain('Status: Present since 2010');
    expect(text).toContain('Industries: textiles and garments and seafood processing');
    expect(text).toContain('Sources: NCNK, 2019');
  });
  it('names a territory with its state, and a country without data as such', () => {
    expect(show('GE-AB').getByRole('tooltip').querySelector('.tooltip-title')!.textContent).toBe('Abkhazia (Georgia)');
    cleanup();
    expect(show(shapeKey('076')).getByRole('tooltip').textContent).toBe('BrazilNo DPRK workers reported in this dataset.');
  });
  it('goes away when the hover ends', () => {
    const { store, queryByRole } = show('CHN');
    act(() => store.set({ hover: null }));
    expect(queryByRole('tooltip')).toBeNull();
  });
});

describe('rendering untrusted text', () => {
  it('never renders a javascript: URL as a link, even if one got past validation', () => {
    const html = renderToStaticMarkup(<Citation m={en} source={{ id: 'x', publisher: 'P', title: '<b>T</b>', published: '2020', url: 'javascript:alert(1)', primary: false, kind: 'media' }} />);
    expect(html).not.toContain('href');
    expect(html).toContain('link withheld: not an http(s) address');
    // Text, not markup: the angle bracket that would open a tag is escaped.
    expect(html).toContain('&lt;b>T&lt;/b>');
    expect(html).not.toContain('<b>');
  });
  it('names the copy read and its publisher after the original', () => {
    const s = dataset.sources['wapo-2019'];
    const div = document.createElement('div');
    div.innerHTML = renderToStaticMarkup(<Citation m={en} source={{ id: 'wapo-2019', ...s }} />);
    expect(div.textContent).toBe('The Washington Post. Abkhazia loophole. 12 October 2019.  www.washingtonpost.com (opens in a new tab) (copy read at archive.example.org (opens in a new tab), Internet Archive)');
    expect([...div.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://www.washingtonpost.com/x', 'https://archive.example.org/wapo-x']);
  });
});

describe('prerendered pages', () => {
  const template = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><div id="load-status"></div><div id="app"></div><script type="module" crossorigin src="./assets/a.js"></script><link rel="stylesheet" crossorigin href="./assets/a.css"></body></html>';
  const d = validDataset();
  d.hosts[0].note = '</script><script>alert(1)</script>';
  const datasetText = JSON.stringify(d);
  const built = buildLayout(markerRequests(d.hosts));

  it('carry the whole map, a CSP meta tag and a classic script without crossorigin', () => {
    const html = renderPage({ template, mode: 'full', dataset: d, datasetText, layout: built, messages: en, production: true });
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect((html.match(/<path [^>]*data-shape=/g) ?? []).length).toBe(built.shapes.length);
    expect(built.shapes.length).toBe(176);
    expect(html).toContain('<script defer src="./assets/a.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="./assets/a.css">');
    expect(html).not.toContain('crossorigin src');
    expect(html).toContain('aria-label="China: workers present, number unknown"');
  });

  it('link their canonical URL and language twins only when they can be absolute (a base URL is set)', () => {
    const meta = (base: string | null): PageMeta => ({
      title: 't', description: 'd', canonical: base ? `${base}ko/` : '../ko/', feed: { href: 'feed.xml', title: 'f' },
      image: { href: 'cards/world.png', width: 1200, height: 630, alt: 'a' }, imageRelative: !base, ogLocale: 'ko_KR', siteName: 's',
    });
    const absolute = renderPage({
      template, mode: 'full', dataset: d, datasetText, layout: built, messages: en, production: true, meta: meta('https://example.org/map/'),
      alternates: [{ lang: 'en', href: 'https://example.org/map/' }, { lang: 'ko', href: 'https://example.org/map/ko/' }],
    });
    expect(absolute).toContain('<link rel="canonical" href="https://example.org/map/ko/">');
    expect(absolute).toContain('<link rel="alternate" hreflang="en" href="https://example.org/map/">');
    const relative = renderPage({ template, mode: 'full', dataset: d, datasetText, layout: built, messages: en, production: true, meta: meta(null), alternates: [] });
    expect(relative).not.toContain('rel="canonical"');
    expect(relative).not.toContain('<link rel="alternate" hreflang=');
    expect(relative).toContain('set "baseUrl" in site.config.json');
  });

  it('inline the embed dataset so that no text in it can close the script element', () => {
    const html = renderPage({ template, mode: 'embed', dataset: d, datasetText, layout: built, messages: en, production: true });
    const block = html.slice(html.indexOf('<script type="application/json" id="dataset-json">'));
    expect(block.slice(0, block.indexOf('</script>'))).toContain('\\u003c/script>\\u003cscript>alert(1)');
    expect(html.split('</script><script>alert(1)').length).toBe(1);
    expect(JSON.parse(inlineJson(datasetText))).toEqual(d);
    expect(html).toContain('<html lang="en" class="is-embed">');
  });
});
