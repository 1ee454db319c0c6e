import type { CongressData, Mention, MentionOf } from '../model';
import type { Origin } from '../messages/catalogue';
import { compareDates, toIso } from '../calendar';
import { partyCongress } from '../terms';
import type { Problem, Rule, RuleContext } from './rule';
import { problemInNorm, quote } from './edits';
import { firstFrom, mentionStartingAt } from './mentionSearch';

/**
 * date-context: dates that cannot be true given the article around them —
 * a publication date after the update date, a period whose years do not add
 * up to its length ("5 năm (2021-2024)"), and an anniversary reaching back
 * before the term of the document it counts from ("15 năm thực hiện Nghị
 * quyết Trung ương 5 khóa 13" in 2022, when khóa XIII began in 2021), and
 * a constitution or law named by a year it cannot have ("Hiến pháp … năm
 * 1002", "Luật … năm 2915").
 */

/** "15 năm thi hành Điều lệ Đảng (2011-2025)": a length in years, a few words, then the years. */
const PERIOD = /(?<![\p{L}\d])(\d{1,3}) năm((?: [^\s()\d.;:,]+){0,8}) ?\((\d{4}) ?[-–] ?(\d{4})\)/gu;
/** "15 năm thực hiện …": years counted since a document came into force. */
const SINCE = /(?<![\p{L}\d])(\d{1,3}) năm (?:thực hiện|thi hành|triển khai|quán triệt) /gu;
/** "Hiến pháp … năm 1992", "Luật Tổ chức Quốc hội năm 2014": a constitution or law named by its year, a few words after. Capitals keep out "pháp luật" and "kỷ luật". */
const LAW_YEAR = /(?<![\p{L}])(?:Hiến pháp|Luật)(?![\p{L}])[^.;:\n\d]{0,80}? năm (\d{4})(?!\d)/gu;
/** Vietnam's first constitution: no Vietnamese constitution or law of the state is older. */
const FIRST_CONSTITUTION = 1946;
/** A law passed late in a year may be cited by the next year's number, as it takes effect. */
const LAW_YEAR_AHEAD = 1;

/** One year either way, since an anniversary is counted from the issue year or the year after. */
const ANNIVERSARY_SLACK = 1;

export const dateContext: Rule = {
  id: 'date-context',
  defaultSeverity: 'warning',
  check(ctx) {
    return [...datelineOrder(ctx), ...periodArithmetic(ctx), ...anniversaries(ctx), ...lawYears(ctx)];
  },
};

function datelineOrder({ article, messages }: RuleContext): Problem[] {
  const pub = article.publication;
  if (!pub?.updated || !pub.span || compareDates(pub.updated, pub.date) >= 0) return [];
  return [
    {
      start: pub.span.start,
      end: pub.span.end,
      message: messages.dates.updatedEarlier(toIso(pub.date), toIso(pub.updated)),
    },
  ];
}

function periodArithmetic({ source, messages }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const m of source.norm.matchAll(PERIOD)) {
    const length = Number(m[1]);
    const from = Number(m[3]);
    const to = Number(m[4]);
    // Both counts are in use: 2021–2025 is "5 năm" counting whole calendar years, and a term 2020–2025 is five years long.
    if (to - from + 1 === length || to - from === length) continue;
    problems.push(problemInNorm(source, m.index, m.index + m[0].length, messages.dates.periodSum(quote(m[0]), from, to, length)));
  }
  return problems;
}

function lawYears({ source, article, messages }: RuleContext): Problem[] {
  const published = article.publication?.date.year;
  const problems: Problem[] = [];
  for (const m of source.norm.matchAll(LAW_YEAR)) {
    const year = Number(m[1]);
    const tooLate = published !== undefined && year > published + LAW_YEAR_AHEAD;
    if (year >= FIRST_CONSTITUTION && !tooLate) continue;
    const text = quote(m[0], 80);
    const message = tooLate ? messages.dates.lawAfterArticle(text, year, published) : messages.dates.lawBeforeConstitution(text, year, FIRST_CONSTITUTION);
    problems.push(problemInNorm(source, m.index, m.index + m[0].length, message));
  }
  return problems;
}

function anniversaries({ source, article, messages }: RuleContext): Problem[] {
  const year = article.publication?.date.year;
  if (year === undefined) return [];
  const problems: Problem[] = [];
  for (const m of source.norm.matchAll(SINCE)) {
    const documentStart = source.toOriginal(m.index + m[0].length);
    const document = mentionStartingAt(article.mentions, 'document', documentStart);
    if (!document) continue;
    const span = termOf(article.mentions, document);
    if (!span) continue;
    const since = year - Number(m[1]);
    if (since >= span.began - ANNIVERSARY_SLACK) continue;
    // "5 năm thực hiện Nghị quyết Đại hội XII" counts over the congress's term, whenever the review is written.
    if (span.termLength !== undefined && Number(m[1]) <= span.termLength && year >= span.began) continue;
    const start = source.toOriginal(m.index);
    problems.push({
      start,
      end: span.end,
      message: messages.dates.anniversary(quote(article.text.slice(start, span.end), 80), span.origin, span.began, Number(m[1]), year, since),
    });
  }
  return problems;
}

/**
 * The year a cited document's term or date begins, from the citation or the
 * term written right after it. A congress's resolution also gives the length
 * of its term, the period a review of it counts over.
 */
function termOf(mentions: readonly Mention[], document: Mention): { began: number; origin: Origin; end: number; termLength?: number } | undefined {
  if (document.kind !== 'document') return undefined;
  const data = document.data;
  const resolution = data.congress === undefined ? undefined : partyCongress(data.congress);
  if (resolution) {
    const [from, to] = resolution.termYears;
    return { began: resolution.closed.year, origin: { kind: 'congress', ordinal: resolution.ordinal }, end: document.end, termLength: to - from };
  }
  if (data.date) return { began: data.date.year, origin: { kind: 'document', date: toIso(data.date) }, end: document.end };
  let term = data.term ?? data.congress;
  let end = document.end;
  if (term === undefined) {
    const written = termWrittenAfter(mentions, document);
    term = written?.data.ordinal;
    end = Math.max(end, written?.end ?? end);
  }
  const congress = term === undefined ? undefined : partyCongress(term);
  return congress ? { began: congress.closed.year, origin: { kind: 'term', ordinal: congress.ordinal }, end } : undefined;
}

/** The Party term written inside a citation or right after it ("Nghị quyết số 12-NQ/TW khóa XI"), read from the citation's own place in the mentions. */
function termWrittenAfter(mentions: readonly Mention[], document: Mention): MentionOf<CongressData> | undefined {
  for (let k = firstFrom(mentions, document.start); k < mentions.length && mentions[k].start <= document.end + 1; k++) {
    const m = mentions[k];
    if (m.kind === 'congress' && m.data.body === 'party-term') return m;
  }
  return undefined;
}
