import * as assert from 'node:assert/strict';
import { mentionOf, type Mention } from '../../../server/src/core/model';
import { segments } from '../../../server/src/lsp/semanticTokens';

/** A mention of some kind over a piece of the text (only kind and span matter to the cutting; the data is the least its kind needs). */
function mention(text: string, piece: string, kind: 'title' | 'organization' | 'document' | 'date' | 'congress'): Mention {
  const start = text.indexOf(piece);
  const span = { start, end: start + piece.length, text: piece, key: `${kind}:${piece}`, introduction: false };
  const day = { year: 2019, month: 5, day: 30 };
  switch (kind) {
    case 'title':
      return mentionOf(span, { kind, canonical: piece });
    case 'organization':
      return mentionOf(span, { kind, canonical: piece });
    case 'document':
      return mentionOf(span, { kind, type: 'Chỉ thị' });
    case 'date':
      return mentionOf(span, { kind, from: day, to: day, granularity: 'day', resolution: 'test' });
    case 'congress':
      return mentionOf(span, { kind, body: 'party-congress', ordinal: 13 });
  }
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
