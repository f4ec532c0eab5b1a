import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupDigits } from '../../src/i18n/numbers';
import { en } from '../../src/i18n/en';
import { ko } from '../../src/i18n/ko';

// The pages write numbers and lists by hand (no Intl data to load); they must read as Intl would write them.
describe('numbers and lists without Intl', () => {
  const enUS = new Intl.NumberFormat('en-US');
  const koKR = new Intl.NumberFormat('ko-KR');

  it('groups digits as Intl.NumberFormat does in English and Korean', () => {
    for (const n of [0, 7, 999, 1000, 1190, 15000, 20000, 100000, 1234567, 1e9, -4500, 0.5, 2.25, 1234.5678, 0.0004]) {
      expect(groupDigits(n)).toBe(enUS.format(n));
      expect(groupDigits(n)).toBe(koKR.format(n));
    }
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => groupDigits(n) === enUS.format(n) && groupDigits(n) === koKR.format(n)));
  });

  it('writes an English list as Intl.ListFormat does', () => {
    const lf = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
    for (const items of [[], ['construction'], ['construction', 'fishing'], ['construction', 'fishing', 'logging'], ['a', 'b', 'c', 'd']]) {
      expect(en.list(items)).toBe(lf.format(items));
    }
  });

  it('uses the hand-written grouping in both message modules', () => {
    expect(en.number(30023)).toBe('30,023');
    expect(ko.number(30023)).toBe('30,023');
  });
});
