/**
 * The calendar and Party terms the benchmark generator writes its articles
 * and answer key with. It is its own small implementation, on purpose: if
 * the generator asked the core (server/src/core/calendar, terms) what a
 * weekday or a term is, a mistake there would be written into the articles
 * and the answer key alike, and the benchmark could never see it. Weekdays
 * come from the platform's Date in UTC; the congresses are typed in here
 * from ../shared/facts.md (section B), not read from data/congresses.json.
 */

export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Party congresses: ordinal, the day it closed (when its term begins), and the term's years. */
const CONGRESSES: readonly { ordinal: number; closed: Day; termYears: readonly [number, number] }[] = [
  { ordinal: 10, closed: { year: 2006, month: 4, day: 25 }, termYears: [2006, 2011] },
  { ordinal: 11, closed: { year: 2011, month: 1, day: 19 }, termYears: [2011, 2016] },
  { ordinal: 12, closed: { year: 2016, month: 1, day: 28 }, termYears: [2016, 2021] },
  { ordinal: 13, closed: { year: 2021, month: 2, day: 1 }, termYears: [2021, 2026] },
  { ordinal: 14, closed: { year: 2026, month: 1, day: 23 }, termYears: [2026, 2031] },
];

function utc(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

export function compareDays(a: Day, b: Day): number {
  return utc(a) - utc(b);
}

export function daysBetween(a: Day, b: Day): number {
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return new Date(utc(d)).getUTCDay();
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

export function congress(ordinal: number): { ordinal: number; termYears: readonly [number, number] } | undefined {
  return CONGRESSES.find((c) => c.ordinal === ordinal);
}

/** The term in force on a day: from the close of its congress to the close of the next. */
export function termAt(d: Day): number | undefined {
  let current: number | undefined;
  for (const c of CONGRESSES) if (compareDays(c.closed, d) <= 0) current = c.ordinal;
  return current;
}
