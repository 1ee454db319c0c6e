import type { CalendarDate } from '../model';
import { isValidDate, WEEKDAY_NAMES_VI } from '../calendar';

/**
 * The numeric date forms Vietnamese articles write: d-m-yyyy, d/m/yyyy,
 * d.m.yyyy, with one- or two-digit day and month. Shared by the date and
 * document-citation recognisers so both read dates the same way.
 */
export const FULL_NUMERIC_DATE = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/;

/**
 * A mark of the lunar calendar right after a date: "30/2 âm lịch", "29/2/2023
 * (âm lịch)", "10/3 ÂL", "ngày 15/1 năm Giáp Thìn" (a year of the sixty-year
 * cycle). Festivals and death anniversaries are dated so; such a date is no
 * day of the solar calendar, whose month lengths and weekdays it does not
 * follow. "(tức ngày 12/2/2024)" after a lunar date is solar, and no mark.
 */
const LUNAR_AFTER =
  /^[ \t]*[(,]?[ \t]*(?:tức |theo )?(?:âm lịch|Âm lịch|ÂM LỊCH|ÂL|âl|năm (?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý) (?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi))(?![\p{L}\p{M}])/u;

/** Whether the date ending at `end` of a normalised text is marked as a lunar date. */
export function lunarAfter(norm: string, end: number): boolean {
  return LUNAR_AFTER.test(norm.slice(end, end + 40));
}

/** A lunar month has 29 or 30 days; the months are numbered 1 to 12 (a leap month repeats one of them). */
export function isValidLunarDate(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 30;
}

/** Parses "30-5-2019" or "06/03/2017"; undefined when not a full, valid date. */
export function parseNumericDate(text: string): CalendarDate | undefined {
  const m = new RegExp(`^${FULL_NUMERIC_DATE.source}$`).exec(text.trim());
  if (!m) return undefined;
  return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** The date when it exists in the calendar, else undefined. */
export function validDate(year: number, month: number, day: number): CalendarDate | undefined {
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/**
 * A weekday as articles write it: "Thứ Năm", "thứ năm", "Thứ 5", "Chủ Nhật".
 * The first letter of each word may be either case; datelines may also use
 * the short forms "T5" and "CN" (matched with the `i` flag there).
 */
export const WEEKDAY = '(?:[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ [Nn]hật)';

/** A clock time: "18:22", "08:46:10", "9h30". */
export const CLOCK_TIME = '\\d{1,2}[:h]\\d{2}(?::\\d{2})?';

/** The weekdays' names in lower case, Sunday first, made once: lower-casing them for each weekday read cost more than reading it. */
const WEEKDAY_KEYS_VI = WEEKDAY_NAMES_VI.map((name) => name.toLocaleLowerCase('vi'));

/** 0 = Sunday … 6 = Saturday for a weekday as written, or undefined. */
export function parseWeekday(text: string): number | undefined {
  const key = text.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  const named = WEEKDAY_KEYS_VI.indexOf(key);
  if (named !== -1) return named;
  if (key === 'cn') return 0;
  // "Thứ 2" … "Thứ 7" and "T2" … "T7" count Monday as the second day.
  const numbered = /^(?:thứ |t)([2-7])$/u.exec(key);
  return numbered ? Number(numbered[1]) - 1 : undefined;
}

/** The words that make a date a day of a life, not of news: a birth ("sinh", "SN"), joining the Party or the army. */
export const LIFE_EVENT = '(?:sinh|SN|vào Đảng|kết nạp(?: vào)? Đảng|nhập ngũ)';
