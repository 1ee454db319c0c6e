/**
 * Whether a text is Vietnamese prose, decided cheaply from its words. Report
 * Lens reads articles; a folder also holds licences, requirement lists,
 * English notes and code, which would only yield false entities and findings.
 * Almost every Vietnamese sentence carries letters that English and code do
 * not (ă â đ ê ô ơ ư and the five tone marks), so the share of words holding
 * one separates the two without a dictionary, in one pass over the text.
 */

/** Letters only Vietnamese writes among Latin scripts: the modified vowels, đ, and every toned vowel (NFC). */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
/** Words: runs of letters with their combining marks (a decomposed text still counts). */
const WORD = /[\p{L}\p{M}]+/gu;

/** In Vietnamese prose more than half the syllables carry a mark; English and code carry almost none. */
const MIN_SHARE = 0.3;
/**
 * However short, a text needs this many marked syllables: one accented word
 * ("café", "résumé") does not make an English note Vietnamese, while a
 * heading such as "Ban Tổ chức" already has two.
 */
const MIN_MARKED = 2;

export interface ProseVerdict {
  readonly prose: boolean;
  /** Words seen and words carrying a Vietnamese letter, for the log line that explains a skip. */
  readonly words: number;
  readonly marked: number;
}

export function judgeProse(text: string): ProseVerdict {
  let words = 0;
  let marked = 0;
  for (const match of text.matchAll(WORD)) {
    words++;
    // Decomposed marks are folded first, so NFD text is judged like NFC.
    const word = match[0];
    if (VIETNAMESE_LETTER.test(word.length > 1 && /\p{M}/u.test(word) ? word.normalize('NFC') : word)) marked++;
  }
  return { prose: marked >= MIN_MARKED && marked >= words * MIN_SHARE, words, marked };
}

/** The log line that says why a file was left alone (never a warning: the file is simply not an article). */
export function notProseReason(verdict: ProseVerdict): string {
  return `not Vietnamese prose (${verdict.marked} of ${verdict.words} words carry Vietnamese letters)`;
}
