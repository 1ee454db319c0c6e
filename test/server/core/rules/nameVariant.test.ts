import * as assert from 'node:assert/strict';
import { findingsOf, type RuleFixture } from './lint';

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
];

describe('core/rules/nameVariant', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));
});
