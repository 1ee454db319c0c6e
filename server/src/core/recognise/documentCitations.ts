import issuersData from '../../../../data/issuers.json';
import documentTypes from '../../../../data/documentTypes.json';
import type { CalendarDate, DocumentData, Mention, Publication, Span } from '../model';
import type { Source } from '../text/source';
import { partyTermAt } from '../terms';
import { compareDates, daysInMonth } from '../calendar';
import { CODE_OF_TYPE, STATE_CODES_WITHOUT_TYPE } from '../documentTypes';
import { matchKey } from '../text/source';
import { escapeRegExp } from '../text/regExp';
import { mentionAt, type RecogniseContext } from './context';
import { KHOA, ORDINAL, parseOrdinal } from './congresses';
import { validDate } from './dateSyntax';
import { triggeredMatches } from './scan';
import { issueYearBefore, type IssueYear } from './issueYears';
import { congressResolutionKey, documentKey, localCongressResolutionKey, plenumResolutionKey } from '../entityKeys';

/**
 * Document citations. Numbered ones, with or without "số", in either case,
 * with a Party code ("Chỉ thị số 35-CT/TW", "Quyết định số 1987 – QĐNS/TW",
 * "Chỉ thị 28 -CT/TU", "/TƯ" and "/T.Ư" for /TW), a state code ("Quyết định
 * 1886/QĐ-TTg", "Nghị quyết số 1670/NQ-UBTVQH15") or none ("Quy định số
 * 138"); an abbreviated type ("NQ 18"); and named resolutions
 * ("Nghị quyết Trung ương 4 (khóa XIII)", "Nghị quyết Đại hội XIII").
 *
 * A mention spans the citation proper: from the type word to the end of its
 * number or code (or of the named resolution). The date and issuer written
 * after it ("ngày 30-5-2019 của Bộ Chính trị", "do Ban Chấp hành Trung ương
 * ban hành") or the issuer before it ("Bộ Chính trị ban hành …") are read
 * into the data, as is the subject after "về".
 *
 * Numbers restart every term, so a numbered document's key carries the term
 * of the citation's date, else the term written with it or that its code
 * family dates, else the term of the article's publication date:
 * `document:CT-35/TW@12`. A short name of a document cited in full earlier
 * in the article ("Quy định 114", "(Chỉ thị 45)") shares that citation's key.
 */

interface Issuer {
  readonly name: string;
  readonly suffix: string;
}

/** Every written form of a listed issuer (name and aliases), longest first, so "Ban Bí thư Trung ương Đảng" wins over "Ban Bí thư". */
const ISSUER_FORMS: readonly { readonly form: string; readonly issuer: Issuer }[] = issuersData.issuers
  .flatMap((i) => [i.name, ...i.aliases].map((form) => ({ form, issuer: { name: i.name, suffix: i.suffix } })))
  .sort((a, b) => b.form.length - a.form.length);
const ISSUER_OF_FORM = new Map(ISSUER_FORMS.map((f) => [matchKey(f.form), f.issuer]));

/** A listed issuer, matched in any case (the regex using it takes the `i` flag). */
const NAMED_ISSUER = `(?:${ISSUER_FORMS.map((f) => escapeRegExp(f.form)).join('|')})(?![\\p{L}\\d])`;
/** A provincial, city or district committee or its standing board, with its place name: "Ban Thường vụ Tỉnh ủy Lâm Đồng". */
const LOCAL_ISSUER = '(?:[Bb]an [Tt]hường vụ )?(?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận) ?(?:ủy|uỷ|Ủy|Uỷ)(?: \\p{Lu}\\p{Ll}*){0,3}(?![\\p{L}\\d])';

const NAMED_ISSUER_AT = new RegExp(NAMED_ISSUER, 'iuy');
const LOCAL_ISSUER_AT = new RegExp(LOCAL_ISSUER, 'uy');

/** Document types in words, longest first, with either case for the first letter or all in capitals. */
const TYPE_NAMES = documentTypes.types.map((t) => t.name).sort((a, b) => b.length - a.length);
const TYPE_OF_KEY = new Map(TYPE_NAMES.map((t) => [matchKey(t), t]));
/** Types that are cited without "số" ("Nghị quyết 18"); reports and programmes are not. */
const BARE_TYPES = new Set(documentTypes.types.filter((t) => t.bare).map((t) => matchKey(t.name)));
const SHORT_TYPES: Readonly<Record<string, string>> = documentTypes.shortTypes;
/** The type a code abbreviation stands for, for a document's own header ("Số 06-CT/TW"); the first type listed wins. */
const TYPE_OF_CODE = new Map<string, string>();
for (const t of documentTypes.types) for (const c of t.codes) if (!TYPE_OF_CODE.has(c)) TYPE_OF_CODE.set(c, t.name);
const TERM_OF_CODE: Readonly<Record<string, number>> = documentTypes.termOfCode;

function typePattern(type: string): string {
  return `[${type[0].toLocaleUpperCase('vi')}${type[0].toLocaleLowerCase('vi')}]${escapeRegExp(type.slice(1))}|${escapeRegExp(type.toLocaleUpperCase('vi'))}`;
}

const TYPES = TYPE_NAMES.map(typePattern).join('|');
const SHORT = Object.keys(SHORT_TYPES).join('|');

/**
 * A Party code after the number, its dash possibly spaced or broken across a
 * line ("35-CT/TW", "1987 – QĐNS/TW", "16 -\nHD/BTCTW", "05-CT/T.Ư"), or a
 * state code ("1886/QĐ-TTg", "38/TT-MTTW-BTT"), which in a legal normative
 * document carries its year ("12/2024/QĐ-UBND", "100/2019/NĐ-CP"). The
 * National Assembly and its Standing Committee write the year and their own
 * name with the legislature's number, no type ("59/2020/QH14",
 * "76/2025/UBTVQH15").
 */
const CODE =
  '(?:(?<dash>[ \\n]{0,2}[-–—][ \\n]{0,2})(?<codeType>[A-ZĐ][A-Za-zĐđ]{0,5}) ?/ ?(?<codeIssuer>T\\. ?Ư|[A-ZĐƯ][A-ZĐƯ]{0,9}\\d{0,2})' +
  '|/(?:(?<stateYear>\\d{4})/)?(?<stateType>[A-ZĐ][A-Za-zĐđ]{0,5})-(?<stateIssuer>[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*)' +
  '|/(?<lawYear>\\d{4})/(?<lawIssuer>(?:UBTVQH|QH)\\d{1,2}))';

const CITATION = new RegExp(
  '(?<![\\p{L}\\d])(?:' +
    `(?<type>${TYPES})(?:(?<so>(?: \\p{Lu}\\p{Ll}+){0,2}\\s+(?:[Ss]ố|SỐ):?\\s?)| )(?<number>\\d{1,5})(?:${CODE})?(?![\\p{L}\\d]|[-/]\\p{L})` +
    `|(?<=^|\\n)(?<headerNumber>Số:? ?(?<signedNumber>\\d{1,5}))${CODE.replace(/\?</g, '?<signed')}(?![\\p{L}\\d])` +
    `|(?<shortType>${SHORT}) (?<shortNumber>\\d{1,4})(?![\\p{L}\\d]|[-/.,]\\d)` +
    `|(?<plenumResolution>[Nn]ghị quyết (?:Hội nghị )?(?:Trung ương|T\\.Ư|TƯ|TW) (?:lần thứ )?(?<plenum>\\d{1,2})(?![\\p{L}\\d])` +
    `(?: \\(${KHOA} (?<plenumTermInParens>${ORDINAL})\\)|,? ${KHOA} (?<plenumTerm>${ORDINAL}))?)` +
    `|(?<congressResolution>[Nn]ghị quyết (?:của )?(?<congressWord>[Đđ])ại hội (?:đại biểu )?(?:Đảng )?(?:toàn quốc )?(?<congressNth>lần thứ )?(?<congress>${ORDINAL}))` +
    // "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV", "… Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Long An lần thứ X": a local congress's resolution.
    `|(?<localResolution>[Nn]ghị quyết (?:của )?[Đđ]ại hội (?<localBody>[^\\n,.;()]{1,60}?) lần thứ (?<localCongress>${ORDINAL}))` +
    ')',
  'uy',
);

/** Where a citation can begin: a type word, an abbreviated type, or "Số" opening a line; the full pattern is tried only there. */
const CITATION_TRIGGER = new RegExp(`(?:${TYPES})[\\s]|(?:${SHORT}) \\d|(?<=^|\\n)Số:? ?\\d`, 'g');

/** " và 529-QĐNS/TW" after a number without code: a second citation sharing the first's type. */
const PAIR = new RegExp(` và (?<pairNumber>\\d{1,5})${CODE.replace(/\?</g, '?<pair')}(?![\\p{L}\\d])`, 'uy');

/**
 * ", ngày 30-5-2019" or " ngày 11 tháng 7 năm 2023" right after the citation or its issuer; the year
 * may be left out ("quyết định số 335-QĐNS/TW ngày 9-9"), when the document is of the article's days.
 * "Ngày" may be capitalised by mistake, and the date may be that of an issue in the passive ("được ban
 * hành ngày 22.12.2024").
 */
const DATE_AFTER = /,? (?:(?:được |đã )?ban hành )?[Nn]gày (?:(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}))?|(\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?)(?!\d|[-/.]\d)/uy;
/** ", của …" or " do …", before an issuer. */
const ISSUER_LINK = /,? (?:của|do) /uy;
/** " khóa XIII" or " (khóa XIII)" after an issuer. */
const TERM_AFTER_ISSUER = new RegExp(` \\(?${KHOA} (${ORDINAL})\\)?`, 'uy');
/** ", Bộ Chính trị quyết định …", "… năm 2023 Bộ Chính trị đã quy định": the issuer as the subject of what the cited document does. */
const ISSUER_ACTING = new RegExp(`,? (?<issuer>${NAMED_ISSUER}) (?:đã |vừa )?(?<act>quyết định|ban hành|quy định|bổ nhiệm|chỉ định)`, 'iuy');
/** "(ngày 12/11/2024,) Bộ Chính trị (đã|vừa) ban hành …" or "của Bộ Chính trị tại …" just before the citation. */
const ISSUER_BEFORE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:ngày (?<day>\\d{1,2})[-/.](?<month>\\d{1,2})[-/.](?<year>\\d{4}),? )?(?<issuer>${NAMED_ISSUER})(?: (?:đã|vừa|mới|cũng|ký))* (?:ban hành|thông qua)(?: kèm theo)?` +
    `|(?:của|do) (?<owner>${NAMED_ISSUER}) (?:tại|theo)) $`,
  'iu',
);
/**
 * "tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng" in a document's subject: it prepares the
 * next national congress, so it was issued in the term before that congress.
 */
const TOWARD_CONGRESS = new RegExp(`tiến tới [Đđ]ại hội (?:[Đđ]ại biểu )?(?:[Đđ]ảng )?[Tt]oàn quốc (?:lần thứ )?(?<congress>${ORDINAL})`, 'u');
/**
 * "công bố Quyết định số 04-QĐNS/TW": a decision announced is one just made, so of the article's term
 * (as is one whose issuer, right after it, "quyết định" a one-off act).
 */
const ANNOUNCED_BEFORE = /(?<![\p{L}])[Cc]ông bố (?:các )?$/u;
/** How far before a citation its issuer is looked for. */
const ISSUER_LOOKBACK = 80;

/**
 * A lower-case type and number without "số" or code is a citation only when
 * a date, issuer or another citation follows ("quy định 102, quy định 07 của
 * Bộ chính trị"); otherwise "quyết định 3 vấn đề" would be one.
 */
const CITATION_CONTINUES = new RegExp(`^(?:,? (?:ngày \\d|của |do )|(?:,| và) (?:${TYPES}) \\d)`, 'u');
/** A number followed by a unit or a counted noun is a quantity, not a document ("Kế hoạch 5 năm"). */
const QUANTITY_AFTER = /^ (?:năm|tháng|tuần|giờ|người|lần|đồng chí|cán bộ|đảng viên|vấn đề|nội dung|%)(?![\p{L}])/u;

/** The subject after "về", optionally quoted. */
const SUBJECT_START = /,? về (?:việc )?/uy;
/** Where an unquoted subject ends: the end of its clause. */
const CLAUSE_END = /[;:\n…]|\.(?!\d)/u;
/** Subjects longer than this are cut at a word boundary. */
const MAX_SUBJECT = 300;

interface Tail {
  readonly end: number;
  readonly date?: CalendarDate;
  readonly issuer?: Issuer;
  readonly term?: number;
}

/** `dates` are the article's date mentions in order, for a citation dated only by the time elapsed since it (issueYears.ts). */
export function recogniseDocumentCitations(ctx: RecogniseContext, dates: readonly Mention[]): Mention[] {
  const { source, publication } = ctx;
  const norm = source.norm;
  const articleTerm = publication ? partyTermAt(publication.date) : undefined;
  const mentions: Mention[] = [];
  /** The coded citations met so far, by type and number, for the short names that follow them. */
  const full = new Map<string, { span: Span; key: string }>();
  /** The keys of the coded citations met so far whose date or term placed them in a term, by code, for a later citation of the same code that says neither. */
  const keyOfCode = new Map<string, string>();
  for (const m of triggeredMatches(norm, CITATION_TRIGGER, CITATION)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (g.type !== undefined || g.shortType !== undefined || g.headerNumber !== undefined) {
      const stateYear = g.stateYear ?? g.signedstateYear ?? g.lawYear ?? g.signedlawYear;
      const code: WrittenCode = {
        type: g.codeType ?? g.signedcodeType,
        issuer: g.codeIssuer ?? g.signedcodeIssuer,
        stateType: g.stateType ?? g.signedstateType,
        stateIssuer: g.stateIssuer ?? g.signedstateIssuer ?? g.lawIssuer ?? g.signedlawIssuer,
        year: stateYear === undefined ? undefined : Number(stateYear),
      };
      const coded = code.type !== undefined || code.stateType !== undefined || code.stateIssuer !== undefined;
      const type = g.type !== undefined ? TYPE_OF_KEY.get(matchKey(g.type)) : g.shortType !== undefined ? SHORT_TYPES[g.shortType] : TYPE_OF_CODE.get(code.type ?? code.stateType ?? '');
      const number = (g.number ?? g.shortNumber ?? g.signedNumber) as string;
      if (type === undefined) continue;
      const after = norm.slice(end, end + 60);
      if (g.type !== undefined && !coded && g.so === undefined) {
        // Without "số" or a code, only the types cited that way count, and a lower-case type needs what follows to show it is one.
        const capitalised = g.type[0] !== g.type[0].toLocaleLowerCase('vi');
        if (!BARE_TYPES.has(matchKey(type)) || QUANTITY_AFTER.test(after) || (!capitalised && !CITATION_CONTINUES.test(after))) continue;
      }
      // "Quyết định số 528 và 529-QĐNS/TW ngày 4/6/2012": two citations sharing the date and issuer written after the second.
      PAIR.lastIndex = end;
      const pair = coded ? null : PAIR.exec(norm);
      const tail = readTail(norm, pair ? PAIR.lastIndex : end, publication);
      const before = g.headerNumber !== undefined ? headerOf(norm, end, code) : writtenBefore(norm, start);
      const acting = issuerActing(norm, tail.end);
      const issuer = tail.issuer ?? acting?.issuer ?? before?.issuer;
      const current = acting?.decides === true || ANNOUNCED_BEFORE.test(norm.slice(Math.max(0, start - 12), start));
      const date = tail.date ?? before?.date;
      const issued = date === undefined && tail.term === undefined ? issueYearBefore(source, source.toOriginal(start), dates) : undefined;
      const context: CitationContext = { tail, issuer, date, issued, articleTerm, current, full, keyOfCode };
      const numberAt = start + m[0].indexOf(number, (g.type ?? g.shortType ?? '').length);
      mentions.push(numberedCitation(source, { start, end, numberAt }, type, number, coded ? code : undefined, context));
      if (pair?.groups) {
        const p = pair.groups;
        const second: WrittenCode = { type: p.paircodeType, issuer: p.paircodeIssuer, stateType: p.pairstateType, stateIssuer: p.pairstateIssuer ?? p.pairlawIssuer };
        const at = pair.index + pair[0].indexOf(p.pairNumber);
        const first = mentions[mentions.length - 1];
        // The first of the pair is of the second's code family, though its code is not written.
        if (first.kind === 'document') {
          mentions[mentions.length - 1] = { ...first, data: { ...first.data, codeType: second.type ?? second.stateType, codeIssuer: second.issuer !== undefined ? partyIssuer(second.issuer) : second.stateIssuer } };
        }
        mentions.push(numberedCitation(source, { start: at, end: pair.index + pair[0].length, numberAt: at }, type, p.pairNumber, second, context));
      }
    } else if (g.plenumResolution !== undefined) {
      const plenum = Number(g.plenum);
      const written = g.plenumTermInParens ?? g.plenumTerm;
      const term = written === undefined ? undefined : parseOrdinal(written)?.ordinal;
      const data: { -readonly [K in keyof DocumentData]: DocumentData[K] } = { kind: 'document', type: 'Nghị quyết', plenum };
      if (term !== undefined) data.term = term;
      const subject = subjectAt(norm, end);
      if (subject !== undefined) data.subject = subject;
      mentions.push(mentionAt(source, 'document', start, end, plenumResolutionKey(plenum, term ?? articleTerm ?? '?'), data));
    } else if (g.localResolution !== undefined) {
      const parsed = parseOrdinal(g.localCongress as string);
      if (!parsed) continue;
      const data: { -readonly [K in keyof DocumentData]: DocumentData[K] } = { kind: 'document', type: 'Nghị quyết', congress: parsed.ordinal };
      // Local congresses are numbered per body, so the body is part of the key.
      mentions.push(mentionAt(source, 'document', start, end, localCongressResolutionKey(parsed.ordinal, g.localBody as string), data));
    } else {
      const parsed = parseOrdinal(g.congress as string);
      // As for congresses: an Arabic number after a lower-case "đại hội" is more likely a count.
      if (!parsed || (parsed.numeral === 'arabic' && g.congressWord === 'đ' && g.congressNth === undefined)) continue;
      const data: { -readonly [K in keyof DocumentData]: DocumentData[K] } = { kind: 'document', type: 'Nghị quyết', congress: parsed.ordinal };
      const subject = subjectAt(norm, end);
      if (subject !== undefined) data.subject = subject;
      mentions.push(mentionAt(source, 'document', start, end, congressResolutionKey(parsed.ordinal), data));
    }
  }
  return shareListIssuers(source, mentions);
}

/**
 * In a list of citations ("quy định 102, quy định 07 của Bộ chính trị") the
 * issuer written after the last one is every one's: a citation without an
 * issuer takes that of the next one when only ", " or " và " separates them.
 */
function shareListIssuers(source: Source, mentions: Mention[]): Mention[] {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const [m, next] = [mentions[i], mentions[i + 1]];
    if (m.kind !== 'document' || next.kind !== 'document' || m.data.issuer !== undefined || next.data.issuer === undefined) continue;
    if (m.data.number === undefined || !/^(?:,| và) $/u.test(source.original.slice(m.end, next.start))) continue;
    mentions[i] = { ...m, introduction: true, data: { ...m.data, issuer: next.data.issuer, issuerShared: true } };
  }
  return mentions;
}

/** The code written after a number, in its Party or state form. */
interface WrittenCode {
  readonly type?: string;
  readonly issuer?: string;
  readonly stateType?: string;
  readonly stateIssuer?: string;
  /** The year a legal normative document's code carries ("12/2024/QĐ-UBND"). */
  readonly year?: number;
}

/** What a numbered citation takes from around it, and what the article knows so far. */
interface CitationContext {
  readonly tail: Tail;
  readonly issuer?: Issuer;
  readonly date?: CalendarDate;
  /** The issue year told by the time elapsed since it, when no date is written with it. */
  readonly issued?: IssueYear;
  readonly articleTerm?: number;
  /** True when the text reports the document as just made (announced, or its issuer deciding), so it is of the article's term. */
  readonly current: boolean;
  /** The coded citations met so far, by type and number, for the short names that follow them. */
  readonly full: Map<string, { span: Span; key: string }>;
  readonly keyOfCode: Map<string, string>;
}

/** One numbered citation: its data, key and mention (spanning `at.start`–`at.end`, the code from `at.numberAt`). */
function numberedCitation(
  source: Source,
  at: { start: number; end: number; numberAt: number },
  type: string,
  number: string,
  code: WrittenCode | undefined,
  context: CitationContext,
): Mention {
  const { tail, issuer, date, issued, articleTerm, current, full } = context;
  const norm = source.norm;
  const writtenCode = code ? norm.slice(at.numberAt, at.end).replace(/\s+/gu, ' ') : undefined;
  const codeKey = writtenCode !== undefined ? `${matchKey(type)} ${matchKey(writtenCode)}` : undefined;
  // An issue year is looked for only when no date is written; a normative document's code carries its own.
  const year = date === undefined ? (code?.year ?? issued?.year) : undefined;
  // A code cited again without a date or term of its own is the document cited before, whose date put it in its term: one entity,
  // though the data stay what this citation says (the hover merges what every citation of the document says).
  const again = codeKey !== undefined && date === undefined && year === undefined && tail.term === undefined ? context.keyOfCode.get(codeKey) : undefined;
  // A state công văn's code is the number, the issuing body and the unit that drafted it ("123/UBND-VX"): no type is written in it.
  const untyped = code?.stateType !== undefined && STATE_CODES_WITHOUT_TYPE.has(matchKey(type));
  const codeType = untyped ? undefined : (code?.type ?? code?.stateType);
  const codeIssuer = code?.issuer !== undefined ? partyIssuer(code.issuer) : untyped ? code?.stateType : code?.stateIssuer;
  const subject = subjectAt(norm, tail.end);
  const suffix = codeIssuer ?? issuer?.suffix ?? 'TW';
  // Only the Central Committee's documents count in Party terms; a province's are of its own committee's term.
  const central = suffix.toUpperCase() === 'TW';
  const term = date
    ? partyTermAt(date)
    : (tail.term ?? issued?.term ?? (central ? termBeforeCongress(subject) : undefined) ?? (codeType !== undefined ? TERM_OF_CODE[codeType] : undefined) ?? (current ? articleTerm : undefined));
  const shortKey = `${matchKey(type)} ${number.replace(/^0+(?=\d)/, '')}`;
  // A citation with its own code or date is a citation in full, not a short name, even when cited in full before.
  const shortOf = code || date ? undefined : full.get(shortKey);
  const abbreviation = codeType ?? (CODE_OF_TYPE.get(matchKey(type)) as string);
  // Normative documents are numbered afresh each year: the year in their code keeps "12/2024/QĐ-UBND" apart from "12/2023/QĐ-UBND".
  const keyNumber = code?.year !== undefined ? `${number}/${code.year}` : number;
  const key = shortOf?.key ?? again ?? documentKey(abbreviation, keyNumber, suffix.toUpperCase(), term ?? articleTerm ?? '?');
  // Optional fields are set one by one so that absent ones stay absent in the exported JSON.
  const data: { -readonly [K in keyof DocumentData]: DocumentData[K] } = { kind: 'document', type, number };
  if (code) {
    data.code = writtenCode;
    data.codeType = codeType;
    data.codeIssuer = codeIssuer;
  }
  if (date) data.date = date;
  if (year !== undefined) data.year = year;
  if (issuer) data.issuer = issuer.name;
  if (term !== undefined) data.term = term;
  if (subject !== undefined) data.subject = subject;
  if (shortOf) data.shortOf = shortOf.span;
  const mention = mentionAt(source, 'document', at.start, at.end, key, data, code !== undefined || date !== undefined || issuer !== undefined);
  if (code && !full.has(shortKey)) full.set(shortKey, { span: { start: mention.start, end: mention.end }, key });
  if (codeKey !== undefined && !context.keyOfCode.has(codeKey) && term !== undefined) context.keyOfCode.set(codeKey, key);
  return mention;
}

/** The term before the national congress a subject says the document prepares, if it says so. */
function termBeforeCongress(subject: string | undefined): number | undefined {
  const written = subject === undefined ? undefined : TOWARD_CONGRESS.exec(subject)?.groups?.congress;
  const congress = written === undefined ? undefined : parseOrdinal(written)?.ordinal;
  return congress !== undefined && congress > 1 ? congress - 1 : undefined;
}

/** "TƯ" and "T.Ư" are the same issuing suffix as "TW". */
function partyIssuer(written: string): string {
  return /^T\. ?Ư$|^TƯ$/u.test(written) ? 'TW' : written;
}

/** The date and issuer written after a citation, in either order, and where they end. */
function readTail(norm: string, from: number, publication: Publication | undefined): Tail {
  let end = from;
  let date: CalendarDate | undefined;
  let issuer: Issuer | undefined;
  let term: number | undefined;
  for (let progress = true; progress; ) {
    progress = false;
    if (!date) {
      DATE_AFTER.lastIndex = end;
      const d = DATE_AFTER.exec(norm);
      const valid = !d ? undefined : d[1] !== undefined ? datedAt(d[4], Number(d[3]), Number(d[1]), publication) : datedAt(d[7], Number(d[6]), Number(d[5]), publication);
      if (d) {
        // An impossible date ("31-2-2023") is passed over, so the issuer after it is still read.
        date = valid;
        end = DATE_AFTER.lastIndex;
        progress = valid !== undefined;
      }
    }
    if (!issuer) {
      ISSUER_LINK.lastIndex = end;
      const link = ISSUER_LINK.exec(norm);
      const found = link ? issuerAt(norm, ISSUER_LINK.lastIndex) : undefined;
      if (found) {
        issuer = found.issuer;
        end = found.end;
        TERM_AFTER_ISSUER.lastIndex = end;
        const written = TERM_AFTER_ISSUER.exec(norm);
        const parsed = written ? parseOrdinal(written[1]) : undefined;
        if (written && parsed) {
          term = parsed.ordinal;
          end = TERM_AFTER_ISSUER.lastIndex;
        }
        progress = true;
      }
    }
  }
  return { end, date, issuer, term };
}

/**
 * A document's date as written after it. Without a year, the document was
 * signed in the article's days: the latest day and month not after the
 * publication date (its last day when only the month or year is known), so a
 * "ngày 28-12" cited in January is of the year before. Without a publication
 * date a yearless date is not read.
 */
function datedAt(year: string | undefined, month: number, day: number, publication: Publication | undefined): CalendarDate | undefined {
  if (year !== undefined) return validDate(Number(year), month, day);
  if (!publication) return undefined;
  const p = publication.date;
  const last: CalendarDate =
    publication.precision === 'day' ? p : publication.precision === 'month' ? { ...p, day: daysInMonth(p.year, p.month) } : { year: p.year, month: 12, day: 31 };
  const same = validDate(p.year, month, day);
  return same && compareDates(same, last) <= 0 ? same : validDate(p.year - 1, month, day);
}

/** A listed issuer or a provincial committee starting at `at`, in its canonical spelling. */
function issuerAt(norm: string, at: number): { issuer: Issuer; end: number } | undefined {
  NAMED_ISSUER_AT.lastIndex = at;
  const named = NAMED_ISSUER_AT.exec(norm);
  if (named) return { issuer: ISSUER_OF_FORM.get(matchKey(named[0])) as Issuer, end: NAMED_ISSUER_AT.lastIndex };
  LOCAL_ISSUER_AT.lastIndex = at;
  const local = LOCAL_ISSUER_AT.exec(norm);
  if (!local) return undefined;
  return { issuer: { name: localIssuerName(local[0]), suffix: /huyện|quận/iu.test(local[0]) ? 'HU' : 'TU' }, end: LOCAL_ISSUER_AT.lastIndex };
}

/** "ban thường vụ tỉnh uỷ Lâm Đồng" → "Ban Thường vụ Tỉnh ủy Lâm Đồng". */
function localIssuerName(written: string): string {
  return written
    .replace(/^[Bb]an [Tt]hường vụ /u, 'Ban Thường vụ ')
    .replace(/(?<![\p{L}])([Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận) ?(?:ủy|uỷ|Ủy|Uỷ)/u, (_, level: string) => `${level[0].toLocaleUpperCase('vi')}${level.slice(1)} ủy`);
}

/** ", Bộ Chính trị quyết định …" right after the citation: the issuer, and whether it decides a one-off act there. */
function issuerActing(norm: string, at: number): { issuer?: Issuer; decides: boolean } | undefined {
  ISSUER_ACTING.lastIndex = at;
  const m = ISSUER_ACTING.exec(norm);
  return m?.groups ? { issuer: ISSUER_OF_FORM.get(matchKey(m.groups.issuer)), decides: m.groups.act.toLocaleLowerCase('vi') === 'quyết định' } : undefined;
}

/** "(ngày 12/11/2024,) Bộ Chính trị ban hành …", "của Bộ Chính trị tại …" right before the citation: its issuer, and its date when written there. */
function writtenBefore(norm: string, start: number): { issuer?: Issuer; date?: CalendarDate } | undefined {
  const m = ISSUER_BEFORE.exec(norm.slice(Math.max(0, start - ISSUER_LOOKBACK), start));
  const g = m?.groups;
  const written = g?.issuer ?? g?.owner;
  if (!g || written === undefined) return undefined;
  const date = g.year !== undefined ? validDate(Number(g.year), Number(g.month), Number(g.day)) : undefined;
  return { issuer: ISSUER_OF_FORM.get(matchKey(written)), date };
}

/** "Hà Nội, ngày 07 tháng 11 năm 2006", possibly broken across lines: where and when a document was signed. */
const SIGNED = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
/** How far after its "Số …" line a document's header gives its signing date. */
const HEADER_LOOKAHEAD = 250;
/** Issuing suffixes that name one body only ("BTCTW": Ban Tổ chức Trung ương; not "TW", which three bodies share). */
const ISSUER_OF_SUFFIX = new Map(
  issuersData.issuers
    .filter((i) => issuersData.issuers.filter((j) => j.suffix === i.suffix).length === 1)
    .map((i) => [i.suffix, { name: i.name, suffix: i.suffix }]),
);

/**
 * A document quoted with its own header ("Số: 16 - HD/BTCTW … Hà Nội, ngày 24 tháng 9 năm 2018"):
 * the signing date after the number, and the issuer its suffix names when only one body uses it.
 */
function headerOf(norm: string, end: number, code: WrittenCode): { issuer?: Issuer; date?: CalendarDate } {
  const signed = SIGNED.exec(norm.slice(end, end + HEADER_LOOKAHEAD));
  const date = signed ? validDate(Number(signed[3]), Number(signed[2]), Number(signed[1])) : undefined;
  return { issuer: code.issuer !== undefined ? ISSUER_OF_SUFFIX.get(partyIssuer(code.issuer)) : undefined, date };
}

/** The subject after "về", up to the end of its clause or its closing quote. */
function subjectAt(norm: string, from: number): string | undefined {
  SUBJECT_START.lastIndex = from;
  if (!SUBJECT_START.exec(norm)) return undefined;
  let start = SUBJECT_START.lastIndex;
  let end: number;
  const open = norm[start];
  if (open === '“' || open === '"') {
    start++;
    const close = norm.slice(start, start + MAX_SUBJECT).indexOf(open === '“' ? '”' : '"');
    end = close === -1 ? clauseEnd(norm, start) : start + close;
  } else {
    end = clauseEnd(norm, start);
  }
  const subject = norm.slice(start, end).replace(/[\s,]+$/u, '');
  return subject.length > 0 ? subject : undefined;
}

function clauseEnd(norm: string, start: number): number {
  // Only a bounded window is searched, so a citation costs the same however long its paragraph is.
  const window = norm.slice(start, start + MAX_SUBJECT + 1);
  const m = CLAUSE_END.exec(window);
  if (m) return start + m.index;
  if (window.length <= MAX_SUBJECT) return norm.length;
  const cut = window.lastIndexOf(' ');
  return start + (cut > 0 ? cut : MAX_SUBJECT);
}
