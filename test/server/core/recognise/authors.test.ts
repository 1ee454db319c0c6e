import * as assert from 'node:assert/strict';
import type { Mention } from '../../../../server/src/core/model';
import { analyseArticle } from '../../../../server/src/core/article';
import { createLexicon } from '../../../../server/src/core/lexicon';
import { matchKey } from '../../../../server/src/core/text/source';
import { parseFixture } from '../../../support/fixture';

const lexicon = createLexicon();

/** `«name» role`; the key is checked to be the name's. */
function show(text: string, m: Mention): string {
  assert.ok(m.data.kind === 'author');
  const d = m.data;
  assert.equal(m.key, `author:${matchKey(d.name)}`);
  return `«${text.slice(m.start, m.end).normalize('NFC')}» ${d.role}`;
}

/** The bylines of a one-file fixture, run through the whole article analysis; no person may share their span. */
function check(fixture: string, expected: readonly string[]): void {
  const [[uri, text]] = parseFixture(fixture).files;
  const article = analyseArticle(uri, text, 0, lexicon);
  const authors = article.mentions.filter((m) => m.kind === 'author');
  assert.deepEqual(
    authors.map((m) => show(text, m)),
    expected,
  );
  const people = article.mentions.filter((m) => m.kind === 'person');
  assert.ok(!authors.some((a) => people.some((p) => p.start < a.end && a.start < p.end)), 'a byline was also taken for an official');
}

describe('core/recognise/authors', () => {
  it('reads the writer in capitals on the last line', () => {
    check('Cán bộ là then chốt của then chốt.\n\nLINH BẢO', ['«LINH BẢO» text']);
    check('Đặc biệt, cần chọn công tác cán bộ làm khâu đột phá.\n \nDUY NGUYỄN\n,\n.', ['«DUY NGUYỄN» text']);
  });

  it('reads labelled credits, also when glued to the name before', () => {
    check('Đồng chí Phạm Văn Thuần trao quà.\nTin: Ngọc DiệpẢnh: Ngô Khiêm\n\nÝ KIẾN BẠN ĐỌC VỀ BÀI VIẾT NÀY', ['«Ngọc Diệp» text', '«Ngô Khiêm» photo']);
    check('Tin và ảnh: Lê Văn Tám, Hồ Thu Hà\n', ['«Lê Văn Tám» text', '«Hồ Thu Hà» text']);
    // A web page's footer: "Tác giả" is a label there, not the honorific that opens an obituary's record ("Đồng chí: A").
    check('Ông Lê Văn An phát biểu.\n\nTác giả: Văn Kiên\n\nNguồn tin: Báo Tiền Phong\n', ['«Văn Kiên» text']);
  });

  it('reads agency credits in parentheses', () => {
    check('Trưởng Ban Tổ chức Trung ương Trương Thị Mai phát biểu. (Ảnh: TTXVN)\n\nnghị quyết.\n\n(TTXVN/Vietnam+)\n\nTin cùng chuyên mục', [
      '«TTXVN» agency',
      '«TTXVN» agency',
      '«Vietnam+» agency',
    ]);
    check('(Theo TTXVN) (ảnh: VOV) (Nguồn: TTXVN)', ['«TTXVN» agency', '«VOV» agency', '«TTXVN» agency']);
  });

  it('reads a credit to an outlet as the outlet, not a person named by its first words', () => {
    check('Thiếu tướng Đinh Quốc Hùng phát biểu. (Ảnh: Báo Quân đội nhân dân)\nẢnh: Cổng TTĐT tỉnh Lai Châu\n', [
      '«Báo Quân đội nhân dân» agency',
      '«Cổng TTĐT tỉnh Lai Châu» agency',
    ]);
  });

  it('takes no heading or page label in capitals for a byline', () => {
    check('TIN LIÊN QUAN\nCác tin khác trong ngày.\n', []);
    check('Tra cứu tạp chí in trước năm 2010:\nVIDEO CLIPS', []);
    check('Theo báo cáo tại hội nghị (ảnh trên), Tin: các địa phương đã gửi báo cáo.', []);
  });

  it('reports original offsets in NFD text with non-breaking spaces and CRLF line ends', () => {
    check('Hội nghị kết thúc.\r\nTin:\u00a0Ngọc Diệp\r\nẢnh: Ngô Khiêm\r\n\r\nDUY NGUYỄN\r\n'.normalize('NFD'), ['«Ngọc Diệp» text', '«Ngô Khiêm» photo', '«DUY NGUYỄN» text']);
  });
});
