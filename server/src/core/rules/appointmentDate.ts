import type { Article, DateData, MentionOf, Span } from '../model';
import { daysBetween, fromIso, toIso } from '../calendar';
import { matchKey } from '../text/source';
import type { Contribution } from '../folderIndex/aggregates';
import type { Problem, Related, Rule } from './rule';
import { eventDays, sentenceAt, sentenceEventDate, type EventDate } from './eventDates';
import { firstFrom } from './mentionSearch';

/**
 * appointment-date: the same person appointed or elected to the same post
 * (a title the text marks "được bầu / bổ nhiệm / điều động … giữ chức") on
 * dates in different months in two articles of the folder. The appointment's
 * date is the event date of its sentence (eventDates.ts), or its first date
 * to the day, or, when the sentence has no date at all, the event date of
 * the sentence of the last date before it (the event the article reports:
 * "Sáng 24-8, Đại hội … . … được bầu giữ chức Bí thư …"). An appointment
 * without such a date is not compared.
 *
 * Two dates of one appointment may honestly differ: a decision and the
 * ceremony that hands it over a few days later, so dates fewer than
 * MIN_DAYS apart are not reported; and the same post is given again at the
 * next term, months or years later, so dates more than MAX_DAYS apart are
 * two appointments. No fix: the rule cannot tell which article is right.
 */

const MIN_DAYS = 20;
const MAX_DAYS = 120;

export const appointmentDate: Rule = {
  id: 'appointment-date',
  defaultSeverity: 'warning',
  contribute(article: Article): Contribution[] {
    const out: Contribution[] = [];
    const dates = article.mentions.filter((m): m is MentionOf<DateData> => m.kind === 'date' && m.data.dateline === undefined);
    const days = eventDays(article);
    let sentenceEnd = -1;
    let day: EventDate | undefined;
    for (const m of article.mentions) {
      if (m.kind !== 'person') continue;
      for (const t of m.data.titles) {
        if (!t.modifiers.includes('appointed')) continue;
        const sentence = sentenceAt(article, t.start);
        if (sentence.end !== sentenceEnd) {
          const next = firstFrom(dates, sentence.start);
          day = appointmentDay(article, days, sentence, dates[next - 1], dates[next]);
          sentenceEnd = sentence.end;
        }
        if (day) out.push({ group: `${m.key}\u0000${matchKey(t.canonical)}`, variant: toIso(day.date), start: t.start, end: t.end });
      }
    }
    return out;
  },
  check({ article, tally, own, messages }) {
    const problems: Problem[] = [];
    let names: ReadonlyMap<string, string> | undefined;
    for (const c of own) {
      const here = fromIso(c.variant);
      const related: Related[] = [];
      const others: string[] = [];
      for (const v of tally.variants(c.group).keys()) {
        const there = fromIso(v);
        const apart = Math.abs(daysBetween(here, there));
        if (there.month === here.month || apart < MIN_DAYS || apart > MAX_DAYS) continue;
        const at = tally.example(c.group, v, article.uri);
        if (!at || at.uri === article.uri) continue;
        others.push(v);
        related.push({ ...at, message: messages.appointmentDate.sameAppointment(v) });
      }
      if (others.length === 0) continue;
      const [person, post] = [c.group.slice(0, c.group.indexOf('\u0000')), article.text.slice(c.start, c.end)];
      problems.push({
        start: c.start,
        end: c.end,
        message: messages.appointmentDate.differs((names ??= namesByTitle(article)).get(`${person}\u0000${c.start}`) ?? person, post, c.variant, others.join(', ')),
        related,
      });
    }
    return problems;
  },
};

/**
 * The date of the appointments told in `sentence`: the sentence's event date;
 * else its first date to the day, when it has dates of its own (a month
 * alone is too coarse to compare); else, when it has none, the event date of
 * the sentence of the last date before it, so that a date from a paragraph
 * about another time is never carried over.
 */
function appointmentDay(
  article: Article,
  days: readonly MentionOf<DateData>[],
  sentence: Span,
  previous: MentionOf<DateData> | undefined,
  first: MentionOf<DateData> | undefined,
): EventDate | undefined {
  const own = sentenceEventDate(article, days, sentence);
  if (own) return own;
  if (first && first.start < sentence.end) {
    const day = days[firstFrom(days, sentence.start)];
    if (!day || day.start >= sentence.end) return undefined;
    return { start: day.start, end: day.end, date: day.data.from, yearInferred: day.data.yearInferred === true };
  }
  return previous && sentenceEventDate(article, days, sentenceAt(article, previous.start));
}

/**
 * The name as written at each person's mention, by person key and the offset
 * of each title the mention holds (the first mention holding it): read once
 * per article, when its first problem is found, rather than searching every
 * mention for each of thousands of problems.
 */
function namesByTitle(article: Article): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of article.mentions) {
    if (m.kind !== 'person') continue;
    for (const t of m.data.titles) {
      const key = `${m.key}\u0000${t.start}`;
      if (!names.has(key)) names.set(key, m.data.name);
    }
  }
  return names;
}
