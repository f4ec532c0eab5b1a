import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { collatorFor } from '../../src/i18n/format';
import { NAMES_KO } from '../../src/i18n/names-ko';

// Names are sorted without Intl where that gives Intl's order: these hold it to Intl.Collator's.
const shipped = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as { hosts: Array<{ name: string }> };
const sign = (n: number) => Math.sign(n);

function sameOrder(locale: string, names: string[]) {
  const intl = new Intl.Collator(locale);
  const ours = collatorFor(locale);
  for (const a of names) for (const b of names) expect(sign(ours.compare(a, b)), `${a} / ${b}`).toBe(sign(intl.compare(a, b)));
}

describe('sorting names without Intl', () => {
  it('orders English names as Intl.Collator does, plain or not', () => {
    sameOrder('en', [...shipped.hosts.map((h) => h.name), 'Niger', 'Nigeria', 'niger', 'New Zealand', 'Newfoundland', 'Côte d’Ivoire', 'Cote', 'Åland', 'Zambia', 'São Tomé', 'a', 'A', 'B', '']);
    const intl = new Intl.Collator('en');
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z ]{0,8}$/), fc.stringMatching(/^[A-Za-z ]{0,8}$/), (a, b) => sign(collatorFor('en').compare(a, b)) === sign(intl.compare(a, b))));
  });

  it('orders Korean names as Intl.Collator does', () => {
    sameOrder('ko', [...new Set(Object.values(NAMES_KO))].slice(0, 120));
    const intl = new Intl.Collator('ko');
    fc.assert(fc.property(fc.stringMatching(/^[\uAC00-\uD7A3 ]{0,5}$/), fc.stringMatching(/^[\uAC00-\uD7A3 ]{0,5}$/), (a, b) => sign(collatorFor('ko').compare(a, b)) === sign(intl.compare(a, b))));
  });
});
