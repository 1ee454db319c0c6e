import * as assert from 'node:assert/strict';
import { inVietnamese, findingsOf, lintFixture, type RuleFixture } from './lint';
import { nameOf } from '../../../support/fixture';

const RULE = 'name-variant';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'corrects a name one diacritic away from a known official',
    fixture:
      '//- a.txt\nĐồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương phát biểu. Đồng chí Trương Thị Mai nhấn mạnh. Đồng chí Trương Thị Mai ghi nhận.\n' +
      '//- b.txt\nĐồng chí Trương Thị Mại, Trưởng Ban Tổ chức Trung ương dự hội nghị.\n',
    expected: ['b.txt «Trương Thị Mại» → «Trương Thị Mai»'],
  },
  {
    name: 'corrects a name one letter away from a frequent name of the folder (found through a deletion group)',
    fixture:
      '//- a.txt\nĐồng chí Nguyễn Văn Thắng phát biểu. Đồng chí Nguyễn Văn Thắng nhấn mạnh.\n' +
      '//- b.txt\nĐồng chí Nguyễn Văn Thắn dự hội nghị.\n' +
      '//- c.txt\nĐồng chí Nguyễn Văn Thắng kết luận.\n',
    expected: ['b.txt «Nguyễn Văn Thắn» → «Nguyễn Văn Thắng»'],
  },
  {
    name: 'takes a name often written by one other article only for that article’s subject, and corrects it within that article',
    fixture:
      '//- a.txt\nÔng Lê Xuân Tạo, Giám đốc Bệnh viện tỉnh, cho biết. Ông Lê Xuân Tạo nhấn mạnh. Ông Lê Xuân Tạo kết luận. Ông Lê Xuân Thạo ký.\n' +
      '//- b.txt\nBộ Công an điều động thượng tá Lê Xuân Thao, Trưởng phòng Tham mưu, làm Phó Giám đốc Công an tỉnh.\n',
    expected: ['a.txt «Lê Xuân Thạo» → «Lê Xuân Tạo»'],
  },
  {
    name: 'stays quiet on different officials whose names share a syllable',
    fixture:
      'Đồng chí Mai Văn Chính phát biểu. Đồng chí Mai Văn Chính nhấn mạnh. Đồng chí Mai Văn Chính kết luận. Đồng chí Phạm Minh Chính dự.\n',
    expected: [],
  },
  {
    name: 'reports a well-known name written with other diacritics, anywhere in the text, but not its transliteration',
    fixture: 'Học tập tư tưởng Hồ Chí Mình. Dự có đồng chí Trần Cầm Tú. The Voice of Ho Chi Minh City. Đồng chí Hồ Chí Minh.\n',
    expected: ['a.txt «Hồ Chí Mình» → «Hồ Chí Minh»', 'a.txt «Trần Cầm Tú» → «Trần Cẩm Tú»'],
  },
  {
    name: 'takes a name with another letter than a well-known one (u and ư, o and ơ) for another person’s',
    fixture: 'Ông Lê Minh Hùng, Cục trưởng Cục Cảnh sát quản lý trại giam, dự. Dự có đồng chí Trần Cẩm Tủ.\n',
    expected: ['a.txt «Trần Cẩm Tủ» → «Trần Cẩm Tú»'],
  },
  {
    name: 'reads no name in a capitalised run whose last syllable begins a word with the next ("Trường Chính trị", a school)',
    fixture: 'Ông Lê Văn An, nguyên Hiệu trưởng Trường Chính trị tỉnh Thanh Hóa, dự. Tổng Bí thư Trường Chính dự.\n',
    expected: ['a.txt «Trường Chính» → «Trường Chinh»'],
  },
  {
    name: 'takes a near name given only posts the frequent name never holds for another person, but not one given one of them',
    fixture:
      '//- a.txt\nÔng Nguyễn Văn Hùng, Bí thư Tỉnh ủy Quảng Trị, chủ trì. Ông Nguyễn Văn Hùng nhấn mạnh.\n' +
      '//- b.txt\nÔng Nguyễn Văn Hưng, Giám đốc Sở Y tế tỉnh Bình Định, báo cáo.\n' +
      '//- c.txt\nÔng Nguyễn Văn Hừng, Bí thư Tỉnh ủy, dự họp.\n' +
      '//- d.txt\nÔng Nguyễn Văn Hùng kết luận.\n',
    expected: ['c.txt «Nguyễn Văn Hừng» → «Nguyễn Văn Hùng»'],
  },
  {
    name: 'takes a short form the frequent name holds for the province its long form names, not another province',
    fixture:
      '//- a.txt\nỦy ban có 01 Chủ tịch UBND tỉnh là ông Nguyễn Văn Vĩnh. Ông Nguyễn Văn Vĩnh, Chủ tịch UBND tỉnh Tiền Giang, phát biểu. Ông Nguyễn Văn Vĩnh kết luận.\n' +
      '//- b.txt\nThủ tướng xóa tư cách chức vụ Chủ tịch UBND tỉnh Lào Cai đối với ông Nguyễn Văn Vịnh.\n',
    expected: [],
  },
];

describe('core/rules/nameVariant', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));

  it('follows the folder: a name stops being corrected once the folder no longer writes the other name often', async () => {
    const { service } = await lintFixture(FIXTURES[1].fixture);
    const byName = (name: string) => [...service.articles()].find((x) => nameOf(x.uri) === name);
    const b = byName('b.txt');
    const nameFindings = () => service.diagnostics(b?.uri ?? '').filter((x) => x.rule === RULE).map((x) => x.message);
    assert.equal(nameFindings().length, 1);
    const a = byName('a.txt');
    assert.ok(a);
    service.setText(a.uri, 'Đồng chí Nguyễn Văn Thắng phát biểu.\n', a.version + 1);
    assert.deepEqual(nameFindings(), []);
  });

  it("in Vietnamese, names the likely spelling, and the fix writes it", async () => {
    assert.deepEqual(await inVietnamese(RULE, { fixture: '//- a.txt\nĐồng chí Nguyễn Văn Thắng phát biểu. Đồng chí Nguyễn Văn Thắng nhấn mạnh.\n//- b.txt\nĐồng chí Nguyễn Văn Thăng, Bí thư Tỉnh ủy dự hội nghị.\n//- c.txt\nĐồng chí Nguyễn Văn Thắng kết luận.\n' }), [
      { message: "“Nguyễn Văn Thăng” có thể là viết sai của “Nguyễn Văn Thắng” (tên này được nhắc 3 lần trong thư mục).", related: ["Ở đây viết là “Nguyễn Văn Thắng”"], fixes: ["Sửa thành “Nguyễn Văn Thắng”"] },
    ]);
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[0]), [
      { message: "“Trương Thị Mại” có thể là viết sai của “Trương Thị Mai”, một tên quen thuộc có cùng các chữ cái.", related: [], fixes: ["Sửa thành “Trương Thị Mai”"] },
    ]);
  });
});
