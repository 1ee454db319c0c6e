import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ZLIB_TEXT_PACKER } from '../../../server/src/node/textPacker';
import { seedFiles } from '../../support/fixture';

describe('node/textPacker', () => {
  const roundTrip = (text: string) => ZLIB_TEXT_PACKER.unpack(ZLIB_TEXT_PACKER.pack(text));

  it('gives back every text exactly: empty, line breaks of every kind, a BOM, decomposed letters and lone surrogates', () => {
    for (const text of ['', '\uFEFFHà Nội\r\nngày 1/1\rcuối\u2028', 'Thu\u0309 tu\u031Bo\u031B\u0301ng', 'a\uD800b', '\uDC00 đầu', 'cuối \uD83D', '😀 đủ cặp']) {
      assert.equal(roundTrip(text), text, JSON.stringify(text));
    }
  });

  it('gives back any string of UTF-16 code units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => roundTrip(text) === text));
  });

  it('holds a seed article in well under half the bytes of its string', () => {
    for (const [uri, text] of seedFiles()) {
      const packed = ZLIB_TEXT_PACKER.pack(text);
      assert.ok(packed.byteLength < text.length, `${uri}: ${packed.byteLength} bytes for ${text.length} code units`);
      // Its own bytes only: not a view keeping the compressor's larger buffer alive.
      assert.equal(packed.buffer.byteLength, packed.byteLength);
    }
  });
});
