'use strict';
// Two officials of one name in a real VS Code: articles written for this test
// report the first council sessions of one term in two provinces, each
// electing a Hoàng Văn Bảy. The hover says they are two people and why, and a
// third article that ties the name to neither says it is ambiguous. Two more
// articles name a Trần Văn Lộc in office in 1956 and one elected in 2022: no
// career spans both, and the hover says so.

const assert = require('node:assert/strict');
const { workbenchOnFiles } = require('./workbench');

const ARTICLES = {
  'ha-giang.txt':
    'Thứ Tư, 29/06/2016, 10:00\nTại kỳ họp thứ nhất HĐND tỉnh Hà Giang khóa XVII, nhiệm kỳ 2016-2021, ông Hoàng Văn Bảy, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang được bầu tiếp tục giữ chức Chủ tịch UBND tỉnh Hà Giang.\n',
  'tuyen-quang.txt':
    'Thứ Tư, 29/06/2016, 16:00\nHĐND tỉnh Tuyên Quang khóa XVIII, nhiệm kỳ 2016-2021 họp kỳ thứ nhất. Ông Hoàng Văn Bảy, Bí thư Thành ủy Tuyên Quang được bầu giữ chức Chủ tịch HĐND tỉnh.\n',
  'hoi-nghi.txt': 'Thứ Hai, 14/03/2022, 09:00\nÔng Hoàng Văn Bảy phát biểu tại hội nghị tổng kết công tác năm.\n',
  'lich-su.txt':
    'Thứ Hai, 09/01/2012, 08:00\nNăm 1956, Hội nghị Trung ương quyết định sửa sai. Hai Ủy viên Ban Thường vụ Trung ương trực tiếp chỉ đạo là ông Hoàng Quốc Việt và ông Trần Văn Lộc - Trưởng Ban Tổ chức Trung ương, Thứ trưởng Bộ Nội vụ.\n',
  'tinh-doan.txt': 'Thứ Năm, 04/08/2022, 14:30\nĐồng chí Trần Văn Lộc được tín nhiệm bầu lại chức vụ Bí thư Tỉnh Đoàn Nghệ An.\n',
};

describe('Report Lens in a real VS Code on two officials of one name', function () {
  this.timeout(180_000);
  const workbench = workbenchOnFiles(ARTICLES, 'namesakes');

  it('the hover tells the Hoàng Văn Bảy of Hà Giang from the one of Tuyên Quang, and says why', async () => {
    const wb = workbench();
    // The folder tells the two apart once it has read every article: a hover during indexing shows one official.
    await wb.indexed(Object.keys(ARTICLES).length);
    await wb.openFile('ha-giang.txt');
    const { lines } = await wb.hoverOn('Hoàng Văn Bảy');
    await wb.picture('namesakes-hover');
    assert.equal(lines[0], 'Hoàng Văn Bảy — official');
    assert.ok(
      lines.includes(
        'Resolved: The Hoàng Văn Bảy of Hà Giang is not the Hoàng Văn Bảy of Tuyên Quang: at the first sessions of the 2016–2021 councils both held posts, in different provinces.',
      ),
      lines.join('\n'),
    );
    assert.ok(lines.includes('1 mention in 1 file'), lines.join('\n'));
    await wb.page.mouse.move(1, 1);
    await wb.page.keyboard.press('Escape');
  });

  it('the hover on a mention tied to neither says it is ambiguous and names both', async () => {
    const wb = workbench();
    await wb.openFile('hoi-nghi.txt');
    const { lines } = await wb.hoverOn('Hoàng Văn Bảy');
    await wb.screenshot('namesakes-ambiguous');
    assert.ok(
      lines.includes('Ambiguous: This folder names 2 officials called Hoàng Văn Bảy (of Hà Giang; of Tuyên Quang), and nothing here says which one this is.'),
      lines.join('\n'),
    );
    await wb.page.mouse.move(1, 1);
    await wb.page.keyboard.press('Escape');
  });

  it('the hover tells a Trần Văn Lộc in office in 1956 from the one elected in 2022: no career spans both', async () => {
    const wb = workbench();
    await wb.openFile('lich-su.txt');
    const { lines } = await wb.hoverOn('Trần Văn Lộc');
    await wb.screenshot('namesakes-era');
    assert.equal(lines[0], 'Trần Văn Lộc — official');
    // The history's posts are dated by the year it tells, beside the article's own date.
    assert.ok(lines.includes('1956, told on 2012-01-09 · lich-su.txt: Ủy viên Ban Thường vụ Trung ương; Trưởng Ban Tổ chức Trung ương; Thứ trưởng Bộ Nội vụ'), lines.join('\n'));
    assert.ok(
      lines.includes('Resolved: The Trần Văn Lộc in office in 1956 is not the Trần Văn Lộc in office in 2022: no one holds posts over so many years.'),
      lines.join('\n'),
    );
    await wb.page.mouse.move(1, 1);
    await wb.page.keyboard.press('Escape');
  });
});
