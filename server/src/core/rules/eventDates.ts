import type { Article, CalendarDate, DateData, MentionOf, Span } from '../model';
import eventWords from '../../../../data/event-dates.json';

/**
 * The date of the event a sentence reports, shared by the rules that compare
 * it with other dates (decision-after-event, appointment-date). A sentence's
 * event date is known in two cases only, and every other sentence is left
 * alone: the sentence opens with a date to the day ("Sáng 5/3, …",
 * "Chiều tối qua (23/9), …"), or it tells today's event ("Sáng nay, …") in
 * an article whose publication day is known from its dateline or header.
 */

export interface EventDate extends Span {
  readonly date: CalendarDate;
  /** True when the year was not written but taken from the publication date. */
  readonly yearInferred: boolean;
}

/** How far into its sentence an opening date may start: a time of day and "qua" or an opening parenthesis, not a clause. */
const OPENING = /^[\p{L}\s(]{0,20}$/u;
const TODAY = new RegExp(`(?<![\\p{L}])(?:${eventWords.today.join('|')})(?![\\p{L}])`, 'iu');

/** The sentence around an offset: from after the last full stop or line break before it to the next one. */
export function sentenceAt(text: string, at: number): Span {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1;
  const line = before.lastIndexOf('\n') + 1;
  const from = Math.max(start, line);
  let end = text.length;
  for (const mark of ['. ', '! ', '? ', '\n']) {
    const next = text.indexOf(mark, at);
    if (next !== -1 && next < end) end = next;
  }
  return { start: from, end };
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
  for (const d of days) {
    if (d.start < sentence.start) continue;
    if (d.start >= sentence.end) break;
    if (!OPENING.test(article.text.slice(sentence.start, d.start))) break;
    return { start: d.start, end: d.end, date: d.data.from, yearInferred: d.data.yearInferred === true };
  }
  const pub = article.publication;
  const text = article.text.slice(sentence.start, sentence.end);
  const today = TODAY.exec(text);
  if (!today || !pub || pub.precision !== 'day' || pub.source === 'inferred') return undefined;
  const start = sentence.start + today.index;
  return { start, end: start + today[0].length, date: pub.date, yearInferred: false };
}
