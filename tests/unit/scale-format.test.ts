import { describe, expect, it } from 'vitest';
import { binOf, classOf, LEGEND } from '../../src/data/scale';
import { accessibleLabel, formatFigure, headline, safeHref, shortCitation } from '../../src/data/format';
import { latestEstimate, representativeFigure } from '../../src/data/derive';
import type { Host } from '../../src/data/types';

const host = (over: Partial<Host>): Host => ({ id: 'CHN', name: 'China', iso3: 'CHN', isoNumeric: '156', status: 'present', industries: [], restaurants: false, sources: ['s'], estimates: [], ...over });

describe('bins and classes', () => {
  it('bins on a log scale with 1-3-10 steps', () => {
    expect([0, 999, 1000, 2999, 3000, 9999, 10000, 29999, 30000, 80000].map(binOf)).toEqual(['bin-0', 'bin-0', 'bin-1', 'bin-1', 'bin-2', 'bin-2', 'bin-3', 'bin-3', 'bin-4', 'bin-4']);
  });
  it('gives status classes before numbers, and "unknown" to a host with no figure', () => {
    expect(classOf(host({ status: 'withdrawn', estimates: [{ year: 2017, value: 1200, sources: ['s'] }] }))).toBe('withdrawn');
    expect(classOf(host({ status: 'restaurants-only', restaurants: true }))).toBe('restaurants');
    expect(classOf(host({ status: 'reported' }))).toBe('unknown');
    expect(classOf(host({ estimates: [{ year: 2019, low: 50000, high: 80000, sources: ['s'] }] }))).toBe('bin-4');
  });
  it('has a legend entry for every class the map can draw', () => {
    expect(LEGEND.map((e) => e.cls)).toEqual(['bin-0', 'bin-1', 'bin-2', 'bin-3', 'bin-4', 'unknown', 'restaurants', 'withdrawn', 'none']);
    expect(LEGEND.slice(0, 5).map((e) => e.label)).toEqual(['Under 1,000', '1,000 – 2,999', '3,000 – 9,999', '10,000 – 29,999', '30,000 or more']);
  });
});

describe('latest estimate', () => {
  it('takes the newest national figure and skips partial counts', () => {
    const h = host({ estimates: [
      { year: 2017, value: 30023, sources: ['s'] },
      { year: 2022, high: 80000, scope: 'partial', sources: ['s'] },
      { year: 2019, low: 50000, high: 80000, sources: ['s'] },
    ] });
    expect(latestEstimate(h)?.year).toBe(2019);
    expect(representativeFigure({ low: 50000, high: 80000 })).toBe(63246);
  });
});

describe('formatting', () => {
  it('writes figures the way a reader says them', () => {
    expect(formatFigure({ value: 80000 })).toBe('about 80,000');
    expect(formatFigure({ low: 50000, high: 80000 })).toBe('50,000 to 80,000');
    expect(formatFigure({ low: 100000 })).toBe('at least 100,000');
    expect(formatFigure({ high: 1500 })).toBe('up to 1,500');
  });
  it('builds accessible names with name, estimate and year', () => {
    expect(accessibleLabel(host({ estimates: [{ year: 2019, value: 80000, sources: ['s'] }] }))).toBe('China: about 80,000 workers (2019)');
    expect(accessibleLabel(host({ name: 'Belarus', status: 'reported' }))).toBe('Belarus: workers reported, number unknown; current presence unconfirmed');
    expect(accessibleLabel(host({ name: 'Angola', status: 'present' }))).toBe('Angola: workers present, number unknown');
    expect(headline(host({ status: 'withdrawn', estimates: [{ year: 2019, value: 50, scope: 'partial', sources: ['s'] }] }))).toBe('workers withdrawn, no national count');
    expect(accessibleLabel(host({ name: 'Mongolia', status: 'withdrawn', estimates: [{ year: 2017, value: 1190, sources: ['s'] }] }))).toBe('Mongolia: about 1,190 workers (2017), withdrawn or expelled');
    expect(headline(host({ status: 'restaurants-only' }))).toBe('DPRK-run restaurants, no worker count');
  });
  it('cites briefly and links only http(s)', () => {
    expect(shortCitation({ publisher: 'Associated Press (via News of Bahrain)', title: 't', date: '2017-10', url: 'https://x.org', kind: 'media' })).toBe('Associated Press, 2017');
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('/relative')).toBeUndefined();
  });
});
