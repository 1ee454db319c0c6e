import * as assert from 'node:assert/strict';
import { findPublication, publicationText } from '../../../../server/src/core/recognise/publication';
import { contextFor, showPublication } from './recognise';

function check(text: string, expected: string): void {
  const ctx = contextFor(text);
  assert.equal(showPublication(text, findPublication({ source: ctx.source, lexicon: ctx.lexicon })), expected);
}

describe('core/recognise/publication', () => {
  it('reads the page store’s prefix, at the precision it gives', () => {
    check(' date 2024-05-06 Hội nghị bàn về công tác cán bộ.\n', '2024-05-06 header · header prefix «date 2024-05-06»');
    check(' date 2024-05 Hội nghị bàn về công tác cán bộ.\n', '2024-05-01 (month) header · header prefix «date 2024-05»');
    const publication = findPublication(contextFor(' date 2024-05 Hội nghị bàn về công tác cán bộ.\n'));
    assert.equal(publication && publicationText(publication), '2024-05');
  });

  it('refines a month prefix to the day of the lead in that month', () => {
    check(
      ' date 2023-09 Chiều 14/9, Tỉnh ủy tổ chức hội nghị.\n',
      "2023-09-14 header · header prefix «date 2023-09» and the lead's «Chiều 14/9»",
    );
  });

  it('reads header datelines with labels, trailers and dates in words', () => {
    check('Tiêu đề bài\nNgày đưa:  03/02/2018 09:28:21 AM In bài\nNội dung.\n', '2018-02-03 dateline «03/02/2018»');
    check('Tiêu đề bài\nThứ Ba, 5 tháng 3, 2019\nNội dung.\n', '2019-03-05 dateline «5 tháng 3, 2019»');
    check('Tiêu đề bài\nTin tức, Sự kiện | 10:47:07 12/11/2015\nNội dung.\n', '2015-11-12 dateline «12/11/2015»');
  });

  it('does not take a period, a signed document’s date or a sentence for a dateline', () => {
    check('Hội nghị toàn quốc (12 – 19/3/2013), tại Hà Nội\nThời gian: 12/03 đến 19/03/2013\nNội dung.\n', 'none');
    check('Nghị quyết được quán triệt rộng rãi.\n\nHà Nội, ngày 05 tháng 4 năm 2009\n', 'none');
  });

  it('takes the lead’s event date, with its year written elsewhere in the text', () => {
    check('Tiêu đề\nSáng 19/5, tỉnh tổ chức lễ kỷ niệm Ngày sinh Bác (19/5/1890 – 19/5/2021).\n', "2021-05-19 inferred · the lead's «Sáng 19/5», year from «19/5/2021»");
    check('Tiêu đề\nSáng 7/11, hội nghị khai mạc và kéo dài hai ngày (7 - 8/11/2022).\n', "2022-11-07 inferred · the lead's «Sáng 7/11», year from «8/11/2022»");
  });

  it('dates "hôm qua" news the day after the event, and a congress in the first year of the term it elects', () => {
    check(
      'Chiều tối qua (12/10), Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025 đã bầu Ban Chấp hành.\n',
      "2020-10-13 inferred · the lead's «Chiều tối qua (12/10)», in the first year of the term it elects («nhiệm kỳ 2020 - 2025»)",
    );
  });

  it('never dates an article by a document’s date, a birth date or a target year', () => {
    check('Theo Quyết định số 12-QĐNS/TW ngày 3/4/2019, ông A (sinh ngày 2/1/1970) giữ chức Bí thư; mục tiêu đến năm 2030.\n', 'none');
    check('Ngày 2/6, ông B, sinh năm 1965, nhận quyết định; phấn đấu đến năm 2025 hoàn thành.\n', 'none');
  });

  it('dates a report by the day its figures are given as of', () => {
    // Past the lead, where no event of the day is told.
    const text = `Báo cáo công tác quý I.\n${'Ban đã tham mưu nhiều đề án lớn. '.repeat(25)}\nTính đến ngày 30-3-2023, có 40 cấp ủy gửi báo cáo.\n`;
    check(text, '2023-03-30 inferred · «ngày 30-3-2023», the date the text reports as of');
  });

  it('prefers the text’s own full date to a prefix of another year', () => {
    check(' date 2025-01 Sáng 17/1/2011, Đại hội làm việc tại hội trường.\n', "2011-01-17 inferred · the lead's «Sáng 17/1/2011»");
  });
});
