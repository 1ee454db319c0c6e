import type { Article, CalendarDate, DateData, MentionOf, Span } from '../model';
import eventWords from '../../../../data/event-dates.json';

/**
 * The date of the event a sentence reports, shared by the rules that compare
 * it with other dates (decision-after-event, appointment-date). A sentence's
 * event date is known in two cases only, and every other sentence is left
 * alone: the sentence opens with a date to the day ("Sáng 5/3, …",
 * "Chiều tối qua (23/9), …"), or it tells today's event ("Sáng nay, …") in
 * an article whose publication day is known from its dateline or header.
 * Only a sentence's opening is read for either, so finding the event date
 * of a sentence costs the same however long the article is.
 */

export interface EventDate extends Span {
  readonly date: CalendarDate;
  /** True when the year was not written but taken from the publication date. */
  readonly yearInferred: boolean;
}

/** How far into its sentence an opening date may start: a time of day and "qua" or an opening parenthesis, not a clause. */
const OPENING = /^[\p{L}\s(]{0,20}$/u;
/** How far into its sentence a word for today may stand ("Chiều tối nay, tại …"). */
const TODAY_REACH = 30;
const TODAY = new RegExp(`(?<![\\p{L}])(?:${eventWords.today.join('|')})(?![\\p{L}])`, 'iu');

/** The sentence around an offset: from after the last full stop or line break before it to the next one. Reads only the sentence. */
export function sentenceAt(text: string, at: number): Span {
  // Walked one character at a time in both directions: searching for each mark in turn read the whole text
  // when a mark was absent, which made an article of thousands of dates in one paragraph quadratic.
  let start = at;
  // A full stop counts when it lies wholly before `at`; the sentence starts after it (at its space) or after the line break.
  while (start > 0 && text[start - 1] !== '\n' && !(start < at && endsSentence(text, start - 1))) start--;
  let end = at;
  while (end < text.length && text[end] !== '\n' && !endsSentence(text, end)) end++;
  return { start, end };
}

/** A full stop, exclamation or question mark followed by a space at `i`. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  return (c === '.' || c === '!' || c === '?') && text[i + 1] === ' ';
}

/** The index of the first mention starting at or after `at` (mentions sorted by start). */
export function firstFrom<T extends Span>(mentions: readonly T[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The day-precise dates of an article, in text order, without its dateline. */
export function eventDays(article: Article): MentionOf<DateData>[] {
  return article.mentions.filter(
    (m): m is MentionOf<DateData> => m.kind === 'date' && m.data.granularity === 'day' && m.data.dateline === undefined,
  );
}

/**
 * The event date of the sentence `sentence`, when it is known (see above).
 * `days` is `eventDays(article)`.
 */
export function sentenceEventDate(article: Article, days: readonly MentionOf<DateData>[], sentence: Span): EventDate | undefined {
  // Only the sentence's first date can open it: any later one has that date before it.
  const d = days[firstFrom(days, sentence.start)];
  if (d && d.start < sentence.end && OPENING.test(article.text.slice(sentence.start, d.start))) {
    return { start: d.start, end: d.end, date: d.data.from, yearInferred: d.data.yearInferred === true };
  }
  const pub = article.publication;
  // "Sáng nay, …" opens the sentence too: only its first words are read.
  const text = article.text.slice(sentence.start, Math.min(sentence.end, sentence.start + TODAY_REACH));
  const today = TODAY.exec(text);
  if (!today || !pub || pub.precision !== 'day' || pub.source === 'inferred') return undefined;
  const start = sentence.start + today.index;
  return { start, end: start + today[0].length, date: pub.date, yearInferred: false };
}
