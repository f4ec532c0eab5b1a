/** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as the sources give them, checked against the real calendar. */
import type { PartialDate } from './types';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const SHAPE = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/;
export const MIN_YEAR = 1945;
export const MAX_YEAR = 2100;

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export type DateProblem = 'shape' | 'year' | 'month' | 'day';

/** The parts of a partial date, or what is wrong with it. */
export function parseDate(text: string): DateParts | { problem: DateProblem } {
  const m = SHAPE.exec(text);
  if (!m) return { problem: 'shape' };
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return { problem: 'year' };
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { problem: 'month' };
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return { problem: 'day' };
  return { year, month, day };
}

export const isDateParts = (p: DateParts | { problem: DateProblem }): p is DateParts => !('problem' in p);

/** Year of a (valid) partial date. */
export const yearOf = (d: PartialDate): number => Number(d.slice(0, 4));

/** First day the partial date can mean, as YYYY-MM-DD (sortable text). */
export function earliest(d: PartialDate): string {
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d;
}

/** Last day the partial date can mean, as YYYY-MM-DD. */
export function latest(d: PartialDate): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number);
    return `${d}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  }
  return d;
}

/** Orders partial dates by their first day, the less precise first on a tie (2019 before 2019-03). */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const ea = earliest(a);
  const eb = earliest(b);
  if (ea !== eb) return ea < eb ? -1 : 1;
  return a.length - b.length;
}
