import { describe, expect, it } from 'vitest';
import { selectionFromUrl, urlWithHost } from '../../src/app/url-state';

const ids = new Set(['CHN', 'GE-AB']);
const at = (s: string) => selectionFromUrl(new URL(s, 'https://map.example/a/'), ids);

describe('URL state', () => {
  it('reads a host from the hash or ?country=, in any case', () => {
    expect(at('#CHN')).toBe('CHN');
    expect(at('#ge-ab')).toBe('GE-AB');
    expect(at('?country=chn')).toBe('CHN');
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
  it('writes hosts to the hash and keeps countries without data out of the URL', () => {
    const base = new URL('https://map.example/a/?country=CHN');
    expect(urlWithHost(base, 'GE-AB').href).toBe('https://map.example/a/#GE-AB');
    expect(urlWithHost(base, 'shape:076').href).toBe('https://map.example/a/');
  });
});
