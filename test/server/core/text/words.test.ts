import * as assert from 'node:assert/strict';
import { Words, isSyllable, wrappedBreaks } from '../../../../server/src/core/text/words';
import { addPhrase, createTrie, longestPhrase, type SlotFiller } from '../../../../server/src/core/text/phrases';

/** Words as `key/kind/gap`, the gap written only when it is not a single space. */
function check(text: string, expected: readonly string[]): void {
  const words = new Words(text);
  const shown: string[] = [];
  for (let i = 0; i < words.length; i++) {
    assert.equal(text.slice(words.start(i), words.end(i)).toLowerCase().replace(/[–—]/g, '-'), words.key(i));
    const gap = words.gap(i) === 'space' ? '' : ` ${words.gap(i)}`;
    shown.push(`${words.key(i)}/${words.kind(i)}${gap}`);
  }
  assert.deepEqual(shown, expected);
}

describe('core/text/words', () => {
  it('splits letters, digits and marks, and words glued at a capital', () => {
    check('ảnh 1Trưởng Ban\r\nNgọc DiệpẢnh: 26-HD/BTCTW – x', [
      'ảnh/word line',
      '1/number',
      'trưởng/word none',
      'ban/word',
      'ngọc/word line',
      'diệp/word',
      'ảnh/word none',
      ':/mark none',
      '26/number',
      '-/mark none',
      'hd/word none',
      '//mark none',
      'btctw/word none',
      '-/mark',
      'x/word',
    ]);
  });

  it('keys a word as it lower-cases, whether its capitals are in the case table or past it (Ω, K), and a lower-case word as written', () => {
    check('ĐẢNG Ǆa ΣΑΣ \u2126m \u212Aelvin ngày ﬀ', ['đảng/word line', 'ǆa/word', 'σας/word', 'ωm/word', 'kelvin/word', 'ngày/word', 'ﬀ/word']);
  });

  it('has no word before the first or after the last: their key is empty, not the text', () => {
    const words = new Words('Ông An');
    assert.deepEqual([words.key(-1), words.key(0), words.key(1), words.key(2)], ['', 'ông', 'an', '']);
  });

  it('reads across the line breaks of a text laid out in lines, but not after a headline, a byline or a list\'s item', () => {
    /** The text with each line break read as a space shown as "⏎ ". */
    const joined = (text: string) => {
      const breaks = wrappedBreaks(text) ?? new Set<number>();
      return [...text].map((ch, i) => (ch === '\n' && breaks.has(i) ? '⏎ ' : ch)).join('');
    };
    const wrapped =
      'Bà Nguyễn Thị Tuyến, Ủy viên Trung ương Đảng, Phó\nChủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Chủ tịch Hội Phụ\nnữ Việt Nam, được chỉ định tham gia Ban Chấp\nhành và giữ chức Phó Bí thư.\n' +
      'Ông Đặng Xuân Phong, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy\nNinh Bình, được bổ nhiệm giữ chức Phó Chủ nhiệm\nThường trực Văn phòng Chính phủ.\n';
    assert.equal(joined(wrapped), wrapped.replace(/(Phó|Phụ|Chấp|Tỉnh ủy|Chủ nhiệm)\n/g, '$1⏎ '));
    const headline = 'Thủ tướng trao quyết định chỉ định Phó Bí thư Đảng ủy Chính phủ và bổ nhiệm lãnh đạo\nNhư Nguyệt\n';
    const list = 'Ông Võ Văn Thưởng, Thường trực Ban Bí thư Trung ương Đảng\nBà Trương Thị Mai, Trưởng Ban Tổ chức Trung ương\nÔng Lê Minh Khái, Phó Thủ tướng.';
    assert.equal(wrappedBreaks(headline), undefined);
    assert.equal(wrappedBreaks(list), undefined);
    // Breaks before a capital count only in a text that breaks twice before lower case; one such break is enough for itself.
    assert.equal(joined('Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh tặng hoa\nchúc mừng các đồng chí Chủ tịch UBND tỉnh.'), 'Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh tặng hoa⏎ chúc mừng các đồng chí Chủ tịch UBND tỉnh.');
    // The words after a break read as a space are separated by a space.
    assert.equal(new Words('Chủ tịch Hội Phụ\nnữ', new Set([16])).gap(4), 'space');
  });

  it('tells Vietnamese syllables from foreign words', () => {
    assert.deepEqual(
      ['nguyễn', 'thị', 'duy', 'khiêm', 'video', 'clips', 'vietnam'].map(isSyllable),
      [true, true, true, true, false, false, false],
    );
  });
});

describe('core/text/phrases', () => {
  const trie = createTrie();
  addPhrase(trie, 'Bí thư Đảng ủy', 'Bí thư Đảng ủy');
  addPhrase(trie, 'Bí thư Đảng ủy cơ quan', 'Bí thư Đảng ủy cơ quan');
  addPhrase(trie, 'Phó Vụ trưởng Vụ {numeral}', 'Phó Vụ trưởng Vụ {numeral}');
  const numeral: SlotFiller = (_slot, at) => ({ end: at + 1, value: 'V' });

  function match(text: string, strayComma = false): string | undefined {
    const words = new Words(text);
    const found = longestPhrase(trie, words, 0, { fill: numeral, strayComma });
    return found && `${found.canonical} ${words.textOf(0, found.end)}${found.strayComma ? ' (stray comma)' : ''}`;
  }

  it('takes the longest phrase, in any case', () => {
    assert.equal(match('bí thư đảng ủy cơ quan dự'), 'Bí thư Đảng ủy cơ quan bí thư đảng ủy cơ quan');
    assert.equal(match('Bí thư Đảng ủy, Phó Trưởng Ban'), 'Bí thư Đảng ủy Bí thư Đảng ủy');
  });

  it('fills a slot and names the phrase by what filled it', () => {
    assert.equal(match('Phó Vụ trưởng Vụ 5, Chủ tịch'), 'Phó Vụ trưởng Vụ V Phó Vụ trưởng Vụ 5');
  });

  it('reads through a stray comma only when asked and only from a complete phrase', () => {
    assert.equal(match('Bí thư Đảng ủy, cơ quan', true), 'Bí thư Đảng ủy cơ quan Bí thư Đảng ủy, cơ quan (stray comma)');
    assert.equal(match('Bí thư Đảng ủy, cơ quan'), 'Bí thư Đảng ủy Bí thư Đảng ủy');
  });

  it('does not run a phrase across a line break or a glued word', () => {
    assert.equal(match('Bí thư Đảng\nủy'), undefined);
    assert.equal(match('Bí thư ĐảngỦy'), undefined);
  });

  it('refuses a phrase that begins with a slot', () => {
    assert.throws(() => addPhrase(createTrie(), '{place} Tỉnh ủy', 'x'), /begins with a slot/);
  });
});
