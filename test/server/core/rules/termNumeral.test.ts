import * as assert from 'node:assert/strict';
import { findingsOf, type RuleFixture } from './lint';

const RULE = 'term-numeral';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'writes congresses and terms in the folder’s Roman numerals, leaving plenums alone',
    fixture:
      '//- a.txt\nThực hiện Nghị quyết Đại hội XIII của Đảng, tiến tới Đại hội XIV của Đảng, Hội nghị Trung ương 9 khóa XIII.\n' +
      '//- b.txt\nThực hiện Nghị quyết Đại hội 13 của Đảng.\n',
    expected: ['b.txt «Đại hội 13» → «Đại hội XIII»'],
  },
  {
    name: 'follows the configured numerals',
    fixture: 'Đại hội XIII của Đảng.\n',
    config: { preferred: { numerals: 'arabic' } },
    expected: ['a.txt «Đại hội XIII» → «Đại hội 13»'],
  },
  {
    name: 'rewrites both ends of a range of terms',
    fixture: '//- a.txt\nĐại hội XIII và khóa XII.\n//- b.txt\nnguyên Ủy viên Trung ương các khóa 4-8.\n',
    expected: ['b.txt «khóa 4» → «khóa IV-VIII»'],
  },
];

describe('core/rules/termNumeral', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));
});
