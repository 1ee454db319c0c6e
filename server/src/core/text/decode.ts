/**
 * Turns a file's bytes into article text. UTF-8 is the norm; a byte-order mark
 * selects UTF-16. Files with NUL bytes in UTF-8 are binary and are not articles.
 */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { readonly ok: false; readonly reason: 'binary' };

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.indexOf(0) !== -1) return { ok: false, reason: 'binary' };
  return { ok: true, text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8' };
}
