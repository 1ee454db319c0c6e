import { EN } from './en';
import { VI } from './vi';

/**
 * Every sentence the server shows a user, in one catalogue per language
 * (en.ts, vi.ts). A catalogue is a typed object, so a message missing from
 * one language does not compile, and messages that count things are
 * functions: Vietnamese nouns do not take a plural, English ones do.
 */
export interface Messages {
  readonly showTimeline: string;
  /** Code lens above a person's introduction. */
  lens(name: string, mentions: number, files: number): string;
  /** Quick fix and source action that apply every fix of one rule in the file. */
  fixAllInFile(rule: string, count: number): string;
  /** The fix-all source action run on save (`source.fixAll.reportLens`). */
  readonly fixAllOnSave: string;
  readonly progressTitle: string;
  readonly progressListing: string;
  progressArticles(done: number, total: number): string;
}

export type Language = 'en' | 'vi';

export const LANGUAGES: Readonly<Record<Language, Messages>> = { en: EN, vi: VI };

/** The language of a locale tag (`vi`, `vi-VN`, `en-US`, `vi_VN.UTF-8` from LANG); English unless Vietnamese. */
export function languageOf(locale: string | undefined): Language {
  return locale !== undefined && /^vi(?:[-_.]|$)/i.test(locale) ? 'vi' : 'en';
}

export function messagesFor(locale: string | undefined): Messages {
  return LANGUAGES[languageOf(locale)];
}
