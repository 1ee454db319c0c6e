import * as assert from 'node:assert/strict';
import type { Mention } from '../../../server/src/core/model';
import { segments } from '../../../server/src/lsp/semanticTokens';

/** A mention of some kind over a piece of the text (only kind and span matter to the cutting). */
function mention(text: string, piece: string, kind: Mention['kind']): Mention {
  const start = text.indexOf(piece);
  return { kind, start, end: start + piece.length, text: piece, key: `${kind}:${piece}`, introduction: false, data: { kind: 'organization', canonical: piece } };
}

describe('lsp/semanticTokens segments', () => {
  it('cuts nested mentions so the innermost colours each piece, without overlaps', () => {
    const text = 'Theo Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị, Đại hội XIII.';
    const mentions = [
      mention(text, 'Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị', 'document'),
      mention(text, 'ngày 30-5-2019', 'date'),
      mention(text, 'Bộ Chính trị', 'organization'),
      mention(text, 'Đại hội XIII', 'congress'),
    ];
    assert.deepEqual(
      segments(mentions).map((s) => [text.slice(s.start, s.end), s.mention.kind]),
      [
        ['Chỉ thị số 35-CT/TW ', 'document'],
        ['ngày 30-5-2019', 'date'],
        [' của ', 'document'],
        ['Bộ Chính trị', 'organization'],
        ['Đại hội XIII', 'congress'],
      ],
    );
  });

  it('keeps going when two mentions overlap without nesting', () => {
    const text = 'abcdefgh';
    const mentions = [mention(text, 'abcde', 'title'), mention(text, 'defgh', 'organization')];
    assert.deepEqual(
      segments(mentions).map((s) => [text.slice(s.start, s.end), s.mention.kind]),
      [
        ['abc', 'title'],
        ['defgh', 'organization'],
      ],
    );
  });
});
