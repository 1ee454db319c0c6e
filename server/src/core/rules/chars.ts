/**
 * Character classes for the rules that scan whole articles. Unicode property
 * escapes (\p{L}) in regular expressions run several times slower than a
 * table lookup on Vietnamese text, and these scans run on every keystroke, so
 * the classes of the code units Vietnamese uses (Latin up to the Latin
 * Extended Additional block) are computed once into a table.
 */

export const OTHER = 0;
export const LOWER = 1;
export const UPPER = 2;
export const DIGIT = 3;
/** Letters without case, and letters outside the table's range, tested with the slow path. */
export const LETTER = 4;

const TABLE_SIZE = 0x2000;
const TABLE = new Uint8Array(TABLE_SIZE);
const LOWER_CASE = new Uint16Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  const ch = String.fromCharCode(code);
  TABLE[code] = slowClass(ch);
  const lower = ch.toLowerCase();
  LOWER_CASE[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
}

function slowClass(ch: string): number {
  if (/\p{Ll}/u.test(ch)) return LOWER;
  if (/\p{Lu}/u.test(ch)) return UPPER;
  if (/\p{Nd}/u.test(ch)) return DIGIT;
  return /\p{L}/u.test(ch) ? LETTER : OTHER;
}

/** The class of the code unit at `i` (OTHER past either end). */
export function classAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return OTHER;
  const code = text.charCodeAt(i);
  return code < TABLE_SIZE ? TABLE[code] : slowClass(text[i]);
}

export function isLetter(cls: number): boolean {
  return cls === LOWER || cls === UPPER || cls === LETTER;
}

/** Whether two ranges of a text hold the same word, ignoring case. */
export function sameLetters(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x === y) continue;
    if (x >= TABLE_SIZE || y >= TABLE_SIZE || LOWER_CASE[x] !== LOWER_CASE[y]) return false;
  }
  return true;
}

/**
 * Whether the code point at `i` is a letter, a combining mark or an ASCII
 * digit: what the rules' word patterns are bounded by ((?<![\p{L}\p{M}\d])
 * and (?![\p{L}\p{M}\d]) in a regular expression), read from a table.
 */
export function wordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.codePointAt(i) as number;
  return code < TABLE_SIZE ? WORD_CHAR[code] === 1 : WORD_CHAR_PATTERN.test(String.fromCodePoint(code));
}

/** Whether the code point ending at `i` is a letter, a combining mark or an ASCII digit (see wordCharAt). */
export function wordCharBefore(text: string, i: number): boolean {
  // A code point above U+FFFF at i - 2 is a surrogate pair ending at i.
  const paired = i >= 2 && (text.codePointAt(i - 2) as number) > 0xffff;
  return wordCharAt(text, paired ? i - 2 : i - 1);
}

/** Whether a code point is an upper-case letter (\p{Lu}). */
export function isUpperCodePoint(code: number): boolean {
  return code < TABLE_SIZE ? TABLE[code] === UPPER : /\p{Lu}/u.test(String.fromCodePoint(code));
}

/** Whether a code point is a lower-case letter (\p{Ll}). */
export function isLowerCodePoint(code: number): boolean {
  return code < TABLE_SIZE ? TABLE[code] === LOWER : /\p{Ll}/u.test(String.fromCodePoint(code));
}

const WORD_CHAR_PATTERN = /[\p{L}\p{M}\d]/u;
const WORD_CHAR = new Uint8Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) WORD_CHAR[code] = WORD_CHAR_PATTERN.test(String.fromCharCode(code)) ? 1 : 0;

/** Whether a code unit is a full stop, an exclamation or a question mark: what may end a sentence. */
export function isSentenceEnd(code: number): boolean {
  return code === 0x2e /* . */ || code === 0x21 /* ! */ || code === 0x3f /* ? */;
}
