import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME_HEIGHT, embedSnippet, embedUrl, pagesFolder } from '../../src/embed/snippet';
import { themeFromSearch } from '../../src/embed/theme';

const SITE = 'https://example.org/map/';

describe('the embed code', () => {
  it('sizes the frame with plain attributes a strict CSP keeps: no style attribute, no lazy loading', () => {
    const code = embedSnippet(new URL(SITE), '2.0.0');
    expect(code).toContain(`width="100%" height="${DEFAULT_FRAME_HEIGHT}" frameborder="0"`);
    expect(code).not.toContain('style=');
    expect(code).not.toContain('loading=');
    expect(code).toContain(`<script async src="${SITE}embed.js"></script>`);
  });

  it('puts the year and a theme other than light in the query, the country in the fragment', () => {
    const folder = new URL(SITE);
    expect(embedUrl(folder, { host: 'CHN', year: 2017, theme: 'dark' }).href).toBe(`${SITE}embed.html?year=2017&theme=dark#CHN`);
    expect(embedUrl(folder, { theme: 'light' }).href).toBe(`${SITE}embed.html`);
    expect(embedUrl(folder, { theme: 'auto' }).href).toBe(`${SITE}embed.html?theme=auto`);
  });

  it('points a pinned code at v/<version>/, from a live page or a pinned one, in either language; the loader stays the live one', () => {
    expect(pagesFolder(`${SITE}index.html#CHN`, '', '2.0.0', true).href).toBe(`${SITE}v/2.0.0/`);
    expect(pagesFolder(`${SITE}ko/`, 'ko/', '2.0.0', true).href).toBe(`${SITE}v/2.0.0/ko/`);
    expect(pagesFolder(`${SITE}v/1.4.0/`, '', '2.0.0', true).href).toBe(`${SITE}v/2.0.0/`);
    expect(pagesFolder(`${SITE}v/2.0.0/ko/index.html`, 'ko/', '2.0.0', false).href).toBe(`${SITE}ko/`);
    expect(pagesFolder(`${SITE}?year=2017`, '', '2.0.0', false).href).toBe(SITE);
    const code = embedSnippet(pagesFolder(`${SITE}ko/`, 'ko/', '2.0.0', true), '2.0.0');
    expect(code).toContain(`src="${SITE}v/2.0.0/ko/embed.html"`);
    expect(code).toContain(`<script async src="${SITE}ko/embed.js"></script>`);
  });
});

describe('the embed theme', () => {
  it('is light unless the URL asks for dark or auto', () => {
    expect(themeFromSearch('')).toBe('light');
    expect(themeFromSearch('?theme=dark')).toBe('dark');
    expect(themeFromSearch('?year=2017&theme=AUTO')).toBe('auto');
    expect(themeFromSearch('?theme=sepia')).toBe('light');
  });
});
