import * as assert from 'node:assert/strict';
import { inVietnamese, findingsOf, lintFixture, type RuleFixture } from './lint';
import { nameOf } from '../../../support/fixture';

const RULE = 'appointment-date';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'reports one appointment dated a month apart in two articles',
    fixture:
      '//- a.txt\nSáng 24-8-2015, Đại hội Đảng bộ tỉnh tiếp tục phiên làm việc. Với 100% phiếu bầu, ông Nguyễn Văn An được bầu giữ chức Bí thư Tỉnh ủy.\n' +
      '//- b.txt\nNgày 23/9/2015, ông Nguyễn Văn An được bầu giữ chức Bí thư Tỉnh ủy.\n',
    expected: ['a.txt «Bí thư Tỉnh ủy»', 'b.txt «Bí thư Tỉnh ủy»'],
  },
  {
    name: 'stays quiet on a decision and its ceremony days apart, on a re-election at the next term, and on another post',
    fixture:
      '//- a.txt\nNgày 28/2/2024, ông Trần Văn Bình được bổ nhiệm giữ chức Giám đốc Sở Nội vụ.\n' +
      '//- b.txt\nSáng 4/3/2024, ông Trần Văn Bình được bổ nhiệm giữ chức Giám đốc Sở Nội vụ.\n' +
      '//- c.txt\nNgày 12/4/2021, ông Lê Văn Cường được bầu giữ chức Chủ tịch Ủy ban nhân dân tỉnh.\n' +
      '//- d.txt\nNgày 25/6/2026, ông Lê Văn Cường được bầu giữ chức Chủ tịch Ủy ban nhân dân tỉnh. Ngày 2/5/2026, ông Trần Văn Bình được bầu giữ chức Phó Chủ tịch Ủy ban nhân dân tỉnh.\n',
    expected: [],
  },
  {
    name: 'stays quiet when the appointment’s day is not known',
    fixture:
      // A month is too coarse, and a date from an earlier paragraph about another time is not carried over: had b.txt taken 23/9, it would conflict with c.txt.
      '//- a.txt\nTháng 8/2015, ông Nguyễn Văn An được bầu giữ chức Bí thư Tỉnh ủy.\n' +
      '//- b.txt\nSáng 23/9/2015, Đại hội khai mạc. Năm 2010, ông là Phó Bí thư Tỉnh ủy. Ông Nguyễn Văn An được bầu giữ chức Bí thư Tỉnh ủy.\n' +
      '//- c.txt\nNgày 25/10/2015, ông Nguyễn Văn An được bầu giữ chức Bí thư Tỉnh ủy.\n',
    expected: [],
  },
];

describe('core/rules/appointmentDate', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));

  it("in Vietnamese, says which appointment is dated differently, and where", async () => {
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[0]), [
      { message: "Ngày Nguyễn Văn An nhận chức Bí thư Tỉnh ủy ở đây ghi là 2015-08-24, nhưng một bài khác trong thư mục ghi là 2015-09-23.", related: ["Ở đây cùng việc nhận chức này ghi ngày 2015-09-23"], fixes: [] },
      { message: "Ngày Nguyễn Văn An nhận chức Bí thư Tỉnh ủy ở đây ghi là 2015-09-23, nhưng một bài khác trong thư mục ghi là 2015-08-24.", related: ["Ở đây cùng việc nhận chức này ghi ngày 2015-08-24"], fixes: [] },
    ]);
  });

  it('names the other article’s date and points at it', async () => {
    const { findings } = await lintFixture(FIXTURES[0].fixture);
    const finding = findings.find((x) => x.rule === RULE && nameOf(x.uri) === 'a.txt');
    assert.equal(finding?.message, 'Nguyễn Văn An’s appointment as Bí thư Tỉnh ủy is dated 2015-08-24 here but 2015-09-23 in another article of the folder.');
    assert.deepEqual(
      finding?.related.map((r) => [nameOf(r.uri), r.message]),
      [['b.txt', 'The same appointment is dated 2015-09-23 here']],
    );
    assert.deepEqual(finding?.fixes, []);
  });

  it('forgets the other date when the other article is corrected', async () => {
    const { service } = await lintFixture(FIXTURES[0].fixture);
    const b = [...service.articles()].find((x) => nameOf(x.uri) === 'b.txt');
    assert.ok(b);
    service.setText(b.uri, 'Ngày 24/8/2015, ông Nguyễn Văn An được bầu giữ chức Bí thư Tỉnh ủy.\n', b.version + 1);
    const a = [...service.articles()].find((x) => nameOf(x.uri) === 'a.txt');
    assert.deepEqual(service.diagnostics(a?.uri ?? '').filter((x) => x.rule === RULE), []);
  });
});
