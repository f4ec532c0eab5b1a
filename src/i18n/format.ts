/** Values from the model in a locale's words, through that locale's message templates. */
import type { Amount, Figure, Source } from '../model/types';
import type { HostAsOf } from '../model/as-of';
import type { Bin } from '../model/scale';
import { isDateParts, parseDate, yearOf } from '../model/dates';
import type { Messages } from './en';

/** An amount in words; `words` are the templates (the map's labels use their own, shorter ones). */
export function formatAmount(m: Messages, f: Amount, words: Messages['amount'] = m.amount): string {
  const n = m.number;
  // A single number is shown as the source states it: an exact count is not "about" anything.
  if (f.value !== undefined) return f.low !== undefined && f.high !== undefined ? words.valueInRange(n(f.value), n(f.low), n(f.high)) : n(f.value);
  if (f.low !== undefined && f.high !== undefined) return f.low === f.high ? words.about(n(f.low)) : words.range(n(f.low), n(f.high));
  if (f.low !== undefined) return words.atLeast(n(f.low));
  if (f.high !== undefined) return words.upTo(n(f.high));
  return '';
}

export function formatDate(m: Messages, date: string): string {
  const p = parseDate(date);
  return isDateParts(p) ? m.date(p) : date;
}

/** A figure with what it counts and its date: "33 left or were sent home by 2019". */
export function figureText(m: Messages, f: Figure): string {
  // An upper bound's template says "no more than": its amount is the bare ceiling, not "up to N".
  const amount = f.measure === 'upper-bound' && f.value === undefined && f.low === undefined && f.high !== undefined ? m.number(f.high) : formatAmount(m, f);
  return m.measure[f.measure](amount, formatDate(m, f.asOf), f.since ? formatDate(m, f.since) : undefined);
}

/** What a host shows as of a year, in one line. */
export function headline(m: Messages, shown: HostAsOf): string {
  if (shown.figure) return figureText(m, shown.figure);
  if (!shown.status) return m.notYetReported(shown.year);
  return m.noFigure[shown.status.status];
}

/**
 * The figure a host shows on the map as of the year, for a label inside its shape, as lines of
 * text in order of preference: one line ("1,190 (2017)": an older count gives its own year), the
 * year on a line of its own, and a range over two lines, for a narrow shape.
 */
export function mapValue(m: Messages, shown: HostAsOf): string[][] | undefined {
  const f = shown.figure;
  if (!f) return undefined;
  const amount = formatAmount(m, f, m.mapLabel.amount);
  const year = shown.age > 0 ? yearOf(f.asOf) : undefined;
  const yearLine = year === undefined ? [] : [m.mapLabel.year(year)];
  const options = [[m.mapLabel.value(amount, year)]];
  if (year !== undefined) options.push([amount, ...yearLine]);
  if (f.value === undefined && f.low !== undefined && f.high !== undefined && f.low !== f.high) options.push([...m.mapLabel.rangeLines(m.number(f.low), m.number(f.high)), ...yearLine]);
  return options;
}

export function binLabel(m: Messages, bin: Bin): string {
  if (bin.low === undefined) return m.legend.under(m.number(bin.high!));
  if (bin.high === undefined) return m.legend.orMore(m.number(bin.low));
  return m.legend.between(m.number(bin.low), m.number(bin.high - 1));
}

/** Short citation: "The Washington Post, 2019". */
export function shortCitation(s: Source): string {
  return `${s.publisher}, ${s.published.slice(0, 4)}`;
}

/** What sorting needs of a collator. */
export interface NameCollator { compare(a: string, b: string): number }

/**
 * Names that sort by their code units as the locale's collator sorts them, case aside: Latin
 * letters and spaces; in Korean, Hangul syllables and spaces (Unicode orders the syllables as the
 * Korean alphabet does). tests/unit/collation.test.ts holds this against Intl.Collator.
 */
const PLAIN: Record<string, RegExp> = { en: /^[A-Za-z ]*$/, ko: /^[\uAC00-\uD7A3 ]*$/ };

const collators = new Map<string, NameCollator>();
/**
 * One collator per locale. Plain names (every host's name today) are compared without Intl: the
 * first Intl.Collator in a page loads ICU's collation data, about 70 ms of main thread at CPU 4x
 * during hydration. Anything else, or names equal but for case, goes to Intl.Collator, made when
 * first needed.
 */
export function collatorFor(locale: string): NameCollator {
  let c = collators.get(locale);
  if (c) return c;
  const plain = PLAIN[locale];
  let intl: Intl.Collator | undefined;
  const full = (a: string, b: string) => (intl ??= new Intl.Collator(locale)).compare(a, b);
  c = {
    compare: (a, b) => {
      if (!plain || !plain.test(a) || !plain.test(b)) return full(a, b);
      const x = a.toLowerCase();
      const y = b.toLowerCase();
      return x < y ? -1 : x > y ? 1 : full(a, b);
    },
  };
  collators.set(locale, c);
  return c;
}
