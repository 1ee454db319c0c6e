import * as assert from 'node:assert/strict';
import { inVietnamese, findingsOf, type RuleFixture } from './lint';

const RULE = 'date-invalid';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'reports dates that do not exist, with or without a year',
    fixture: 'Hội nghị ngày 31-2-2023 và ngày 30-13-2020; ngày 31/4 tổng kết.\n',
    expected: ['a.txt «31-2-2023»', 'a.txt «30-13-2020»', 'a.txt «31/4»'],
  },
  {
    name: 'accepts real dates, leap days, ratios and year ranges',
    fixture: 'Ngày 29-2-2024, ngày 29/2, 56/67 cấp ủy, giai đoạn 2023-2030, Thứ Năm, 23-06-2022.\n',
    expected: [],
  },
  {
    name: 'judges a date marked as lunar by the lunar calendar: months 1 to 12 of up to 30 days',
    fixture: 'Lễ giỗ ngày 30/2 âm lịch, ngày 29-2-2023 (âm lịch), ngày 30/4 ÂL; ngày 31/4 âm lịch và ngày 12/13 ÂL thì không có.\n',
    expected: ['a.txt «31/4»', 'a.txt «12/13»'],
  },
];

describe('core/rules/dateInvalid', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));

  it("in Vietnamese, says why a date does not exist", async () => {
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[0]), [
      { message: "“31-2-2023” không phải là ngày có thật: tháng 2 chỉ có 28 ngày, không có ngày 31.", related: [], fixes: [] },
      { message: "“30-13-2020” không phải là ngày có thật: không có tháng 13.", related: [], fixes: [] },
      { message: "“ngày 31/4” không phải là ngày có thật: tháng 4 chỉ có 30 ngày, không có ngày 31.", related: [], fixes: [] },
    ]);
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[2]), [
      { message: "“ngày 31/4” không phải là ngày âm lịch có thật: tháng âm lịch chỉ có 29 hoặc 30 ngày, không có ngày 31.", related: [], fixes: [] },
      { message: "“ngày 12/13” không phải là ngày âm lịch có thật: âm lịch chỉ có tháng 1 đến tháng 12, không có tháng 13.", related: [], fixes: [] },
    ]);
  });
});
