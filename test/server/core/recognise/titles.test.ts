import * as assert from 'node:assert/strict';
import type { Mention } from '../../../../server/src/core/model';
import { analyseArticle } from '../../../../server/src/core/article';
import { createLexicon } from '../../../../server/src/core/lexicon';
import { matchKey } from '../../../../server/src/core/text/source';
import { parseFixture } from '../../../support/fixture';

const lexicon = createLexicon();

/** `«as written» canonical @holder`; the key is checked to be the canonical post's. */
function show(text: string, m: Mention): string {
  assert.ok(m.data.kind === 'title');
  const d = m.data;
  assert.equal(m.key, `title:${matchKey(d.canonical)}`);
  return `«${text.slice(m.start, m.end).normalize('NFC')}» ${d.canonical}${d.holder ? ` @${d.holder}` : ''}`;
}

/** The titles of a one-file fixture, run through the whole article analysis, in text order. */
function check(fixture: string, expected: readonly string[]): void {
  const [[uri, text]] = parseFixture(fixture).files;
  const article = analyseArticle(uri, text, 0, lexicon);
  assert.deepEqual(
    article.mentions.filter((m) => m.kind === 'title').map((m) => show(text, m)),
    expected,
  );
}

describe('core/recognise/titles', () => {
  it('makes each title of an appositive list its own mention, held by the person', () => {
    check('Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tổ chức Trung ương; đồng chí Mai Văn Chính chủ trì.', [
      '«Ủy viên Bộ Chính trị» Ủy viên Bộ Chính trị @Trương Thị Mai',
      '«Bí thư Trung ương Đảng» Bí thư Trung ương Đảng @Trương Thị Mai',
      '«Trưởng ban Tổ chức Trung ương» Trưởng Ban Tổ chức Trung ương @Trương Thị Mai',
    ]);
  });

  it('finds a title standing alone, with no holder', () => {
    check('Trưởng ban Tổ chức Trung ương cho biết, ngành Tổ chức xây dựng Đảng tiếp tục tham mưu.', [
      '«Trưởng ban Tổ chức Trung ương» Trưởng Ban Tổ chức Trung ương',
    ]);
    check('Thừa ủy quyền của Chủ tịch nước, Thủ tướng Chính phủ, đồng chí Phạm Minh Chính trao Huân chương.', [
      '«Chủ tịch nước» Chủ tịch nước',
      '«Thủ tướng Chính phủ» Thủ tướng Chính phủ',
    ]);
  });

  it('reads a deputy head written "Phó ban", as the press shortens "Phó Trưởng ban", as that post', () => {
    check('Ông Nguyễn Văn Trượng được bổ nhiệm giữ chức Phó ban Dân vận Tỉnh ủy; ông Trần Văn An, Phó Ban Tuyên giáo Trung ương, dự.', [
      '«Phó ban Dân vận Tỉnh ủy» Phó Trưởng Ban Dân vận Tỉnh ủy @Nguyễn Văn Trượng',
      '«Phó Ban Tuyên giáo Trung ương» Phó Trưởng Ban Tuyên giáo Trung ương @Trần Văn An',
    ]);
  });

  it('prefers the longest post', () => {
    check(
      'Đồng chí Mai Văn Chính, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương, Bí thư Đảng ủy cơ quan dự. Bí thư Đảng ủy phát biểu.',
      [
        '«Phó Trưởng ban Thường trực Ban Tổ chức Trung ương» Phó Trưởng ban Thường trực Ban Tổ chức Trung ương @Mai Văn Chính',
        '«Bí thư Đảng ủy cơ quan» Bí thư Đảng ủy cơ quan @Mai Văn Chính',
        '«Bí thư Đảng ủy» Bí thư Đảng ủy',
      ],
    );
  });

  it('builds posts from a head and the organisation it heads', () => {
    check(
      'Đồng chí Phạm Văn Thuần, Phó Vụ trưởng Vụ V, Chủ tịch Công đoàn cơ quan Ban Tổ chức Trung ương trao quà. ' +
        'Đồng chí Mai Văn Chính, nguyên Bí thư Tỉnh uỷ Long An. Trưởng Ban Dân vận Trung ương dự. Phó trưởng ban Tổ chức TW phát biểu.',
      [
        '«Phó Vụ trưởng Vụ V» Phó Vụ trưởng Vụ V @Phạm Văn Thuần',
        '«Chủ tịch Công đoàn cơ quan Ban Tổ chức Trung ương» Chủ tịch Công đoàn cơ quan Ban Tổ chức Trung ương @Phạm Văn Thuần',
        '«Bí thư Tỉnh uỷ Long An» Bí thư Tỉnh ủy Long An @Mai Văn Chính',
        '«Trưởng Ban Dân vận Trung ương» Trưởng Ban Dân vận Trung ương',
        '«Phó trưởng ban Tổ chức TW» Phó Trưởng Ban Tổ chức Trung ương',
      ],
    );
  });

  it('maps variant spellings to one canonical post', () => {
    check('Uỷ viên Bộ Chính trị dự. Ủy viên Ban Chấp hành Trung ương Đảng dự. UV BCT dự.', [
      '«Uỷ viên Bộ Chính trị» Ủy viên Bộ Chính trị',
      '«Ủy viên Ban Chấp hành Trung ương Đảng» Ủy viên Trung ương Đảng',
      '«UV BCT» Ủy viên Bộ Chính trị',
    ]);
  });

  it('writes once the words a slot’s value begins with and the post writes before it', () => {
    check('Chủ tịch UBND TP. Hồ Chí Minh Nguyễn Văn Được và Chủ tịch UBND TP.HCM Phan Văn Mãi dự. Ông Lê Văn An, Trưởng ban Ban Tổ chức Trung ương, dự.', [
      '«Chủ tịch UBND TP. Hồ Chí Minh» Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh @Nguyễn Văn Được',
      '«Chủ tịch UBND TP.HCM» Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh @Phan Văn Mãi',
      '«Trưởng ban Ban Tổ chức Trung ương» Trưởng Ban Tổ chức Trung ương @Lê Văn An',
    ]);
  });

  it('keeps a stray comma inside the one title it splits', () => {
    check('đồng chí Mai Văn Chính, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực, Ban Tổ chức Trung ương chủ trì.', [
      '«Ủy viên Trung ương Đảng» Ủy viên Trung ương Đảng @Mai Văn Chính',
      '«Phó Trưởng ban Thường trực, Ban Tổ chức Trung ương» Phó Trưởng ban Thường trực Ban Tổ chức Trung ương @Mai Văn Chính',
    ]);
  });

  it('takes no post from a meeting of heads, a lower-case phrase or an organisation named after a post', () => {
    check(
      'Ban Tổ chức Trung ương tổ chức Hội nghị Trưởng ban Tổ chức cấp ủy trực thuộc Trung ương. Bí thư cấp ủy giới thiệu để bầu ủy viên ban thường vụ. ' +
        'Sau đó là Hội nghị Trưởng Ban Tổ chức các tỉnh. ' +
        '[Văn phòng Chủ tịch nước bám sát tình hình]',
      [],
    );
  });

  it('keeps the written form in NFD text with non-breaking spaces and CRLF line ends', () => {
    check('Trưởng\u00a0ban Tổ chức Trung ương cho biết.\r\nĐồng chí Trương Thị Mai,\r\nỦy viên Bộ Chính trị.'.normalize('NFD'), [
      '«Trưởng\u00a0ban Tổ chức Trung ương» Trưởng Ban Tổ chức Trung ương',
      '«Ủy viên Bộ Chính trị» Ủy viên Bộ Chính trị',
    ]);
  });
  it('reads a ministry’s abbreviation as the ministry, and abbreviations glued by "&" or "-" as one department', () => {
    check('Thứ trưởng Bộ GD&ĐT Nguyễn Văn An, Bộ trưởng Bộ NN&PTNT Lê Văn Bình và Giám đốc Sở TN&MT tỉnh Nghệ An Hồ Văn Cư dự.', [
      '«Thứ trưởng Bộ GD&ĐT» Thứ trưởng Bộ Giáo dục và Đào tạo @Nguyễn Văn An',
      '«Bộ trưởng Bộ NN&PTNT» Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn @Lê Văn Bình',
      '«Giám đốc Sở TN&MT tỉnh Nghệ An» Giám đốc Sở TN&MT tỉnh Nghệ An @Hồ Văn Cư',
    ]);
    check('Ông Đào Văn Khải (Tỉnh ủy viên, Phó Giám đốc Sở NN-PTNT) dự.', [
      '«Tỉnh ủy viên» Tỉnh ủy viên @Đào Văn Khải',
      '«Phó Giám đốc Sở NN-PTNT» Phó Giám đốc Sở NN-PTNT @Đào Văn Khải',
    ]);
  });
  it('reads the press’s short forms of heads: PCT, GĐ, Phó GĐ, Chánh VP', () => {
    check('Ông Nguyễn Văn An được bầu làm PCT UBND tỉnh Tuyên Quang. Ông Lê Văn Bình, Phó GĐ Sở Y tế, và ông Hồ Văn Cư, Chánh VP UBND tỉnh, dự.', [
      '«PCT UBND tỉnh Tuyên Quang» Phó Chủ tịch UBND tỉnh Tuyên Quang @Nguyễn Văn An',
      '«Phó GĐ Sở Y tế» Phó Giám đốc Sở Y tế @Lê Văn Bình',
      '«Chánh VP UBND tỉnh» Chánh Văn phòng UBND tỉnh @Hồ Văn Cư',
    ]);
    check('Bà Trần Thị Dung, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh, phát biểu.', [
      '«Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh» Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh @Trần Thị Dung',
    ]);
  });
  it('reads the mass organisations, academies and steering committees whose names go on in lower case, and the military staff posts', () => {
    check(
      'Ông Lê Văn An, UVT.Ư Đảng, Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam; bà Hồ Thị Bình, Phó Chủ tịch Thường trực Hội Liên hiệp thanh niên tỉnh Bắc Giang; ' +
        'ông Trần Văn Cư, Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh; Đại tá Phạm Văn Dũng, Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh, dự.',
      [
        '«UVT.Ư Đảng» Ủy viên Trung ương Đảng @Lê Văn An',
        '«Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam» Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam @Lê Văn An',
        '«Phó Chủ tịch Thường trực Hội Liên hiệp thanh niên tỉnh Bắc Giang» Phó Chủ tịch Thường trực Hội Liên hiệp Thanh niên tỉnh Bắc Giang @Hồ Thị Bình',
        '«Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh» Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh @Trần Văn Cư',
        '«Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh» Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh @Phạm Văn Dũng',
      ],
    );
  });
  it('reads the body above an organisation after "thuộc", as in brackets', () => {
    check('Ông Lê Đình An, Tổng cục trưởng Tổng cục Đường bộ Việt Nam thuộc Bộ GTVT, giữ chức Thứ trưởng Bộ GTVT.', [
      '«Tổng cục trưởng Tổng cục Đường bộ Việt Nam thuộc Bộ GTVT» Tổng cục trưởng Tổng cục Đường bộ Việt Nam thuộc Bộ Giao thông vận tải @Lê Đình An',
      '«Thứ trưởng Bộ GTVT» Thứ trưởng Bộ Giao thông vận tải @Lê Đình An',
    ]);
  });
  it('reads the courts’ and the National Assembly’s posts: Thẩm phán, Tòa án nhân dân cấp cao tại …, Ban Công tác đại biểu, Phó Viện trưởng Thường trực', () => {
    check('Ông Lê Văn An, Phó Chánh án Tòa án nhân dân cấp cao tại Hà Nội, và Trưởng Ban Công tác đại biểu Nguyễn Thị Bình dự.', [
      '«Phó Chánh án Tòa án nhân dân cấp cao tại Hà Nội» Phó Chánh án Tòa án nhân dân cấp cao tại Hà Nội @Lê Văn An',
      '«Trưởng Ban Công tác đại biểu» Trưởng Ban Công tác đại biểu @Nguyễn Thị Bình',
    ]);
    check('Ông Ngô Tiến Cư, Thẩm phán TANDTC, và ông Lê Văn Dũng, Phó Viện trưởng Thường trực Viện Kiểm sát nhân dân tối cao, dự.', [
      '«Thẩm phán TANDTC» Thẩm phán Tòa án nhân dân tối cao @Ngô Tiến Cư',
      '«Phó Viện trưởng Thường trực Viện Kiểm sát nhân dân tối cao» Phó Viện trưởng Thường trực Viện Kiểm sát nhân dân tối cao @Lê Văn Dũng',
    ]);
  });
  it('reads the National Assembly’s committees, the press writing them with or without "của Quốc hội"', () => {
    check('Ông Lê Văn An, Chủ nhiệm Ủy ban các vấn đề xã hội, và bà Hồ Thị Bình, Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội, dự.', [
      '«Chủ nhiệm Ủy ban các vấn đề xã hội» Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội @Lê Văn An',
      '«Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội» Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội @Hồ Thị Bình',
    ]);
  });
  it('reads grassroots posts and the short forms of an alternate member of the Central Committee', () => {
    check('Ông Vương Quốc An, Ủy viên dự khuyết T.Ư Đảng, Phó Bí thư Tỉnh ủy, và ông Nguyễn Ngọc Bình, Phó Bí thư Chi bộ, Đội trưởng Đội Điều tra, dự.', [
      '«Ủy viên dự khuyết T.Ư Đảng» Ủy viên dự khuyết Trung ương Đảng @Vương Quốc An',
      '«Phó Bí thư Tỉnh ủy» Phó Bí thư Tỉnh ủy @Vương Quốc An',
      '«Phó Bí thư Chi bộ» Phó Bí thư Chi bộ @Nguyễn Ngọc Bình',
      '«Đội trưởng Đội Điều tra» Đội trưởng Đội Điều tra @Nguyễn Ngọc Bình',
    ]);
  });
  it('reads the Fatherland Front’s and a ministry’s shorter abbreviations as their bodies', () => {
    check('Ông Nguyễn Văn An, Chủ tịch UBMTTQ tỉnh, và Bộ trưởng VHTT&DL Nguyễn Văn Bình dự.', [
      '«Chủ tịch UBMTTQ tỉnh» Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh @Nguyễn Văn An',
      '«Bộ trưởng VHTT&DL» Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch @Nguyễn Văn Bình',
    ]);
  });
});
