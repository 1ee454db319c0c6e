import type { CalendarDate, Publication } from '../model';
import { compareDates, daysInMonth, toIso } from '../calendar';
import type { Source } from '../text/source';
import type { RecogniseContext } from './context';
import { CLOCK_TIME, LIFE_EVENT, validDate } from './dateSyntax';
import { CLAUSE_BREAKS, partBefore, SENTENCE_BREAKS } from '../text/clauses';
import { scanDates, writtenYear, type Found } from './dates';

/**
 * The article's publication date, from its own signals, in this order:
 * 1. a dateline in the header ("Thứ Năm, 04/08/2025 14:30", "Cập nhật: …",
 *    "Ngày đưa: …"), else the page store's prefix (" date 2025-10-02",
 *    " date 2025-08"), refined to a day by the lead's dateline in the same month;
 * 2. the lead's event date ("Sáng 17/1/2011", "Ngày 14/10", "hôm nay (4-10)",
 *    "tối qua (23/9)"), its year written with it, or written with the same
 *    day or month elsewhere, or the first year of the term a congress of the
 *    lead elects, or the year the text speaks of as the present; else the
 *    date of a decision the lead announces, in the same month;
 * 3. the date a report gives its figures as of ("Tính đến ngày 29-3-2024").
 * A month-only prefix whose month the lead contradicts ("date 2025-07" over "Chiều 29/6") is the
 * page store's later date, not the article's: the lead's event dates it, in the prefix's nearest year.
 * An event on the last day of a month is often reported the next day, in the next month: it dates the
 * article to its year only, and not at all on 31 December.
 * A text that is itself a document (its header first) is dated by its header's signing date;
 * a dateline years after the event its lead reports in full is a render date and is passed over.
 * A cited document's date (also one the lead gives in full as the day documents were issued), a birth date, a period ("giai đoạn 2020-2025",
 * "đến năm 2030") never dates the article. When nothing does, there is no
 * publication date, and rules that need one stay silent.
 */

/** The page store's prefix: " date 2025-10-02" or " date 2025-08" at the very start. */
const HEADER_PREFIX = /^\s*date (\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])/u;

/** The lead: where an article tells its news, after the title and byline. */
const LEAD_CHARS = 700;

/** How much of the lead's paragraph after its date is read for the term a congress elects. */
const LEAD_SENTENCE = 250;

/** "hôm nay (4-10)", "Sáng nay (23-1)", "Chiều tối qua (23/9)", "ngày hôm qua, 8/9", "sáng nay (04/7/2022)". */
const RELATIVE_DAY = /(?<![\p{L}])(?:[Nn]gày )?(?:[Hh]ôm|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)(?: tối)? (?<when>nay|qua),? \(?(?<day>\d{1,2})(?<sep>[-/.])(?<month>\d{1,2})(?:\k<sep>(?<year>\d{4}))?\)?(?![\d/.-])/u;

/** A date right after a document's number or code is the document's date ("Chỉ thị số 35 ngày 30/5/2019"). */
const DOCUMENT_BEFORE = /(?:số\s*:?\s*\d+[^\n;.]{0,30}|[A-ZĐ][A-Za-zĐđ]{0,5}\s*\/\s*[A-ZĐƯ.]{2,10}\d{0,2}|\d+\/[A-ZĐ][A-Za-zĐđ]{0,5}-[A-Za-zĐđ0-9-]+),?\s*$/u;
/** "Hà Nội, ngày 07 tháng 11 năm 2006" alone at the start of a line: where and when a quoted document was signed. */
const SIGNED_AT = /^\s*\p{Lu}[\p{L} .]{1,30},\s*$/u;
/**
 * "Ngày 28/12/2012, Bộ Chính trị đã ban hành các quyết định …": a date written in full whose clause
 * issues documents is those documents' date; the article reports them on that day or later.
 */
const ISSUING_AFTER = /^,?\s[^,.;\n]{0,60}?(?:đã |vừa )?ban hành(?![\p{L}])/u;
/** A day of a life, not of news: a birth ("sinh ngày", "SN 1961", "sinh năm 1959"), joining the Party or the army ("vào Đảng ngày 19/6/1949"). */
const BIRTH_BEFORE = new RegExp(`${LIFE_EVENT}(?: ngày| năm)?\\s*$`, 'iu');
/** A photo's caption, which dates the photo: its line holds the credit "(Ảnh: …)". */
const CAPTION_LINE = /\(\s*Ảnh\s*:/u;
/** "… sẽ được tổ chức … trong 2 ngày 26 - 27.9": a day the clause plans ("sẽ"), after the news. */
const PLANNED_BEFORE = /(?:^|[^\p{L}])sẽ [^.;:\n]*$/u;
/** A year that is a period's bound or a target, not the present ("đến năm 2030", "giai đoạn", "nhiệm kỳ", "trước năm 2015"). */
const NOT_PRESENT_YEAR_BEFORE = /(?:sinh|SN|từ|đến|tới|trước|sau|giai đoạn|nhiệm kỳ|vào|cuối|đầu)\s*$/iu;
/** A year that names an award's edition ("giải Búa liềm vàng lần thứ hai - năm 2017"), awarded the year after. */
const EDITION_YEAR_BEFORE = /lần thứ\s+[\p{L}\d]+\s*[-–]\s*$/iu;
/** A body's first plenum or first session of a term ("kỳ họp thứ nhất", "họp kỳ thứ nhất"): held in the term's first year. */
const FIRST_MEETING = /[Hh]ội nghị[^.\n]{0,60}lần thứ nhất|[Kk]ỳ họp thứ nhất|[Hh]ọp kỳ thứ nhất/u;
/** A congress or first meeting that elects its term: the term's first year is the year of the event. */
const ELECTING_EVENT = new RegExp(`[Đđ]ại hội|${FIRST_MEETING.source}`, 'u');
/** "nhiệm kỳ 2016-2021": the years of a term, in the matching text. */
export const TERM_YEARS = /nhiệm kỳ (\d{4})\s?[-–]\s?(\d{4})/u;

interface Lead {
  readonly day: number;
  readonly month: number;
  readonly year?: number;
  /** "qua": the event was the day before publication. */
  readonly dayBefore: boolean;
  /** "hôm nay (4-10)", "tối qua (23/9)": the text ties the event to the publication day. */
  readonly relative: boolean;
  readonly start: number;
  readonly end: number;
}

export function findPublication(ctx: RecogniseContext): Publication | undefined {
  const { source } = ctx;
  const found = scanDates(source);
  const published = found.find((d) => d.dateline === 'published');
  const updated = found.find((d) => d.dateline === 'updated');
  const main = published ?? updated;
  const norm = source.norm;
  const prefix = HEADER_PREFIX.exec(norm);
  const lead = leadEvent(source, found, prefix ? prefix[0].length : 0);
  // A page's dateline years after the event its lead reports in full is the date the page was rendered, not written.
  const rendered = main !== undefined && lead?.year !== undefined && dayOf(main).year - lead.year > 1;
  if (main && !rendered) {
    const publication: { -readonly [K in keyof Publication]: Publication[K] } = {
      date: dayOf(main),
      source: 'dateline',
      precision: 'day',
      evidence: `dateline ${quote(source, main.start, main.end)}`,
      span: { start: source.toOriginal(main.start), end: source.toOriginal(main.end) },
    };
    // With only an update time, that time is the publication date and there is no separate update.
    if (published && updated) publication.updated = dayOf(updated);
    return publication;
  }
  const signed = ownHeader(source);
  if (signed) return signed;
  if (prefix) {
    const [written, y, m, d] = prefix;
    const year = Number(y);
    const month = Number(m);
    const evidence = `header prefix «${written.trim()}»`;
    // The prefix is the page store's date; a lead that names another year in full is the article's own word.
    if (!(lead?.year !== undefined && lead.year !== year)) {
      if (d !== undefined) {
        const date = validDate(year, month, Number(d));
        if (date) return { date, source: 'header', precision: 'day', evidence };
      } else if (lead && lead.month === month) {
        const date = eventDay(year, lead);
        if (date) return { date, source: 'header', precision: 'day', evidence: `${evidence} and the lead's ${quote(source, lead.start, lead.end)}` };
      } else if (lead && month >= 1 && month <= 12) {
        // The lead names another month: the text contradicts the prefix, so the lead's event dates the article.
        const date = eventDay(nearestYear(year, month, lead.month), lead);
        if (date) return fromLead(source, lead, date, `, year from ${evidence}, whose month the lead contradicts`);
      } else if (month >= 1 && month <= 12) {
        return { date: { year, month, day: 1 }, source: 'header', precision: 'month', evidence };
      }
    }
  }
  if (lead) {
    const dated = leadYear(source, found, lead);
    const date = dated && eventDay(dated.year, lead);
    const publication = dated && date && fromLead(source, lead, date, dated.how);
    if (publication) return publication;
  }
  const asOf = asOfDate(source, found);
  if (asOf) return { date: asOf.date, source: 'inferred', precision: 'day', evidence: `${quote(source, asOf.found.start, asOf.found.end)}, the date the text reports as of` };
  return firstMeetingYear(source, prefix ? prefix[0].length : 0);
}

/** How much of the article's start is read as its headline and lead for a first meeting (recognise/firstSession.ts too). */
export const HEADLINE_AND_LEAD = 1500;

/**
 * An undated article whose headline and lead report a body's first plenum or first session of a
 * term whose years they write ("Chân dung Bí thư … nhiệm kỳ 2022 - 2027" over "… bầu lại tại Hội
 * nghị lần thứ nhất …"): such meetings open the term, in its first year, which dates the article to
 * that year. A congress does not count: articles name past congresses far more often than first
 * meetings, and name them in their leads too.
 */
function firstMeetingYear(source: Source, from: number): Publication | undefined {
  const paragraphs = source.norm.slice(from, from + HEADLINE_AND_LEAD).split('\n').filter((p) => p.trim() !== '');
  const start = paragraphs.slice(0, 2).join('\n');
  const meeting = FIRST_MEETING.exec(start);
  const term = meeting && TERM_YEARS.exec(start);
  if (!meeting || !term) return undefined;
  return {
    date: { year: Number(term[1]), month: 1, day: 1 },
    source: 'inferred',
    precision: 'year',
    evidence: `the first meeting of a term its headline and lead report («${meeting[0]}», «${term[0]}»), held in the term's first year`,
  };
}

/** An all-capitals first line ("BAN CHẤP HÀNH TRUNG ƯƠNG"): the text is a document with its own header. */
const DOCUMENT_HEADER = /^\s*[\p{Lu}\s.,-]{6,}$/u;
/** "ngày 24 tháng 9 năm 2018", possibly broken across lines, in a document's header. */
const SIGNED_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
/** How far into a document its header gives the signing date. */
const HEADER_CHARS = 400;

/** A document published as it was signed: its header's "Hà Nội, ngày …" is its date. */
function ownHeader(source: Source): Publication | undefined {
  const norm = source.norm;
  const firstLine = norm.trimStart().split('\n', 1)[0];
  if (!DOCUMENT_HEADER.test(firstLine) || !/\p{Lu}{2}/u.test(firstLine)) return undefined;
  const m = SIGNED_DATE.exec(norm.slice(0, HEADER_CHARS));
  const date = m ? validDate(Number(m[3]), Number(m[2]), Number(m[1])) : undefined;
  return date && { date, source: 'inferred', precision: 'day', evidence: `the document's own header «${m?.[0].replace(/\s+/gu, ' ')}»` };
}

/** "Tính đến ngày 29-3-2024": a report's figures as of a day, its present. */
const AS_OF_BEFORE = /(?:[Tt]ính (?:đến|tới)(?: hết)?|[Đđ]ến hết)\s*$/u;
/** "Đại hội sẽ làm việc đến hết ngày 25/9": a day the clause puts ahead, a schedule's end, not the present. */
const SCHEDULED_BEFORE = /(?:^|[\s(])(?:sẽ|dự kiến|kéo dài|diễn ra|làm việc)(?=\s)[^.;!?\n]*$/iu;

/** The latest date the text reports its figures as of. */
function asOfDate(source: Source, found: readonly Found[]): { date: CalendarDate; found: Found } | undefined {
  let latest: { date: CalendarDate; found: Found } | undefined;
  for (const f of found) {
    if (f.written.form !== 'day' || f.written.year === undefined || !AS_OF_BEFORE.test(source.norm.slice(Math.max(0, f.start - 20), f.start))) continue;
    if (SCHEDULED_BEFORE.test(source.norm.slice(Math.max(0, f.start - 80), f.start))) continue;
    const date = validDate(f.written.year, f.written.month, f.written.day);
    if (date && (!latest || compareDates(date, latest.date) > 0)) latest = { date, found: f };
  }
  return latest;
}

function dayOf(found: Found): CalendarDate {
  const w = found.written as { day: number; month: number; year: number };
  return { year: w.year, month: w.month, day: w.day };
}

function quote(source: Source, start: number, end: number): string {
  return `«${source.norm.slice(start, end)}»`;
}

/** The publication day of a lead event in a year: the event's day, or the day after it for "hôm qua". */
function eventDay(year: number, lead: Lead): CalendarDate | undefined {
  const date = validDate(year, lead.month, lead.day);
  if (!date || !lead.dayBefore) return date;
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/**
 * The publication dated by the lead's event. A news report of a day's event appears that day or the
 * next, so an event on the last day of a month (unless the text ties it to the publication day) gives
 * the year only, and on 31 December nothing.
 */
function fromLead(source: Source, lead: Lead, date: CalendarDate, how: string): Publication | undefined {
  const evidence = `the lead's ${quote(source, lead.start, lead.end)}${how}`;
  if (lead.relative || date.day < daysInMonth(date.year, date.month)) return { date, source: 'inferred', precision: 'day', evidence };
  if (date.month === 12) return undefined;
  return { date, source: 'inferred', precision: 'year', evidence: `${evidence}; an event on a month's last day may be reported in the next month` };
}

/**
 * The year of a lead's month against the page store's prefix: the year before when that puts it nearer ("Ngày 28/12"
 * under a prefix of January is the December before), else the prefix's year. Never the year after: the store keeps
 * a page when it is published or later, so "Ngày 10/5" under a prefix of December is the May before it.
 */
function nearestYear(year: number, month: number, otherMonth: number): number {
  return otherMonth - month > 6 ? year - 1 : year;
}

/** True when a date found in the text is a document's date or a birth date, which never date the article. */
function notAnEvent(source: Source, f: Found): boolean {
  const before = source.norm.slice(Math.max(0, f.start - 50), f.start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const issuing = writtenYear(f.written) !== undefined && ISSUING_AFTER.test(source.norm.slice(f.end, f.end + 80));
  const clause = partBefore(source.norm, f.start, CLAUSE_REACH, CLAUSE_BREAKS);
  return (
    documentDate(source, f) ||
    issuing ||
    BIRTH_BEFORE.test(before) ||
    SIGNED_AT.test(line) ||
    EARLIER_BEFORE.test(before) ||
    EARLIER_SENTENCE.test(partBefore(source.norm, f.start, SENTENCE_REACH, SENTENCE_BREAKS)) ||
    PLANNED_BEFORE.test(clause) ||
    EFFECTIVE_FROM.test(clause) ||
    CAPTION_LINE.test(lineAround(source.norm, f.start))
  );
}

/**
 * "… chính thức đi vào hoạt động từ ngày 1.7.2025", "… nghỉ hưu theo chế độ từ ngày 1/9/2018": the day new bodies start
 * to work, or someone retires, announced before it, is not the news' day. (A decision "có hiệu lực từ ngày …" mostly
 * takes effect the day it is announced, and is left as a lead.)
 */
const EFFECTIVE_FROM = /(?:đi vào hoạt động|bắt đầu hoạt động|nghỉ hưu)[^.;:\n]*từ\s*(?:ngày\s*)?$/u;

/** How far back the sentence before a date is read (for "Trước đó, …"), and its clause (for "sẽ …"). */
const SENTENCE_REACH = 240;
const CLAUSE_REACH = 120;

/** The line holding offset `at`, at most 300 characters each side. */
function lineAround(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 300), at);
  const after = text.slice(at, at + 300);
  const end = after.indexOf('\n');
  return before.slice(before.lastIndexOf('\n') + 1) + (end === -1 ? after : after.slice(0, end));
}

/** "Như … đã đưa tin, trước đó, ngày 2-11-2018 …": a day the text puts before the news it reports. */
const EARLIER_BEFORE = /(?:[Tt]rước đó|đã (?:đưa|đăng) tin),?\s*(?:vào\s+)?$/u;
/** "Trước đó, vào cuối năm 2017, … được bổ nhiệm … từ ngày 1/11/2017": a sentence the text opens as told before the news. */
const EARLIER_SENTENCE = /^\s*(?:Trước đó|Trước đây)(?![\p{L}])/u;

/** True when a date is written right after a document's number or code. */
function documentDate(source: Source, f: Found): boolean {
  return DOCUMENT_BEFORE.test(source.norm.slice(Math.max(0, f.start - 50), f.start));
}

/**
 * "13:04 21/02" or "21/02/2021 13:04" alone on a line under the headline: a page's time stamp that leaves out the
 * year (a dateline with its year is found with the dates), which the text gives.
 */
const YEARLESS_STAMP = new RegExp(`^[ \\t]*(?:${CLOCK_TIME}[ \\t]+(\\d{1,2})[/.-](\\d{1,2})|(\\d{1,2})[/.-](\\d{1,2})[ \\t]+${CLOCK_TIME})[ \\t]*$`, 'mu');
/** How far from the top a time stamp is looked for: a headline and a line or two. */
const STAMP_CHARS = 400;

/** The first event date of the lead: a day and month introduced by "Sáng", "Ngày"…, or "hôm nay (4-10)"; or a time stamp without its year above it. */
function leadEvent(source: Source, found: readonly Found[], from: number): Lead | undefined {
  const stamp = YEARLESS_STAMP.exec(source.norm.slice(from, from + STAMP_CHARS));
  if (stamp) {
    const start = from + stamp.index;
    return { day: Number(stamp[1] ?? stamp[3]), month: Number(stamp[2] ?? stamp[4]), dayBefore: false, relative: true, start, end: start + stamp[0].length };
  }
  const limit = from + LEAD_CHARS;
  const first = found.find((f) => f.start >= from && f.start < limit && f.written.form === 'day' && f.introduced && !f.dateline && !notAnEvent(source, f));
  const relative = RELATIVE_DAY.exec(source.norm.slice(from, limit));
  const relativeStart = relative ? from + relative.index : Infinity;
  if (relative?.groups && relativeStart < (first?.start ?? Infinity)) {
    return {
      day: Number(relative.groups.day),
      month: Number(relative.groups.month),
      ...(relative.groups.year !== undefined ? { year: Number(relative.groups.year) } : {}),
      dayBefore: relative.groups.when === 'qua',
      relative: true,
      start: relativeStart,
      end: relativeStart + relative[0].length,
    };
  }
  if (!first || first.written.form !== 'day') return undefined;
  return { day: first.written.day, month: first.written.month, year: first.written.year, dayBefore: false, relative: false, start: first.start, end: first.end };
}

/** The year of the lead's event, and how it was found (in words, after the lead's quote). */
function leadYear(source: Source, found: readonly Found[], lead: Lead): { year: number; how: string } | undefined {
  if (lead.year !== undefined) return { year: lead.year, how: '' };
  const events = found.filter((f) => f.written.form === 'day' && f.written.year !== undefined && !notAnEvent(source, f) && !termEnd(source, found, f));
  for (const sameMonth of [false, true]) {
    let best: Found | undefined;
    for (const f of events) {
      if (f.written.form !== 'day' || f.written.month !== lead.month || (!sameMonth && f.written.day !== lead.day)) continue;
      if (!best || (f.written.year as number) > (writtenYear(best.written) as number)) best = f;
    }
    if (best) return { year: writtenYear(best.written) as number, how: `, year from ${quote(source, best.start, best.end)}` };
  }
  // The rest of the lead's paragraph, bounded: a full stop is no sentence end in "TP. Cần Thơ".
  const paragraph = source.norm.slice(lead.end, lead.end + LEAD_SENTENCE);
  const sentence = paragraph.slice(0, paragraph.indexOf('\n') === -1 ? undefined : paragraph.indexOf('\n'));
  // A year that would put the lead's day before an event the text tells as past is not the news' year.
  const past = latestPastDate(source, found);
  const beforePast = (year: number) => past !== undefined && compareDates({ year, month: lead.month, day: lead.day }, past) < 0;
  const term = TERM_YEARS.exec(sentence);
  if (term && ELECTING_EVENT.test(sentence) && !beforePast(Number(term[1]))) return { year: Number(term[1]), how: `, in the first year of the term it elects («${term[0]}»)` };
  const named = presentYear(source, found, lead.month);
  // The news comes after the documents it cites: a present year that would put the lead's day before a cited
  // decision's ("kỳ thi … năm 2018" beside "Quyết định … ngày 7/6/2019 … có hiệu lực từ ngày 21/8") is an earlier year's.
  const cited = latestDocumentDate(source, found);
  if (named !== undefined && cited && compareDates({ year: named, month: lead.month, day: lead.day }, cited.date) < 0) {
    const year = compareDates({ year: cited.date.year, month: lead.month, day: lead.day }, cited.date) >= 0 ? cited.date.year : cited.date.year + 1;
    return { year, how: `, the first ${lead.day}/${lead.month} after the decision of ${quote(source, cited.found.start, cited.found.end)}` };
  }
  // So it does after what it says has lasted "đến nay" (until now): a present year before such a start ("Năm 2013, ông
  // được bổ nhiệm …; từ tháng 9/2018 đến nay, ông giữ cương vị …") is a year of the past. How long the start was
  // before the news the text does not say, so it gives no year.
  const present = named !== undefined && beforePast(named) ? undefined : named;
  const since = lastingUntilNow(source, found);
  const pastPresent = present !== undefined && since !== undefined && compareDates({ year: present, month: lead.month, day: lead.day }, since) < 0;
  if (present !== undefined && !pastPresent) return { year: present, how: `, in ${present}, the year the text speaks of as the present` };
  // A decision dated earlier in the same month is the one the lead's event announces ("Ngày 15-6 … Quyết định … ngày 4/6/2012").
  const decision = found.find(
    (f) => f.written.form === 'day' && f.written.year !== undefined && f.written.month === lead.month && f.written.day <= lead.day && documentDate(source, f),
  );
  return decision ? { year: writtenYear(decision.written) as number, how: `, year from the decision of ${quote(source, decision.start, decision.end)}` } : undefined;
}

/**
 * The latest day or month with its year that the text says has lasted until now ("từ tháng 1/2020 … cho đến nay",
 * "ngày 5/3/2019 đến nay"): the news is written after it.
 */
function lastingUntilNow(source: Source, found: readonly Found[]): CalendarDate | undefined {
  return latestDayOrMonth(found, (f) => {
    const after = source.norm.slice(f.end, f.end + UNTIL_NOW_REACH);
    return UNTIL_NOW.test(after.slice(0, after.search(/[.;\n]|$/u)));
  });
}

/**
 * The latest day or month with its year that the text tells as past, the news being written after it: not one it
 * plans ("sẽ …") or sets as a bound or deadline ("đến ngày 31/12/2025", "trước tháng 6/2021").
 */
function latestPastDate(source: Source, found: readonly Found[]): CalendarDate | undefined {
  return latestDayOrMonth(found, (f) => {
    const clause = partBefore(source.norm, f.start, CLAUSE_REACH, CLAUSE_BREAKS);
    const before = source.norm.slice(Math.max(0, f.start - 25), f.start);
    // "đã chính thức nghỉ hưu từ ngày 1/6/2014": a start the clause tells as done is past, though "từ" opens a period.
    const startDone = SINCE_BEFORE.test(before) && DONE_BEFORE.test(clause.slice(clause.lastIndexOf(',') + 1));
    return (!BOUND_BEFORE.test(before) || startDone) && !EXPECTED_BEFORE.test(clause);
  });
}

/** The latest of the days and months written with their year that `kept` keeps; a month counts from its first day. */
function latestDayOrMonth(found: readonly Found[], kept: (f: Found) => boolean): CalendarDate | undefined {
  let last: CalendarDate | undefined;
  for (const f of found) {
    const { written } = f;
    if ((written.form !== 'day' && written.form !== 'month') || written.year === undefined || !kept(f)) continue;
    const date = validDate(written.year, written.month, written.form === 'day' ? written.day : 1);
    if (date && (!last || compareDates(date, last) > 0)) last = date;
  }
  return last;
}

/**
 * Whether a date ends a term that began years before it ("Thời hạn giữ chức vụ là 5 năm, kể từ ngày 1/9/2024 đến ngày
 * 31/8/2029"): such an end lies ahead of the news and gives it no year. A meeting's days ("từ ngày 14 đến ngày
 * 23/3/2011", "từ 30/12/2024 đến 4/1/2025") are the news' own.
 */
function termEnd(source: Source, found: readonly Found[], f: Found): boolean {
  if (!UNTIL_BEFORE.test(source.norm.slice(Math.max(0, f.start - 12), f.start))) return false;
  const end = writtenYear(f.written) as number;
  return found.some((start) => start.end <= f.start && f.start - start.end <= TERM_REACH && writtenYear(start.written) !== undefined && (writtenYear(start.written) as number) <= end - 2);
}

/** The end of a period, written after "đến" or "tới" ("đến ngày 3/9/2029"), and how far before it its start is looked for. */
const UNTIL_BEFORE = /(?:đến|tới)\s*(?:ngày\s*)?$/u;
const TERM_REACH = 40;
/** A date that bounds a period or sets a deadline, written after these words ("đến ngày", "trước tháng", "từ"). */
const BOUND_BEFORE = /(?:từ|đến|tới|trước|hết|hạn|sau)\s*(?:ngày|tháng)?\s*$/iu;
/** The start of a period, written after "từ" ("từ ngày 1/6/2014"). */
const SINCE_BEFORE = /(?:^|[^\p{L}])từ\s*(?:ngày|tháng)?\s*$/iu;
/** A clause that tells what it dates as done ("đã …"). */
const DONE_BEFORE = /(?:^|[^\p{L}])đã [^.;:\n]*$/u;
/** A clause that plans or expects what it dates ("sẽ …", "dự kiến cuối tháng 7-2024", "theo kế hoạch, …"). */
const EXPECTED_BEFORE = /(?:^|[^\p{L}])(?:sẽ|dự kiến|kế hoạch) [^.;:\n]*$/u;

/** "(cho) đến nay", "tới nay", "đến bây giờ": a period still running when the text was written. */
const UNTIL_NOW = /(?:^|[^\p{L}])(?:đến|tới) (?:nay|bây giờ|hiện nay)(?![\p{L}])/u;
/** How far after a date its "đến nay" may stand, in the same clause. */
const UNTIL_NOW_REACH = 100;

/** The latest date written in full right after a cited document's number or code, if any. */
function latestDocumentDate(source: Source, found: readonly Found[]): { date: CalendarDate; found: Found } | undefined {
  let latest: { date: CalendarDate; found: Found } | undefined;
  for (const f of found) {
    if (f.written.form !== 'day' || f.written.year === undefined || !documentDate(source, f)) continue;
    const date = validDate(f.written.year, f.written.month, f.written.day);
    if (date && (!latest || compareDates(date, latest.date) > 0)) latest = { date, found: f };
  }
  return latest;
}

/** The last month of the year-end reviews held after the year they review. */
const LAST_MONTH_OF_REVIEWS = 2;

/**
 * The year the text names most often on its own ("nhiệm vụ năm 2022"), leaving out births, targets and
 * period bounds. On a tie the lead's month decides: a year's review names the plans of the next as often
 * ("năm 2012 ... năm 2013"), and reviews are held from December to January, so a lead in January or
 * February reports in the later year, one in any other month in the earlier.
 */
function presentYear(source: Source, found: readonly Found[], leadMonth: number): number | undefined {
  const counts = new Map<number, number>();
  for (const f of found) {
    if (f.written.form !== 'years' || f.written.first !== f.written.last) continue;
    const before = source.norm.slice(Math.max(0, f.start - 25), f.start);
    // A year of a life ("vào Đảng năm 1972", "sinh năm 1959") is no more the present than a period's bound.
    if (NOT_PRESENT_YEAR_BEFORE.test(before) || EDITION_YEAR_BEFORE.test(before) || BIRTH_BEFORE.test(before)) continue;
    // "Trước đó, năm 2018, tỉnh đã sáp nhập …": a year the text tells as before the news is not its present.
    if (EARLIER_SENTENCE.test(partBefore(source.norm, f.start, SENTENCE_REACH, SENTENCE_BREAKS))) continue;
    counts.set(f.written.first, (counts.get(f.written.first) ?? 0) + 1);
  }
  const later = leadMonth <= LAST_MONTH_OF_REVIEWS;
  let best: number | undefined;
  for (const [year, count] of counts) {
    if (best === undefined || count > (counts.get(best) as number) || (count === counts.get(best) && (later ? year > best : year < best))) best = year;
  }
  return best;
}

/** The publication date as the export writes it: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is known. */
export function publicationText(publication: Publication): string {
  const iso = toIso(publication.date);
  return publication.precision === 'day' ? iso : publication.precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}
