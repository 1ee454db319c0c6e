/**
 * The article model shared by every layer of the analysis core.
 *
 * All offsets are JavaScript string offsets (UTF-16 code units) into the
 * article text exactly as it was read, so they equal LSP `character` counting
 * once split into lines. Normalised text is only ever used for matching.
 */

export type EntityKind =
  | 'person'
  | 'author'
  | 'title'
  | 'organization'
  | 'document'
  | 'congress'
  | 'date'
  | 'award';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A calendar date as year, month (1–12) and day (1–31). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface PersonData {
  readonly kind: 'person';
  /** The name as written, whitespace collapsed (e.g. "Trương Thị Mai"). */
  readonly name: string;
  /** The honorific in front of the name, if any ("đồng chí", "Đ/c", "ông"…). */
  readonly honorific?: string;
  /** Canonical titles of the appositive title list (or the title written before the name). */
  readonly titles: readonly string[];
}

export interface AuthorData {
  readonly kind: 'author';
  readonly name: string;
  /** What the byline credits: text, photo, or a wire agency. */
  readonly role: 'text' | 'photo' | 'agency';
}

export interface TitleData {
  readonly kind: 'title';
  /** The canonical spelling of the post from the title lexicon. */
  readonly canonical: string;
  /** The person the title belongs to in this mention, when it is attached to one. */
  readonly holder?: string;
}

export interface OrganizationData {
  readonly kind: 'organization';
  readonly canonical: string;
}

export interface DocumentData {
  readonly kind: 'document';
  /** Vietnamese document type in words: "Chỉ thị", "Quy định", "Nghị quyết"… */
  readonly type: string;
  /** The number as written ("35"), if any. */
  readonly number?: string;
  /** The full code as written, whitespace collapsed ("35-CT/TW", "21 – NQ/TW", "1886/QĐ-TTg"), if written. */
  readonly code?: string;
  /** The type abbreviation inside the code ("CT", "QĐNS"), if written, or shared with the other number of a pair ("số 528 và 529-QĐNS/TW"). */
  readonly codeType?: string;
  /** The issuing suffix inside the code, "/TƯ" and "/T.Ư" read as "TW" ("TW", "BTCTW", "TTg"), if written. */
  readonly codeIssuer?: string;
  /** The date written with the citation, if any. */
  readonly date?: CalendarDate;
  /** The issuing body written with the citation, before or after it, in its canonical spelling ("Bộ Chính trị"), if any. */
  readonly issuer?: string;
  /** The subject after "về", if written. */
  readonly subject?: string;
  /** For named resolutions without a number: plenum and term ("Trung ương 4", term 13). */
  readonly plenum?: number;
  readonly term?: number;
  /** "Nghị quyết Đại hội XIII": the resolution of a congress. */
  readonly congress?: number;
  /**
   * For a short name ("Quy định 114", "(Chỉ thị 45)") of a document cited in
   * full earlier in the article: the span of that full citation, whose key it shares.
   */
  readonly shortOf?: Span;
}

export interface DateData {
  readonly kind: 'date';
  /** First day of the date or period. */
  readonly from: CalendarDate;
  /** Last day of the date or period (equal to `from` for a single day). */
  readonly to: CalendarDate;
  readonly granularity: 'day' | 'month' | 'quarter' | 'half' | 'year';
  /** Weekday written with the date (0 = Sunday … 6 = Saturday), if any. */
  readonly statedWeekday?: number;
  /** The time of day written with the date ("18:22"), if any. */
  readonly time?: string;
  /** How the date was resolved, in plain words (shown in the hover). */
  readonly resolution: string;
  /** True when this date is the article's dateline (publication or update time). */
  readonly dateline?: 'published' | 'updated';
  /** Day and month as written when the year was inferred. */
  readonly yearInferred?: boolean;
}

export interface CongressData {
  readonly kind: 'congress';
  /**
   * What is numbered: the national Party congress, the Central Committee's term (khóa), its plenum,
   * a National Assembly term, bare term years; or a local or mass organisation's congress, term
   * or plenum (a province, city, district, commune, bloc, army Party organisation, people's council,
   * the Front, the Youth Union…), which the national-term checks leave alone.
   */
  readonly body: 'party-congress' | 'party-term' | 'plenum' | 'national-assembly' | 'term-years' | 'local-congress' | 'local-term' | 'local-plenum';
  /** The ordinal (13 for "XIII" or "13"); absent for bare "nhiệm kỳ 2020-2025". */
  readonly ordinal?: number;
  readonly numeral?: 'roman' | 'arabic';
  /** The span of just the numeral, for fixes. */
  readonly numeralSpan?: Span;
  /** The years of a bare term ("nhiệm kỳ 2026-2031"). */
  readonly years?: readonly [number, number];
}

export interface AwardData {
  readonly kind: 'award';
  readonly name: string;
  readonly edition: number;
  readonly year?: number;
}

export type MentionData =
  | PersonData
  | AuthorData
  | TitleData
  | OrganizationData
  | DocumentData
  | DateData
  | CongressData
  | AwardData;

export interface Mention extends Span {
  readonly kind: EntityKind;
  /** The surface text, exactly as in the article. */
  readonly text: string;
  /**
   * The workspace-wide identity of the entity mentioned, e.g. "person:trương thị mai"
   * or "document:CT 35/TW@2019". Mentions with the same key are the same entity.
   */
  readonly key: string;
  /** True for a full introduction: a name with its titles, a document with code, date or issuer. */
  readonly introduction: boolean;
  readonly data: MentionData;
}

export interface Publication {
  /** The publication day; when only the month or year is known, the first day of it (see `precision`). */
  readonly date: CalendarDate;
  /** Where the publication date came from: a dateline, the page store's header prefix, or the text. */
  readonly source: 'dateline' | 'header' | 'inferred';
  /** How much of `date` the article gives, so checks do not invent a day. */
  readonly precision: 'day' | 'month' | 'year';
  /** What the date was taken from, in words quoting the text (shown in hovers and exported). */
  readonly evidence: string;
  /** The dateline's mention span, when there is one. */
  readonly span?: Span;
  /** Update time of the dateline ("Cập nhật lúc …"), when given separately. */
  readonly updated?: CalendarDate;
}

export interface Article {
  readonly uri: string;
  readonly text: string;
  /** Text version, bumped by the caller on each change; used to skip re-analysis. */
  readonly version: number;
  readonly publication?: Publication;
  /** Every mention, sorted by start offset, non-overlapping within a kind. */
  readonly mentions: readonly Mention[];
  /**
   * Why the file could not be analysed (it is in a legacy Vietnamese
   * encoding); such an article has no mentions and reports only this.
   */
  readonly unreadable?: string;
}
