import * as assert from 'node:assert/strict';
import { inVietnamese, findingsOf, type RuleFixture } from './lint';

const RULE = 'term-years';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'reports a term written with another term’s years',
    fixture: 'Rà soát quy hoạch Ban Chấp hành Trung ương khóa XIV, nhiệm kỳ 2021-2026.\n',
    expected: ['a.txt «khóa XIV, nhiệm kỳ 2021-2026»'],
  },
  {
    name: 'stays quiet on right years and on years of another body',
    fixture: 'Ban Chấp hành Trung ương khóa XIV, nhiệm kỳ 2026-2031; đại biểu Quốc hội khóa XV, HĐND các cấp nhiệm kỳ 2021-2026.\n',
    expected: [],
  },
  {
    name: 'reports a national congress numbered beyond the next one at the article’s date, not a provincial one',
    fixture:
      'Thứ Năm, 23-06-2022, 18:22\nChuẩn bị Đại hội đại biểu toàn quốc lần thứ XVI của Đảng. Tiến tới Đại hội XIV của Đảng. Đại hội Đảng bộ tỉnh lần thứ XVI. Đại hội XVIII Đảng bộ thành phố.\n',
    expected: ['a.txt «Đại hội đại biểu toàn quốc lần thứ XVI»'],
  },
  {
    name: 'leaves the terms of local bodies and mass organisations to their own ordinals and years',
    fixture:
      'Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh Long An khóa XI, nhiệm kỳ 2022 - 2027 ra mắt. Đại hội đại biểu Thành phố Cần Thơ Khóa XIV, nhiệm kỳ 2020 - 2025 bế mạc. ' +
      'Bầu Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam khóa XIII, nhiệm kỳ 2022-2027. Ban Chấp hành Trung ương khóa XIV, nhiệm kỳ 2021-2026 họp.\n',
    expected: ['a.txt «khóa XIV, nhiệm kỳ 2021-2026»'],
  },
  {
    name: 'reports a Party committee’s term whose years are not a round of congresses',
    fixture:
      'Ông Nguyễn Văn An giữ chức Bí thư Tỉnh ủy tỉnh Hòa Bình nhiệm kỳ 2021-2025, thay ông Lê Văn Bình. ' +
      'Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025 thành công.\n',
    expected: ['a.txt «nhiệm kỳ 2021-2025»'],
  },
  {
    name: 'leaves the terms of chi bộ, councils, the Front and village heads to their own years',
    fixture:
      'Bí thư Tỉnh ủy dự Đại hội chi bộ nhiệm kỳ 2022-2025. Bí thư Huyện ủy là Chủ tịch Ủy ban MTTQ tỉnh nhiệm kỳ 2014-2019. ' +
      'Tỉnh ủy chỉ đạo bầu trưởng thôn nhiệm kỳ 2025-2027. HĐND tỉnh khóa VII (nhiệm kỳ 2004-2011).\n',
    expected: [],
  },
  {
    name: 'reports the ordinal that breaks a list of terms, and accepts lists in order either way',
    fixture:
      'Ông là Ủy viên Trung ương Đảng khoá VIII, XI, X, Ủy viên Bộ Chính trị khóa IX, X. ' +
      'Đại biểu Quốc hội khóa XIII, XIV và XV; Ủy viên Ban Chấp hành khóa XII, XI, X.\n',
    expected: ['a.txt «XI»'],
  },
];

describe('core/rules/termYears', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));

  it("in Vietnamese, gives the term’s real years, the next congress, the round of congresses and the odd ordinal", async () => {
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[0]), [
      { message: "“khóa XIV, nhiệm kỳ 2021-2026”: nhiệm kỳ Ban Chấp hành Trung ương Đảng khóa XIV là 2026–2031, không phải 2021–2026.", related: [], fixes: [] },
    ]);
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[2]), [
      { message: "“Đại hội đại biểu toàn quốc lần thứ XVI”: vào ngày 2022-06-23, đại hội sắp tới của Đảng là Đại hội XIV, nên không thể là Đại hội XVI.", related: [], fixes: [] },
    ]);
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[4]), [
      { message: "“nhiệm kỳ 2021-2025”: cấp ủy đảng được bầu cho nhiệm kỳ 5 năm giữa hai kỳ đại hội (2020–2025), không phải 2021–2025.", related: [], fixes: [] },
    ]);
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[6]), [
      { message: "“khoá VIII, XI, X”: các khóa được kể theo thứ tự, nhưng XI làm lệch thứ tự; một số thứ tự khóa bị ghi sai.", related: [], fixes: [] },
    ]);
  });
});
