import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { misspeltSyllable } from '../../../../server/src/core/text/syllables';

/** The words judged misspelt among those given, in order. */
function misspelt(words: string): string[] {
  return words.split(/\s+/).filter((w) => misspeltSyllable(w));
}

describe('core/text/syllables', () => {
  it('knows the syllables of the standard orthography, the rare rhymes, qu and gi included', () => {
    assert.deepEqual(
      misspelt(
        'Trưởng người tuổi khuya khuỷu nguyễn quốc quyết quỳnh quý quả quẻ quăng quầy quên quít thuở huơ gì gìn giữ giếng giết giường ' +
          'xoong soóc nghiêng oải ngoẵng tiếc khuếch huỵch rượu cứu yêu yên ễnh ưỡn tuýp huýt đắc sách mạch Ủy TƯ ĐẢNG quạu quắp quặp quệt quều yểng',
      ),
      [],
    );
  });

  it('judges a word written with Vietnamese marks on a Vietnamese frame whose vowels, tone or rhyme no syllable has', () => {
    // A vowel without its horn or circumflex, a stray vowel, an open ă, two tones, a stop with the grave or no tone.
    assert.deepEqual(misspelt('Truỏng uỷe đă xă ngườì hoằt tâp'), ['Truỏng', 'uỷe', 'đă', 'xă', 'ngườì', 'hoằt', 'tâp']);
  });

  it('leaves alone what does not mean to be one Vietnamese syllable: foreign words, minority syllables, abbreviations, glued words', () => {
    assert.deepEqual(misspelt('video crêpe José São Đắk Lắk Kđăm Êđê HĐND UBKTTƯ côngtác dangr'), []);
  });

  it('finds no misspelt word in the seed articles, which are spelt right', () => {
    const dir = path.join(__dirname, '..', '..', '..', '..', '..', 'seeds');
    for (const file of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8').normalize('NFC');
      assert.deepEqual(misspelt(text.replace(/[^\p{L}\p{M}]+/gu, ' ').trim()), [], file);
    }
  });
});
