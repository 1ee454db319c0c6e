import * as assert from 'node:assert/strict';
import { findingsOf, inVietnamese, type RuleFixture } from './lint';

const RULE = 'spelling-variant';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'moves the tone to the folder’s usual place',
    fixture: '//- a.txt\nQuốc hội khóa XV, Ủy ban, hòa hợp.\n//- b.txt\nQuốc hội khoá XV, Uỷ ban Trung ương khóa XIII.\n',
    expected: ['b.txt «khoá» → «khóa»', 'b.txt «Uỷ» → «Ủy»'],
  },
  {
    name: 'follows the configured style over the majority',
    fixture: 'Quốc hội khóa XV, khóa XIV và hoà bình.\n',
    config: { preferred: { spelling: 'old' } },
    // The article always writes "khóa": one house-style finding, whose fix respells both.
    expected: ['a.txt «khóa» → «khoá XV, khoá»'],
  },
  {
    name: 'gives one finding for a word an article writes both ways, and one for a word it always writes the other way',
    fixture: '//- a.txt\nỦy ban họp. Uỷ ban kết luận. Tỉnh ủy, khoá XV và khoá XIV.\n//- b.txt\nỦy ban, Tỉnh ủy, khóa XV, hòa bình, khóa XIV.\n',
    expected: ['a.txt «Uỷ» → «Ủy»', 'a.txt «khoá» → «khóa XV và khóa»'],
  },
  {
    name: 'reports decomposed (NFD) text once per file and composes all of it',
    fixture: 'Ban Tổ chức Trung ương.\n'.normalize('NFD'),
    // The fix spans every decomposed word of the file, from "Tổ" to "ương".
    expected: [`a.txt «${'Tổ'.normalize('NFD')}» → «Tổ chức Trung ương»`],
  },
  {
    name: 'stays quiet when the folder agrees, and on closed syllables and qu-',
    fixture: 'Khóa XIII, Ủy viên, hòa bình, hoàn thành, tuyển chọn, quý I.\n',
    expected: [],
  },
  {
    name: 'respells i/y words in the folder’s usual form, one finding per word and article',
    fixture:
      '//- a.txt\nĐại hội nhiệm kỳ 2020-2025 thông qua với tỷ lệ cao. Kỳ họp thứ nhất.\n' +
      '//- b.txt\nHội nghị nhiệm kỳ mới bàn về kỷ luật, tỷ lệ đạt.\n' +
      '//- c.txt\nTrong nhiệm kì qua, nhiệm kỳ tới và nhiệm kì sau, tỉ lệ tăng.\n',
    // c.txt writes "kì" twice beside "kỳ": inconsistent, one finding fixing both; "tỉ" alone is a house style.
    expected: ['c.txt «kì» → «kỳ qua, nhiệm kỳ tới và nhiệm kỳ»', 'c.txt «tỉ» → «tỷ»'],
  },
  {
    name: 'leaves names, ties and a word cut at the end of the excerpt alone',
    fixture:
      '//- a.txt\nÔng Lý Văn Sỹ nói về kỷ luật. Chủ tịch HĐND tỉ\n' +
      '//- b.txt\nÔng Lê Sĩ Hùng nói về kỉ luật. Chủ tịch HĐND tỉnh, tỷ lệ cao.\n' +
      '//- c.txt\nÔng Nguyễn Sĩ Bình: đạt tỷ lệ cao.\n',
    // Were they read, the cut "tỉ" and the name "Sỹ" would each be one against two.
    expected: [],
  },
  {
    name: 'writes a province the way the folder usually does, and leaves districts with their own spelling and capitals alone',
    fixture:
      '//- a.txt\nTỉnh ủy Đắk Lắk họp. Tỉnh Đắk Lắk và tỉnh Đắk Nông.\n' +
      '//- b.txt\nBí thư Tỉnh ủy Đắk Lắk dự họp ở huyện Đăk Glei.\n' +
      '//- c.txt\nÔng A, Bí thư Tỉnh ủy Đăk Lăk. TỈNH ĐĂK LĂK.\n' +
      '//- d.txt\nTỉnh Đắc Lắc và tỉnh Đắk Lắk.\n',
    // c.txt writes only the less usual spelling: a house style, still flagged; d.txt writes both ways.
    expected: ['c.txt «Đăk Lăk» → «Đắk Lắk»', 'd.txt «Đắc Lắc» → «Đắk Lắk»'],
  },
  {
    name: 'leaves a person’s name as the person spells it, neither counting it nor respelling it',
    fixture: '//- a.txt\nỦy ban họp về hòa giải; ông Nguyễn Văn Hoà, Giám đốc Sở, và bà Lê Thị Thuỷ dự.\n//- b.txt\nỦy ban, khóa XV, hòa bình, Uỷ ban.\n',
    expected: ['b.txt «Uỷ» → «Ủy»'],
  },
];

describe('core/rules/spellingVariant', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));

  it('in Vietnamese, words the i/y findings, their fixes and related notes', async () => {
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[5]), [
      { message: 'Bài này viết “kì” (2 lần) nhưng cũng viết “kỳ”, cách viết thường dùng trong thư mục.', related: ['Ở đây viết là “kỳ”'], fixes: ['Sửa cả 2 chỗ thành “kỳ”'] },
      { message: 'Bài này viết “tỉ”; cách viết thường dùng trong thư mục là “tỷ” (ở đây i và y là cùng một âm).', related: ['Ở đây viết là “tỷ”'], fixes: ['Sửa thành “tỷ”'] },
    ]);
  });

  it('in Vietnamese, names the folder’s usual spelling of a province', async () => {
    const fixture = FIXTURES[7];
    assert.equal(fixture.name.startsWith('writes a province'), true);
    assert.deepEqual((await inVietnamese(RULE, fixture)).map((f) => f.message), [
      'Bài này viết “Đăk Lăk”; cách viết tên này thường dùng trong thư mục là “Đắk Lắk”.',
      'Bài này viết “Đắc Lắc” nhưng cũng viết “Đắk Lắk”, cách viết thường dùng trong thư mục.',
    ]);
  });
});
