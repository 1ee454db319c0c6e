import issuersData from '../../../../data/issuers.json';
import type { CalendarDate, DocumentData, Mention } from '../model';
import { partyTermAt } from '../terms';
import { CODE_OF_TYPE } from '../rules/documents';
import { mentionAt, type RecogniseContext } from './context';
import { KHOA, ORDINAL, parseOrdinal } from './congresses';
import { validDate } from './dateSyntax';
import { triggeredMatches } from './scan';
import { congressResolutionKey, documentKey, plenumResolutionKey } from '../entityKeys';

/**
 * Party document citations. Numbered ones: "Chỉ thị số 35-CT/TW ngày
 * 30-5-2019 của Bộ Chính trị về …", "Quy định số 138" (code missing); named
 * resolutions: "Nghị quyết Trung ương 4 (khóa XIII)", "Nghị quyết Đại hội
 * XIII". A mention spans the citation with its date and issuer; the subject
 * after "về" is read into the data but left outside the span.
 *
 * Numbers restart every term, so a numbered document's key carries the term
 * of the citation's date, else the term written with it, else the term of
 * the article's publication date: `document:CT-35/TW@12`.
 */

interface Issuer {
  readonly name: string;
  readonly suffix: string;
}

/** Issuers longest first, so "Ban Bí thư Trung ương Đảng" wins over "Ban Bí thư". */
const ISSUERS: readonly Issuer[] = [...issuersData.issuers].sort((a, b) => b.name.length - a.name.length);
const SUFFIX_OF_ISSUER = new Map(ISSUERS.map((i) => [i.name, i.suffix]));

/** A document type in words with either case for its first letter: "[Cc]hỉ thị". */
function typePattern(type: string): string {
  return `[${type[0].toLocaleUpperCase('vi')}${type[0]}]${type.slice(1)}`;
}

const TYPES = [...CODE_OF_TYPE.keys()].sort((a, b) => b.length - a.length).map(typePattern).join('|');

const CITATION = new RegExp(
  '(?<![\\p{L}\\d])(?:' +
    `(?<type>${TYPES}) số (?<number>\\d+)(?:-(?<codeType>[A-ZĐ][A-Za-zĐđ]{0,5})/(?<codeIssuer>[A-ZĐ]{2,10}))?(?![\\p{L}\\d]|[-/]\\p{L})` +
    `|(?<plenumResolution>[Nn]ghị quyết (?:Hội nghị )?Trung ương (?:lần thứ )?(?<plenum>\\d{1,2})(?![\\p{L}\\d])` +
    `(?: \\(${KHOA} (?<plenumTermInParens>${ORDINAL})\\)|,? ${KHOA} (?<plenumTerm>${ORDINAL}))?)` +
    `|(?<congressResolution>[Nn]ghị quyết (?:của )?(?<congressWord>[Đđ])ại hội (?:đại biểu )?(?:Đảng )?(?:toàn quốc )?(?<congressNth>lần thứ )?(?<congress>${ORDINAL}))` +
    ')',
  'uy',
);

/**
 * Where a citation can stand: a named resolution begins with "Nghị quyết", a
 * numbered citation has " số " and a digit after its type (TYPE_BEFORE then
 * finds the type); the full pattern is tried only there.
 */
const CITATION_TRIGGER = /[Nn]ghị quyết | số \d/g;
const TYPE_BEFORE = new RegExp(`(?:${TYPES})$`, 'u');
const LONGEST_TYPE = Math.max(...[...CODE_OF_TYPE.keys()].map((t) => t.length));

/** Where the citation proposed by a trigger hit begins. */
function citationStart(norm: string, hit: RegExpExecArray): number | undefined {
  if (hit[0][0] !== ' ') return hit.index;
  const type = TYPE_BEFORE.exec(norm.slice(Math.max(0, hit.index - LONGEST_TYPE), hit.index));
  return type ? hit.index - type[0].length : undefined;
}

/** ", ngày 30-5-2019" right after the number or the issuer. */
const DATE_AFTER = /,? ngày (\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/uy;
/** " của Bộ Chính trị", " của Ban Chấp hành Trung ương Đảng khóa XIII". */
const ISSUER_AFTER = new RegExp(
  `,? (?:của|do) (?<issuer>${ISSUERS.map((i) => i.name).join('|')})(?!\\p{L})(?: \\(?${KHOA} (?<term>${ORDINAL})\\)?)?`,
  'uy',
);
/** " về …": the subject, optionally quoted. */
const SUBJECT_START = /,? về (?:việc )?/uy;
/** Where an unquoted subject ends: the end of its clause. */
const CLAUSE_END = /[;:\n…]|\.(?!\d)/u;
/** Subjects longer than this are cut at a word boundary. */
const MAX_SUBJECT = 300;

export function recogniseDocumentCitations(ctx: RecogniseContext): Mention[] {
  const { source, publication } = ctx;
  const norm = source.norm;
  const articleTerm = publication ? partyTermAt(publication.date) : undefined;
  const mentions: Mention[] = [];
  for (const m of triggeredMatches(norm, CITATION_TRIGGER, CITATION, (hit) => citationStart(norm, hit))) {
    const g = m.groups ?? {};
    const start = m.index;
    let end = start + m[0].length;
    if (g.type !== undefined) {
      const tail = readTail(norm, end);
      end = tail.end;
      const type = capitalise(g.type.toLocaleLowerCase('vi'));
      const number = g.number as string;
      const writtenTerm = tail.term;
      const term = tail.date ? partyTermAt(tail.date) : writtenTerm;
      const abbreviation = g.codeType ?? (CODE_OF_TYPE.get(type.toLocaleLowerCase('vi')) as string);
      const suffix = (g.codeIssuer ?? (tail.issuer !== undefined ? SUFFIX_OF_ISSUER.get(tail.issuer) : undefined) ?? 'TW').toUpperCase();
      const keyTerm = term ?? articleTerm ?? '?';
      const data: DocumentData = {
        kind: 'document',
        type,
        number,
        ...(g.codeType !== undefined ? { code: `${number}-${g.codeType}/${g.codeIssuer}`, codeType: g.codeType, codeIssuer: g.codeIssuer } : {}),
        ...(tail.date ? { date: tail.date } : {}),
        ...(tail.issuer !== undefined ? { issuer: tail.issuer } : {}),
        ...subjectAt(norm, end),
        ...(term !== undefined ? { term } : {}),
      };
      const introduction = g.codeType !== undefined || tail.date !== undefined || tail.issuer !== undefined;
      const key = documentKey(abbreviation, number, suffix, keyTerm);
      mentions.push(mentionAt(source, 'document', start, end, key, data, introduction));
    } else if (g.plenumResolution !== undefined) {
      const plenum = Number(g.plenum);
      const written = g.plenumTermInParens ?? g.plenumTerm;
      const term = written === undefined ? undefined : parseOrdinal(written)?.ordinal;
      const data: DocumentData = {
        kind: 'document',
        type: 'Nghị quyết',
        plenum,
        ...(term !== undefined ? { term } : {}),
        ...subjectAt(norm, end),
      };
      mentions.push(mentionAt(source, 'document', start, end, plenumResolutionKey(plenum, term ?? articleTerm ?? '?'), data));
    } else {
      const parsed = parseOrdinal(g.congress as string);
      // As for congresses: an Arabic number after a lower-case "đại hội" is more likely a count.
      if (!parsed || (parsed.numeral === 'arabic' && g.congressWord === 'đ' && g.congressNth === undefined)) continue;
      const data: DocumentData = { kind: 'document', type: 'Nghị quyết', congress: parsed.ordinal, ...subjectAt(norm, end) };
      mentions.push(mentionAt(source, 'document', start, end, congressResolutionKey(parsed.ordinal), data));
    }
  }
  return mentions;
}

/** The date and issuer written after a document number, in either order, and where they end. */
function readTail(norm: string, from: number): { end: number; date?: CalendarDate; issuer?: string; term?: number } {
  let end = from;
  let date: CalendarDate | undefined;
  let issuer: string | undefined;
  let term: number | undefined;
  for (let progress = true; progress; ) {
    progress = false;
    if (!date) {
      DATE_AFTER.lastIndex = end;
      const d = DATE_AFTER.exec(norm);
      const valid = d && validDate(Number(d[4]), Number(d[3]), Number(d[1]));
      if (d && valid) {
        date = valid;
        end = DATE_AFTER.lastIndex;
        progress = true;
      }
    }
    if (issuer === undefined) {
      ISSUER_AFTER.lastIndex = end;
      const i = ISSUER_AFTER.exec(norm);
      if (i?.groups) {
        issuer = i.groups.issuer;
        term = i.groups.term === undefined ? undefined : parseOrdinal(i.groups.term)?.ordinal;
        end = ISSUER_AFTER.lastIndex;
        progress = true;
      }
    }
  }
  return { end, date, issuer, term };
}

/** The subject after "về", up to the end of its clause or its closing quote. */
function subjectAt(norm: string, from: number): { subject?: string } {
  SUBJECT_START.lastIndex = from;
  if (!SUBJECT_START.exec(norm)) return {};
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
  return subject.length > 0 ? { subject } : {};
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

function capitalise(text: string): string {
  return text[0].toLocaleUpperCase('vi') + text.slice(1);
}
