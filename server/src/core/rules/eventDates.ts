import type { Article, CalendarDate, DateData, MentionOf, Span } from '../model';
import eventWords from '../../../../data/event-dates.json';
import { firstFrom } from './mentionSearch';
import { lowerBound } from '../lowerBound';
import { isSentenceEnd } from './chars';

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
const OPENING_REACH = 20;
const OPENING = new RegExp(`^[\\p{L}\\s(]{0,${OPENING_REACH}}$`, 'u');
/** How far into its sentence a word for today may stand ("Chiều tối nay, tại …"). */
const TODAY_REACH = 30;
const TODAY = new RegExp(`(?<![\\p{L}])(?:${eventWords.today.join('|')})(?![\\p{L}])`, 'iu');

/**
 * The sentence ends of each article (a full stop, exclamation or question
 * mark followed by a space, or a line break): the offset of each such
 * character, found in one pass over the text the first time a rule asks and
 * kept while the article lives, so that finding the sentence around each of
 * thousands of mentions costs a binary search, not a walk through a sentence
 * that may be the whole article (a long run of citations with no full stop
 * between them). They are kept as a typed array: every article of a folder
 * keeps its list once linted, and an object per sentence end cost 2 kB per
 * article (18 MiB on 10,000 generated articles).
 */
const sentenceEnds = new WeakMap<Article, Int32Array>();

function endsOf(article: Article): Int32Array {
  let ends = sentenceEnds.get(article);
  if (!ends) {
    const text = article.text;
    const found: number[] = [];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === LINE_FEED || endsSentence(text, i)) found.push(i);
    ends = Int32Array.from(found);
    sentenceEnds.set(article, ends);
  }
  return ends;
}

/** The sentence around an offset: from after the last full stop or line break before it to the next one. */
export function sentenceAt(article: Article, at: number): Span {
  const ends = endsOf(article);
  const next = lowerBound(ends.length, (i) => ends[i] < at);
  let last = next - 1;
  // A full stop counts when it lies wholly before `at`, its space included; a line break right before `at` does.
  if (last >= 0 && ends[last] + 1 === at && article.text.charCodeAt(ends[last]) !== LINE_FEED) last--;
  // The sentence starts after the full stop (at its space) or after the line break.
  return { start: last >= 0 ? ends[last] + 1 : 0, end: next < ends.length ? ends[next] : article.text.length };
}

/** A full stop, exclamation or question mark followed by a space at `i`. */
function endsSentence(text: string, i: number): boolean {
  // Code units, not one-character strings: this runs for every character of every article linted.
  return isSentenceEnd(text.charCodeAt(i)) && text.charCodeAt(i + 1) === SPACE;
}

const LINE_FEED = 0x0a;
const SPACE = 0x20;

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
  if (d && d.start < sentence.end && d.start - sentence.start <= OPENING_REACH && OPENING.test(article.text.slice(sentence.start, d.start))) {
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
