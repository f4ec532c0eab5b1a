import { describe, expect, it } from 'vitest';
import { tokenFromUrl } from '../../src/embed/child';
import { selectionFromUrl } from '../../src/view/url-state';

const TOKEN = '0123456789abcdef0123456789abcdef';
const base = 'https://map.example/a/embed.html';

describe('the embed loader token in the embed URL', () => {
  it('is read from the fragment, alone or after a country', () => {
    expect(tokenFromUrl(`${base}#embed-token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromUrl(`${base}#CHN&embed-token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromUrl(`${base}?country=CHN#embed-token=${TOKEN}`)).toBe(TOKEN);
  });
  it('is not read from the query, from a short or odd value, or from a look-alike key', () => {
    expect(tokenFromUrl(`${base}?embed-token=${TOKEN}`)).toBeNull();
    expect(tokenFromUrl(`${base}#CHN`)).toBeNull();
    expect(tokenFromUrl(`${base}#embed-token=abc`)).toBeNull();
    expect(tokenFromUrl(`${base}#embed-token=${TOKEN}<script>`)).toBeNull();
    expect(tokenFromUrl(`${base}#my-embed-token=${TOKEN}`)).toBeNull();
    expect(tokenFromUrl(base)).toBeNull();
  });
  it('does not change which country the embed opens on', () => {
    const ids = new Set(['CHN', 'RUS']);
    expect(selectionFromUrl(new URL(`${base}#CHN&embed-token=${TOKEN}`), ids)).toBe('CHN');
    expect(selectionFromUrl(new URL(`${base}?country=rus#embed-token=${TOKEN}`), ids)).toBe('RUS');
    expect(selectionFromUrl(new URL(`${base}#embed-token=${TOKEN}`), ids)).toBeUndefined();
  });
});
