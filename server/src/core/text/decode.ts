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

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { readonly ok: false; readonly reason: 'binary' }
  | { readonly ok: false; readonly reason: 'legacy'; readonly encoding: LegacyEncoding };

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.indexOf(0) !== -1) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: an 8-bit legacy encoding. Latin-1 keeps every byte as one character for the guess.
    return { ok: false, reason: 'legacy', encoding: guessRawLegacy(body) };
  }
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

/** Raw 8-bit bytes: whichever legacy encoding leaves the most of its signature. */
function guessRawLegacy(bytes: Uint8Array): LegacyEncoding {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  const scores: [LegacyEncoding, number][] = [
    ['TCVN3', count(latin1, TCVN3_SIGNS)],
    ['VNI', count(latin1, VNI_SIGNS)],
    ['Windows-1258', count(new TextDecoder('windows-1258').decode(bytes), COMBINING_TONES)],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0][0];
}

/** What to tell the user about a file in a legacy encoding, and how to convert it. */
export function legacyEncodingMessage(encoding: LegacyEncoding, asUtf8: boolean): string {
  const how =
    encoding === 'Windows-1258'
      ? 'In VS Code: "Reopen with Encoding" → Vietnamese (Windows 1258), then "Save with Encoding" → UTF-8.'
      : `Convert it to Unicode (UTF-8) with a ${encoding} converter (for example Unikey's toolkit), then save it as UTF-8.`;
  const what = asUtf8
    ? `This file is ${encoding} text that was read as Latin-1 and saved as UTF-8, so its letters are mangled.`
    : `This file is not UTF-8: its bytes look like the legacy Vietnamese encoding ${encoding}.`;
  return `${what} Report Lens does not analyse it. ${how}`;
}
