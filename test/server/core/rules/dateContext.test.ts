import * as assert from 'node:assert/strict';
import { inVietnamese, findingsOf, type RuleFixture } from './lint';

const RULE = 'date-context';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'reports a period whose years do not add up, and accepts both ways of counting',
    fixture: 'Tổng kết công tác xây dựng Đảng 5 năm (2021-2024) và 15 năm thi hành Điều lệ Đảng (2011-2025), 5 năm (2021-2025).\n',
    expected: ['a.txt «5 năm (2021-2024)»'],
  },
  {
    name: 'reports an anniversary older than the term of its resolution',
    fixture: 'Sáng 12/1/2022, Ban Tổ chức Trung ương tổng kết 15 năm thực hiện Nghị quyết Trung ương 5 khóa 13 về đổi mới phương thức lãnh đạo.\n',
    expected: ['a.txt «15 năm thực hiện Nghị quyết Trung ương 5 khóa 13»'],
  },
  {
    name: 'stays quiet on an anniversary that fits',
    fixture: 'Sáng 12/1/2022, Ban Tổ chức Trung ương tổng kết 15 năm thực hiện Nghị quyết Trung ương 5 khóa X về đổi mới phương thức lãnh đạo.\n',
    expected: [],
  },
  {
    name: 'counts a review of a congress’s resolution over its term, and still flags a count longer than the term',
    fixture: 'Chủ Nhật, 23-06-2019, 18:22\nTổng kết 5 năm thực hiện Nghị quyết Đại hội XII và 15 năm thực hiện Nghị quyết Đại hội XII.\n',
    expected: ['a.txt «15 năm thực hiện Nghị quyết Đại hội XII»'],
  },
  {
    name: 'reports a constitution or law named by a year it cannot have',
    fixture:
      'Thứ Năm, 15-12-2016, 10:47\nTheo Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1002 và Luật Tổ chức chính quyền địa phương năm 2915, ' +
      'cùng Hiến pháp năm 1992, Luật Tổ chức Quốc hội năm 2014 và Luật Đất đai năm 2017, pháp luật năm 1010.\n',
    expected: [
      'a.txt «Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1002»',
      'a.txt «Luật Tổ chức chính quyền địa phương năm 2915»',
    ],
  },
];

describe('core/rules/dateContext', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));

  it("in Vietnamese, explains each date that cannot fit its article", async () => {
    assert.deepEqual(await inVietnamese(RULE, { fixture: 'Thứ Ba, 07/03/2017, 08:46\nCập nhật lúc 08:46, Thứ Hai, 06/03/2017 (GMT+7)\nNội dung.\n' }), [
      { message: "Bài đăng ngày 2017-03-07 nhưng lại ghi cập nhật ngày 2017-03-06, sớm hơn ngày đăng.", related: [], fixes: [] },
    ]);
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[0]), [
      { message: "“5 năm (2021-2024)” không khớp: từ 2021 đến 2024 là 4 năm, không phải 5 năm.", related: [], fixes: [] },
    ]);
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[1]), [
      { message: "“15 năm thực hiện Nghị quyết Trung ương 5 khóa 13”: khóa XIII bắt đầu từ năm 2021, nên tính ngược 15 năm từ 2022 (tức năm 2007) là trước khi văn bản ra đời.", related: [], fixes: [] },
    ]);
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[3]), [
      { message: "“15 năm thực hiện Nghị quyết Đại hội XII”: Đại hội XII bắt đầu từ năm 2016, nên tính ngược 15 năm từ 2019 (tức năm 2004) là trước khi văn bản ra đời.", related: [], fixes: [] },
    ]);
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[4]), [
      { message: "“Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1002”: năm 1002 sớm hơn bản Hiến pháp đầu tiên của Việt Nam (1946); không thể có hiến pháp hay luật của năm đó.", related: [], fixes: [] },
      { message: "“Luật Tổ chức chính quyền địa phương năm 2915”: năm 2915 muộn hơn năm đăng bài (2016); không thể có hiến pháp hay luật của năm đó.", related: [], fixes: [] },
    ]);
  });
});
