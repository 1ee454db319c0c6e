import type { CongressData, Mention } from '../model';
import { fromRoman } from '../calendar';
import { partyTermAt } from '../terms';
import { mentionAt, type RecogniseContext } from './context';
import { triggeredMatches } from './scan';
import { congressKey, plenumKey, termYearsKey } from '../entityKeys';

/**
 * Congresses, plenums and terms: "Đại hội XIII", "Đại hội đại biểu toàn quốc
 * lần thứ XIII", "Hội nghị Trung ương 9", "hội nghị Trung ương 13, 14",
 * "khóa XIV, nhiệm kỳ 2026-2031", "Quốc hội khoá XV", "nhiệm kỳ 2020-2025".
 * Roman and Arabic numerals name the same congress; both spellings of khóa
 * (old and new tone placement) are read.
 */

/** A congress or term number: Roman ("XIII") or Arabic ("13"), standing alone. */
export const ORDINAL = '(?:[IVXLC]+|\\d{1,2})(?![\\p{L}\\d])';

/** "khóa" or "khoá" (old tone placement), either case at the start. */
export const KHOA = '[Kk]h(?:óa|oá)';

/** Numbers above this are not congress, plenum or term ordinals. */
const MAX_ORDINAL = 30;

/** The value of a congress numeral and how it is written; undefined for anything else. */
export function parseOrdinal(text: string): { ordinal: number; numeral: 'roman' | 'arabic' } | undefined {
  const arabic = /^\d+$/.test(text);
  const ordinal = arabic ? Number(text) : fromRoman(text);
  if (ordinal === undefined || ordinal < 1 || ordinal > MAX_ORDINAL || (arabic && text.startsWith('0'))) return undefined;
  return { ordinal, numeral: arabic ? 'arabic' : 'roman' };
}

const CONGRESSES = new RegExp(
  '(?<![\\p{L}\\d])(?:' +
    `(?<congress>(?<congressWord>[Đđ])ại hội (?:đại biểu )?(?:Đảng )?(?:toàn quốc )?(?<congressNth>lần thứ )?(?<congressNumber>${ORDINAL}))` +
    '|(?<plenum>[Hh]ội nghị (?:lần thứ (?<plenumNth>\\d{1,2}) Ban Chấp hành Trung ương(?: Đảng)?' +
    '|(?:Ban Chấp hành )?Trung ương (?:Đảng )?(?:lần thứ )?(?<plenumNumbers>\\d{1,2}(?:(?:, ?| và )\\d{1,2}(?![\\p{L}\\d]))*)(?![\\p{L}\\d])))' +
    // "các nghị quyết Trung ương 4, 6, 7, 8 khóa XII": plenums without "Hội nghị", known by the term after them.
    // After "Nghị quyết" they name a resolution, which the document recogniser reads.
    `|(?<barePlenum>(?<![Nn]ghị quyết )Trung ương (?<bareNumbers>\\d{1,2}(?:(?:, ?| và )\\d{1,2}(?![\\p{L}\\d]))*)(?= \\(?${KHOA} ))` +
    `|(?<term>(?<assembly>Quốc hội )?${KHOA} (?<termNumber>${ORDINAL})` +
    '(?:(?:,\\s?|\\s)\\(?nhiệm kỳ (?<termFirst>\\d{4})\\s?[-–]\\s?(?<termLast>\\d{4})\\)?)?)' +
    '|(?<termYears>[Nn]hiệm kỳ (?<first>\\d{4})\\s?[-–]\\s?(?<last>\\d{4}))' +
    ')(?!\\d)',
  'duy',
);

/** The words every form of CONGRESSES begins with; the full pattern is tried only where one stands. */
const CONGRESSES_TRIGGER = /[Đđ]ại hội|[Hh]ội nghị|Trung ương \d|Quốc hội|[Kk]h(?:óa|oá) |[Nn]hiệm kỳ/g;

/** A term written right after a plenum: "Hội nghị Trung ương 9 khóa XIII", "… 4 (khóa XII)". */
const TERM_AFTER = new RegExp(`,? ?\\(?${KHOA} (${ORDINAL})`, 'yu');

/**
 * Words that make a "khóa" a local body's term (a provincial committee, a
 * people's council) rather than the Party Central Committee's, when they
 * stand earlier in the same clause.
 */
const LOCAL_BODY = /[Đđ]ảng bộ|(?:[Tt]ỉnh|[Tt]hành|[Hh]uyện) (?:ủy|uỷ)|HĐND|Hội đồng nhân dân|Công đoàn|Đoàn Thanh niên/u;
/** How far back the clause is searched for a local body. */
const CLAUSE_LOOKBACK = 80;
const CLAUSE_BREAKS = ['.', ',', ';', ':', '\n'];

/** True when a local body is named earlier in the clause that ends at `end`. */
function localBodyBefore(norm: string, end: number): boolean {
  const before = norm.slice(Math.max(0, end - CLAUSE_LOOKBACK), end);
  const clauseStart = Math.max(...CLAUSE_BREAKS.map((c) => before.lastIndexOf(c))) + 1;
  return LOCAL_BODY.test(before.slice(clauseStart));
}

export function recogniseCongresses(ctx: RecogniseContext): Mention[] {
  const { source, publication } = ctx;
  const norm = source.norm;
  const mentions: Mention[] = [];
  const articleTerm = publication ? partyTermAt(publication.date) : undefined;
  for (const m of triggeredMatches(norm, CONGRESSES_TRIGGER, CONGRESSES)) {
    const g = m.groups ?? {};
    const at = m.indices?.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const numeralSpan = (span: [number, number]) => ({ start: source.toOriginal(span[0]), end: source.toOriginal(span[1]) });
    if (g.congress !== undefined) {
      const parsed = parseOrdinal(g.congressNumber as string);
      // "đại hội 2" in lower case is too often a count; Arabic needs "Đại hội" or "lần thứ".
      if (!parsed || (parsed.numeral === 'arabic' && g.congressWord === 'đ' && g.congressNth === undefined)) continue;
      const data: CongressData = { kind: 'congress', body: 'party-congress', ...parsed, numeralSpan: numeralSpan(at.congressNumber as [number, number]) };
      mentions.push(mentionAt(source, 'congress', start, end, congressKey('party', parsed.ordinal), data));
    } else if (g.plenum !== undefined || g.barePlenum !== undefined) {
      TERM_AFTER.lastIndex = end;
      const written = TERM_AFTER.exec(norm);
      const term = (written && parseOrdinal(written[1])?.ordinal) ?? articleTerm;
      const numbers = g.plenumNth !== undefined ? [at.plenumNth as [number, number]] : numberSpans(norm, (at.plenumNumbers ?? at.bareNumbers) as [number, number]);
      // "Hội nghị lần thứ 9 Ban Chấp hành Trung ương" is one mention; in "hội nghị Trung ương 13, 14" the first
      // plenum carries the words and the others are just their numbers.
      const firstEnd = g.plenumNth !== undefined ? end : numbers[0][1];
      numbers.forEach((span, i) => {
        const parsed = parseOrdinal(norm.slice(span[0], span[1]));
        if (!parsed) return;
        const data: CongressData = { kind: 'congress', body: 'plenum', ...parsed, numeralSpan: numeralSpan(span) };
        const key = plenumKey(parsed.ordinal, term);
        mentions.push(mentionAt(source, 'congress', i === 0 ? start : span[0], i === 0 ? firstEnd : span[1], key, data));
      });
    } else if (g.term !== undefined) {
      const parsed = parseOrdinal(g.termNumber as string);
      if (!parsed) continue;
      const assembly = g.assembly !== undefined;
      if (!assembly && localBodyBefore(norm, start)) continue;
      const years: [number, number] | undefined = g.termFirst !== undefined ? [Number(g.termFirst), Number(g.termLast)] : undefined;
      const data: CongressData = {
        kind: 'congress',
        body: assembly ? 'national-assembly' : 'party-term',
        ...parsed,
        numeralSpan: numeralSpan(at.termNumber as [number, number]),
        ...(years ? { years } : {}),
      };
      mentions.push(mentionAt(source, 'congress', start, end, congressKey(assembly ? 'assembly' : 'party', parsed.ordinal), data));
    } else {
      const years: [number, number] = [Number(g.first), Number(g.last)];
      if (years[1] <= years[0]) continue;
      const data: CongressData = { kind: 'congress', body: 'term-years', years };
      mentions.push(mentionAt(source, 'congress', start, end, termYearsKey(years[0], years[1]), data));
    }
  }
  return mentions;
}

/** The spans of each number in a list such as "13, 14" or "4 và 5". */
function numberSpans(norm: string, list: [number, number]): [number, number][] {
  const spans: [number, number][] = [];
  for (const n of norm.slice(list[0], list[1]).matchAll(/\d+/g)) spans.push([list[0] + n.index, list[0] + n.index + n[0].length]);
  return spans;
}
