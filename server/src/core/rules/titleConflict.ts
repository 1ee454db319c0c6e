import type { Article } from '../model';
import type { Lexicon } from '../lexicon';
import type { Source } from '../text/source';
import { toIso } from '../calendar';
import { matchKey } from '../text/source';
import type { Contribution } from '../folderIndex/aggregates';
import type { Problem, Rule } from './rule';
import { writtenTitles, type WrittenTitle } from './titles';
import { quote, replaceFix } from './edits';
import { groupBy } from '../groupBy';
import type { TitleConflictMessages } from '../messages/catalogue';
import { oneProblemPerSpan, postsHeldByOthers } from './knowledgeChecks';

/**
 * title-conflict: a person's titles that cannot all be right at one date.
 * Within an article, a person given a post in full and also in an
 * incomplete form ("Bí thư Đảng ủy cơ quan" and later "Bí thư Đảng ủy"), or
 * two people given a post only one person holds; across the folder, two
 * people holding such a post in articles of the same date; and a single
 * post the knowledge base says someone else held on the article's date.
 */

/** A title's match key ending with a place's level and no place's name after it ("… quốc hội tỉnh", "ủy ban nhân dân huyện"). */
const ENDS_WITH_LEVEL = /(?:^| )(?:tỉnh|huyện|thành phố|tp|quận|thị xã|tx|xã|phường|thị trấn)$/u;

/** Posts one person holds at a time (matchKey of the canonical title). */
const SINGLE_POST = /^(?:tổng bí thư|chủ tịch nước|thủ tướng chính phủ|chủ tịch quốc hội|thường trực ban bí thư|trưởng ban .+ trung ương|phó trưởng ban thường trực ban .+ trung ương)$/u;

export const titleConflict: Rule = {
  id: 'title-conflict',
  defaultSeverity: 'warning',
  contribute(article: Article, _source: Source, lexicon: Lexicon): Contribution[] {
    const date = article.publication?.date;
    if (!date) return [];
    return singlePosts(currentTitles(article, lexicon)).map((t) => ({
      group: holdersGroup(t, toIso(date)),
      variant: t.holder as string,
      start: t.start,
      end: t.end,
    }));
  },
  check({ article, lexicon, tally, knowledge, messages }) {
    const titles = currentTitles(article, lexicon);
    const problems: Problem[] = [...incompleteForms(article, titles, lexicon, messages.titleConflict)];
    const date = article.publication?.date;
    const reported = new Set<string>();
    for (const t of singlePosts(titles)) {
      const group = date ? holdersGroup(t, toIso(date)) : '';
      const holders = date ? [...tally.variants(group).keys()] : [];
      const others = holders.filter((h) => matchKey(h) !== matchKey(t.holder as string));
      const key = `${matchKey(t.canonical)} ${matchKey(t.holder as string)}`;
      if (others.length === 0 || reported.has(key) || !date) continue;
      reported.add(key);
      const related = others.flatMap((h) => {
        const at = tally.example(group, h);
        return at ? [{ ...at, message: messages.titleConflict.sameDate(h, t.canonical) }] : [];
      });
      problems.push({
        start: t.start,
        end: t.end,
        message: messages.titleConflict.onePerson(t.canonical, toIso(date), t.holder as string, others.join(', ')),
        related,
      });
    }
    return oneProblemPerSpan([...problems, ...postsHeldByOthers(article, titles, knowledge, messages.knowledgeChecks)]);
  },
};

/**
 * A holder's title that is the beginning of another title of the same holder
 * in the same article, where the writer repeats the same chain of titles
 * ("Ủy viên Trung ương Đảng, Bí thư Đảng ủy cơ quan, Phó Trưởng Ban …" and
 * later "Ủy viên Trung ương Đảng, Bí thư Đảng ủy, Phó Trưởng Ban …"): one
 * introduction written two ways. A short form in running text ("Bí thư Tỉnh
 * ủy" after "Bí thư Tỉnh ủy Hà Tĩnh", "tân Trưởng ban") is how Vietnamese
 * writers refer back to a post, and is no conflict; nor is a level left without
 * its place's name inside a repeated chain ("… Quốc hội tỉnh").
 */
function incompleteForms(article: Article, titles: readonly WrittenTitle[], lexicon: Lexicon, m: TitleConflictMessages): Problem[] {
  const chains = chainsOf(article.text, titles);
  const byHolder = groupBy(
    titles.filter((t) => t.holder),
    (t) => matchKey(t.holder ?? ''),
  );
  const problems: Problem[] = [];
  for (const list of byHolder.values()) {
    // Compared both as canonical posts and as written, since a lexicon may map the short form to the long one.
    const byCanonical = longerForms(list, (t) => matchKey(t.canonical));
    const byWritten = longerForms(list, (t) => matchKey(t.written));
    const order = new Map(list.map((t, i) => [t, i]));
    for (const short of list) {
      const longer = [...(byCanonical.get(matchKey(short.canonical)) ?? []), ...(byWritten.get(matchKey(short.written)) ?? [])];
      // The first in the article's order, as reading them one by one would find it.
      const full = longer.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).find((t) => sameChainBut(chains.get(t), t, chains.get(short), short));
      // "Trưởng đoàn Đại biểu Quốc hội tỉnh" after "… tỉnh Gia Lai": a level without its place's name is the article's
      // own province or district, named already; the form is complete.
      if (!full || ENDS_WITH_LEVEL.test(matchKey(short.written))) continue;
      // "Thủ tướng" beside "Thủ tướng Chính phủ": a head that names its one body by itself is the post written in full.
      const implied = lexicon.impliedBodies.get(matchKey(short.written));
      if (implied !== undefined && matchKey(full.written) === `${matchKey(short.written)} ${implied}`) continue;
      problems.push({
        start: short.start,
        end: short.end,
        message: m.incomplete(quote(short.written), quote(full.written), short.holder as string),
        related: [{ uri: article.uri, start: full.start, end: full.end, message: m.holds(short.holder as string, quote(full.written)) }],
        fixes: [replaceFix(m.write(quote(full.written)), article.uri, short.start, short.end, full.written, false)],
      });
    }
  }
  return problems;
}

/**
 * The titles under each shorter form of their key: every start of the key
 * that ends where a word ends ("bí thư" of "bí thư tỉnh ủy"). A title's
 * longer forms are then one lookup, where comparing every pair of a holder's
 * titles was quadratic (an article naming one official thousands of times
 * took minutes).
 */
function longerForms(list: readonly WrittenTitle[], key: (t: WrittenTitle) => string): Map<string, WrittenTitle[]> {
  const longer = new Map<string, WrittenTitle[]>();
  for (const t of list) {
    const k = key(t);
    for (let i = k.indexOf(' '); i !== -1; i = k.indexOf(' ', i + 1)) {
      const prefix = k.slice(0, i);
      const titles = longer.get(prefix);
      if (titles) titles.push(t);
      else longer.set(prefix, [t]);
    }
  }
  return longer;
}

/** The chain each title belongs to: the titles of one holder written one after the other, separated only by commas. */
function chainsOf(text: string, titles: readonly WrittenTitle[]): Map<WrittenTitle, WrittenTitle[]> {
  const chains = new Map<WrittenTitle, WrittenTitle[]>();
  const sorted = [...titles].sort((a, b) => a.start - b.start);
  let chain: WrittenTitle[] = [];
  sorted.forEach((t, i) => {
    const previous = sorted[i - 1];
    const joined = previous && previous.holder === t.holder && /^\s*,\s*$/.test(text.slice(previous.end, t.start));
    if (!joined) chain = [];
    chain.push(t);
    chains.set(t, chain);
  });
  return chains;
}

/** Two chains of at least two titles that differ only in the two titles compared. */
function sameChainBut(a: readonly WrittenTitle[] | undefined, ta: WrittenTitle, b: readonly WrittenTitle[] | undefined, tb: WrittenTitle): boolean {
  if (!a || !b || a === b || a.length < 2 || a.length !== b.length) return false;
  const rest = (chain: readonly WrittenTitle[], except: WrittenTitle) =>
    chain
      .filter((t) => t !== except)
      .map((t) => matchKey(t.canonical))
      .join('|');
  return rest(a, ta) === rest(b, tb);
}

/**
 * The group of a single post's holders at a date that a title is counted in: those who hold it that day, and apart
 * from them those who take it up that day ("được bầu làm Chủ tịch Quốc hội"). A post changes hands on the day it is
 * taken up, so one who takes it and one who holds it ("Chủ tịch Quốc hội khóa XII A", the outgoing) are no conflict;
 * two who hold it, or two who take it, are.
 */
function holdersGroup(t: WrittenTitle, date: string): string {
  return `${matchKey(t.canonical)}@${date}${t.taken ? ' taken' : ''}`;
}

/** The titles an article gives as posts held at its date: past posts ("nguyên …") contradict nothing. */
function currentTitles(article: Article, lexicon: Lexicon): WrittenTitle[] {
  const year = article.publication?.date.year;
  const anotherTime = year === undefined ? undefined : toldOfAnotherTime(article.text, year);
  return writtenTitles(article, lexicon).filter((t) => !t.former && !anotherTime?.(t.start));
}

/** A year of the 20th or 21st century, as a whole number. */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

/**
 * Whether the sentence holding a title tells of another time than the
 * article's date: it names years, none of them within a year of the
 * article's ("Năm 2022, Tổng Bí thư Nguyễn Phú Trọng chủ trì …" in an
 * article of 2025), or names none and its paragraph does so ("năm 1956 …
 * ông Lê Văn Lương - Trưởng Ban Tổ chức Trung ương" in one of 2012). Its
 * titles are the posts of that time. A sentence is cut at a full stop,
 * question or exclamation mark followed by a space, and at a line break.
 *
 * Titles come in text order, so the answer for a sentence is kept until a
 * title of another sentence is asked about: a sentence of many titles is
 * read once, not once per title.
 */
function toldOfAnotherTime(text: string, year: number): (at: number) => boolean {
  let sentence = { start: 0, end: -1 };
  let answer = false;
  // Only years far from the article's, and at least one: undefined when a span names no year.
  const farYears = (start: number, end: number): boolean | undefined => {
    const years = (text.slice(start, end).match(YEAR) ?? []).map(Number);
    return years.length === 0 ? undefined : years.every((y) => Math.abs(y - year) > 1);
  };
  return (at) => {
    if (at < sentence.start || at >= sentence.end) {
      sentence = sentenceAround(text, at);
      // A sentence without a year is of its paragraph's time.
      const start = text.lastIndexOf('\n', at) + 1;
      const end = text.indexOf('\n', at);
      answer = farYears(sentence.start, sentence.end) ?? farYears(start, end === -1 ? text.length : end) ?? false;
    }
    return answer;
  };
}

/** The sentence holding offset `at` (see toldOfAnotherTime). */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && text[start - 1] !== '\n' && !(SENTENCE_MARKS.has(text[start - 2]) && /\s/u.test(text[start - 1]))) start--;
  let end = at;
  while (end < text.length && text[end] !== '\n' && !(SENTENCE_MARKS.has(text[end]) && (end + 1 >= text.length || /\s/u.test(text[end + 1])))) end++;
  return { start, end };
}

const SENTENCE_MARKS: ReadonlySet<string> = new Set(['.', '!', '?']);

function singlePosts(titles: readonly WrittenTitle[]): WrittenTitle[] {
  return titles.filter((t) => t.holder && SINGLE_POST.test(matchKey(t.canonical)));
}
