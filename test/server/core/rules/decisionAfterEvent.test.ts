import * as assert from 'node:assert/strict';
import { inVietnamese, findingsOf, lintFixture, type RuleFixture } from './lint';

const RULE = 'decision-after-event';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'reports a decision handed over on a day before its own date',
    fixture:
      '//- a.txt\nThứ Năm, 07-03-2024, 18:22\nSáng 5/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trao Quyết định số 123-QĐ/TU ngày 7/3/2024 ' +
      'của Ban Thường vụ Tỉnh ủy về công tác cán bộ.\n',
    expected: ['a.txt «Quyết định số 123-QĐ/TU»'],
  },
  {
    name: 'reads today’s event on the publication day',
    fixture:
      '//- a.txt\nThứ Hai, 04-03-2024, 10:15\nSáng nay, Huyện ủy công bố Quyết định số 45-QĐ/HU ngày 6/3/2024 về việc chỉ định Ban Chấp hành.\n',
    expected: ['a.txt «Quyết định số 45-QĐ/HU»'],
  },
  {
    name: 'stays quiet on a decision signed before or on the day of its ceremony',
    fixture:
      '//- a.txt\nThứ Năm, 07-03-2024, 18:22\nSáng 5/3, Tỉnh ủy trao Quyết định số 123-QĐ/TU ngày 1/3/2024 của Ban Thường vụ Tỉnh ủy. ' +
      'Chiều 6/3, Tỉnh ủy công bố Quyết định số 124-QĐ/TU ngày 6/3/2024.\n',
    expected: [],
  },
  {
    name: 'stays quiet when the event’s day is not known or the document is not announced there',
    fixture:
      // A date inside the sentence is not the event's; "thực hiện" does not announce; "Sáng nay" without a dated article has no day.
      '//- a.txt\nThứ Năm, 07-03-2024, 18:22\nHội nghị diễn ra sau ngày 5/3, khi Tỉnh ủy trao Quyết định số 123-QĐ/TU ngày 7/3/2024. ' +
      'Sáng 5/3, Tỉnh ủy bàn việc thực hiện Quyết định số 125-QĐ/TU ngày 9/3/2024.\n' +
      '//- b.txt\nSáng nay, Huyện ủy công bố Quyết định số 45-QĐ/HU ngày 6/3/2024.\n' +
      // The sentence moves on to 10/3 before the announcement: the opening date is not its day.
      '//- c.txt\nThứ Hai, 11-03-2024, 08:00\nNgày 1/3, Ban Bí thư ban hành Quyết định số 10-QĐ/TW ngày 1/3/2024; đến ngày 10/3, Tỉnh ủy công bố Quyết định số 12-QĐ/TU ngày 9/3/2024.\n',
    expected: [],
  },
  {
    name: 'reads each citation of a long sentence until the sentence moves on to another day',
    fixture:
      '//- a.txt\nThứ Hai, 11-03-2024, 08:00\nSáng 5/3, Tỉnh ủy trao Quyết định số 1-QĐ/TU ngày 7/3/2024, trao Quyết định số 2-QĐ/TU ngày 8/3/2024, ' +
      'đến ngày 10/3 trao Quyết định số 3-QĐ/TU ngày 11/3/2024, trao Quyết định số 4-QĐ/TU ngày 12/3/2024.\n',
    expected: ['a.txt «Quyết định số 1-QĐ/TU»', 'a.txt «Quyết định số 2-QĐ/TU»'],
  },
];

describe('core/rules/decisionAfterEvent', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));

  it("in Vietnamese, names the document, the event and both dates", async () => {
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[0]), [
      { message: "“Quyết định số 123-QĐ/TU” ghi ngày 2024-03-07, muộn hơn sự kiện công bố văn bản này (“Sáng 5/3”, ngày 2024-03-05): một trong hai ngày bị ghi sai.", related: ["Ở đây sự kiện diễn ra ngày 2024-03-05"], fixes: [] },
    ]);
  });

  it('gives both dates and points at the event', async () => {
    const { findings } = await lintFixture(FIXTURES[0].fixture);
    const finding = findings.find((x) => x.rule === RULE);
    assert.equal(
      finding?.message,
      '“Quyết định số 123-QĐ/TU” is dated 2024-03-07, after the event that announces it (“Sáng 5/3”, 2024-03-05): one of the two dates is wrong.',
    );
    assert.deepEqual(finding?.related.map((r) => r.message), ['The event is dated 2024-03-05 here']);
    assert.deepEqual(finding?.fixes, []);
    assert.equal(finding?.severity, 'warning');
  });
});
