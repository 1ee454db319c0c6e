/**
 * Turns a file's bytes into article text. UTF-8 is the norm; a byte-order mark
 * selects UTF-16. Files with NUL bytes are binary and are not articles.
 *
 * Older Vietnamese archives also hold text in the pre-Unicode encodings
 * TCVN3 (ABC), VNI and Windows-1258, either as raw 8-bit bytes or already
 * converted to UTF-8 as if they were Latin-1 ("Ñaûng" for "Đảng"). Offsets
 * into such text would not match what an editor shows, and every name in it
 * is mangled, so these files are not analysed: they are reported instead,
 * with the encoding the bytes look like, so the user can convert them.
 * Decoding only judges bytes (raw 8-bit files); text that decoded as UTF-8
 * but reads as mojibake is caught by `detectLegacyText` when the article is
 * analysed, the one step that sees both files read from disk and the text of
 * files open in the editor.
 */
export type LegacyEncoding = 'TCVN3' | 'VNI' | 'Windows-1258';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The first byte that is not valid UTF-8, where the text shows it (1-based line and UTF-16 column). */
export interface InvalidUtf8 {
  /** Offset of its replacement character in the decoded text. */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** How many invalid sequences the file holds in all. */
  readonly count: number;
}

export type Decoded =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: TextEncodingName;
      /** The file starts with a byte-order mark; the text does not hold it, and writing puts it back. */
      readonly bom?: true;
      /** Set when some bytes were not UTF-8: the text holds U+FFFD in their place. */
      readonly invalid?: InvalidUtf8;
    }
  | { readonly ok: false; readonly reason: 'binary' }
  | { readonly ok: false; readonly reason: 'utf-16-without-bom'; readonly encoding: 'utf-16le' | 'utf-16be' }
  | { readonly ok: false; readonly reason: 'legacy'; readonly encoding: LegacyEncoding };

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.indexOf(0) !== -1) {
    const utf16 = utf16WithoutBom(body);
    return utf16 ? { ok: false, reason: 'utf-16-without-bom', encoding: utf16 } : { ok: false, reason: 'binary' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return bom ? { ok: true, text, encoding: 'utf-8', bom } : { ok: true, text, encoding: 'utf-8' };
  } catch {
    return decodeInvalidUtf8(body, bom);
  }
}

/** The bytes a text is written back as, in the encoding (and with the byte-order mark) it was read with. */
export function encodeArticle(text: string, encoding: TextEncodingName, bom: boolean): Uint8Array {
  if (encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    if (!bom) return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const out = new Uint8Array(2 * text.length + (bom ? 2 : 0));
  const high = encoding === 'utf-16be' ? 0 : 1;
  let at = 0;
  if (bom) {
    out[at + 1 - high] = 0xff;
    out[at + high] = 0xfe;
    at += 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) {
    const unit = text.charCodeAt(i);
    out[at + high] = unit >> 8;
    out[at + 1 - high] = unit & 0xff;
  }
  return out;
}

/**
 * UTF-16 written without a byte-order mark: text whose ASCII letters leave
 * a NUL in every other byte, always on the same side. Binary files have NULs
 * on both sides.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = bytes.length / 2;
  if (oddZeros >= units / 4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= units / 4 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/**
 * Bytes that are not all UTF-8. A legacy 8-bit file has no valid multi-byte
 * UTF-8 sequence (or hardly any) and many of its encoding's signature
 * characters; anything else is UTF-8 with a few damaged bytes, which is
 * analysed with replacement characters, because calling it TCVN3 would make
 * the user convert, and mangle, a file that is almost right.
 */
function decodeInvalidUtf8(body: Uint8Array, bom: boolean): Decoded {
  const scan = scanUtf8(body);
  if (scan.valid * 4 < scan.invalid) {
    const legacy = guessRawLegacy(body);
    if (legacy) return { ok: false, reason: 'legacy', encoding: legacy };
  }
  const text = new TextDecoder('utf-8').decode(body);
  const before = new TextDecoder('utf-8').decode(body.subarray(0, scan.firstInvalid));
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  let line = 1;
  for (let i = 0; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (c === 10 || (c === 13 && before.charCodeAt(i + 1) !== 10)) line++;
  }
  const invalid: InvalidUtf8 = { offset: before.length, line, column: before.length - lineStart + 1, count: scan.invalid };
  return bom ? { ok: true, text, encoding: 'utf-8', bom, invalid } : { ok: true, text, encoding: 'utf-8', invalid };
}

/** Counts valid multi-byte sequences and invalid ones (as the WHATWG decoder splits them), and finds the first invalid byte. */
function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // The second byte's range depends on the first (no overlong forms, no surrogates, nothing past U+10FFFF).
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let n = 1;
    while (length > 0 && n < length && i + n < bytes.length) {
      const c = bytes[i + n];
      if (c < (n === 1 ? low : 0x80) || c > (n === 1 ? high : 0xbf)) break;
      n++;
    }
    if (length > 0 && n === length) {
      valid++;
    } else {
      invalid++;
      if (firstInvalid === -1) firstInvalid = i;
    }
    i += length > 0 && n === length ? n : Math.max(1, n);
  }
  return { valid, invalid, firstInvalid: firstInvalid === -1 ? bytes.length : firstInvalid };
}

/**
 * Characters TCVN3 text shows when read as Latin-1: the ABC font puts its
 * toned vowels and đ/Đ in 0xA1–0xBF ("§¶ng" for "Đảng"). Quotes, ©, ° and ±
 * are left out because ordinary text uses them.
 */
const TCVN3_SIGNS = /[\u00A1-\u00A8\u00AA\u00AC-\u00AE\u00B2-\u00BA\u00BC-\u00BF]/g;
/**
 * Characters VNI text shows when read as Latin-1: VNI writes a base letter
 * followed by a mark byte ("Vieät", "Ñaûng"); these Latin letters never
 * occur in Vietnamese written in Unicode.
 */
const VNI_SIGNS = /[äåëöüûøïñÄÅËÖÜÛØÏÑ]/g;
/** Any sign of either encoding: most articles have none, and one test without matches then settles it. */
const ANY_SIGN = /[\u00A1-\u00A8\u00AA\u00AC-\u00AE\u00B2-\u00BA\u00BC-\u00BFäåëöüûøïñÄÅËÖÜÛØÏÑ]/;
/** Vietnamese letters that exist only in Unicode: their presence means the text was decoded right. */
const UNICODE_VIETNAMESE = /[\u1EA0-\u1EF9ăđơưĂĐƠƯ]/g;
/** Windows-1258 writes tones as separate combining marks after the vowel. */
const COMBINING_TONES = /[aeiouyâêôăơưAEIOUYÂÊÔĂƠƯ][\u0300\u0301\u0303\u0309\u0323]/g;
/** Fewer signs than this is noise (a stray "ñ" in a Spanish name), not an encoding. */
const MIN_SIGNS = 5;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * Text that decoded as UTF-8 but reads as TCVN3 or VNI mojibake: many
 * signature characters and few real Vietnamese letters. Runs on every
 * article, so it is one linear scan when no signature character occurs,
 * and three otherwise.
 */
export function detectLegacyText(text: string): LegacyEncoding | undefined {
  if (!ANY_SIGN.test(text)) return undefined;
  const tcvn3 = count(text, TCVN3_SIGNS);
  const vni = count(text, VNI_SIGNS);
  const best = Math.max(tcvn3, vni);
  if (best < MIN_SIGNS) return undefined;
  if (best < 3 * count(text, UNICODE_VIETNAMESE)) return undefined;
  return tcvn3 >= vni ? 'TCVN3' : 'VNI';
}

/**
 * Raw 8-bit bytes: the legacy encoding that leaves the most of its
 * signature, or none when no encoding leaves enough to say so.
 */
function guessRawLegacy(bytes: Uint8Array): LegacyEncoding | undefined {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  const scores: [LegacyEncoding, number][] = [
    ['TCVN3', count(latin1, TCVN3_SIGNS)],
    ['VNI', count(latin1, VNI_SIGNS)],
    ['Windows-1258', count(new TextDecoder('windows-1258').decode(bytes), COMBINING_TONES)],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0][1] >= MIN_SIGNS ? scores[0][0] : undefined;
}
