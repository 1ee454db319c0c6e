import type { Article, CongressData, MentionOf } from '../model';
import { fromRoman, toIso, toRoman } from '../calendar';
import { assemblyTerm, partyCongress, partyTermAt } from '../terms';
import type { TermYearsMessages } from '../messages/catalogue';
import type { Problem, Rule } from './rule';
import { quote } from './edits';
import { partBefore, SENTENCE_BREAKS } from '../text/clauses';
import scopes from '../../../../data/term-scopes.json';

/**
 * term-years: a term written with its years ("khóa XIV, nhiệm kỳ 2021-2026")
 * where the years are not that term's. The years come either with the term's
 * own mention or from a "nhiệm kỳ …" mention written right after it. No fix:
 * either the ordinal or the years may be the wrong half.
 *
 * Also a Party committee's term whose years are not those of a round of
 * congresses ("Bí thư Tỉnh ủy … nhiệm kỳ 2021-2025", when the provincial
 * congresses were held in 2020): since 2000 these run five years from a
 * year divisible by five. Someone appointed mid-term still serves the
 * committee's term, 2020-2025.
 *
 * Also a list of one body's terms that runs neither up nor down ("khoá
 * VIII, XI, X", where IX was meant): a career is listed term after term, so
 * the ordinal that breaks the order is reported. No fix: the rule can only
 * guess the ordinal meant.
 *
 * Also a national Party congress numbered beyond the next one at the
 * article's date ("Đại hội đại biểu toàn quốc lần thứ XVI của Đảng" in
 * 2024, when the next is the XIVth): no article can speak of it yet. Only
 * congresses marked national ("toàn quốc", "của Đảng") are read, since
 * provincial congresses have higher ordinals, and nothing is said when the
 * article's date is unknown.
 */

/** How far (in characters: ", " or " ") a "nhiệm kỳ" may follow the term it belongs to. */
const ADJACENT = 2;

/** The bodies whose terms have known years: the Party's congresses and Central Committee terms, and the National Assembly's. */
const CHECKED_BODIES: ReadonlySet<CongressData['body']> = new Set(['party-congress', 'party-term', 'national-assembly']);

export const termYears: Rule = {
  id: 'term-years',
  defaultSeverity: 'error',
  check({ article, messages }) {
    const m = messages.termYears;
    const problems: Problem[] = [];
    const congresses = article.mentions.filter((m): m is MentionOf<CongressData> => m.kind === 'congress');
    congresses.forEach((mention, i) => {
      const data = mention.data;
      // Only national bodies have known term years; a local body's khóa numbers its own terms.
      if (data.ordinal === undefined || !CHECKED_BODIES.has(data.body)) return;
      const next = congresses[i + 1];
      const nextData = next?.data;
      const following = nextData?.body === 'term-years' && next.start - mention.end <= ADJACENT ? next : undefined;
      const years = data.years ?? following?.data.years;
      const expected = data.body === 'national-assembly' ? assemblyTerm(data.ordinal)?.termYears : partyCongress(data.ordinal)?.termYears;
      if (!years || !expected || (years[0] === expected[0] && years[1] === expected[1])) return;
      if (ofLocalBody(article.text, mention.start)) return;
      const end = following?.end ?? mention.end;
      problems.push({
        start: mention.start,
        end,
        message: m.runs(quote(article.text.slice(mention.start, end)), data.body === 'national-assembly' ? 'assembly' : 'party', toRoman(data.ordinal), expected, years),
      });
    });
    return [...problems, ...congressesAhead(article, m), ...partyCommitteeTerms(article, m), ...termsOutOfOrder(article, m)];
  },
};

/** Markers of whose term it is, longest first so "Tỉnh ủy" is read before "tỉnh"; the last one written before the term wins. */
const SCOPE = new RegExp(
  `(?<![\\p{L}])(?:(?<local>${[...scopes.local].sort((a, b) => b.length - a.length).join('|')})|(?<national>${[...scopes.national].sort((a, b) => b.length - a.length).join('|')}))(?![\\p{L}])`,
  'gu',
);
/** How far back in its sentence a term's body is looked for. */
const SCOPE_REACH = 120;

/**
 * "Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Long An khóa XI, nhiệm kỳ
 * 2022-2027": a term of a local body or a mass organisation, whose ordinal
 * and years are its own, not the Party's national ones.
 */
function ofLocalBody(text: string, start: number): boolean {
  const sentence = partBefore(text, start, SCOPE_REACH, SENTENCE_BREAKS);
  let last: 'local' | 'national' | undefined;
  for (const m of sentence.matchAll(SCOPE)) last = m.groups?.local !== undefined ? 'local' : 'national';
  return last === 'local';
}

/** "toàn quốc" inside the mention, or "của Đảng" (not "của Đảng bộ") right after it: the national congress. */
const NATIONAL_AFTER = /^\s*(?:của|toàn quốc của)\s+Đảng(?!\s*bộ)/u;

function congressesAhead(article: Article, messages: TermYearsMessages): Problem[] {
  const date = article.publication?.date;
  const current = date && partyTermAt(date);
  if (!date || current === undefined) return [];
  const problems: Problem[] = [];
  for (const m of article.mentions) {
    if (m.kind !== 'congress') continue;
    const data = m.data;
    if (data.body !== 'party-congress' || data.ordinal === undefined || data.ordinal <= current + 1) continue;
    if (!/toàn quốc/iu.test(m.text) && !NATIONAL_AFTER.test(article.text.slice(m.end, m.end + 20))) continue;
    problems.push({
      start: m.start,
      end: m.end,
      message: messages.congressAhead(quote(m.text), toIso(date), toRoman(current + 1), toRoman(data.ordinal)),
    });
  }
  return problems;
}

/** The nearest body word before a bare term in its sentence: a Party committee's, or another body's (see term-scopes.json). */
const BODY = new RegExp(
  `(?<![\\p{L}])(?:(?<party>${[...scopes.partyCommittee].sort((a, b) => b.length - a.length).join('|')})|(?<other>${[...scopes.otherBody].sort((a, b) => b.length - a.length).join('|')}))(?![\\p{L}])`,
  'giu',
);
/** The first round of provincial congresses read: terms before 2000 followed another rhythm. */
const FIRST_ROUND = 2000;
const ROUND_YEARS = 5;

function partyCommitteeTerms(article: Article, messages: TermYearsMessages): Problem[] {
  const problems: Problem[] = [];
  for (const m of article.mentions) {
    if (m.kind !== 'congress' || m.data.body !== 'term-years' || !m.data.years) continue;
    const [from, to] = m.data.years;
    if (from < FIRST_ROUND || (from % ROUND_YEARS === 0 && to - from === ROUND_YEARS)) continue;
    const sentence = partBefore(article.text, m.start, SCOPE_REACH, SENTENCE_BREAKS);
    let last: 'party' | 'other' | undefined;
    for (const b of sentence.matchAll(BODY)) last = b.groups?.party !== undefined ? 'party' : 'other';
    if (last !== 'party') continue;
    const round = from - (from % ROUND_YEARS);
    problems.push({
      start: m.start,
      end: m.end,
      message: messages.committeeTerm(quote(m.text), round, round + ROUND_YEARS, from, to),
    });
  }
  return problems;
}

/** "khóa VIII, IX, X", "khoá XIII, XIV và XV": a list of term ordinals after one "khóa". */
const TERM_LIST = /(?<![\p{L}])(?:[Kk]hóa|[Kk]hoá)\s+([IVXL]+(?:\s*(?:,|và|, và)\s*[IVXL]+){2,})(?![\p{L}])/gu;
const ORDINAL = /[IVXL]+/gu;

function termsOutOfOrder(article: Article, messages: TermYearsMessages): Problem[] {
  const problems: Problem[] = [];
  for (const m of article.text.matchAll(TERM_LIST)) {
    const listStart = m.index + m[0].length - m[1].length;
    const ordinals = [...m[1].matchAll(ORDINAL)].map((o) => ({ value: fromRoman(o[0]), start: listStart + o.index, text: o[0] }));
    if (ordinals.some((o) => o.value === undefined)) continue;
    const values = ordinals.map((o) => o.value as number);
    const rising = values.every((v, k) => k === 0 || v > values[k - 1]);
    const falling = values.every((v, k) => k === 0 || v < values[k - 1]);
    if (rising || falling) continue;
    // The ordinal out of place: the one after which the list first turns back, or the first, when it is the odd one.
    const turn = values.findIndex((v, k) => k > 0 && k + 1 < values.length && (v - values[k - 1]) * (values[k + 1] - v) < 0);
    const odd = ordinals[turn === -1 ? 0 : turn];
    problems.push({
      start: odd.start,
      end: odd.start + odd.text.length,
      message: messages.outOfOrder(quote(m[0]), odd.text),
    });
  }
  return problems;
}
