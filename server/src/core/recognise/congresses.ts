import type { CongressData, Mention } from '../model';
import { fromRoman } from '../calendar';
import { partyCongress, partyTermAt } from '../terms';
import { matchKey } from '../text/source';
import { CLAUSE_BREAKS } from '../text/clauses';
import { mentionAt, type RecogniseContext } from './context';
import { triggeredMatches } from './scan';
import { congressKey, localCongressKey, localPlenumKey, localTermKey, plenumKey, termYearsKey } from '../entityKeys';

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

/** An ordinal in words, as plenums are numbered: "lần thứ nhất", "lần thứ chín", "lần thứ Sáu". */
const ORDINAL_WORDS = '(?:[Nn]hất|[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười)(?![\\p{L}\\d])';
const WORD_VALUES: Readonly<Record<string, number>> = { nhất: 1, hai: 2, ba: 3, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

/** A body named between "Đại hội"/"Hội nghị" and "lần thứ": any words of one clause ("TP. Cần Thơ" keeps its dot), not another meeting. */
const BODY = '(?:(?!lần thứ|[Hh]ội nghị|[Đđ]ại hội)(?:[^\\n,.;:]|\\.(?= ?\\p{Lu}))){1,70}?';

const CONGRESSES = new RegExp(
  '(?<![\\p{L}\\d])(?:' +
    `(?<congress>(?<congressWord>[Đđ]|Đ(?=ẠI))(?:ại hội|ẠI HỘI) (?<congressWords>(?:[Đđ]ại biểu )?(?:Đảng )?(?:[Tt]oàn quốc )?)(?<congressNth>lần thứ )?(?<congressNumber>${ORDINAL}))` +
    // "Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX", "Đại hội Đoàn toàn quốc lần thứ XI", "Đại hội đại biểu toàn quốc của Đảng lần thứ XI".
    `|(?<namedCongress>(?:[Đđ]ại hội|ĐẠI HỘI) (?<congressBody>${BODY}) (?:lần thứ|LẦN THỨ) (?<namedNumber>${ORDINAL}))` +
    // "Hội nghị Trung ương 4", "Hội nghị TƯ 6", "Hội nghị Ban Chấp hành Trung ương lần thứ 15".
    `|(?<plenum>[Hh]ội nghị (?:(?:Ban Chấp hành |BCH )?(?:Trung ương|TƯ|T\\.Ư) (?:Đảng )?(?:lần thứ )?(?<plenumNumbers>\\d{1,2}(?:(?:, ?| và )\\d{1,2}(?![\\p{L}\\d]))*)(?![\\p{L}\\d])))` +
    // "Hội nghị lần thứ 12", "Hội nghị lần thứ chín", "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ nhất": the body, if any, is before "lần thứ".
    `|(?<namedPlenum>[Hh]ội nghị (?:(?<plenumBody>${BODY}) )?lần thứ (?<plenumNth>\\d{1,2}(?![\\p{L}\\d])|[IVXLC]+(?![\\p{L}\\d])|${ORDINAL_WORDS}))` +
    // "Phiên họp thứ nhất Ban Chấp hành Đảng bộ tỉnh", "Ban chấp hành … họp phiên thứ nhất": an executive committee's sessions are its
    // plenums. Only ordinals in words: numbered sessions ("Phiên họp thứ 20") are the National Assembly's Standing Committee's or the Government's.
    `|(?<session>[Pp]hiên (?:họp )?(?:lần )?thứ (?<sessionNth>${ORDINAL_WORDS}))` +
    // "các nghị quyết Trung ương 4, 6, 7, 8 khóa XII": plenums without "Hội nghị", known by the term after them.
    // After "Nghị quyết" they name a resolution, which the document recogniser reads; the plenum in it is read below.
    `|(?<barePlenum>(?<![Nn]ghị quyết )Trung ương (?<bareNumbers>\\d{1,2}(?:(?:, ?| và )\\d{1,2}(?![\\p{L}\\d]))*)(?= \\(?${KHOA} ))` +
    // "Nghị quyết Trung ương 4 khóa X", "Nghị quyết T.Ư 4, khóa XI": the resolution names the plenum that adopted it.
    `|(?<resolutionPlenum>(?<=[Nn]ghị quyết (?:Hội nghị )?)(?:Trung ương|T\\.Ư|TƯ|TW) (?:lần thứ )?(?<resolutionNumber>\\d{1,2})(?![\\p{L}\\d]))` +
    `|(?<term>(?<assembly>[Qq]uốc hội )?(?:${KHOA}|KH(?:ÓA|OÁ)|[Kk]hoa(?= [IVXLC]+(?![\\p{L}\\d]))) (?<termNumbers>${ORDINAL}(?:, ?${ORDINAL})*))` +
    // "các nhiệm kỳ 2010-2015, 2015-2020 và 2020-2025": each term of the list, though "nhiệm kỳ" is written once.
    '|(?<termYears>(?:[Nn]hiệm k[ỳì]|NHIỆM KỲ) \\(?(?<first>\\d{4})\\s?[-–]\\s?(?<last>\\d{4})\\)?(?<moreYears>(?:(?:, ?| và )\\d{4}\\s?[-–]\\s?\\d{4}(?!\\d))*))' +
    ')(?!\\d)',
  'duy',
);

/** The words every form of CONGRESSES begins with; the full pattern is tried only where one stands. */
const CONGRESSES_TRIGGER = /[Đđ]ại hội|ĐẠI HỘI|[Hh]ội nghị|[Pp]hiên (?:họp )?(?:lần )?thứ |(?:Trung ương|T\.Ư|TƯ|TW) (?:lần thứ )?\d|[Qq]uốc hội|[Kk]h(?:óa|oá|oa) |KH(?:ÓA|OÁ) |[Nn]hiệm k[ỳì]|NHIỆM KỲ/g;

/** One term of a list after "nhiệm kỳ" (see termYears): the years after the separator, and each year. */
const LISTED_TERM_YEARS = /(?:, ?| và )((\d{4})\s?[-–]\s?(\d{4}))/gu;

/** A term written right after a plenum: "Hội nghị Trung ương 9 khóa XIII", "… 4 (khóa XII)". */
const TERM_AFTER = new RegExp(`,? ?\\(?${KHOA} (${ORDINAL})`, 'yu');

/** The words of a national Party congress between "Đại hội" and "lần thứ": "đại biểu toàn quốc", "Đảng Cộng sản Việt Nam". */
const PARTY_CONGRESS_BODY = /^(?:đại biểu )?(?:toàn quốc )?(?:(?:của )?đảng(?: cộng sản việt nam)? ?)?(?:toàn quốc)?$/u;
/** The Central Committee, named before or right after a plenum's "lần thứ N". */
const CENTRAL_COMMITTEE = /^,? ?(?:(?:Ban Chấp hành|BCH|Ban chấp hành) )?(?:Trung ương|TƯ|T\.Ư|TW)(?! (?:Hội|Đoàn))(?: Đảng)?(?![\p{L}])/u;

/**
 * Bodies whose congresses, terms and plenums are their own, not the Party
 * Central Committee's or the National Assembly's: provincial, city, district
 * and commune committees, councils, the army's and the blocs' Party
 * organisations, the Front and the mass organisations.
 */
const LOCAL_BODY_WORDS =
  /[Đđ]ảng bộ|[Đđ]ảng (?:ủy|uỷ)|(?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị) ?(?:ủy|uỷ|Ủy|Uỷ)|HĐND|Hội đồng [Nn]hân dân|UBND|Ủy ban [Nn]hân dân|Uỷ ban [Nn]hân dân|Công đoàn|Đoàn (?:Thanh niên|TNCS)|(?:Tỉnh|Thành|Trung ương) [Đđ]oàn|Hội (?:Liên hiệp|LHPN|[Pp]hụ nữ|Cựu chiến binh|CCB|Nông dân)|[Pp]hụ nữ|Mặt trận|MTTQ|UBMTTQ|Quân đội|Chi bộ|Khối(?: \p{L}+){0,4} Trung ương|Khối|[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|TP\b|Trung ương Hội|Liên đoàn/u;
/** A local body with the capitalised words of its name ("Đảng ủy Khối Doanh nghiệp Trung ương"). */
const LOCAL_BODY = new RegExp(`(?:${LOCAL_BODY_WORDS.source})(?: \\p{Lu}[\\p{L}.]*)*`, 'gu');
/** The Party's central bodies, whose khóa is the national term (not "Đảng ủy Khối Doanh nghiệp Trung ương", a bloc's committee). */
const CENTRAL_BODY = /(?<!Khối(?: \p{L}+){0,4} )Trung ương(?! (?:Hội|Đoàn))|T\.Ư|TƯ|\bTW\b|Bộ Chính trị|Ban Bí thư|Tổng Bí thư|UVTW|BCHTW|UV BCT/gu;
const CENTRAL_BODY_ONCE = new RegExp(CENTRAL_BODY.source, 'u');
/** The National Assembly, whose khóa is its own term. */
const ASSEMBLY_BODY = /[Qq]uốc hội|ĐBQH|\bQH\b/gu;
/**
 * The same three in any case, for a heading in capitals ("BẦU BAN CHẤP HÀNH
 * ĐẢNG BỘ TỈNH KHOÁ XV"): there case tells a body from a common word no more.
 */
const LOCAL_BODY_ANY_CASE = new RegExp(LOCAL_BODY.source, 'giu');
const CENTRAL_BODY_ANY_CASE = new RegExp(CENTRAL_BODY.source, 'giu');
const ASSEMBLY_BODY_ANY_CASE = new RegExp(ASSEMBLY_BODY.source, 'giu');
/** How far back the clause is searched for the body a "khóa" belongs to. */
const CLAUSE_LOOKBACK = 100;

/** Where the last match of a global pattern ends in a text, or -1. */
function lastEnd(pattern: RegExp, text: string): number {
  let end = -1;
  for (const m of text.matchAll(pattern)) end = m.index + m[0].length;
  return end;
}

/** Which body the "khóa" at `at` is the term of: the one named nearest before it in its sentence; undefined when none is. */
function termBody(norm: string, at: number): TermBody | undefined {
  const before = norm.slice(Math.max(0, at - CLAUSE_LOOKBACK), at);
  const clause = before.slice(clauseStart(before));
  const capitals = !/\p{Ll}/u.test(clause);
  const local = lastEnd(capitals ? LOCAL_BODY_ANY_CASE : LOCAL_BODY, clause);
  const central = lastEnd(capitals ? CENTRAL_BODY_ANY_CASE : CENTRAL_BODY, clause);
  const assembly = lastEnd(capitals ? ASSEMBLY_BODY_ANY_CASE : ASSEMBLY_BODY, clause);
  const nearest = Math.max(local, central, assembly);
  if (nearest === -1) return undefined;
  // The longer reach wins a tie: "Đảng ủy Khối Doanh nghiệp Trung ương" is a local body ending in "Trung ương".
  return nearest === local ? 'local-term' : nearest === assembly ? 'national-assembly' : 'party-term';
}

/** The clause before a mention (back to a break, at most CLAUSE_LOOKBACK code units) and the rest of its sentence after it. */
function sentenceAround(norm: string, start: number, end: number): string {
  const before = norm.slice(Math.max(0, start - CLAUSE_LOOKBACK), start);
  const after = norm.slice(end, end + 60);
  return before.slice(clauseStart(before)) + after.slice(0, after.search(/[.;\n]|$/u));
}

/**
 * Where the last clause of a text begins: after its last break, except the full stop of a place's abbreviated level
 * ("HĐND TP. Hồ Chí Minh khóa X": the council is in the clause).
 */
function clauseStart(text: string): number {
  let at = text.length;
  for (;;) {
    const k = Math.max(...CLAUSE_BREAKS.map((c) => text.lastIndexOf(c, at - 1)));
    if (k < 0 || text[k] !== '.' || !ABBREVIATED_LEVEL.test(text.slice(Math.max(0, k - 4), k))) return k + 1;
    at = k;
  }
}

/** A place's level written short, before its full stop ("TP.", "Tp."). */
const ABBREVIATED_LEVEL = /(?:^|[^\p{L}])(?:TP|Tp)$/u;

/** A local body named in the sentence around a congress or plenum whose own words name none ("Đại hội Đại biểu lần thứ I"). */
const LOCAL_BODY_ONCE = new RegExp(LOCAL_BODY.source, 'u');

/** An executive committee, whose sessions are plenums ("Ban Chấp hành", "Ban chấp hành", "BCH"). */
const EXECUTIVE_COMMITTEE = /Ban [Cc]hấp hành|BAN CHẤP HÀNH|\bBCH\b/u;

/** ", nhiệm kỳ 2017-2022" right after a congress. */
const YEARS_AFTER = /^,? \(?nhiệm kỳ (\d{4})\s?[-–]\s?(\d{4})/u;
/** Mass organisations, whose national congresses are also "toàn quốc". */
const MASS_ORGANISATION = /Đoàn|[Pp]hụ nữ|Mặt trận|MTTQ|Công đoàn|Hội (?!nghị)/u;

/**
 * Whether a congress written with the Party's words ("Đại hội XIII", "Đại hội đại biểu toàn quốc
 * lần thứ XII") is the national Party congress. It is not when its words name no Party and the
 * sentence is a local or mass organisation's ("Đảng bộ xã … tổ chức Đại hội Đại biểu lần thứ I"),
 * or when the years written after it are not that congress's term.
 */
function partyCongressAt(norm: string, end: number, ordinal: number, words: string, start: number): boolean {
  if (/ của Đảng/u.test(norm.slice(end, end + 10))) return true;
  const years = YEARS_AFTER.exec(norm.slice(end, end + 30));
  const congress = partyCongress(ordinal);
  if (years && congress && (Number(years[1]) !== congress.termYears[0] || Number(years[2]) !== congress.termYears[1])) return false;
  if (/đảng/iu.test(words)) return true;
  const national = /toàn quốc/iu.test(words);
  const sentence = sentenceAround(norm, start, end);
  return national ? !MASS_ORGANISATION.test(sentence) : !(/lần thứ/u.test(norm.slice(start, end)) && LOCAL_BODY_ONCE.test(sentence));
}

/** The value of an ordinal in words or numerals ("nhất", "chín", "13", "XIII"). */
function ordinalOf(text: string): { ordinal: number; numeral: 'roman' | 'arabic' } | undefined {
  const word = WORD_VALUES[text.toLocaleLowerCase('vi')];
  // A local committee meets more often than the Central Committee: "Hội nghị … lần thứ 42".
  if (/^[1-9]\d?$/u.test(text)) return { ordinal: Number(text), numeral: 'arabic' };
  return word !== undefined ? { ordinal: word, numeral: 'arabic' } : parseOrdinal(text);
}

export function recogniseCongresses(ctx: RecogniseContext): Mention[] {
  const { source, publication } = ctx;
  const norm = source.norm;
  const mentions: Mention[] = [];
  const articleTerm = publication ? partyTermAt(publication.date) : undefined;
  // Terms written with no body before them in their sentence, and the bodies the article names before its other terms.
  const bodiless: { start: number; numbers: string; listStart: number }[] = [];
  const namedBodies = new Map<number, Set<TermBody>>();
  const termMentions = (start: number, numbers: string, listStart: number, body: TermBody) => {
    // "khóa XIII, XIV": each numeral is a term; the first carries the word.
    [...numbers.matchAll(/[IVXLC]+|\d+/gu)].forEach((n, i) => {
      const parsed = parseOrdinal(n[0]);
      if (!parsed) return;
      const span: [number, number] = [listStart + n.index, listStart + n.index + n[0].length];
      const data: CongressData = { kind: 'congress', body, ...parsed, numeralSpan: numeralSpan(span) };
      const key = body === 'local-term' ? localTermKey(parsed.ordinal) : congressKey(body === 'national-assembly' ? 'assembly' : 'party', parsed.ordinal);
      mentions.push(mentionAt(source, 'congress', i === 0 ? start : span[0], span[1], key, data));
    });
  };
  const numeralSpan = (span: [number, number]) => ({ start: source.toOriginal(span[0]), end: source.toOriginal(span[1]) });
  for (const m of triggeredMatches(norm, CONGRESSES_TRIGGER, CONGRESSES)) {
    const g = m.groups ?? {};
    const at = m.indices?.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    // Word ordinals ("lần thứ nhất") have no numeral to rewrite, so they carry no numeral span.
    const congressData = (body: CongressData['body'], parsed: { ordinal: number; numeral: 'roman' | 'arabic' }, span: [number, number], written: string): CongressData =>
      /^\d+$|^[IVXLC]+$/u.test(written) ? { kind: 'congress', body, ...parsed, numeralSpan: numeralSpan(span) } : { kind: 'congress', body, ordinal: parsed.ordinal };
    if (g.congress !== undefined) {
      const parsed = parseOrdinal(g.congressNumber as string);
      // "đại hội 2" in lower case is too often a count; Arabic needs "Đại hội" or "lần thứ".
      if (!parsed || (parsed.numeral === 'arabic' && g.congressWord === 'đ' && g.congressNth === undefined)) continue;
      const local = !partyCongressAt(norm, end, parsed.ordinal, g.congressWords as string, start);
      const data = congressData(local ? 'local-congress' : 'party-congress', parsed, at.congressNumber as [number, number], g.congressNumber as string);
      mentions.push(mentionAt(source, 'congress', start, end, local ? localCongressKey('', parsed.ordinal) : congressKey('party', parsed.ordinal), data));
    } else if (g.namedCongress !== undefined) {
      const parsed = parseOrdinal(g.namedNumber as string);
      if (!parsed) continue;
      const body = matchKey(g.congressBody as string);
      const party = PARTY_CONGRESS_BODY.test(body) && partyCongressAt(norm, end, parsed.ordinal, g.congressBody as string, start);
      const data = congressData(party ? 'party-congress' : 'local-congress', parsed, at.namedNumber as [number, number], g.namedNumber as string);
      mentions.push(mentionAt(source, 'congress', start, end, party ? congressKey('party', parsed.ordinal) : localCongressKey(body, parsed.ordinal), data));
    } else if (g.plenum !== undefined || g.barePlenum !== undefined || g.resolutionPlenum !== undefined) {
      TERM_AFTER.lastIndex = end;
      const written = TERM_AFTER.exec(norm);
      const term = (written && parseOrdinal(written[1])?.ordinal) ?? articleTerm;
      const numbers = numberSpans(norm, (at.plenumNumbers ?? at.bareNumbers ?? at.resolutionNumber) as [number, number]);
      // In "hội nghị Trung ương 13, 14" the first plenum carries the words and the others are just their numbers.
      numbers.forEach((span, i) => {
        const parsed = parseOrdinal(norm.slice(span[0], span[1]));
        if (!parsed) return;
        const data: CongressData = { kind: 'congress', body: 'plenum', ...parsed, numeralSpan: numeralSpan(span) };
        const key = plenumKey(parsed.ordinal, term);
        mentions.push(mentionAt(source, 'congress', i === 0 ? start : span[0], i === 0 ? numbers[0][1] : span[1], key, data));
      });
    } else if (g.namedPlenum !== undefined || g.session !== undefined) {
      const session = g.session !== undefined;
      const sentence = sentenceAround(norm, start, end);
      if (session && !EXECUTIVE_COMMITTEE.test(sentence)) continue;
      const nth = (g.plenumNth ?? g.sessionNth) as string;
      const nthAt = (at.plenumNth ?? at.sessionNth) as [number, number];
      const parsed = ordinalOf(nth);
      if (!parsed) continue;
      // "Hội nghị lần thứ 12 Ban Chấp hành Trung ương", "Hội nghị BCH Trung ương lần thứ 15": the Central Committee's; any other body's is its own.
      // A session's committee may be named before it ("Ban Chấp hành Trung ương Đảng khóa XIV họp phiên thứ nhất"), so its whole sentence is read.
      const body = g.plenumBody;
      const central = body === undefined ? CENTRAL_COMMITTEE.test(norm.slice(end, end + 40)) : CENTRAL_COMMITTEE.test(body) && CENTRAL_COMMITTEE.exec(body)?.[0].length === body.length;
      const national = central || (body === undefined && !LOCAL_BODY_ONCE.test(sentence) && CENTRAL_BODY_ONCE.test(session ? sentence : norm.slice(end, end + 80)));
      let term = articleTerm;
      if (national) {
        const afterText = norm.slice(end, end + 60);
        const written = new RegExp(`${KHOA} (${ORDINAL})`, 'u').exec(session ? sentence : afterText.slice(0, afterText.search(/[.;\n]|$/u)));
        term = (written && parseOrdinal(written[1])?.ordinal) ?? articleTerm;
      }
      const data = congressData(national ? 'plenum' : 'local-plenum', parsed, nthAt, nth);
      const key = national ? plenumKey(parsed.ordinal, term) : localPlenumKey(parsed.ordinal);
      mentions.push(mentionAt(source, 'congress', start, end, key, data));
    } else if (g.term !== undefined) {
      const numbers = g.termNumbers as string;
      const listStart = (at.termNumbers as [number, number])[0];
      const body = g.assembly !== undefined ? 'national-assembly' : termBody(norm, start);
      if (body === undefined) {
        bodiless.push({ start, numbers, listStart });
        continue;
      }
      for (const n of numbers.matchAll(/[IVXLC]+|\d+/gu)) {
        const ordinal = parseOrdinal(n[0])?.ordinal;
        if (ordinal !== undefined) namedBodies.set(ordinal, (namedBodies.get(ordinal) ?? new Set()).add(body));
      }
      termMentions(start, numbers, listStart, body);
    } else {
      const more = at.moreYears as [number, number];
      const terms = [{ start, end: more[0], years: [Number(g.first), Number(g.last)] }];
      for (const t of norm.slice(more[0], more[1]).matchAll(LISTED_TERM_YEARS)) {
        const from = more[0] + (t.index ?? 0) + t[0].length - t[1].length;
        terms.push({ start: from, end: from + t[1].length, years: [Number(t[2]), Number(t[3])] });
      }
      for (const term of terms) {
        const [first, last] = term.years;
        if (last <= first) continue;
        const data: CongressData = { kind: 'congress', body: 'term-years', years: [first, last] };
        mentions.push(mentionAt(source, 'congress', term.start, term.end, termYearsKey(first, last), data));
      }
    }
  }
  // A term with no body in its sentence ("Theo đề án nhân sự khóa XIII, …") is the term of the body the article names
  // with the same term elsewhere ("Tỉnh đoàn … Ban Chấp hành khóa XIII"), when it names one only; else the Party's.
  for (const term of bodiless) {
    const first = parseOrdinal(/[IVXLC]+|\d+/u.exec(term.numbers)?.[0] ?? '')?.ordinal;
    const named = first === undefined ? undefined : namedBodies.get(first);
    termMentions(term.start, term.numbers, term.listStart, named?.size === 1 ? [...named][0] : 'party-term');
  }
  // In text order, as the other recognisers give theirs.
  return bodiless.length > 0 ? mentions.sort((a, b) => a.start - b.start) : mentions;
}

/** The bodies a "khóa" may be the term of. */
type TermBody = 'party-term' | 'local-term' | 'national-assembly';

/** The spans of each number in a list such as "13, 14" or "4 và 5". */
function numberSpans(norm: string, list: [number, number]): [number, number][] {
  const spans: [number, number][] = [];
  for (const n of norm.slice(list[0], list[1]).matchAll(/\d+/g)) spans.push([list[0] + n.index, list[0] + n.index + n[0].length]);
  return spans;
}
