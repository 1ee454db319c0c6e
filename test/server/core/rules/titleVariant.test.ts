import * as assert from 'node:assert/strict';
import { findingsOf, lintFixture, type RuleFixture } from './lint';

const RULE = 'title-variant';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'rewrites a title in the way the folder usually writes it',
    fixture:
      '//- a.txt\nĐồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương phát biểu.\nTrưởng ban Tổ chức Trung ương cho biết.\n' +
      '//- b.txt\nĐồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương dự.\nĐồng chí Phạm Minh Chính, Trưởng Ban Tổ chức Trung ương phát biểu.\nTrưởng Ban Tổ chức Trung ương nhấn mạnh.\n',
    // a.txt writes it one way throughout: one house-style finding, whose fix rewrites both.
    expected: ['a.txt «Trưởng ban Tổ chức Trung ương» → «Trưởng Ban Tổ chức Trung ương phát biểu.⏎Trưởng Ban Tổ chức Trung ương»'],
  },
  {
    name: 'removes a stray comma that splits one title in two',
    fixture:
      '//- a.txt\nĐồng chí Mai Văn Chính, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực, Ban Tổ chức Trung ương chủ trì Hội nghị.\n' +
      '//- b.txt\nĐồng chí Mai Văn Chính, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương phát biểu.\n',
    expected: ['a.txt «Phó Trưởng ban Thường trực, Ban Tổ chức Trung ương» → «Phó Trưởng ban Thường trực Ban Tổ chức Trung ương»'],
  },
  {
    name: 'stays quiet when every article writes the title the same way',
    fixture:
      '//- a.txt\nĐồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương phát biểu.\n' +
      '//- b.txt\nĐồng chí Hoàng Đăng Quang, Phó Trưởng Ban Tổ chức Trung ương dự.\n',
    expected: [],
  },
  {
    name: 'leaves a post named in general, of many bodies, in its lower case',
    fixture:
      '//- a.txt\nBộ Chính trị chỉ định nhân sự giữ chức Bí thư tỉnh ủy, thành ủy các tỉnh mới. Ông Trần Văn An, Bí thư Tỉnh ủy, dự. ' +
      'Dự có Bí thư ban cán sự đảng, đảng đoàn trực thuộc Trung ương.\n#Bí thư tỉnh ủy\n' +
      '//- d.txt\nÔng Lê Văn Em, Bí thư Ban cán sự đảng, dự. Ông Hồ Văn Giang, Bí thư Ban cán sự đảng, dự.\n' +
      '//- b.txt\nÔng Lê Văn Bình, Bí thư Tỉnh ủy, phát biểu. Ông Hồ Văn Cư, Bí thư Tỉnh ủy, dự.\n' +
      '//- c.txt\nÔng Phạm Văn Dũng, Bí thư tỉnh ủy, dự.\n',
    expected: ['c.txt «Bí thư tỉnh ủy» → «Bí thư Tỉnh ủy»'],
  },
  {
    name: 'takes the form more articles write as the folder’s, however often one article repeats another',
    fixture:
      '//- a.txt\nÔng An, Chủ tịch Ủy ban Nhân dân tỉnh, dự. Ông An, Chủ tịch Ủy ban Nhân dân tỉnh, nói. Chủ tịch Ủy ban Nhân dân tỉnh kết luận.\n' +
      '//- b.txt\nÔng Lê Văn Bình, Chủ tịch Ủy ban nhân dân tỉnh, dự.\n' +
      '//- c.txt\nÔng Hồ Văn Cư, Chủ tịch Ủy ban nhân dân tỉnh, dự.\n',
    // a.txt writes it one way throughout: one house-style finding, whose fix rewrites all three.
    expected: ['a.txt «Chủ tịch Ủy ban Nhân dân tỉnh» → «Chủ tịch Ủy ban nhân dân tỉnh, dự. Ông An, Chủ tịch Ủy ban nhân dân tỉnh, nói. Chủ tịch Ủy ban nhân dân tỉnh»'],
  },
  {
    name: 'never pushes the letters the lexicon sets (a listed post, a head, a listed organisation) toward others, however many articles of one house style write those',
    fixture:
      '//- a.txt\nBà Lê Thị Ba, Ủy viên Ủy ban thường vụ Quốc hội, dự. Ông Hồ Văn Cư, Ủy viên Ủy ban thường vụ Quốc hội, nói. Ủy viên Ủy ban thường vụ Quốc hội kết luận.\n' +
      '//- b.txt\nÔng Lê Văn Bình, Ủy viên Ủy ban Thường vụ Quốc hội, dự.\n' +
      '//- c.txt\nTổng bí thư Tô Lâm dự. Tổng bí thư phát biểu.\n' +
      '//- d.txt\nTổng bí thư Tô Lâm chủ trì.\n' +
      '//- e.txt\nTổng Bí thư, Chủ tịch nước Tô Lâm chủ trì.\n' +
      '//- f.txt\nÔng Lê Văn Dũng, Phó chủ tịch UBND tỉnh Sơn La, dự. Ông Lê Văn Em, Phó chủ tịch UBND tỉnh Sơn La, nói.\n' +
      '//- g.txt\nÔng Lê Văn Dũng, Phó Chủ tịch UBND tỉnh Sơn La, dự.\n' +
      '//- h.txt\nÔng Lê Văn Giang, Chỉ huy trưởng Bộ chỉ huy Quân sự tỉnh, dự. Ông Lê Văn Giang, Chỉ huy trưởng Bộ chỉ huy Quân sự tỉnh, nói.\n' +
      '//- i.txt\nÔng Lê Văn Giang, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, dự.\n' +
      // The words after the head word of an organisation the lexicon does not list are as written: still compared.
      '//- j.txt\nÔng Hồ Văn Kha, Giám đốc Trung tâm Y tế huyện, dự.\n' +
      '//- k.txt\nÔng Hồ Văn Kha, Giám đốc Trung tâm Y tế huyện, nói.\n' +
      '//- l.txt\nÔng Hồ Văn Kha, Giám đốc Trung tâm Y Tế huyện, dự.\n',
    expected: ['l.txt «Giám đốc Trung tâm Y Tế huyện» → «Giám đốc Trung tâm Y tế huyện»'],
  },
  {
    name: 'leaves a post in lower case after a modifier written with the capital ("Quyền bí thư"), which took the post’s capital',
    fixture:
      '//- a.txt\nAnh Lê Văn Lương được bầu Bí thư Tỉnh đoàn Nghệ An, thay chị Nguyễn Thị Thơm, Quyền bí thư Tỉnh đoàn Nghệ An.\n' +
      '//- b.txt\nÔng Lê Văn Lương, Bí thư Tỉnh đoàn Nghệ An, dự.\n' +
      '//- c.txt\nÔng Lê Văn Lương, Bí thư Tỉnh đoàn Nghệ An, nói. Ông Hồ Văn Cư, bí thư Tỉnh đoàn Nghệ An, dự.\n',
    expected: ['c.txt «bí thư Tỉnh đoàn Nghệ An» → «Bí thư Tỉnh đoàn Nghệ An»'],
  },
  {
    name: 'never pushes the letters of a listed organisation a post’s organisation begins with ("Tỉnh ủy" of "Tỉnh ủy Lạng Sơn") toward others',
    fixture:
      '//- a.txt\nÔng Trần Sỹ Thanh được chỉ định chức vụ Bí thư tỉnh ủy Lạng Sơn. Ông Trần Sỹ Thanh giữ chức vụ Bí thư tỉnh ủy Lạng Sơn.\n' +
      '//- b.txt\nÔng Nguyễn Quốc Đoàn từng là Bí thư Tỉnh ủy Lạng Sơn.\n',
    expected: [],
  },
  {
    name: 'never pushes letters written as the lexicon sets them toward a folder’s lower case, though other letters of the post differ from the lexicon',
    fixture:
      '//- a.txt\nÔng Lê Văn An, phó bí thư thường trực huyện ủy, dự. Ông Lê Văn An, phó bí thư thường trực huyện ủy, nói.\n' +
      '//- b.txt\nÔng Lê Văn An, phó bí thư thường trực huyện ủy, dự.\n' +
      '//- c.txt\nÔng Hồ Văn Bình, Phó bí thư thường trực Huyện ủy, dự.\n',
    expected: [],
  },
  {
    name: 'leaves a head cut before a name that goes on in lower case ("Trưởng Phòng an ninh …"), whose capital begins that name',
    fixture:
      '//- a.txt\nĐại tá Trần Tiến Đạt, Trưởng Phòng an ninh Chính trị Nội bộ công an tỉnh Đồng Nai, dự.\n' +
      '//- b.txt\nÔng Lê Văn Bình, Trưởng phòng, dự. Ông Lê Văn Cư, Trưởng phòng, nói.\n' +
      '//- c.txt\nÔng Lê Văn Dũng, Trưởng phòng, dự. Ông Hồ Văn Em, Trưởng Phòng, cho biết.\n',
    expected: ['c.txt «Trưởng Phòng» → «Trưởng phòng»'],
  },
  {
    name: 'warns on an article that writes one title two ways, and never rewrites a full form as a short one or an abbreviation',
    fixture:
      '//- a.txt\nTrưởng Ban Tổ chức Trung ương dự. Trưởng ban Tổ chức Trung ương nói. Ủy viên Ban Chấp hành Trung ương Đảng, UVTW Đảng.\n' +
      '//- b.txt\nTrưởng Ban Tổ chức Trung ương và Trưởng Ban Tổ chức Trung ương. Ủy viên Trung ương Đảng, Ủy viên Trung ương Đảng.\n',
    expected: ['a.txt «Trưởng ban Tổ chức Trung ương» → «Trưởng Ban Tổ chức Trung ương»'],
  },
];

describe('core/rules/titleVariant', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));

  it('reports a house style as information and an article’s own inconsistency as a warning', async () => {
    const [consistent, mixed] = await Promise.all([FIXTURES[0], FIXTURES[FIXTURES.length - 1]].map((f) => lintFixture(f.fixture)));
    const levels = (r: typeof consistent) => r.findings.filter((f) => f.rule === RULE).map((f) => [f.severity, f.fixes[0]?.safe]);
    assert.deepEqual(levels(consistent), [['information', true]]);
    assert.deepEqual(levels(mixed), [['warning', true]]);
  });
});
