import * as assert from 'node:assert/strict';
import { findingsOf, type RuleFixture } from './lint';

const RULE = 'text-artifact';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'inserts the space missing between glued words and after a sentence',
    fixture: 'Chú thích ảnh 1Trưởng Ban phát biểu. Tin: Ngọc DiệpẢnh: Ngô Khiêm. Trao giấy khen năm 2020.Đồng chí dự.\n',
    expected: ['a.txt «1Trưởng» → «1 Trưởng»', 'a.txt «DiệpẢnh» → «Diệp Ảnh»', 'a.txt «2020.Đồng» → «2020. Đồng»'],
  },
  {
    name: 'joins a word broken across lines and deletes a repeated word',
    fixture: 'Về việc tổng\n kết công tác tác đào tạo, từng bước, ngày ngày cố gắng.\n',
    expected: ['a.txt «tổng⏎ kết» → «tổng kết»', 'a.txt «tác tác» → «tác»'],
  },
  {
    name: 'deletes a block of web-page residue with its form fields, and a related-article link',
    fixture: 'Nội dung bài viết.\n\n[Văn phòng Chủ tịch nước bám sát tình hình]\n\nĐoạn tiếp theo.\n\nÝ KIẾN BẠN ĐỌC VỀ BÀI VIẾT NÀY\n\nHọ và tên : *\nMã bảo vệ :\n\nBài cùng chuyên mục\nVIDEO CLIPS',
    expected: [
      'a.txt «[Văn phòng Chủ tịch nước bám sát tình hình]» → «»',
      'a.txt «Ý KIẾN BẠN ĐỌC VỀ BÀI VIẾT NÀY⏎⏎Họ và tên : *⏎Mã bảo vệ :⏎⏎Bài cùng chuyên mục⏎VIDEO CLIPS» → «»',
    ],
  },
  {
    name: 'stays quiet on abbreviations, ratios, intended reduplication and sentences ending a line',
    fixture: 'Tại Tp.Hồ Chí Minh, 56/67 cấp ủy đời đời nhớ ơn.\nCác tin khác trong câu này không phải rác.\nHĐND và COVID-19 vẫn đúng, theo VnExpress và TikTok.\n',
    expected: [],
  },
  {
    name: 'keeps a syllable that ends one word and begins the next, and still flags one that does not',
    fixture:
      'Ban hành quy định định hướng công tác; cải cách hành chính chính quyền. Tỉnh ủy Bình Định định hướng. ' +
      'Theo quy định định kỳ tác tác đào tạo.\nCông công tác.\n',
    expected: ['a.txt «tác tác» → «tác»', 'a.txt «Công công» → «Công»'],
  },
];

describe('core/rules/textArtifact', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));
});
