import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { misspeltSyllable, syllableNeighbours } from '../../../../server/src/core/text/syllables';

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

  it('lists the syllables a misspelt word may have meant: the same letters with other marks or tones, in its case', () => {
    const near = (word: string, distance: number) => syllableNeighbours(word).filter((n) => n.distance === distance).map((n) => n.syllable).sort();
    assert.deepEqual(near('nguời', 1), ['nguồi', 'người'].sort());
    assert.deepEqual(near('truờng', 1), ['truồng', 'trường'].sort());
    assert.ok(near('truờng', 2).includes('trưởng'));
    assert.ok(near('Truỏng', 2).includes('Trưởng'));
    assert.deepEqual(near('đă', 1), ['đa']);
    assert.ok(syllableNeighbours('Truỏng').every((n) => !misspeltSyllable(n.syllable) && n.syllable.length === 'Truỏng'.length));
  });

  it('takes a word written with two tones back to one, changing two vowels at once', () => {
    const near = syllableNeighbours('nguờì');
    assert.ok(near.some((n) => n.syllable === 'người' && n.distance === 2));
    assert.ok(near.every((n) => (n.syllable.normalize('NFD').match(/[\u0300\u0301\u0303\u0309\u0323]/gu) ?? []).length <= 1));
    // Asked again, as at every keystroke in a word being typed, the answer is the same.
    assert.deepEqual(syllableNeighbours('nguờì'), near);
  });

  it('gives no neighbour to a word with more vowels than a syllable holds, however long: damaged text must not stall the check', () => {
    // Pairing each two of its 400 vowels would take minutes.
    assert.deepEqual(syllableNeighbours('ă'.repeat(400)), []);
    assert.deepEqual(syllableNeighbours('nguyêau'), []);
  });

  it('finds no misspelt word in the seed articles, which are spelt right', () => {
    const dir = path.join(__dirname, '..', '..', '..', '..', '..', 'seeds');
    for (const file of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8').normalize('NFC');
      assert.deepEqual(misspelt(text.replace(/[^\p{L}\p{M}]+/gu, ' ').trim()), [], file);
    }
  });
});
