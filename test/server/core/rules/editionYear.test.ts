import * as assert from 'node:assert/strict';
import { inVietnamese, findingsOf, type RuleFixture } from './lint';

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

  it("in Vietnamese, gives the year the folder implies", async () => {
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[0]), [
      { message: "“Búa liềm vàng lần thứ VII - năm 2020”: theo các bài khác trong thư mục, Búa liềm vàng lần thứ VII là năm 2022, không phải năm 2020.", related: ["Lần trao giải và năm khớp với các bài khác trong thư mục"], fixes: [] },
    ]);
  });
});
