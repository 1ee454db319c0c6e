import * as assert from 'node:assert/strict';
import { findingsOf, type RuleFixture } from './lint';

const RULE = 'document-conflict';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'reports one document cited with two dates',
    fixture:
      '//- a.txt\nThực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị về đại hội đảng bộ các cấp.\n' +
      '//- b.txt\nThực hiện Chỉ thị số 35-CT/TW ngày 3-6-2019 của Bộ Chính trị về đại hội đảng bộ các cấp.\n',
    expected: ['a.txt «Chỉ thị số 35-CT/TW»', 'b.txt «Chỉ thị số 35-CT/TW»'],
  },
  {
    name: 'stays quiet on the same number reused in another term',
    fixture:
      '//- a.txt\nThực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị.\n' +
      '//- b.txt\nThực hiện Chỉ thị số 35-CT/TW ngày 14-6-2024 của Bộ Chính trị.\n',
    expected: [],
  },
];

describe('core/rules/documentConflict', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));
});
