import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { Citation } from '../../src/ui/Citations';
import { renderPage, inlineJson } from '../../src/prerender/page';
import { buildLayout } from '../../src/geo/layout';
import { validDataset } from '../fixtures/datasets';

describe('rendering untrusted text', () => {
  it('never renders a javascript: URL as a link, even if one got past validation', () => {
    const html = renderToStaticMarkup(<Citation source={{ publisher: 'P', title: '<b>T</b>', date: '2020', url: 'javascript:alert(1)', kind: 'media' }} />);
    expect(html).not.toContain('href');
    expect(html).toContain('link withheld');
    expect(html).toContain('&lt;b&gt;T&lt;/b&gt;');
  });
});

describe('prerendered pages', () => {
  const template = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><div id="load-status"></div><div id="app"></div><script type="module" crossorigin src="./assets/a.js"></script><link rel="stylesheet" crossorigin href="./assets/a.css"></body></html>';
  const dataset = validDataset();
  dataset.hosts[0].note = '</script><script>alert(1)</script>';
  const datasetText = JSON.stringify(dataset);
  const layout = buildLayout(dataset.hosts);

  it('carry the map, a CSP meta tag and a classic script without crossorigin', () => {
    const html = renderPage({ template, mode: 'full', dataset, datasetText, layout, production: true });
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect((html.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(176);
    expect(html).toContain('<script defer src="./assets/a.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="./assets/a.css">');
    expect(html).not.toContain('crossorigin src');
  });

  it('inline the embed dataset so that no text in it can close the script element', () => {
    const html = renderPage({ template, mode: 'embed', dataset, datasetText, layout, production: true });
    const block = html.slice(html.indexOf('<script type="application/json" id="dataset-json">'));
    expect(block.slice(0, block.indexOf('</script>'))).toContain('\\u003c/script>\\u003cscript>alert(1)');
    expect(html.split('</script><script>alert(1)').length).toBe(1);
    expect(JSON.parse(inlineJson(datasetText))).toEqual(dataset);
  });
});
