import * as assert from 'node:assert/strict';
import { inVietnamese, findingsOf, type RuleFixture } from './lint';

const RULE = 'date-weekday';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'reports a weekday that is not the date’s',
    fixture: 'Thứ Sáu, 23-06-2022, 18:22\nĐồng chí Trương Thị Mai phát biểu.\n',
    expected: ['a.txt «Thứ Sáu, 23-06-2022, 18:22»'],
  },
  {
    name: 'stays quiet on right datelines',
    fixture: '//- a.txt\nThứ Năm, 23-06-2022, 18:22\nNội dung.\n//- b.txt\nCập nhật lúc 08:46, Thứ Hai, 06/03/2017 (GMT+7)\nNội dung.\n',
    expected: [],
  },
];

describe('core/rules/dateWeekday', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));

  it("in Vietnamese, names both weekdays in Vietnamese only", async () => {
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[0]), [
      { message: "“Thứ Sáu, 23-06-2022, 18:22” ghi là Thứ Sáu, nhưng ngày 2022-06-23 là Thứ Năm.", related: [], fixes: [] },
    ]);
  });
});
