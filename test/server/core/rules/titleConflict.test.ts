import * as assert from 'node:assert/strict';
import { findingsOf, type RuleFixture } from './lint';

const RULE = 'title-conflict';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'completes a title a person is given in full elsewhere in the article',
    fixture:
      'Đồng chí Mai Văn Chính, Ủy viên Trung ương Đảng, Bí thư Đảng ủy cơ quan, Phó Trưởng Ban Tổ chức Trung ương phát biểu.\n\n' +
      'Đồng chí Mai Văn Chính, Ủy viên Trung ương Đảng, Bí thư Đảng ủy, Phó Trưởng Ban Tổ chức Trung ương trao Giấy khen.\n',
    expected: ['a.txt «Bí thư Đảng ủy» → «Bí thư Đảng ủy cơ quan»'],
  },
  {
    name: 'reports two people holding a single post on the same date',
    fixture:
      '//- a.txt\nThứ Năm, 23-06-2022, 18:22\nĐồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương phát biểu.\n' +
      '//- b.txt\nThứ Năm, 23-06-2022, 18:22\nĐồng chí Phạm Minh Chính, Trưởng Ban Tổ chức Trung ương phát biểu.\n',
    expected: ['a.txt «Trưởng Ban Tổ chức Trung ương»', 'b.txt «Trưởng Ban Tổ chức Trung ương»'],
  },
  {
    name: 'stays quiet when the post changed hands between two dates',
    fixture:
      '//- a.txt\n22:12\' 4/1/2021\nĐồng chí Phạm Minh Chính, Trưởng Ban Tổ chức Trung ương phát biểu.\n' +
      '//- b.txt\nThứ Năm, 23-06-2022, 18:22\nĐồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương phát biểu.\n',
    expected: [],
  },
  {
    name: 'does not compare a past post ("nguyên", "lúc đó là") with who holds it now',
    fixture:
      '//- a.txt\nThứ Năm, 23-06-2022, 18:22\nĐồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương phát biểu.\n' +
      '//- b.txt\nThứ Năm, 23-06-2022, 18:22\nĐồng chí Phạm Minh Chính, nguyên Trưởng Ban Tổ chức Trung ương dự. Ông Tô Huy Rứa (lúc đó là Trưởng Ban Tổ chức Trung ương) ký.\n',
    expected: [],
  },
];

describe('core/rules/titleConflict', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));
});
