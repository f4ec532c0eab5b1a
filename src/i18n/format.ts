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

const collators = new Map<string, Intl.Collator>();
/** One collator per locale: making one costs more than the sort it serves. */
export function collatorFor(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale)));
  return c;
}
