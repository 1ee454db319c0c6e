import * as assert from 'node:assert/strict';
import { decodeArticle, detectLegacyText, encodeArticle, type Decoded, type InvalidUtf8 } from '../../../../server/src/core/text/decode';
import { LANGUAGES } from '../../../../server/src/core/messages/catalogue';

/** The sentence every case encodes: "The Communist Party of Viet Nam leads the organisation work." */
const SENTENCE = 'Đảng Cộng sản Việt Nam lãnh đạo công tác tổ chức xây dựng Đảng.';
/** The same sentence as TCVN3 (ABC) and VNI fonts store it, each byte shown as its Latin-1 character. */
const TCVN3 = '§¶ng Céng s¶n ViÖt Nam l·nh ®¹o c«ng t¸c tæ chøc x©y dùng §¶ng.';
const VNI = 'Ñaûng Coäng saûn Vieät Nam laõnh ñaïo coâng taùc toå chöùc xaây döïng Ñaûng.';

/** Encodes text in Windows-1258, whose tones are combining marks after a precomposed base letter. */
function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = byteOf.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const decomposed = ch.normalize('NFD');
    const tone = [...decomposed].find((c) => '\u0300\u0301\u0303\u0309\u0323'.includes(c));
    const base = decomposed.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
    out.push(byteOf.get(base)!, byteOf.get(tone!)!);
  }
  return Uint8Array.from(out);
}

function check(bytes: Uint8Array, expected: Decoded): void {
  assert.deepEqual(decodeArticle(bytes), expected);
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('core/text/decode', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    check(utf8(SENTENCE), { ok: true, text: SENTENCE, encoding: 'utf-8' });
    // The mark is not text, but it is kept so a fix writes it back (issue 10: "a UTF-8 BOM is kept").
    check(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(SENTENCE)]), { ok: true, text: SENTENCE, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = [0xff, 0xfe];
    for (const ch of SENTENCE) le.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
    check(Uint8Array.from(le), { ok: true, text: SENTENCE, encoding: 'utf-16le', bom: true });
  });

  it('tells UTF-16 without a byte-order mark from binary, in both byte orders', () => {
    const le = encodeArticle(SENTENCE, 'utf-16le', false);
    const be = encodeArticle(SENTENCE, 'utf-16be', false);
    check(le, { ok: false, reason: 'utf-16-without-bom', encoding: 'utf-16le' });
    check(be, { ok: false, reason: 'utf-16-without-bom', encoding: 'utf-16be' });
  });

  it('writes text back in the encoding it was read with, byte-order mark included', () => {
    for (const [encoding, bom] of [['utf-8', false], ['utf-8', true], ['utf-16le', true], ['utf-16be', true]] as const) {
      const bytes = encodeArticle(SENTENCE, encoding, bom);
      assert.deepEqual(decodeArticle(bytes), bom ? { ok: true, text: SENTENCE, encoding, bom } : { ok: true, text: SENTENCE, encoding });
    }
  });

  it('reads UTF-8 with a damaged byte as UTF-8, with a replacement character and the place of the first bad byte', () => {
    const bytes = Uint8Array.from([...utf8('Dòng một.\nĐảng '), 0xe1, 0x20, ...utf8('Cộng sản, '), 0xff, ...utf8('Việt Nam.\n')]);
    const decoded = decodeArticle(bytes);
    assert.deepEqual(decoded, {
      ok: true,
      text: 'Dòng một.\nĐảng \uFFFD Cộng sản, \uFFFDViệt Nam.\n',
      encoding: 'utf-8',
      invalid: { offset: 15, line: 2, column: 6, count: 2 },
    });
    const { line, column, count } = (decoded as { invalid: InvalidUtf8 }).invalid;
    assert.equal(LANGUAGES.en.files.invalidUtf8(line, column, count).split('.')[0], 'Invalid UTF-8 at 2:6 (2 invalid byte sequences in all)');
    assert.equal(LANGUAGES.vi.files.invalidUtf8(line, column, count).split('.')[0], 'UTF-8 không hợp lệ tại 2:6 (tổng cộng 2 chuỗi byte không hợp lệ)');
  });

  it('calls 8-bit bytes a legacy encoding only when that encoding fits, and invalid UTF-8 otherwise', () => {
    // Latin-1 French has no Vietnamese signature: naming TCVN3 would send the user to the wrong converter.
    const french = latin1('Le comité a élu un président.\n');
    const decoded = decodeArticle(french);
    assert.equal(decoded.ok && decoded.invalid?.count, 3);
  });

  it('takes a file with NUL bytes for binary', () => {
    check(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), { ok: false, reason: 'binary' });
  });

  it('recognises raw TCVN3, VNI and Windows-1258 bytes', () => {
    check(latin1(TCVN3), { ok: false, reason: 'legacy', encoding: 'TCVN3' });
    check(latin1(VNI), { ok: false, reason: 'legacy', encoding: 'VNI' });
    check(windows1258(SENTENCE), { ok: false, reason: 'legacy', encoding: 'Windows-1258' });
  });

  it('recognises TCVN3 and VNI text that was saved as UTF-8 after being read as Latin-1', () => {
    // Such bytes are valid UTF-8; the text itself gives the encoding away (analyseArticle asks).
    check(utf8(TCVN3), { ok: true, text: TCVN3, encoding: 'utf-8' });
    assert.equal(detectLegacyText(TCVN3), 'TCVN3');
    assert.equal(detectLegacyText(VNI), 'VNI');
  });

  it('does not mistake Unicode Vietnamese with a few Latin-1 signs for a legacy encoding', () => {
    const text = `${SENTENCE} « Trích dẫn » © 2024, nhiệt độ 30°C ± 2, ông José Muñoz, Škoda.\n`.repeat(3);
    check(utf8(text), { ok: true, text, encoding: 'utf-8' });
    assert.equal(detectLegacyText(text), undefined);
  });
});
