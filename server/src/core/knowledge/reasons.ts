/**
 * Why the knowledge base took a name to mean one official (or could not),
 * or a citation to mean one document. The knowledge base answers with a
 * reason code and its values, never a sentence: the hover renders it in the
 * reader's language (messages/sentences.ts, `KnowledgeMessages.reasons`).
 * Names, titles and codes are as written; dates are ISO; terms are numbers.
 * `date` is the date the evidence applies to, when the article has one.
 */
export type ResolutionReason =
  /** No official of that name is known. */
  | { readonly kind: 'noSuchPerson'; readonly name: string }
  /** One official has the name, and the article gives no title to check. */
  | { readonly kind: 'onlyNamesake'; readonly name: string }
  /** `people` namesakes, and none of the article's titles is held by anyone known. */
  | { readonly kind: 'untold'; readonly name: string; readonly people: number; readonly date?: string }
  /** The one official of that name is not known to have held the article's `titles` (joined with commas). */
  | { readonly kind: 'notKnownToHold'; readonly name: string; readonly titles: string; readonly date?: string }
  | { readonly kind: 'noneHeld'; readonly name: string; readonly people: number; readonly titles: string; readonly date?: string }
  /** `count` of the `people` namesakes fit the titles equally well. */
  | { readonly kind: 'several'; readonly name: string; readonly count: number; readonly people: number; readonly titles: string; readonly date?: string }
  /** The one official of that name held the titles (`certain`), or may have. */
  | { readonly kind: 'held'; readonly name: string; readonly certain: boolean; readonly titles: string; readonly date?: string }
  /**
   * Of `people` namesakes only `id` fits; `possibly` others fit less well
   * (they only possibly held the titles, while `id` certainly did).
   */
  | {
      readonly kind: 'onlyOne';
      readonly name: string;
      readonly people: number;
      readonly id: string;
      readonly certain: boolean;
      readonly titles: string;
      readonly possibly: number;
      readonly date?: string;
    }
  /**
   * Not the namesake(s) of the provinces `others`: in this folder both held posts, in different
   * provinces (`places` are this one's), at the first session of the councils of one term (`term`, "2016–2021").
   */
  | { readonly kind: 'apartByPlace'; readonly name: string; readonly places: string; readonly others: string; readonly term: string }
  /** Not the namesake(s) born in the years `others` (joined by ", "): the folder gives this one's birth year as `born`. */
  | { readonly kind: 'apartByBirth'; readonly name: string; readonly born: number; readonly others: string }
  /** Not the namesake(s) the folder calls by the other honorific: this one is called `sex` ("ông", a man, or "bà", a woman); `places` are this one's provinces, joined by ", ". */
  | { readonly kind: 'apartBySex'; readonly name: string; readonly sex: 'ông' | 'bà'; readonly places: string }
  /**
   * Not the namesake(s) in office in the years `others` (each "1956" or "1950–1956", joined by "; "): the folder dates this one's posts
   * in `years`, and no career spans both; `places` are this one's provinces, joined by ", ".
   */
  | { readonly kind: 'apartByEra'; readonly name: string; readonly years: string; readonly places: string; readonly others: string }
  /** The folder tells these officials of the name apart (each by its provinces, joined by ", ", birth year, honorific and years in office), and this article does not say which one it means. */
  | {
      readonly kind: 'namesakeUntold';
      readonly name: string;
      readonly officials: readonly { readonly places: string; readonly born?: number; readonly sex?: 'ông' | 'bà'; readonly years?: string }[];
    }
  /** The user linked the citation to the document in the workspace knowledge file. */
  | { readonly kind: 'linked' }
  | { readonly kind: 'noSuchDocument'; readonly code: string }
  | { readonly kind: 'onlyDocument'; readonly code: string }
  /** `count` documents share the code and nothing dates the citation. */
  | { readonly kind: 'sameNumber'; readonly code: string; readonly count: number }
  | { readonly kind: 'ofTerm'; readonly code: string; readonly term: number }
  | { readonly kind: 'noneOfTerm'; readonly code: string; readonly term: number }
  | { readonly kind: 'severalOfTerm'; readonly code: string; readonly term: number; readonly count: number }
  /** The document issued on the citation's `date` (in term `term`, when the date falls in one). */
  | { readonly kind: 'issuedOn'; readonly code: string; readonly date: string; readonly term?: number }
  | { readonly kind: 'noneIssuedBy'; readonly code: string; readonly date: string }
  /** The newest document of that code by `date`: of term `latestTerm`, issued on `issued` (unknown: some time in its term). */
  | { readonly kind: 'latestBy'; readonly code: string; readonly date: string; readonly term?: number; readonly latestTerm?: number; readonly issued?: string };

