import { daysInMonth, isValidDate } from '../calendar';
import { FULL_NUMERIC_DATE, isValidLunarDate, lunarAfter } from '../recognise/dateSyntax';
import type { Problem, Rule } from './rule';
import { problemInNorm, quote } from './edits';
import type { DateMessages } from '../messages/catalogue';

/**
 * date-invalid: a date that does not exist (31-2-2023, 30-13-2020). The date
 * recogniser only turns valid dates into mentions, so this rule reads the
 * text with the same numeric date syntax and reports what it had to skip.
 * A date marked as lunar ("30/2 âm lịch") is judged by the lunar calendar,
 * whose months have up to 30 days.
 */

/** A full numeric date standing alone (not part of a longer number or code). */
const FULL_DATE = new RegExp(`(?<![\\d/.-])${FULL_NUMERIC_DATE.source}(?![\\d/.-]?\\d)`, 'g');
/** "ngày 31/2": a day and month after the word for day, without a year. */
const DAY_MONTH = /(?<!\p{L})[Nn]gày (\d{1,2})[-/](\d{1,2})(?![-/.]?\d)/gu;
/** A leap year, so 29 February without a year is accepted. */
const ANY_LEAP_YEAR = 2024;

export const dateInvalid: Rule = {
  id: 'date-invalid',
  defaultSeverity: 'error',
  textOnly: true,
  check({ source, messages }) {
    const problems: Problem[] = [];
    const norm = source.norm;
    for (const m of norm.matchAll(FULL_DATE)) {
      const end = m.index + m[0].length;
      const why = invalidity(norm, end, quote(m[0]), Number(m[1]), Number(m[2]), Number(m[3]), messages.dates);
      if (why) problems.push(problemInNorm(source, m.index, end, why));
    }
    for (const m of norm.matchAll(DAY_MONTH)) {
      const end = m.index + m[0].length;
      const why = invalidity(norm, end, quote(m[0]), Number(m[1]), Number(m[2]), undefined, messages.dates);
      if (why) problems.push(problemInNorm(source, m.index + m[0].indexOf(m[1], 4), end, why));
    }
    return problems;
  },
};

/**
 * Why a date ending at `end` does not exist: in the lunar calendar when a mark says it is lunar, else in the
 * solar one (in a leap year when no year is written); undefined when it exists.
 */
function invalidity(norm: string, end: number, text: string, day: number, month: number, year: number | undefined, m: DateMessages): string | undefined {
  if (lunarAfter(norm, end)) return isValidLunarDate(month, day) ? undefined : m.invalidLunar(text, day, month);
  return isValidDate(year ?? ANY_LEAP_YEAR, month, day) ? undefined : m.invalid(text, day, month, daysIn(month, year));
}

/** How many days the month has, or undefined when there is no such month. */
function daysIn(month: number, year = ANY_LEAP_YEAR): number | undefined {
  return month < 1 || month > 12 ? undefined : daysInMonth(year, month);
}
