import { referenceAt } from './characterReferences';

/**
 * Matching text for an article: NFC-normalised, with HTML character
 * references read as their characters, every kind of Unicode space
 * folded to U+0020 and the eth (Ð, ð) read as Đ, đ, plus a map from offsets in that text back to offsets
 * in the original. Recognisers match on `norm` and report `original` offsets,
 * so positions shown to the user always point at the text as written.
 */
export interface Source {
  readonly original: string;
  readonly norm: string;
  /** Maps an offset in `norm` to the corresponding offset in `original`. */
  toOriginal(normOffset: number): number;
}

/** Spaces that scraped articles use between words (NBSP above all). */
const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** The Icelandic eth, which old fonts and converters put for the Vietnamese Đ and đ ("Ðồng chí Ðỗ Mười"). */
const ETH = /[\u00D0\u00F0]/g;

export function createSource(original: string): Source {
  // Analysing, counting and linting one article each ask for its source in
  // turn, so the last one is kept: a source never changes once made.
  if (lastSource?.original !== original) lastSource = buildSource(original);
  return lastSource;
}

let lastSource: Source | undefined;

function buildSource(original: string): Source {
  const nfc = original.normalize('NFC');
  if (nfc.length === original.length && !HAS_REFERENCE.test(original)) {
    // NFC of NFC text is the identity and keeps every offset; folding spaces
    // replaces one code unit by one, so no map is needed.
    return { original, norm: foldForMatching(nfc), toOriginal: (i) => i };
  }
  return createMappedSource(original);
}

/**
 * Spaces folded to U+0020 and the eth read as the Vietnamese letter it stands for: one code unit for one, so
 * offsets are kept.
 */
function foldForMatching(text: string): string {
  return text.replace(SPACE_LIKE, ' ').replace(ETH, (eth) => (eth === '\u00D0' ? '\u0110' : '\u0111'));
}

/** A cheap test for HTML character references, which only the mapped source reads as their characters. */
const HAS_REFERENCE = /&#?[0-9A-Za-z]{2,8};/;

/**
 * NFD (or mixed) input, or text with HTML character references: normalise
 * one base character with its combining marks (or one reference, read as
 * its character) at a time, so each normalised chunk maps back to a known
 * original range. The work is linear in the text length.
 */
function createMappedSource(original: string): Source {
  const parts: string[] = [];
  // normStarts[k] / origStarts[k]: where chunk k begins in each text.
  const normStarts: number[] = [];
  const origStarts: number[] = [];
  let normLength = 0;
  let i = 0;
  while (i < original.length) {
    let j = i + 1;
    const reference = original.charCodeAt(i) === AMPERSAND ? referenceAt(original, i) : undefined;
    if (reference) j = i + reference.length;
    // A surrogate pair belongs to one code point.
    else if (isHighSurrogate(original.charCodeAt(i)) && j < original.length) j++;
    while (j < original.length && isCombining(original.charCodeAt(j))) j++;
    const chunk = reference ? (reference.character + original.slice(i + reference.length, j)).normalize('NFC') : original.slice(i, j).normalize('NFC');
    normStarts.push(normLength);
    origStarts.push(i);
    parts.push(chunk);
    normLength += chunk.length;
    i = j;
  }
  const norm = foldForMatching(parts.join(''));
  const toOriginal = (normOffset: number): number => {
    if (normOffset >= normLength) return original.length;
    // Binary search for the chunk holding normOffset.
    let lo = 0;
    let hi = normStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (normStarts[mid] <= normOffset) lo = mid;
      else hi = mid - 1;
    }
    return origStarts[lo] + Math.min(normOffset - normStarts[lo], 0);
  };
  return { original, norm, toOriginal };
}

const AMPERSAND = 0x26;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Combining diacritical marks (the ones NFD Vietnamese uses live in U+0300–U+036F). */
function isCombining(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff);
}

/**
 * A key for comparing names and phrases: NFC, spaces collapsed, lower case.
 * Diacritics are kept, because "Mai" and "Mại" are different names.
 */
export const matchKey = remembered((text) => foldForMatching(text.normalize('NFC')).replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi'));

/**
 * A function of a text (a key), with its answers remembered. Recognisers and
 * rules ask for the keys of the same few thousand names and titles over and
 * over, and normalising and lower-casing are slow, so keys are kept; the
 * cache is emptied when it grows too large.
 */
export function remembered(make: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let key = cache.get(text);
    if (key === undefined) {
      key = make(text);
      if (cache.size >= MAX_CACHED_KEYS) cache.clear();
      cache.set(detached(text), detached(key));
    }
    return key;
  };
}

/**
 * A copy of a string that does not share memory with a longer one. A name
 * cut out of an article may be a view into the whole article's text, and a
 * cache holding the view would keep every old version of an edited article
 * alive; joining and cutting again makes a string of its own.
 */
function detached(text: string): string {
  return `${text} `.slice(0, -1);
}

const MAX_CACHED_KEYS = 50_000;

/** A key that also drops diacritics and đ, for finding near-miss spellings. */
export const looseKey = remembered((text) =>
  matchKey(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd'),
);
