import * as assert from 'node:assert/strict';
import type { Mention } from '../../../../server/src/core/model';
import { analyseArticle } from '../../../../server/src/core/article';
import { createLexicon } from '../../../../server/src/core/lexicon';
import { matchKey } from '../../../../server/src/core/text/source';
import { parseFixture } from '../../../support/fixture';

const lexicon = createLexicon();

/**
 * `«name» honorific: title | title`, the name cut from the original text at
 * the mention's offsets (NFC, so NFD fixtures read the same; the name in
 * the data has its spaces collapsed); `«name»` alone
 * for a bare mention. The key and the introduction flag are checked for
 * every mention, since they follow from the name and the titles.
 */
function show(text: string, m: Mention): string {
  assert.ok(m.kind === 'person');
  const d = m.data;
  assert.equal(m.key, `person:${matchKey(d.name)}`);
  assert.equal(m.introduction, d.titles.length > 0);
  const cut = text.slice(m.start, m.end).normalize('NFC');
  assert.equal(cut.replace(/\s+/g, ' '), d.name);
  const honorific = d.honorific ? ` ${d.honorific.normalize('NFC')}` : '';
  // Each title's offsets must cut exactly its text out of the article.
  for (const t of d.titles) assert.equal(text.slice(t.start, t.end), t.text);
  const titles = d.titles.map((t) => `${t.modifiers.map((m) => `[${m}] `).join('')}${t.canonical}`);
  return d.titles.length > 0 || honorific ? `«${cut}»${honorific}: ${titles.join(' | ')}`.trimEnd() : `«${cut}»`;
}

/** The people of a one-file fixture, run through the whole article analysis, in text order. */
function check(fixture: string, expected: readonly string[]): void {
  const [[uri, text]] = parseFixture(fixture).files;
  const article = analyseArticle(uri, text, 0, lexicon);
  assert.deepEqual(
    article.mentions.filter((m) => m.kind === 'person').map((m) => show(text, m)),
    expected,
  );
}

describe('core/recognise/people', () => {
  it('reads a name after an honorific with its appositive title list', () => {
    check('Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương phát biểu kết luận.', [
      '«Trương Thị Mai» Đồng chí: Ủy viên Bộ Chính trị | Bí thư Trung ương Đảng | Trưởng Ban Tổ chức Trung ương',
    ]);
  });

  it('takes a list introduced by a dash, ending at a lower-case word', () => {
    check('Đồng chí Đinh Thế Huynh - Ủy viên Bộ Chính trị, Thường trực Ban Bí thư và các đồng chí trong Bộ Chính trị đã đến dự.', [
      '«Đinh Thế Huynh» Đồng chí: Ủy viên Bộ Chính trị | Thường trực Ban Bí thư',
    ]);
  });

  it('knows Đ/c and đ/c', () => {
    check('Đ/c Hoàng Đăng Quang, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương quán triệt. Sau đó đ/c Hoàng Đăng Quang kết luận.', [
      '«Hoàng Đăng Quang» Đ/c: Ủy viên Trung ương Đảng | Phó Trưởng Ban Tổ chức Trung ương',
      '«Hoàng Đăng Quang» đ/c:',
    ]);
  });

  it('ends a list at a semicolon, a full stop or a parenthesis', () => {
    check(
      'Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị; đồng chí Mai Văn Chính, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương (ảnh trên) chủ trì. ' +
        'Đồng chí Phạm Minh Chính, Trưởng Ban Tổ chức Trung ương. Ủy viên Bộ Chính trị cũng dự.',
      [
        '«Trương Thị Mai» Đồng chí: Ủy viên Bộ Chính trị',
        '«Mai Văn Chính» đồng chí: Phó Trưởng ban Thường trực Ban Tổ chức Trung ương',
        '«Phạm Minh Chính» Đồng chí: Trưởng Ban Tổ chức Trung ương',
      ],
    );
  });

  it('reads a title written right before the name, also glued to a photo number', () => {
    check('Bảo đảm tiến độ công tác tổ chức-cán bộ ảnh 1Trưởng Ban Tổ chức Trung ương Trương Thị Mai phát biểu. (Ảnh: TTXVN)', [
      '«Trương Thị Mai»: Trưởng Ban Tổ chức Trung ương',
    ]);
    check('Bí thư Tỉnh ủy Lâm Đồng Trần Đức Quận dự. Chủ tịch nước Võ Văn Thưởng, Ủy viên Bộ Chính trị trao thưởng.', [
      '«Trần Đức Quận»: Bí thư Tỉnh ủy Lâm Đồng',
      '«Võ Văn Thưởng»: Chủ tịch nước | Ủy viên Bộ Chính trị',
    ]);
  });

  it('reads the names of a roll call, each with its titles, but not a place', () => {
    check(
      'Tham dự có các đồng chí: Lương Cường, Ủy viên Bộ Chính trị, Chủ tịch nước; Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư.\n' +
        'Hà Nội, Chủ tịch nước Võ Văn Thưởng dự. Theo Lương Cường, công tác cán bộ là then chốt.',
      [
        '«Lương Cường» đồng chí: Ủy viên Bộ Chính trị | Chủ tịch nước',
        '«Trần Cẩm Tú»: Ủy viên Bộ Chính trị | Thường trực Ban Bí thư',
        '«Võ Văn Thưởng»: Chủ tịch nước',
        '«Lương Cường»',
      ],
    );
    // Items written "A - post" may end at a comma.
    check('Dự có: Nguyễn Văn Bé - Bí thư Tỉnh ủy, Lý Kim Chi - Chủ tịch UBND tỉnh, Trần Thị Diễm - Bí thư Chi bộ.', [
      '«Nguyễn Văn Bé»: Bí thư Tỉnh ủy',
      '«Lý Kim Chi»: Chủ tịch UBND tỉnh',
      '«Trần Thị Diễm»: Bí thư Chi bộ',
    ]);
  });

  it('joins a title split by a stray comma into the one post it names', () => {
    check('đồng chí Mai Văn Chính, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực, Ban Tổ chức Trung ương chủ trì Hội nghị.', [
      '«Mai Văn Chính» đồng chí: Ủy viên Trung ương Đảng | Phó Trưởng ban Thường trực Ban Tổ chức Trung ương',
    ]);
  });

  it('does not cut a known name out of a longer one', () => {
    check('Đồng chí Thanh Bình, Phó Trưởng Ban Tổ chức Trung ương dự. Sau đó Đỗ Thanh Bình phát biểu, rồi Thanh Bình kết luận.', [
      '«Thanh Bình» Đồng chí: Phó Trưởng Ban Tổ chức Trung ương',
      '«Thanh Bình»',
    ]);
  });

  it('finds a bare name once the article introduces it, before or after the introduction', () => {
    check('Trương Thị Mai đến dự. Đồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương phát biểu. Sau đó Trương Thị Mai kết luận. Nguyễn Văn Nam cũng dự.', [
      '«Trương Thị Mai»',
      '«Trương Thị Mai» Đồng chí: Trưởng Ban Tổ chức Trung ương',
      '«Trương Thị Mai»',
    ]);
  });

  it('takes no one from an honorific without a name, a body, a title without a name or a meeting', () => {
    check(
      'Đồng chí đề nghị toàn thể cán bộ tiếp tục phát huy truyền thống. Lãnh đạo Ban Tổ chức Trung ương đã biểu dương. ' +
        'Tạp chí Xây dựng Đảng được Chủ tịch nước tặng thưởng. Trao quà cho các đồng chí nghỉ hưu. Hội nghị Trưởng ban Tổ chức cấp ủy trực thuộc Trung ương.',
      [],
    );
  });

  it('wants a family name after ông and bà, which are common words too', () => {
    check('Ông Nguyễn Văn Nam dự. Tỉnh Bà Rịa - Vũng Tàu đăng cai. Con cháu ông bà Nguyễn.', ['«Nguyễn Văn Nam» Ông:']);
  });

  it('knows the family names of officials beyond the commonest, Khmer and northern upland ones included', () => {
    // Thái, Giang, Kim and Sơn are family names as well as words and parts of place names: a district or commune
    // named with them is still read as a place, with the official's name after it.
    check(
      'Bí thư Tỉnh ủy Thái Thanh Quý phát biểu. Ông Giang Văn Hải, Phó Giám đốc Sở Xây dựng, dự. Phó Chủ tịch UBND huyện Vừ A Bằng báo cáo. ' +
        'Bà Kim Thị Hạnh, Phó Bí thư Tỉnh ủy Trà Vinh, và ông Sơn Minh Thắng dự. Chủ tịch UBND huyện Sơn Động Nguyễn Văn An và Bí thư Huyện ủy Kim Bảng Trần Văn Bình dự.',
      [
        '«Thái Thanh Quý»: Bí thư Tỉnh ủy',
        '«Giang Văn Hải» Ông: Phó Giám đốc Sở Xây dựng',
        '«Vừ A Bằng»: Phó Chủ tịch UBND huyện',
        '«Kim Thị Hạnh» Bà: Phó Bí thư Tỉnh ủy Trà Vinh',
        '«Sơn Minh Thắng» ông:',
        '«Nguyễn Văn An»: Chủ tịch Ủy ban nhân dân huyện Sơn Động',
        '«Trần Văn Bình»: Bí thư Huyện ủy Kim Bảng',
      ],
    );
  });

  it('finds a known name after "Ông" at the very end of the text, though Ông is a family name too', () => {
    check('Ông Trần Văn Minh, nguyên Chủ tịch UBND thành phố Đà Nẵng, bị kỷ luật.\nẢnh: Ông Trần Văn Minh', [
      '«Trần Văn Minh» Ông: [former] Chủ tịch UBND thành phố Đà Nẵng',
      '«Trần Văn Minh»',
    ]);
  });

  it('rejects runs of capitalised words longer than a name and foreign words', () => {
    check('Đồng chí Nguyễn Văn Nam Hà Trung Kiên dự. Đồng chí Lenin Vladimir nói.', []);
  });

  it('never takes a byline for an official', () => {
    check('Đồng chí Mai Văn Chính dự.\nTin: Ngọc Diệp\nẢnh: Ngô Khiêm\n\nLINH BẢO', ['«Mai Văn Chính» Đồng chí:']);
  });

  it('reports original offsets in NFD text with non-breaking spaces and CRLF line ends', () => {
    check('Đồng chí Trương Thị Mai,\u00a0Ủy viên Bộ Chính trị phát biểu.\r\nĐồng\u00a0chí Trương\u00a0 Thị Mai nhấn mạnh.\r\n'.normalize('NFD'), [
      '«Trương Thị Mai» Đồng chí: Ủy viên Bộ Chính trị',
      '«Trương\u00a0 Thị Mai» Đồng chí:',
    ]);
  });
});
