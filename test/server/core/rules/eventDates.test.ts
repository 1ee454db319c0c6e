import * as assert from 'node:assert/strict';
import { sentenceAt } from '../../../../server/src/core/rules/eventDates';
import type { Article } from '../../../../server/src/core/model';

/** The sentence around the first occurrence of `inside` (after `from`, when given), as the text it spans. */
function check(text: string, inside: string, expected: string, from = 0): void {
  const article: Article = { uri: 'file:///a.txt', text, version: 1, mentions: [] };
  const at = text.indexOf(inside, from);
  assert.ok(at >= 0, `“${inside}” is not in the fixture`);
  const { start, end } = sentenceAt(article, at);
  assert.equal(text.slice(start, end), expected);
}

describe('core/rules/eventDates', () => {
  describe('sentenceAt', () => {
    const text = 'Sáng 5/3, Hội nghị khai mạc. Chiều cùng ngày, bế mạc!\nDòng sau? Hết';

    it('ends the first sentence at its full stop', () => check(text, 'Hội nghị', 'Sáng 5/3, Hội nghị khai mạc'));

    it('starts a sentence at the space after a full stop, and ends it at a line break', () =>
      check(text, 'Chiều', ' Chiều cùng ngày, bế mạc!'));

    it('starts a line after its line break, and ends at the next full stop, question or exclamation mark', () =>
      check(text, 'Dòng', 'Dòng sau'));

    it('runs the last sentence to the end of the text', () => check(text, 'Hết', ' Hết'));

    it('keeps a full stop whose space is at the offset inside the sentence it ends', () =>
      check(text, ' Chiều', 'Sáng 5/3, Hội nghị khai mạc. Chiều cùng ngày, bế mạc!'));

    it('does not end a sentence at a full stop with no space after it (a date, an abbreviation)', () =>
      check('Ngày 5.3.2024 họp. Sau đó', '2024', 'Ngày 5.3.2024 họp'));

    it('reads each article’s own text, kept apart per article', () => {
      check('Một. Hai', 'Hai', ' Hai');
      check('Một câu dài hơn. Hai', 'Hai', ' Hai');
    });
  });
});
