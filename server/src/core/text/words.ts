/**
 * Words of a normalised text, for recognisers that match phrases word by
 * word (titles, organisations, names). A word is a run of letters, a run of
 * digits, or one punctuation mark. A run of letters is also split where a
 * lower-case letter is followed by a capital ("DiệpẢnh"), because scraped
 * articles glue words together and the second word must still be found.
 *
 * The words are kept as parallel arrays of numbers, not as one object per
 * word, and a word's lower-case key is made on first use: most words of an
 * article are never looked up, and an object and a string for each would
 * cost more than the whole split.
 */

import type { Source } from './source';

export type WordKind = 'word' | 'number' | 'mark';

/** What separates a word from the one before: nothing (glued), spaces, or a line break. */
export type Gap = 'none' | 'space' | 'line';

const KINDS: readonly WordKind[] = ['word', 'number', 'mark'];
const GAPS: readonly Gap[] = ['none', 'space', 'line'];
const WORD = 0;
const NUMBER = 1;
const MARK = 2;
const NONE = 0;
const SPACE = 1;
const LINE = 2;

const LETTER = /[\p{L}\p{M}]/u;
const DASHES = /[\u2010-\u2015\u2212]/g;

const C_LETTER = 0;
const C_DIGIT = 1;
const C_SPACE = 2;
const C_LINE = 3;
const C_MARK = 4;

const UPPER = 1;
const LOWER = 2;

function classifyChar(code: number): number {
  if (code === 0x20 || code === 0x09) return C_SPACE;
  if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return C_LINE;
  if (code >= 0x30 && code <= 0x39) return C_DIGIT;
  const ch = String.fromCharCode(code);
  if (/\s/.test(ch)) return C_SPACE;
  return LETTER.test(ch) ? C_LETTER : C_MARK;
}

function caseOfChar(code: number): number {
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() ? UPPER : ch !== ch.toUpperCase() ? LOWER : 0;
}

/**
 * Class and case of every code unit below U+2100 (where Vietnamese text
 * lives), worked out once: class in the low three bits, case above them.
 * Characters above it are classified as they come.
 */
const TABLE_SIZE = 0x2100;
const TABLE = new Uint8Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) TABLE[code] = classifyChar(code) | (caseOfChar(code) << 3);

function classOf(code: number): number {
  return code < TABLE_SIZE ? TABLE[code] & 7 : code >= 0xd800 && code <= 0xdfff ? C_MARK : classifyChar(code);
}

function caseOf(code: number): number {
  return code < TABLE_SIZE ? TABLE[code] >> 3 : code >= 0xd800 && code <= 0xdfff ? 0 : caseOfChar(code);
}

/** Lower-case code unit of every code unit below TABLE_SIZE. */
const LOWER_TABLE = new Uint16Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) LOWER_TABLE[code] = String.fromCharCode(code).toLowerCase().charCodeAt(0);

function lowerCode(code: number): number {
  return code < TABLE_SIZE ? LOWER_TABLE[code] : caseOf(code) === UPPER ? String.fromCharCode(code).toLowerCase().charCodeAt(0) : code;
}

export class Words {
  private starts: Int32Array;
  private ends: Int32Array;
  /** Kind in the low two bits, gap in the next two, the first character in lower case above them. */
  private info: Int32Array;
  private readonly count: number;
  private readonly keys: (string | undefined)[];

  /**
   * Splits a text into words in one pass, into typed arrays grown as needed: no object per word. The line breaks at
   * the offsets `wrapped` (see wrappedBreaks) separate words as a space does.
   */
  constructor(
    readonly text: string,
    wrapped?: ReadonlySet<number>,
  ) {
    // About one word per four code units; a huge text starts smaller and grows, so a file without spaces reserves no room for millions of words.
    let capacity = Math.max(16, Math.min(text.length >> 2, 1 << 16));
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.info = new Int32Array(capacity);
    let n = 0;
    let gap = LINE;
    let i = 0;
    const push = (start: number, end: number, kind: number) => {
      if (n === capacity) {
        capacity *= 2;
        this.starts = grown(this.starts, capacity);
        this.ends = grown(this.ends, capacity);
        this.info = grown(this.info, capacity);
      }
      this.starts[n] = start;
      this.ends[n] = end;
      this.info[n] = kind | (gap << 2) | (lowerCode(text.charCodeAt(start)) << 4);
      n++;
      gap = NONE;
    };
    while (i < text.length) {
      const cls = classOf(text.charCodeAt(i));
      if (cls === C_SPACE) {
        if (gap !== LINE) gap = SPACE;
        i++;
      } else if (cls === C_LINE) {
        gap = gap !== LINE && wrapped?.has(i) ? SPACE : LINE;
        i++;
      } else if (cls === C_DIGIT) {
        let end = i + 1;
        while (end < text.length && classOf(text.charCodeAt(end)) === C_DIGIT) end++;
        push(i, end, NUMBER);
        i = end;
      } else if (cls === C_LETTER) {
        let start = i;
        let end = i + 1;
        // The case of the letter before `end`, carried along so each letter is looked up once.
        let before = caseOf(text.charCodeAt(i));
        while (end < text.length) {
          const code = text.charCodeAt(end);
          if (classOf(code) !== C_LETTER) break;
          const current = caseOf(code);
          if (current === UPPER && before === LOWER) {
            push(start, end, WORD);
            start = end;
          }
          before = current;
          end++;
        }
        push(start, end, WORD);
        i = end;
      } else {
        push(i, i + 1, MARK);
        i++;
      }
    }
    // Views of exactly the words found, so reading past the last word gives undefined as before.
    this.starts = this.starts.subarray(0, n);
    this.ends = this.ends.subarray(0, n);
    this.info = this.info.subarray(0, n);
    this.count = n;
    this.keys = new Array<string | undefined>(n);
  }

  get length(): number {
    return this.count;
  }

  /** Offsets of word i in the text that was split. */
  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  kind(i: number): WordKind | undefined {
    return i < this.count ? KINDS[this.info[i] & 3] : undefined;
  }

  gap(i: number): Gap | undefined {
    return i < this.count ? GAPS[(this.info[i] >> 2) & 3] : undefined;
  }

  /** Lower case, dashes folded to "-": what phrases are matched on; "" before the first word and past the last. */
  key(i: number): string {
    if (i < 0 || i >= this.count) return '';
    let key = this.keys[i];
    if (key === undefined) {
      const written = this.text.slice(this.starts[i], this.ends[i]);
      key = (this.info[i] & 3) === MARK ? written.replace(DASHES, '-') : this.hasUpper(i) ? written.toLowerCase() : written;
      this.keys[i] = key;
    }
    return key;
  }

  /** The first character of word i in lower case, as a code unit: a cheap test before a lookup by key. */
  first(i: number): number {
    return this.info[i] >> 4;
  }

  /** Whether word i is the punctuation mark `mark` (one character), without making its key. */
  isMark(i: number, mark: string): boolean {
    return i >= 0 && i < this.count && (this.info[i] & 3) === MARK && this.text.charCodeAt(this.starts[i]) === mark.charCodeAt(0);
  }

  /** Whether word i continues a phrase after word i - 1: one or more spaces between words, or a mark touching either. */
  joins(i: number): boolean {
    if (i <= 0 || i >= this.count) return false;
    const gap = (this.info[i] >> 2) & 3;
    if (gap === SPACE) return true;
    return gap === NONE && ((this.info[i] & 3) === MARK || (this.info[i - 1] & 3) === MARK);
  }

  /** Whether word i begins with a capital. */
  upper(i: number): boolean {
    return i < this.count && (this.info[i] & 3) === WORD && caseOf(this.text.charCodeAt(this.starts[i])) === UPPER;
  }

  /** "Trương", "Thị": a capital followed by lower-case letters only. */
  capitalised(i: number): boolean {
    if (!this.upper(i)) return false;
    for (let k = this.starts[i] + 1; k < this.ends[i]; k++) {
      const code = this.text.charCodeAt(k);
      if (caseOf(code) !== LOWER && !(code >= 0x300 && code <= 0x36f)) return false;
    }
    return true;
  }

  /** "LINH", "NGUYỄN": capitals only, at least two letters. */
  allCaps(i: number): boolean {
    if (i >= this.count || (this.info[i] & 3) !== WORD || this.ends[i] - this.starts[i] < 2) return false;
    for (let k = this.starts[i]; k < this.ends[i]; k++) if (caseOf(this.text.charCodeAt(k)) === LOWER) return false;
    return true;
  }

  /**
   * Whether lower-casing word i could change it: it has a capital, or a surrogate pair, whose case the table does
   * not give. Most words are in lower case already, and their key is then the word as written.
   */
  private hasUpper(i: number): boolean {
    for (let k = this.starts[i]; k < this.ends[i]; k++) {
      const code = this.text.charCodeAt(k);
      if (caseOf(code) === UPPER || (code >= 0xd800 && code <= 0xdfff)) return true;
    }
    return false;
  }

  /** Whether word i has a lower-case letter. */
  hasLower(i: number): boolean {
    for (let k = this.starts[i]; k < this.ends[i]; k++) if (caseOf(this.text.charCodeAt(k)) === LOWER) return true;
    return false;
  }

  /** Words `from` to `to` (exclusive) as written, with one space wherever spaces separate them. */
  textOf(from: number, to: number): string {
    let out = '';
    for (let k = from; k < to; k++) out += (k > from && ((this.info[k] >> 2) & 3) !== NONE ? ' ' : '') + this.text.slice(this.starts[k], this.ends[k]);
    return out;
  }
}

function grown(array: Int32Array, capacity: number): Int32Array {
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
}

/**
 * The words of the article analysed last. The recognisers of one article run
 * one after the other, so remembering one article is enough for them to share
 * its words, and cheaper than a weak map over every article ever split.
 */
let last: { source: Source; words: Words } | undefined;

/** The words of an article's normalised text, split once and shared by the recognisers that read words. */
export function wordsOf(source: Source): Words {
  if (last?.source !== source) last = { source, words: new Words(source.norm, wrappedBreaks(source.norm)) };
  return last.words;
}

/**
 * The line breaks inside sentences of a text copied from a page laid out in lines ("Bí thư Tỉnh ủy⏎Ninh Bình", "Hội
 * Liên hiệp Phụ⏎nữ"), by the offsets of their characters: a reader reads on across them, and so do the recognisers. A
 * break is inside a sentence when a long line ends with a letter, a digit or a comma and the next line goes on with a
 * letter and is long or ends a sentence: then the next line is no heading, byline or caption, short and unpunctuated.
 * Lists and headlines end their lines with letters too ("Ông A, Thường trực Ban Bí thư⏎Bà B, …"), so such a break
 * counts only when its next line goes on in lower case, or when the text breaks that way twice or more, which shows
 * it was laid out in lines.
 */
export function wrappedBreaks(text: string): ReadonlySet<number> | undefined {
  const candidates: { at: number; lower: boolean; length: number }[] = [];
  let lowerBreaks = 0;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    const lineEnd = text.charCodeAt(at - 1) === 0x0d ? at - 1 : at;
    const line = text.slice(lineStart, lineEnd).trim();
    const nextEnd = text.indexOf('\n', at + 1);
    const next = text.slice(at + 1, nextEnd === -1 ? text.length : nextEnd).trim();
    lineStart = at + 1;
    if (line.length < MIN_WRAPPED_LINE || !WRAPPED_LINE_END.test(line) || !/^\p{L}/u.test(next)) continue;
    if (next.length < MIN_WRAPPED_LINE && !SENTENCE_END.test(next)) continue;
    const first = /^\p{L}+/u.exec(next)?.[0] ?? '';
    const lower = first === first.toLowerCase() && isSyllable(first);
    if (lower) lowerBreaks++;
    candidates.push({ at: lineEnd, lower, length: at + 1 - lineEnd });
  }
  const breaks = new Set<number>();
  for (const c of candidates) {
    if (!c.lower && lowerBreaks < 2) continue;
    for (let k = 0; k < c.length; k++) breaks.add(c.at + k);
  }
  return breaks.size > 0 ? breaks : undefined;
}

/** The shortest line a text laid out in lines breaks inside a sentence. */
const MIN_WRAPPED_LINE = 40;
/** How a line broken inside a sentence ends: a letter, a digit or a comma. */
const WRAPPED_LINE_END = /[\p{L}\p{N},]$/u;
const SENTENCE_END = /[.!?:;]$/u;

/**
 * Whether a word can be one Vietnamese syllable: an initial consonant
 * cluster, one to three vowels, an allowed final consonant. Tells names
 * ("Nguyễn", "DUY") from foreign words and page labels ("VIDEO", "CLIPS").
 */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

export function isSyllable(key: string): boolean {
  let known = syllables.get(key);
  if (known === undefined) {
    const plain = key.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
    known = SYLLABLE.test(plain);
    // Names repeat the same few thousand syllables, and decomposing each one again costs more than a lookup.
    // Short keys are copies, not views into an article, so remembering them keeps no text alive.
    if (key.length <= MAX_CACHED_LENGTH) {
      if (syllables.size >= MAX_CACHED_SYLLABLES) syllables.clear();
      syllables.set(key, known);
    }
  }
  return known;
}

const syllables = new Map<string, boolean>();
const MAX_CACHED_SYLLABLES = 50_000;
const MAX_CACHED_LENGTH = 8;
