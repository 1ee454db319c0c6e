import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../../../server/src/core/text/lineIndex';

/** Positions as an editor counts them: a line ends at \n, \r\n or \r, and characters are UTF-16 code units. */
function expectedPosition(text: string, offset: number): { line: number; character: number } {
  const breaks = [...text.slice(0, offset).matchAll(/\r\n|\r|\n/g)];
  const last = breaks.at(-1);
  return { line: breaks.length, character: offset - (last === undefined ? 0 : last.index + last[0].length) };
}

describe('core/text/lineIndex', () => {
  it('converts offsets to positions and back in texts with \\n, \\r\\n and \\r line breaks', () => {
    const text = fc.array(fc.constantFrom('a', 'ệ', ' ', '\n', '\r\n', '\r', '😀'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const index = new LineIndex(t);
        for (let offset = 0; offset <= t.length; offset++) {
          // Between the \r and the \n of one line break is no place in the text an editor shows.
          if (t[offset - 1] === '\r' && t[offset] === '\n') continue;
          const position = index.positionAt(offset);
          assert.deepEqual(position, expectedPosition(t, offset), JSON.stringify({ t, offset }));
          assert.equal(index.offsetAt(position), offset);
        }
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });

  it('reads a text with \\n breaks only as a text with \\r\\n breaks, line for line', () => {
    const index = new LineIndex('Hà Nội\nngày 5/3\n\nSáng nay');
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(10), { line: 1, character: 3 });
    assert.deepEqual(new LineIndex('Hà Nội\r\nngày 5/3\r\n\r\nSáng nay').positionAt(11), { line: 1, character: 3 });
  });
});
