import type { CalendarDate, DateData, Mention } from '../model';
import { compareDates, daysBetween, daysInMonth, fromRoman, toIso } from '../calendar';
import type { Source } from '../text/source';
import { mentionAt, type RecogniseContext } from './context';
import { CLOCK_TIME, LIFE_EVENT, lunarAfter, parseWeekday, validDate, WEEKDAY } from './dateSyntax';
import { triggeredMatches } from './scan';
import { dateKey as periodKey } from '../entityKeys';

/**
 * Dates and periods: the dateline at the top of an article ("Thứ Năm,
 * 23-06-2022, 18:22", "Cập nhật lúc 08:46, Thứ Hai, 06/03/2017 (GMT+7)"),
 * and dates in the text ("Sáng 12/1", "ngày 29-12-2020", "quý II năm 2024",
 * "6 tháng đầu năm 2022", "tháng 6/2022", "năm 2022"). A day and month
 * without a year take the year that puts them nearest the publication date,
 * so "30-12" in an article of 4 January 2021 is 30 December 2020.
 */

/** What the text says, before any year is supplied from the publication date. */
export type Written =
  | { readonly form: 'day'; readonly day: number; readonly month: number; readonly year?: number }
  | { readonly form: 'month'; readonly month: number; readonly year: number }
  | { readonly form: 'quarter'; readonly quarter: number; readonly year?: number }
  | { readonly form: 'half'; readonly half: 1 | 2; readonly year?: number }
  | { readonly form: 'years'; readonly first: number; readonly last: number };

/** One date form found in the normalised text. */
export interface Found {
  readonly start: number;
  readonly end: number;
  readonly written: Written;
  /** True when a word such as "ngày", "Sáng" or a weekday introduces a day and month, so "56/67" is not read as a date. */
  readonly introduced: boolean;
  readonly statedWeekday?: number;
  readonly time?: string;
  readonly dateline?: 'published' | 'updated';
}

interface Period {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly granularity: DateData['granularity'];
}

/** Datelines are looked for among the article's first lines only (title, section, byline, dateline). */
const DATELINE_LINES = 12;

/** A weekday in a dateline, where the short forms "T5" and "CN" also occur. */
const DATELINE_WEEKDAY = `(?:${WEEKDAY}|t[2-7]|cn)`;

/** A whole line that is only a date and time, optionally labelled, with a weekday and a time zone. */
const DATELINE = new RegExp(
  '^(?:(?<label>cập nhật(?: lúc| ngày)?|ngày cập nhật|đăng(?: lúc| ngày)?|ngày đăng|thời gian(?: đăng)?|published|updated)\\s*:?\\s*)?' +
    `(?:(?<timeBefore>${CLOCK_TIME})'?\\s*(?:[,|–-]\\s*)?)?` +
    `(?:(?<weekday>${DATELINE_WEEKDAY})\\s*(?:[,|–-]\\s*)?)?` +
    '(?:ngày\\s+)?(?<day>\\d{1,2})(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>(?<year>\\d{4})' +
    `(?:\\s*(?:[,|–-]\\s*)?(?:lúc\\s+)?(?<timeAfter>${CLOCK_TIME})'?)?` +
    '\\s*(?:\\(?\\s*(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?\\s*\\)?)?$',
  'iu',
);

/** Labels that make a dateline the update time rather than the publication time. */
const UPDATE_LABEL = /^(?:cập nhật|ngày cập nhật|updated)/iu;

const TIME_OF_DAY = '(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Rr]ạng sáng)(?: nay| qua| mai)?';

/**
 * Every in-text date form, in one pass. The alternatives start with different
 * words, so the leftmost match is the longest form ("quý II năm 2024" rather
 * than "năm 2024"), and matches never overlap. Sticky: tried only where
 * IN_TEXT_TRIGGER finds a word it can begin with.
 */
const IN_TEXT = new RegExp(
  '(?<![\\p{L}\\d])(?:' +
    '(?<half>(?:6|[Ss]áu) tháng (?<halfPart>đầu|cuối) năm(?: (?<halfYear>\\d{4}))?)' +
    '|(?<quarter>[Qq]uý (?<quarterNumber>IV|I{1,3}|[1-4])(?![\\p{L}\\d])(?:(?: năm |\\s?[-/]\\s?)(?<quarterYear>\\d{4}))?)' +
    '|(?<monthForm>[Tt]háng (?<monthNumber>\\d{1,2})(?:[-/](?<monthYear>\\d{4})| năm (?<monthYearWords>\\d{4})))' +
    `|(?<dayForm>(?:(?<timeOfDay>${TIME_OF_DAY}) )?(?:(?<weekday>${WEEKDAY})(?<weekdaySep>, | \\(| ))?(?:(?<dayWord>[Nn]gày) )?` +
    '(?:(?<day>\\d{1,2})(?<sep>[-/.])(?<month>\\d{1,2})(?:\\k<sep>(?<year>\\d{4}))?' +
    '|(?<dayInWords>\\d{1,2}) tháng (?<monthInWords>\\d{1,2})(?: năm (?<yearInWords>\\d{4}))?))' +
    '|(?<years>[Nn]ăm (?<firstYear>\\d{4})(?:\\s?[-–]\\s?(?<lastYear>\\d{4}))?)' +
    ')(?!\\d|[-/.]\\d)',
  'uy',
);

/**
 * The words (or the first digit of a number) every in-text date form begins
 * with, grouped by first letter so the scan is quick.
 */
const IN_TEXT_TRIGGER = /(?<!\d)\d|[Nn](?:gày|ăm)|[Tt](?:háng|rưa|ối|hứ)|[Ss](?:áng|áu )|[Cc](?:hiều|hủ)|[Qq]uý|[Đđ]êm|[Rr]ạng/g;

/**
 * The first day of a range written before a date ("Từ ngày 18 đến 20/9/2024", "Trong 2 ngày 20 và 21/8/2025",
 * "ngày 12-19/1/2011"): its "ngày" introduces the date at the range's end as well.
 */
const RANGE_OPENING = /[Nn]gày \d{1,2}(?:\s?[-–]\s?| (?:và|đến|tới) )$/u;

/** Years outside this range are counts or codes, not years an article talks about. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export function recogniseDates(ctx: RecogniseContext): Mention[] {
  const { source, publication } = ctx;
  const found = scanDates(source);
  const reference = publication && {
    date: publication.date,
    how: publication.source === 'dateline' ? '' : `; the publication date was taken from ${publication.evidence}`,
  };
  const mentions: Mention[] = [];
  for (let k = 0; k < found.length; k++) {
    const f = rangeStartYear(source.norm, found[k], found[k + 1]);
    const resolved = resolve(f, reference);
    if (!resolved) continue;
    const { period, resolution, yearInferred } = resolved;
    // Optional fields are set one by one, not spread in: an object built from spreads takes half as much memory again, once per date.
    const data: { -readonly [K in keyof DateData]: DateData[K] } = {
      kind: 'date',
      from: period.from,
      to: period.to,
      granularity: period.granularity,
      resolution,
    };
    if (f.statedWeekday !== undefined) data.statedWeekday = f.statedWeekday;
    if (f.time !== undefined) data.time = f.time;
    if (f.dateline) data.dateline = f.dateline;
    if (yearInferred) data.yearInferred = true;
    mentions.push(mentionAt(source, 'date', f.start, f.end, dateKey(period), data));
  }
  return mentions;
}

/**
 * "từ ngày 10/4 đến ngày 12/4/2025": the first day of a range written without its year has the year of the day that
 * ends the range (the year before when its month comes later), not the one nearest the publication date.
 */
function rangeStartYear(text: string, f: Found, next: Found | undefined): Found {
  if (f.written.form !== 'day' || f.written.year !== undefined || next?.written.form !== 'day' || next.written.year === undefined) return f;
  if (!RANGE_BETWEEN.test(text.slice(f.end, next.start))) return f;
  const year = f.written.month > next.written.month ? next.written.year - 1 : next.written.year;
  return { ...f, written: { ...f.written, year } };
}

/** What stands between the two days of a range: "đến (ngày)", "tới", a dash. */
const RANGE_BETWEEN = /^\s*(?:đến|tới|[-–])\s*(?:ngày\s*)?$/u;

function dateKey(period: Period): string {
  return period.granularity === 'day' ? periodKey(period.from) : periodKey(period.from, period.to);
}

/**
 * The scan of each source, kept while the source lives: article.ts asks for
 * the publication date and then for the dates of the same source, and the
 * scan is a pure function of the text, so it is done once.
 */
const scans = new WeakMap<Source, readonly Found[]>();

export function scanDates(source: Source): readonly Found[] {
  let found = scans.get(source);
  if (!found) {
    found = scanText(source);
    scans.set(source, found);
  }
  return found;
}

/** Datelines first, then the in-text forms outside them, in text order. */
function scanText(source: Source): Found[] {
  const datelines = findDatelines(source);
  const found: Found[] = [...datelines];
  let next = 0;
  for (const m of triggeredMatches(source.norm, IN_TEXT_TRIGGER, IN_TEXT)) {
    const start = m.index;
    let end = start + m[0].length;
    while (next < datelines.length && datelines[next].end <= start) next++;
    if (next < datelines.length && datelines[next].start < end) continue;
    const g = m.groups ?? {};
    const written = writtenOf(g);
    if (!written) continue;
    if (g.weekdaySep === ' (' && source.norm[end] === ')') end++;
    // A lunar date is no day of the solar calendar: read as one, its weekday and its place in time would be wrong.
    if (lunarAfter(source.norm, end)) continue;
    const introduced = g.timeOfDay !== undefined || g.weekday !== undefined || g.dayWord !== undefined || RANGE_OPENING.test(source.norm.slice(Math.max(0, start - 20), start));
    // A day and month with neither year nor introducing word is more likely a ratio ("56/67 cấp ủy").
    if (written.form === 'day' && written.year === undefined && !introduced) continue;
    // "23 tháng 6" needs its "ngày" too, or it is a count of months.
    if (g.dayInWords !== undefined && !introduced) continue;
    found.push({
      start,
      end,
      written,
      introduced,
      ...(g.weekday !== undefined ? { statedWeekday: parseWeekday(g.weekday) } : {}),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

function writtenOf(g: Record<string, string | undefined>): Written | undefined {
  const year = (text: string | undefined) => (text === undefined ? undefined : Number(text));
  if (g.half !== undefined) return { form: 'half', half: g.halfPart === 'đầu' ? 1 : 2, year: year(g.halfYear) };
  if (g.quarter !== undefined) {
    const q = g.quarterNumber as string;
    const quarter = /\d/.test(q) ? Number(q) : (fromRoman(q) as number);
    return { form: 'quarter', quarter, year: year(g.quarterYear) };
  }
  if (g.monthForm !== undefined) return { form: 'month', month: Number(g.monthNumber), year: Number(g.monthYear ?? g.monthYearWords) };
  if (g.dayForm !== undefined) {
    const day = Number(g.day ?? g.dayInWords);
    const month = Number(g.month ?? g.monthInWords);
    return { form: 'day', day, month, year: year(g.year ?? g.yearInWords) };
  }
  const first = Number(g.firstYear);
  const last = g.lastYear === undefined ? first : Number(g.lastYear);
  return last >= first ? { form: 'years', first, last } : undefined;
}

/** Dateline lines near the top of the article, as found dates with their weekday and time. */
function findDatelines(source: Source): Found[] {
  const text = source.norm;
  const out: Found[] = [];
  let lineStart = 0;
  for (let line = 0; line < DATELINE_LINES && lineStart <= text.length; line++) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const raw = text.slice(lineStart, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const m = trimmed.length > 0 ? DATELINE.exec(trimmed) : null;
    const g = m?.groups;
    const date = g && validDate(Number(g.year), Number(g.month), Number(g.day));
    const loose = date ? undefined : (looseDateline(trimmed) ?? trailingStamp(trimmed) ?? wireDateline(trimmed));
    if (loose) {
      out.push({
        start: lineStart + lead + loose.start,
        end: lineStart + lead + loose.end,
        written: { form: 'day', ...loose.date },
        introduced: true,
        dateline: loose.updated ? 'updated' : 'published',
      });
    }
    if (g && date) {
      const weekday = g.weekday === undefined ? undefined : parseWeekday(g.weekday);
      const time = g.timeBefore ?? g.timeAfter;
      out.push({
        start: lineStart + lead,
        end: lineStart + lead + trimmed.length,
        written: { form: 'day', ...date },
        introduced: true,
        dateline: g.label !== undefined && UPDATE_LABEL.test(g.label) ? 'updated' : 'published',
        ...(weekday !== undefined ? { statedWeekday: weekday } : {}),
        ...(time !== undefined ? { time } : {}),
      });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return out;
}

/** The months as English pages (blogs, sites built on English templates) write them in a header's date. */
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ENGLISH_MONTH = `(?:${ENGLISH_MONTHS.join('|')})`;

/**
 * A full date in a header line: "15/12/2016", "6 tháng 10, 2014", "18 Tháng 9 2017", the ISO form of a time stamp
 * ("2020-10-16 16:18"), and an English template's "06 December 2011" or "December 6, 2011".
 */
const HEADER_DATE = new RegExp(
  [
    '(?<![\\d/.-])(?<day>\\d{1,2})(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>(?<year>\\d{4})(?![\\d/.-])',
    '(?<!\\d)(?<dayW>\\d{1,2}) [Tt]háng (?<monthW>\\d{1,2}),? (?:năm )?(?<yearW>\\d{4})(?!\\d)',
    '(?<![\\d/.-])(?<yearI>\\d{4})-(?<monthI>\\d{2})-(?<dayI>\\d{2})(?![\\d/.-])',
    `(?<![\\d\\p{L}])(?<dayE>\\d{1,2}) (?<monthE>${ENGLISH_MONTH}),? (?<yearE>\\d{4})(?!\\d)`,
    `(?<![\\p{L}])(?<monthE2>${ENGLISH_MONTH}) (?<dayE2>\\d{1,2}), (?<yearE2>\\d{4})(?!\\d)`,
  ].join('|'),
  'gu',
);

/** The date a match of HEADER_DATE writes, whichever of its forms it is. */
function headerDate(g: Record<string, string | undefined>): CalendarDate | undefined {
  const english = g.monthE ?? g.monthE2;
  const month = english !== undefined ? ENGLISH_MONTHS.indexOf(english) + 1 : Number(g.month ?? g.monthW ?? g.monthI);
  return validDate(Number(g.year ?? g.yearW ?? g.yearI ?? g.yearE ?? g.yearE2), month, Number(g.day ?? g.dayW ?? g.dayI ?? g.dayE ?? g.dayE2));
}
/** What else a header line around its date may hold: times, weekdays, labels, time zones and separators. */
const HEADER_NOISE = new RegExp(
  `${CLOCK_TIME}(?::\\d{2})?'?|\\b(?:AM|PM|GMT|UTC)\\b(?:\\s*[+-]\\s*\\d{1,2})?|${WEEKDAY}|\\b[Tt][2-7]\\b|[Nn]gày(?: đưa| đăng| cập nhật)?|[Cc]ập nhật(?: lúc)?|[Đđ]ăng(?: lúc)?|[Tt]hời gian|[Ii]n bài|[Nn]guồn:.*$|[Yy]êu cầu xóa tin`,
  'giu',
);
/** The date the page store puts before a page's text (HEADER_PREFIX in publication.ts). */
const PAGE_STORE_DATE = /^date \d{4}-\d{2}/u;
/** A header line longer than this, or with more words besides its date, is a sentence, not a dateline. */
const MAX_HEADER_LINE = 90;
/** A label that makes a line's date a day of a life ("Sinh ngày: 10 tháng 3 năm 1920" in an obituary's record), no dateline. */
const LIFE_LABEL = new RegExp(`(?:^|[^\\p{L}])${LIFE_EVENT}(?![\\p{L}])`, 'iu');
const MAX_HEADER_WORDS = 5;

/**
 * A header line that carries one full date among a few labels and times
 * ("Ngày đưa: 20/09/2019 01:44:30 PM In bài", "PV| 07/05/2017 19:29",
 * "Thời sự, Chính trị | 10:47:07 15/12/2016", "Thứ Hai, 6 tháng 10, 2014"):
 * the span of its date. A range ("12 – 19/1/2011", "12/01 đến 19/01/2011")
 * or a signed document's "Hà Nội, ngày …" is not a dateline.
 */
function looseDateline(line: string): { start: number; end: number; date: CalendarDate; updated: boolean } | undefined {
  // The page store's own "date 2025-10-02" is no dateline of the page: findPublication weighs it against the text.
  if (PAGE_STORE_DATE.test(line)) return undefined;
  if (line.length > MAX_HEADER_LINE || /, ngày \d/u.test(line) || /(?:^|\s)(?:đến|từ)\s/iu.test(line)) return undefined;
  const dates = [...line.matchAll(HEADER_DATE)];
  if (dates.length !== 1) return undefined;
  const [m] = dates;
  const start = m.index;
  if (/\d\s*[-–]\s*$|\d\/\d{1,2}\s*$/u.test(line.slice(0, start)) || LIFE_LABEL.test(line.slice(0, start))) return undefined;
  const date = headerDate(m.groups ?? {});
  if (!date) return undefined;
  const rest = `${line.slice(0, start)} ${line.slice(start + m[0].length)}`.replace(HEADER_NOISE, ' ');
  const words = rest.match(/\p{L}+/gu) ?? [];
  if (words.length > MAX_HEADER_WORDS) return undefined;
  return { start, end: start + m[0].length, date, updated: /cập nhật|updated/iu.test(line) };
}

/**
 * "Trung ương cho nghỉ hưu trước tuổi … 18/09/2025 05:49": a page's time stamp, a full date and a clock time, glued
 * to the end of its headline when the page was copied. The clock time tells it from a date the headline itself names.
 */
const TRAILING_STAMP = new RegExp(`\\s(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}),?\\s+${CLOCK_TIME}$`, 'u');

/**
 * "Hà Nội (TTXVN 21/06/2023) Giải Báo chí …": a news agency's dateline opening the first paragraph, the place of the
 * dispatch, then the agency's name and the date in brackets.
 */
const WIRE_DATELINE = /^\p{Lu}[\p{L}.]*(?: [\p{L}.]+){0,4} ?\((?:[A-ZĐ]{2,8}(?:\/[A-Z]{2,5})?) ?[,–-]? ?(?<day>\d{1,2})\/(?<month>\d{1,2})\/(?<year>\d{4})\)/u;

function wireDateline(line: string): { start: number; end: number; date: CalendarDate; updated: boolean } | undefined {
  const m = WIRE_DATELINE.exec(line);
  const g = m?.groups;
  const date = g && validDate(Number(g.year), Number(g.month), Number(g.day));
  if (!m || !date) return undefined;
  const start = m[0].lastIndexOf(g.day as string, m[0].length - (g.month as string).length - (g.year as string).length - 2);
  return { start, end: m[0].length - 1, date, updated: false };
}

function trailingStamp(line: string): { start: number; end: number; date: CalendarDate; updated: boolean } | undefined {
  const m = TRAILING_STAMP.exec(line);
  const date = m && validDate(Number(m[4]), Number(m[3]), Number(m[1]));
  return m && date ? { start: m.index + 1, end: line.length, date, updated: false } : undefined;
}

/** The period a written form names in a given year; undefined when no such date exists. */
function periodIn(written: Written, year: number): Period | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  switch (written.form) {
    case 'day': {
      const date = validDate(year, written.month, written.day);
      return date && { from: date, to: date, granularity: 'day' };
    }
    case 'month':
      return monthsIn(year, written.month, written.month, 'month');
    case 'quarter':
      return monthsIn(year, written.quarter * 3 - 2, written.quarter * 3, 'quarter');
    case 'half':
      return monthsIn(year, written.half * 6 - 5, written.half * 6, 'half');
    case 'years':
      if (written.last > MAX_YEAR) return undefined;
      return { from: { year, month: 1, day: 1 }, to: { year: written.last, month: 12, day: 31 }, granularity: 'year' };
  }
}

function monthsIn(year: number, first: number, last: number, granularity: Period['granularity']): Period | undefined {
  if (first < 1 || last > 12) return undefined;
  return { from: { year, month: first, day: 1 }, to: { year, month: last, day: daysInMonth(year, last) }, granularity };
}

export function writtenYear(written: Written): number | undefined {
  return written.form === 'years' ? written.first : written.year;
}

/** What the text gave, in words, for the hover. */
const PARTS: Record<Written['form'], string> = {
  day: 'day and month',
  month: 'month',
  quarter: 'quarter',
  half: 'half-year',
  years: 'year',
};

function resolve(
  found: Found,
  reference: { date: CalendarDate; how: string } | undefined,
): { period: Period; resolution: string; yearInferred: boolean } | undefined {
  const { written } = found;
  const year = writtenYear(written);
  if (year !== undefined) {
    const period = periodIn(written, year);
    if (!period) return undefined;
    const resolution = found.dateline
      ? `written in full in the dateline (${found.dateline === 'published' ? 'publication' : 'update'} time)`
      : written.form === 'day'
        ? 'day, month and year from the text'
        : written.form === 'years'
          ? `${written.first === written.last ? 'year' : 'years'} from the text`
          : `${PARTS[written.form]} and year from the text`;
    return { period, resolution, yearInferred: false };
  }
  if (!reference) return undefined;
  const period = nearestPeriod(written, reference.date);
  if (!period) return undefined;
  const resolution =
    `${PARTS[written.form]} from the text, year from the publication date ${toIso(reference.date)} (nearest year)` + reference.how;
  return { period, resolution, yearInferred: true };
}

/**
 * The reading of a yearless form nearest the publication date: the same
 * year, or the one before or after when that is closer (a "30-12" reported
 * on 4 January, a "quý IV" reviewed in January).
 */
function nearestPeriod(written: Written, date: CalendarDate): Period | undefined {
  let best: { period: Period; distance: number } | undefined;
  for (const year of [date.year, date.year - 1, date.year + 1]) {
    const period = periodIn(written, year);
    if (!period) continue;
    const distance =
      compareDates(date, period.from) < 0
        ? daysBetween(date, period.from)
        : compareDates(date, period.to) > 0
          ? daysBetween(period.to, date)
          : 0;
    if (!best || distance < best.distance) best = { period, distance };
  }
  return best?.period;
}
