import type { CalendarDate, Span } from '../model';

/**
 * The plain facts a knowledge file holds (officials and their posts, Party
 * documents, award editions, organisations, taught aliases), as the reader in
 * knowledgeData.ts produces them and the knowledge base in knowledgeBase.ts
 * queries them. They live apart from both so that neither imports the other.
 */

export type Confidence = 'high' | 'medium' | 'low';

/** How exactly a date is known: to the day, the month, the year, or not at all. */
export type Precision = 'day' | 'month' | 'year' | 'unknown';

/**
 * A date known to some precision. `earliest` and `latest` are the first and
 * last day it can be: the same day for a day, the whole month or year for
 * coarser dates, and open bounds (or none) for an unknown date.
 */
export interface DateBound {
  /** The date as the knowledge file gives it ("2016-02", "unknown", "not before 2026-03-15"). */
  readonly text: string;
  readonly precision: Precision;
  readonly earliest?: CalendarDate;
  readonly latest?: CalendarDate;
  /** A bound set by a term ("start of khóa XIII"), kept so the interface can say it in the user's language. */
  readonly term?: { readonly which: 'start' | 'end'; readonly term: number };
  /** A bound given as {notBefore, notAfter}, each as written (YYYY-MM-DD). */
  readonly range?: { readonly notBefore?: string; readonly notAfter?: string };
}

/** What every fact carries: where it comes from and how sure it is. */
export interface Sourced {
  readonly sources: readonly string[];
  readonly confidence: Confidence;
  readonly note?: string;
}

/** Where an entry was defined: the bundled data, or the workspace file (with its span there). */
export interface Origin {
  readonly origin: 'bundled' | 'workspace';
  /** The span of the entry's name (or code) in the workspace knowledge file, for Go to Definition. */
  readonly definition?: Span;
}

/** A fact that only says the post was held on (or during) a date. */
export interface Attestation extends Sourced {
  readonly date: DateBound;
}

/**
 * One post held by one person. Both ends are inclusive, so on the day of a
 * hand-over the outgoing and the incoming holder both hold it.
 */
export interface Post extends Sourced {
  /** The canonical title ("Trưởng Ban Tổ chức Trung ương"). */
  readonly title: string;
  /** The Party term (khóa) of a membership such as "Ủy viên Bộ Chính trị". */
  readonly term?: number;
  readonly start: DateBound;
  /** Absent while the post is still held as far as the knowledge base knows. */
  readonly end?: DateBound;
  readonly attested: readonly Attestation[];
}

export interface Person extends Origin {
  /** Stable id; people who share a name have different ids. */
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly birthYear?: number;
  readonly note?: string;
  readonly posts: readonly Post[];
}

export interface PartyDocument extends Sourced, Origin {
  readonly id: string;
  /** The type in words: "Chỉ thị", "Hướng dẫn"… */
  readonly type: string;
  /** The full code as written ("35-CT/TW") and its parts. */
  readonly code: string;
  readonly number: string;
  readonly codeType: string;
  readonly codeIssuer: string;
  /** The body that issued it, when the sources name it. */
  readonly issuer?: string;
  readonly date?: DateBound;
  /** The Party term the number belongs to: numbers restart in every term. */
  readonly term?: number;
  readonly plenum?: number;
  readonly subject?: string;
  readonly signedBy?: string;
}

export interface AwardEdition extends Sourced, Origin {
  readonly name: string;
  readonly edition: number;
  /** The year the edition covers ("lần thứ V - năm 2020"). */
  readonly year: number;
  readonly awarded?: DateBound;
}

export interface Organization extends Sourced, Origin {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** The suffixes its documents carry after the "/" of a code ("BTCTW"). */
  readonly codeIssuers: readonly string[];
}

/** Aliases a workspace adds to a person defined elsewhere, by id. */
export interface AliasAddition {
  readonly personId: string;
  readonly aliases: readonly string[];
  readonly definition?: Span;
}

/** Citation forms a workspace links to a document by id ("Nghị quyết Trung ương 4 (khóa XIII)"). */
export interface DocumentAliasAddition {
  readonly documentId: string;
  readonly aliases: readonly string[];
  readonly definition?: Span;
}

/** Text the recognisers take for an entity that is none, in one file (relative path) or everywhere. */
export interface NotEntity {
  readonly text: string;
  readonly file?: string;
}

/** Everything a knowledge file holds, already checked and converted. */
export interface KnowledgeData {
  readonly people: readonly Person[];
  readonly documents: readonly PartyDocument[];
  readonly organizations: readonly Organization[];
  readonly awards: readonly AwardEdition[];
  /** Titles that one person holds at a time, so a certain holder excludes the others. */
  readonly singlePosts: readonly string[];
  readonly aliases: readonly AliasAddition[];
  readonly documentAliases: readonly DocumentAliasAddition[];
  readonly notEntities: readonly NotEntity[];
}

/** A problem in a knowledge file, as an offset range into that file. */
export interface KnowledgeIssue extends Span {
  readonly message: string;
}
