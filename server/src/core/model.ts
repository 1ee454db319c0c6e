/**
 * The article model shared by every layer of the analysis core.
 *
 * All offsets are JavaScript string offsets (UTF-16 code units) into the
 * article text exactly as it was read, so they equal LSP `character` counting
 * once split into lines. Normalised text is only ever used for matching.
 */

import type { FileReason } from './fileReason';
import type { ResolutionReason } from './knowledge/reasons';
import type { InvalidUtf8 } from './text/decode';

/**
 * Every kind of entity, in the order the editor lists them (semantic token
 * types, the CLI's and the server's kind filters). This is the one list:
 * every other is derived from it, and a test checks that package.json's
 * semantic token types agree.
 */
export const ENTITY_KINDS = ['person', 'author', 'title', 'organization', 'document', 'congress', 'date', 'award'] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

/** True when a string from outside (a request, a command line) names an entity kind. */
export function isEntityKind(kind: string): kind is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(kind);
}

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

/**
 * What a title's context says about the post, beyond the post itself:
 * `former` (nguyên), `new` (tân), `acting` (quyền), `concurrent` (kiêm), and
 * the events a predicate makes of it at the article's date: `appointed`
 * ("được bầu giữ chức …", "được bổ nhiệm làm …") and `left` ("thôi giữ chức …").
 */
export type TitleModifier = 'former' | 'new' | 'acting' | 'concurrent' | 'appointed' | 'left';

export const TITLE_MODIFIERS: readonly TitleModifier[] = ['former', 'new', 'acting', 'concurrent', 'appointed', 'left'];

/** A title that belongs to one mention of a person. */
export interface PersonTitle extends Span {
  /** The post as written, without its modifier word or term qualifier ("Bí thư Tỉnh ủy Hà Tĩnh"). */
  readonly text: string;
  /** The canonical post, for comparing titles across articles and with the knowledge base. */
  readonly canonical: string;
  readonly modifiers: readonly TitleModifier[];
}

export interface PersonData {
  readonly kind: 'person';
  /** The name as written, whitespace collapsed (e.g. "Trương Thị Mai"). */
  readonly name: string;
  /** The honorific in front of the name, if any ("đồng chí", "Đ/c", "ông"…). */
  readonly honorific?: string;
  /** The titles written at this mention: before the name, in its appositive or parenthesis, or in a predicate after it. */
  readonly titles: readonly PersonTitle[];
  /**
   * The year a narrative sets for the posts of this mention ("Năm 1956, … ông A - Trưởng Ban …";
   * recognise/narrativeYears.ts), when one does: the posts are held then, whatever the article's date.
   */
  readonly heldIn?: number;
  /**
   * Set when the knowledge base knows several officials of this name and
   * the evidence (titles, dates) does not decide: the keys of the officials
   * it may be, and why. The mention's key is then the name's own key.
   */
  readonly ambiguity?: { readonly candidates: readonly string[]; readonly reason: ResolutionReason };
  /** Set when the folder tells officials of this name apart and the mention's key names one of them: why. */
  readonly toldApart?: ResolutionReason;
}

/**
 * The posts a person mention says are held at the article's date, canonical
 * and distinct, in text order: not former ones (nguyên) and not ones left
 * (thôi giữ chức); a post the article appoints them to is held from its date.
 */
export function currentPosts(data: PersonData): string[] {
  const posts: string[] = [];
  for (const t of data.titles) {
    if (t.modifiers.includes('former') || t.modifiers.includes('left')) continue;
    if (!posts.includes(t.canonical)) posts.push(t.canonical);
  }
  return posts;
}

/**
 * The year a narrative sets for every post the mentions give (an article's mentions of one person),
 * when one year does for all of them (PersonData.heldIn) and it is not the year the article was
 * published: the posts are then dated by it, not by the article. Undefined otherwise.
 */
export function narrativeYearOf(mentions: readonly Mention[], article: Article | undefined): number | undefined {
  let year: number | undefined;
  for (const mention of mentions) {
    if (mention.data.kind !== 'person' || currentPosts(mention.data).length === 0) continue;
    if (mention.data.heldIn === undefined || (year !== undefined && year !== mention.data.heldIn)) return undefined;
    year = mention.data.heldIn;
  }
  return year === article?.publication?.date.year ? undefined : year;
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
  /** What the text says about the post at this mention (nguyên, được bầu giữ chức…), when anything. */
  readonly modifiers?: readonly TitleModifier[];
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
  /** Without a date: the year of issue, when the text tells it by the time elapsed since ("chưa đầy 10 tháng kể từ khi … ban hành"). */
  readonly year?: number;
  /** The issuing body written with the citation, before or after it, in its canonical spelling ("Bộ Chính trị"), if any. */
  readonly issuer?: string;
  /**
   * True when the issuer is written after the next citation of a list and read as this one's too ("quy định 102,
   * quy định 07 của Bộ Chính trị"): likely, not certain ("Quy định 69-QĐ/TW và Quy định 37-QĐ/TW ngày 25/10/2021 của
   * Ban Chấp hành Trung ương" names the issuer of the second alone), so no rule finds fault with it.
   */
  readonly issuerShared?: true;
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

/** A mention of one kind, with the data of that kind. */
export interface MentionOf<D extends MentionData> extends Span {
  readonly kind: D['kind'];
  /** The surface text, exactly as in the article. */
  readonly text: string;
  /**
   * The workspace-wide identity of the entity mentioned, e.g. "person:trương thị mai"
   * or "document:CT 35/TW@2019" (built in entityKeys.ts). Mentions with the same key are the same entity.
   */
  readonly key: string;
  /** True for a full introduction: a name with its titles, a document with code, date or issuer. */
  readonly introduction: boolean;
  readonly data: D;
}

/** Any mention: a union discriminated on `kind`, so testing the kind narrows `data` without a cast. */
export type Mention = { [K in EntityKind]: MentionOf<Extract<MentionData, { kind: K }>> }[EntityKind];

export type PersonMention = MentionOf<PersonData>;

/** What a mention holds besides its kind and data. */
export type MentionSpan = Omit<MentionOf<MentionData>, 'kind' | 'data'>;

/** A mention whose kind is its data's, so the two always agree (narrowed by the data's kind, without a cast). */
export function mentionOf(span: MentionSpan, data: MentionData): Mention {
  switch (data.kind) {
    case 'person':
      return { ...span, kind: data.kind, data };
    case 'author':
      return { ...span, kind: data.kind, data };
    case 'title':
      return { ...span, kind: data.kind, data };
    case 'organization':
      return { ...span, kind: data.kind, data };
    case 'document':
      return { ...span, kind: data.kind, data };
    case 'date':
      return { ...span, kind: data.kind, data };
    case 'congress':
      return { ...span, kind: data.kind, data };
    case 'award':
      return { ...span, kind: data.kind, data };
  }
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
   * encoding, or the host skipped it); such an article has no mentions and
   * reports only this.
   */
  readonly unreadable?: FileReason;
  /** Set with `unreadable` when the file was skipped unread or undecoded (binary, not a regular file, too large…) rather than in a legacy encoding. */
  readonly skipped?: true;
  /** Where the file's bytes were not valid UTF-8 (the text holds U+FFFD there), and how many such places it has. */
  readonly invalidUtf8?: InvalidUtf8;
  /**
   * The rules that read the text alone (`Rule.textOnly`) and find nothing in it, as checked where the
   * file was analysed (a worker thread, or the cache): linting skips them. Since the text is all they
   * read, this holds as long as the text does, whatever the folder, the settings or the language.
   */
  readonly quietRules?: readonly string[];
}
