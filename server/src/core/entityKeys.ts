import type { CalendarDate } from './model';
import { toIso } from './calendar';
import { matchKey } from './text/source';

/**
 * Every entity key is built here, so that two places that mean the same
 * entity cannot spell its key two ways. A key is `<kind>:<identity>`; the
 * workspace index groups mentions by it, rules compare it, and exports
 * write it as the entity id, so the formats below are part of the interface.
 */

/** A person known only by name: every mention of the name is one entity. */
export function personKey(name: string): string {
  return `person:${matchKey(name)}`;
}

/**
 * A person the knowledge base tells apart from namesakes (the three Nguyễn
 * Thanh Bình): the name's key plus the knowledge-base id, so two officials
 * who share a name never share an entity.
 */
export function resolvedPersonKey(name: string, knowledgeId: string): string {
  return `${personKey(name)}#${knowledgeId}`;
}

/**
 * One of several officials of one name that the folder tells apart (by birth
 * years, or by posts in two provinces at the start of the same term): the
 * name's key plus what labels that official, its birth year or first province.
 */
export function namesakeKey(name: string, label: string): string {
  return `${personKey(name)}@${matchKey(label)}`;
}

export function authorKey(name: string): string {
  return `author:${matchKey(name)}`;
}

export function titleKey(canonical: string): string {
  return `title:${matchKey(canonical)}`;
}

export function organizationKey(canonical: string): string {
  return `organization:${matchKey(canonical)}`;
}

/**
 * A numbered document: its code type, number (without leading zeros: "03"
 * is 3), issuing suffix, and the Party term its number belongs to (numbers
 * restart every term), or "?" when the term is unknown.
 */
export function documentKey(codeType: string, number: string, codeIssuer: string, term: number | '?'): string {
  return `document:${codeType}-${number.replace(/^0+(?=\d)/, '')}/${codeIssuer}@${term}`;
}

/** The resolution of a Central Committee plenum of a term ("Nghị quyết Trung ương 4 khóa XIII"). */
export function plenumResolutionKey(plenum: number, term: number | '?'): string {
  return `document:NQ-TW${plenum}@${term}`;
}

/** The resolution of a national Party congress ("Nghị quyết Đại hội XIII"). */
export function congressResolutionKey(congress: number): string {
  return `document:NQ-DH${congress}`;
}

/** The resolution of a local Party congress ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV"): local congresses are numbered per body. */
export function localCongressResolutionKey(congress: number, body: string): string {
  return `document:NQ-DH${congress}@${matchKey(body)}`;
}

/** What a congress mention numbers: a Party congress or term, a plenum of a term, a National Assembly term, or bare term years. */
export type CongressKeyBody = 'party' | 'assembly';

export function congressKey(body: CongressKeyBody, ordinal: number): string {
  return `congress:${body}#${ordinal}`;
}

/**
 * A local or mass organisation's congress ("Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX"): such
 * congresses are numbered per body, so the body's words are part of the key (empty when the text
 * names the body only around the congress, as in "Đảng bộ xã … tổ chức Đại hội Đại biểu lần thứ I").
 */
export function localCongressKey(body: string, ordinal: number): string {
  return `congress:local${body ? `:${matchKey(body)}` : ''}#${ordinal}`;
}

/** A local body's term ("Bí thư Tỉnh ủy khóa XIX", "HĐND tỉnh khóa XVIII"): not the Party Central Committee's khóa. */
export function localTermKey(ordinal: number): string {
  return `congress:local-term#${ordinal}`;
}

/** A local committee's or mass organisation's meeting ("Hội nghị lần thứ nhất" of a provincial committee). */
export function localPlenumKey(ordinal: number): string {
  return `congress:local-plenum#${ordinal}`;
}

export function plenumKey(ordinal: number, term?: number): string {
  return `congress:plenum#${ordinal}${term !== undefined ? `@${term}` : ''}`;
}

export function termYearsKey(from: number, to: number): string {
  return `congress:term#${from}-${to}`;
}

/** A day, or a period from its first to its last day. */
export function dateKey(from: CalendarDate, to?: CalendarDate): string {
  return to === undefined ? `date:${toIso(from)}` : `date:${toIso(from)}/${toIso(to)}`;
}

export function awardKey(name: string, edition: number): string {
  return `award:${matchKey(name)}#${edition}`;
}
