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
  // A word is a run of letters with their combining marks ([\p{L}\p{M}]+), so a decomposed text still counts.
  // One pass over the code points, a table lookup each: a regular expression with property escapes and a
  // string per word cost more than the rest of deciding.
  let start = -1;
  let hasMark = false;
  let vietnamese = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const flags = code < TABLE_SIZE ? TABLE[code] : flagsOf(code);
    if ((flags & IN_WORD) === 0) {
      if (start !== -1) {
        words++;
        if (isMarked(text, start, i, hasMark, vietnamese)) marked++;
        start = -1;
      }
    } else {
      if (start === -1) {
        start = i;
        hasMark = false;
        vietnamese = false;
      }
      if ((flags & COMBINING) !== 0) hasMark = true;
      if ((flags & VIETNAMESE) !== 0) vietnamese = true;
    }
    i += code > 0xffff ? 2 : 1;
  }
  if (start !== -1) {
    words++;
    if (isMarked(text, start, text.length, hasMark, vietnamese)) marked++;
  }
  return { prose: marked >= MIN_MARKED && marked >= words * MIN_SHARE, words, marked };
}

/** Whether a word carries a Vietnamese letter; decomposed marks are folded first, so NFD text is judged like NFC. */
function isMarked(text: string, start: number, end: number, hasMark: boolean, vietnamese: boolean): boolean {
  return hasMark && end - start > 1 ? VIETNAMESE_LETTER.test(text.slice(start, end).normalize('NFC')) : vietnamese;
}

/** A code point's flags: part of a word, a combining mark, a letter only Vietnamese writes (one code unit). */
const IN_WORD = 1;
const COMBINING = 2;
const VIETNAMESE = 4;

function flagsOf(code: number): number {
  const ch = String.fromCodePoint(code);
  return (/[\p{L}\p{M}]/u.test(ch) ? IN_WORD : 0) | (/\p{M}/u.test(ch) ? COMBINING : 0) | (code <= 0xffff && VIETNAMESE_LETTER.test(ch) ? VIETNAMESE : 0);
}

/** The flags of the code points below U+2100 (Vietnamese letters and the usual punctuation), worked out once. */
const TABLE_SIZE = 0x2100;
const TABLE = new Uint8Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) TABLE[code] = flagsOf(code);

/** The log line that says why a file was left alone (never a warning: the file is simply not an article). */
export function notProseReason(verdict: ProseVerdict): string {
  return `not Vietnamese prose (${verdict.marked} of ${verdict.words} words carry Vietnamese letters)`;
}
