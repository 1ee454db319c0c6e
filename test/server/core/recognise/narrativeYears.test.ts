import * as assert from 'node:assert/strict';
import { NarrativeYears } from '../../../../server/src/core/recognise/narrativeYears';

/**
 * The year a narrative sets for a name (recognise/narrativeYears.ts). `text`
 * holds the name "Hoàng Văn Bảy" once; the sentences are written for this test.
 */
function check(text: string, expected: number | undefined, published?: number): void {
  const start = text.indexOf('Hoàng Văn Bảy');
  assert.ok(start >= 0, 'the fixture names Hoàng Văn Bảy');
  assert.equal(new NarrativeYears(text, published).at(start, start + 'Hoàng Văn Bảy'.length), expected);
}

describe('core/recognise/narrativeYears', () => {
  it('dates the sentences after a year that opens a sentence, in any of its spellings', () => {
    check('Năm 1956, Hội nghị quyết định sửa sai. Hai Ủy viên là ông Hoàng Văn Bảy - Trưởng Ban Tổ chức Trung ương.', 1956);
    check('Mở đầu. Cuối năm 1956 ông Hoàng Văn Bảy giữ chức Trưởng ban.', 1956);
    check('Tháng 7/1954, ông Hoàng Văn Bảy được giao làm Phó ban.', 1954);
    check('Từ tháng 9-2019, ông Hoàng Văn Bảy được bầu giữ chức Bí thư Tỉnh ủy.', 2019);
    check('Tháng 1.2016, ông Hoàng Văn Bảy được điều động.', 2016);
    check('Ngày 2/9/1945, ông Hoàng Văn Bảy dự lễ.', 1945);
    check('Ngày 25 tháng 8 năm 1956, ông Hoàng Văn Bảy phát biểu.', 1956);
  });

  it('takes the latest opening year before the name', () => {
    check('Năm 1950, ông A làm Bí thư. Năm 1956, ông Hoàng Văn Bảy làm Trưởng ban.', 1956);
  });

  it('does not date a name by a year inside a sentence, a dateline or a plan beyond the publication year', () => {
    check('Hội nghị họp từ năm 1956. Ông Hoàng Văn Bảy phát biểu.', undefined);
    check('04/08/2025 14:30\nÔng Hoàng Văn Bảy phát biểu.', undefined);
    check('Năm 2030, ông Hoàng Văn Bảy muốn tỉnh phát triển.', undefined, 2025);
  });

  it('stops at the end of the paragraph, and at a sentence set in the article’s own time', () => {
    check('Năm 1956, Hội nghị quyết định sửa sai.\nÔng Hoàng Văn Bảy là Trưởng ban.', undefined);
    check('Năm 1956, ông A làm Bí thư. Hiện nay, ông Hoàng Văn Bảy là Chủ tịch.', undefined);
  });

  it('does not date the title a person is remembered by', () => {
    check('Năm 2020, tỉnh tổ chức kỷ niệm 100 năm ngày sinh Chủ tịch Hoàng Văn Bảy.', undefined);
    check('Năm 1990, cố Bộ trưởng Hoàng Văn Bảy được truy tặng Huân chương.', undefined);
  });

  it('does not reach back without bound', () => {
    check(`Năm 1956, Hội nghị họp. ${'Câu kể tiếp theo. '.repeat(300)}Ông Hoàng Văn Bảy là Trưởng ban.`, undefined);
  });
});
