import type { Article } from '../model';
import { compareDates, daysBetween, toIso } from '../calendar';
import type { Problem, Rule } from './rule';
import { quote } from './edits';
import { eventDays, sentenceAt, sentenceEventDate } from './eventDates';
import { firstFrom } from './mentionSearch';
import eventWords from '../../../../data/event-dates.json';

/**
 * decision-after-event: a sentence that reports a ceremony on a known day and
 * announces there a document dated later ("Sáng 5/3, … trao Quyết định số
 * 123-QĐ/TU ngày 7/3/2024 …"): a document cannot be handed over or made
 * public before it is signed, so one of the two dates is wrong. The event's
 * day is the sentence's own opening date, or the publication day for a
 * sentence that tells today's event (see eventDates.ts); any other sentence
 * is left alone. No fix: the rule cannot tell which date is wrong.
 */

/** An announcing verb right before the document it announces ("trao Quyết định", "công bố và trao Quyết định"). */
const ANNOUNCED = new RegExp(`(?<![\\p{L}])(?:${eventWords.announcing.join('|')})(?![\\p{L}])[^.;\\n]{0,40}$`, 'iu');
/** How far before a citation its announcing verb may start: the longest verb and the gap above. */
const ANNOUNCED_REACH = 60;
/**
 * A year taken from the publication date can be the wrong one near New
 * Year; a document dated a year or more after such an event says more about
 * the guess than about the text, so it is not reported.
 */
const INFERRED_REACH_DAYS = 300;

/** How far after a citation its date may start ("Quyết định số 123-QĐ/TU ngày 7/3/2024"). */
const DATE_AFTER_CITATION = 12;

export const decisionAfterEvent: Rule = {
  id: 'decision-after-event',
  defaultSeverity: 'warning',
  check({ article, messages }) {
    const problems: Problem[] = [];
    const days = eventDays(article);
    const laterEventBetween = dayMoves(article);
    for (const m of article.mentions) {
      if (m.kind !== 'document') continue;
      const document = m;
      const sentence = sentenceAt(article, document.start);
      if (!ANNOUNCED.test(article.text.slice(Math.max(sentence.start, document.start - ANNOUNCED_REACH), document.start))) continue;
      const event = sentenceEventDate(article, days, sentence);
      const signed = document.data.date;
      if (!event || !signed || compareDates(signed, event.date) <= 0) continue;
      if (laterEventBetween(event.end, document.start)) continue;
      if (event.yearInferred && daysBetween(event.date, signed) >= INFERRED_REACH_DAYS) continue;
      problems.push({
        start: document.start,
        end: document.end,
        message: messages.decisionAfterEvent.afterEvent(quote(document.text), toIso(signed), quote(article.text.slice(event.start, event.end)), toIso(event.date)),
        related: [{ uri: article.uri, start: event.start, end: event.end, message: messages.decisionAfterEvent.eventDated(toIso(event.date)) }],
      });
    }
    return problems;
  },
};

/**
 * Whether the sentence moves on to another day between its opening date and
 * the citation ("Ngày 1/3, … ; đến ngày 10/3, Tỉnh ủy công bố Quyết định …"):
 * the announcement is then that later day's, which is not read. The dates
 * of citations in between are not other days.
 *
 * The answer for one event date only grows with the citation's offset, and
 * citations are asked about in text order, so the walk through the mentions
 * after an event date resumes where the previous citation of the same event
 * left it: a sentence of thousands of citations is read once, not once per
 * citation.
 */
function dayMoves(article: Article): (from: number, to: number) => boolean {
  let walkedFrom = -1;
  let k = 0;
  let citationEnd = -Infinity;
  let moved = false;
  return (from, to) => {
    if (from !== walkedFrom) {
      walkedFrom = from;
      k = firstFrom(article.mentions, from);
      citationEnd = -Infinity;
      moved = false;
    }
    for (; !moved && k < article.mentions.length && article.mentions[k].start < to; k++) {
      const m = article.mentions[k];
      if (m.kind === 'document') citationEnd = m.end;
      else if (m.kind === 'date' && m.start - citationEnd > DATE_AFTER_CITATION) moved = true;
    }
    return moved;
  };
}
