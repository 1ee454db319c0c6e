import * as assert from 'node:assert/strict';
import { inVietnamese, findingsOf, lintFixture, type RuleFixture } from './lint';

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
  {
    name: 'stays quiet on an issuer written after the next citation of a list, which may be that one’s alone',
    fixture:
      '//- a.txt\nKỷ luật cán bộ\n\n09:30 ngày 02/10/2025\n\nCăn cứ Quy định số 69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị, Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật. ' +
      'Các ông đã vi phạm Quy định số 69-QĐ/TW và Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về những điều đảng viên không được làm.\n' +
      '//- b.txt\nNgày 03/10/2025\n\nCác đảng viên vi phạm Quy định số 69-QĐ/TW, Quy định số 37-QĐ/TW của Ban Chấp hành Trung ương.\n',
    expected: [],
  },
  {
    name: 'reads an issuer written before the citation, and a subject that is not the known document’s',
    fixture:
      '//- a.txt\nThứ Năm, 23-06-2022, 18:22\nThực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019 về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. ' +
      'Năm 2019, Ban Bí thư đã ban hành Chỉ thị số 35-CT/TW ngày 30-5-2019 về đại hội.\n',
    expected: ['a.txt «Chỉ thị số 35-CT/TW»', 'a.txt «Chỉ thị số 35-CT/TW»'],
  },
];

describe('core/rules/documentConflict', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));

  it("in Vietnamese, says which date or issuer differs, from the folder and from the knowledge base", async () => {
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[0]), [
      { message: "“Chỉ thị số 35-CT/TW” ở đây ghi ngày ban hành 2019-05-30, nhưng ở bài khác trong thư mục ghi ngày ban hành 2019-06-03.", related: ["Ở đây ghi ngày ban hành 2019-06-03"], fixes: [] },
      { message: "“Chỉ thị số 35-CT/TW” ở đây ghi ngày ban hành 2019-06-03, nhưng ở bài khác trong thư mục ghi ngày ban hành 2019-05-30. “Chỉ thị số 35-CT/TW” ghi ngày 2019-06-03, nhưng theo cơ sở tri thức, Chỉ thị 35-CT/TW có ngày ban hành 2019-05-30 (http://cuuchienbinh.vn/chi-thi-cua-bo-chinh-tri-ve-dai-hoi-dang-bo-cac-cap-tien-toi-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang/).", related: ["Ở đây ghi ngày ban hành 2019-05-30"], fixes: [] },
    ]);
    assert.deepEqual(await inVietnamese(RULE, FIXTURES.find((x) => x.name.startsWith('reads an issuer written before')) as RuleFixture), [
      { message: "“Chỉ thị số 35-CT/TW” được trích dẫn với trích yếu “đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng”, nhưng theo cơ sở tri thức, Chỉ thị 35-CT/TW ngày 2019-05-30 có trích yếu “đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng” (http://cuuchienbinh.vn/chi-thi-cua-bo-chinh-tri-ve-dai-hoi-dang-bo-cac-cap-tien-toi-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang/).", related: [], fixes: [] },
      { message: "“Chỉ thị số 35-CT/TW” ghi cơ quan ban hành là Ban Bí thư, nhưng theo cơ sở tri thức, Chỉ thị 35-CT/TW do Bộ Chính trị ban hành (http://cuuchienbinh.vn/chi-thi-cua-bo-chinh-tri-ve-dai-hoi-dang-bo-cac-cap-tien-toi-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang/).", related: [], fixes: [] },
    ]);
  });

  it('says which subject and which issuer the knowledge base has', async () => {
    const f = FIXTURES.find((x) => x.name.startsWith('reads an issuer written before'));
    const { findings } = await lintFixture(f?.fixture ?? '');
    const messages = findings.filter((x) => x.rule === RULE).map((x) => x.message);
    assert.match(messages[0], /is cited as being about “đại hội đảng bộ .* XIV của Đảng”, but the knowledge base's Chỉ thị 35-CT\/TW of 2019-05-30 is about “.* XIII của Đảng”/);
    assert.match(messages[1], /names Ban Bí thư as its issuer, but the knowledge base has Chỉ thị 35-CT\/TW issued by Bộ Chính trị/);
  });
});
