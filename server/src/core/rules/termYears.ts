import type { Article, CongressData, Mention } from '../model';
import { toIso, toRoman } from '../calendar';
import { assemblyTerm, partyCongress, partyTermAt } from '../terms';
import type { Problem, Rule } from './rule';
import { quote } from './edits';
import scopes from '../../../../data/term-scopes.json';

/**
 * term-years: a term written with its years ("khóa XIV, nhiệm kỳ 2021-2026")
 * where the years are not that term's. The years come either with the term's
 * own mention or from a "nhiệm kỳ …" mention written right after it. No fix:
 * either the ordinal or the years may be the wrong half.
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

export const termYears: Rule = {
  id: 'term-years',
  defaultSeverity: 'error',
  description: 'A term ordinal and the years written with it disagree.',
  check({ article }) {
    const problems: Problem[] = [];
    const congresses = article.mentions.filter((m) => m.kind === 'congress');
    congresses.forEach((mention, i) => {
      const data = mention.data as CongressData;
      if (data.ordinal === undefined || data.body === 'plenum' || data.body === 'term-years') return;
      const next = congresses[i + 1];
      const nextData = next?.data as CongressData | undefined;
      const following = nextData?.body === 'term-years' && next.start - mention.end <= ADJACENT ? next : undefined;
      const years = data.years ?? (following?.data as CongressData | undefined)?.years;
      const expected = data.body === 'national-assembly' ? assemblyTerm(data.ordinal)?.termYears : partyCongress(data.ordinal)?.termYears;
      if (!years || !expected || (years[0] === expected[0] && years[1] === expected[1])) return;
      if (ofLocalBody(article.text, mention.start)) return;
      const end = (following as Mention | undefined)?.end ?? mention.end;
      const body = data.body === 'national-assembly' ? 'The National Assembly’s term' : 'The Party’s term (khóa)';
      problems.push({
        start: mention.start,
        end,
        message:
          `${quote(article.text.slice(mention.start, end))}: ${body} ${toRoman(data.ordinal)} runs ${expected[0]}–${expected[1]}, ` +
          `not ${years[0]}–${years[1]}.`,
      });
    });
    return [...problems, ...congressesAhead(article)];
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
  const window = text.slice(Math.max(0, start - SCOPE_REACH), start);
  const sentence = window.slice(Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n')) + 1);
  let last: 'local' | 'national' | undefined;
  for (const m of sentence.matchAll(SCOPE)) last = m.groups?.local !== undefined ? 'local' : 'national';
  return last === 'local';
}

/** "toàn quốc" inside the mention, or "của Đảng" (not "của Đảng bộ") right after it: the national congress. */
const NATIONAL_AFTER = /^\s*(?:của|toàn quốc của)\s+Đảng(?!\s*bộ)/u;

function congressesAhead(article: Article): Problem[] {
  const date = article.publication?.date;
  const current = date && partyTermAt(date);
  if (!date || current === undefined) return [];
  const problems: Problem[] = [];
  for (const m of article.mentions) {
    const data = m.data as CongressData;
    if (m.kind !== 'congress' || data.body !== 'party-congress' || data.ordinal === undefined || data.ordinal <= current + 1) continue;
    if (!/toàn quốc/iu.test(m.text) && !NATIONAL_AFTER.test(article.text.slice(m.end, m.end + 20))) continue;
    problems.push({
      start: m.start,
      end: m.end,
      message: `${quote(m.text)}: on ${toIso(date)} the Party’s next congress is Đại hội ${toRoman(current + 1)}, so Đại hội ${toRoman(data.ordinal)} cannot be meant.`,
    });
  }
  return problems;
}
