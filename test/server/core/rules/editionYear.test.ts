import * as assert from 'node:assert/strict';
import { findingsOf, type RuleFixture } from './lint';

const RULE = 'edition-year';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'reports an edition whose year disagrees with the folder',
    fixture:
      '//- a.txt\nTrao Giải Búa liềm vàng lần thứ V - năm 2020 và phát động Giải Búa liềm vàng lần thứ VI - năm 2021.\n' +
      '//- b.txt\nTrao Giải báo chí toàn quốc về xây dựng Đảng (mang tên Búa liềm vàng) lần thứ VIII - năm 2023.\n' +
      '//- c.txt\nTrao Giải Búa liềm vàng lần thứ VII - năm 2020.\n',
    expected: ['c.txt «Búa liềm vàng lần thứ VII - năm 2020»'],
  },
  {
    name: 'stays quiet when editions and years agree',
    fixture: 'Giải Búa liềm vàng lần thứ V - năm 2020 và Giải Búa liềm vàng lần thứ VI - năm 2021.\n',
    expected: [],
  },
];

describe('core/rules/editionYear', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));
});
