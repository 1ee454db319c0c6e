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

  it('never dates a lead after the page store’s prefix: its month is the one before, in that year or the year before', () => {
    check(' date 2017-12 Ngày 10/5, Thành ủy tổ chức hội nghị công bố quyết định.\n', "2017-05-10 inferred · the lead's «Ngày 10/5», year from header prefix «date 2017-12», whose month the lead contradicts");
    check(' date 2018-01 Ngày 28/12, Thành ủy tổ chức hội nghị công bố quyết định.\n', "2017-12-28 inferred · the lead's «Ngày 28/12», year from header prefix «date 2018-01», whose month the lead contradicts");
  });

  it('reads a header’s ISO time stamp, an English template’s date and a news agency’s dateline', () => {
    check('Tiêu đề bài\n\n2020-10-16 16:18\n\nSáng 16-10, Chủ tịch nước trao quyết định.\n', '2020-10-16 dateline «2020-10-16»');
    check('Ban Điều Hành Blog\n\n06 December 2011\n\nThăng quân hàm cho 9 tướng.\n', '2011-12-06 dateline «06 December 2011»');
    check('Tiêu đề bài\nDecember 6, 2011\nNội dung.\n', '2011-12-06 dateline «December 6, 2011»');
    check('Tiêu đề bài\n\nHà Nội (TTXVN 21/06/2023) Giải Báo chí Quốc gia là phần thưởng cao quý.\n', '2023-06-21 dateline «21/06/2023»');
    // The page store's prefix is weighed against the text, never taken as the page's dateline.
    check(' date 2024-05-06 Hội nghị bàn về công tác cán bộ.\n', '2024-05-06 header · header prefix «date 2024-05-06»');
  });

  it('reads a page’s time stamp glued to the end of its headline, and not a date the headline names without a time', () => {
    check('Tỉnh ủy công bố quyết định về công tác cán bộ 18/09/2025 05:49\n\nNgày 17-9, Tỉnh ủy tổ chức hội nghị.\n', '2025-09-18 dateline «18/09/2025 05:49»');
    check('Kỷ niệm ngày thành lập Đảng bộ tỉnh Quảng Trị 18/09/2025\n\nSáng 17-9, Tỉnh ủy tổ chức hội nghị.\n', "2025-09-17 inferred · the lead's «Sáng 17-9», year from «18/09/2025»");
  });

  it('does not take a period, a signed document’s date or a sentence for a dateline', () => {
    check('Hội nghị toàn quốc (12 – 19/3/2013), tại Hà Nội\nThời gian: 12/03 đến 19/03/2013\nNội dung.\n', 'none');
    check('Nghị quyết được quán triệt rộng rãi.\n\nHà Nội, ngày 05 tháng 4 năm 2009\n', 'none');
  });

  it('does not take a day the lead puts before its news for the lead’s event', () => {
    check('Tiêu đề\nNhư Báo ANTĐ đã đưa tin, trước đó, ngày 2-11-2018, Bộ Công an đã bổ nhiệm ông A.\n', 'none');
  });

  it('takes the year written inside a relative day in brackets', () => {
    check('Tiêu đề\nSáng nay (04/7/2022), Bộ Quốc phòng khai mạc hội nghị.\n', "2022-07-04 inferred · the lead's «Sáng nay (04/7/2022)»");
  });

  it('takes the lead’s event date, with its year written elsewhere in the text', () => {
    check('Tiêu đề\nSáng 19/5, tỉnh tổ chức lễ kỷ niệm Ngày sinh Bác (19/5/1890 – 19/5/2021).\n', "2021-05-19 inferred · the lead's «Sáng 19/5», year from «19/5/2021»");
    check('Tiêu đề\nSáng 7/11, hội nghị khai mạc và kéo dài hai ngày (7 - 8/11/2022).\n', "2022-11-07 inferred · the lead's «Sáng 7/11», year from «8/11/2022»");
  });

  it('takes the last day of a range in the lead as its event date, introduced by the range’s "ngày"', () => {
    check('Tiêu đề\nTrong 2 ngày 20 và 21/8/2025, Đảng bộ xã tổ chức Đại hội.\n', "2025-08-21 inferred · the lead's «21/8/2025»");
    check('Tiêu đề\nTừ ngày 18 đến 20/9/2024, Ban Chấp hành họp Hội nghị lần thứ mười.\n', "2024-09-20 inferred · the lead's «20/9/2024»");
    // A date after another number is no range's end: "56/67" alone stays a ratio, and "cuộc họp 20 và 21/8/2025" has no "ngày".
    check('Tiêu đề\nCả 2 cuộc họp 20 và 21/8/2025 đều bàn công tác cán bộ.\n', 'none');
  });

  it('dates "hôm qua" news the day after the event, and a congress in the first year of the term it elects', () => {
    check(
      'Chiều tối qua (12/10), Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025 đã bầu Ban Chấp hành.\n',
      "2020-10-13 inferred · the lead's «Chiều tối qua (12/10)», in the first year of the term it elects («nhiệm kỳ 2020 - 2025»)",
    );
    // A council that "họp kỳ thứ nhất" holds the first session of its term, as in "kỳ họp thứ nhất".
    check(
      'Tiêu đề\nNgày 28/6, HĐND tỉnh khóa XVII, nhiệm kỳ 2021-2026 họp kỳ thứ nhất.\n',
      "2021-06-28 inferred · the lead's «Ngày 28/6», in the first year of the term it elects («nhiệm kỳ 2021-2026»)",
    );
  });

  it('dates an undated article to the first year of the term whose first plenum or session its headline and lead report', () => {
    check(
      'Bí thư Tỉnh Đoàn nhiệm kỳ 2022 - 2027\nĐồng chí A được bầu lại tại Hội nghị lần thứ nhất Ban Chấp hành Tỉnh Đoàn khóa XVII.\n',
      "2022-01-01 (year) inferred · the first meeting of a term its headline and lead report («Hội nghị lần thứ nhất», «nhiệm kỳ 2022 - 2027»), held in the term's first year",
    );
    // A congress is named as often in retrospect as in the news; a first meeting further on is history.
    check('Nhìn lại Đại hội nhiệm kỳ 2015 - 2020\nĐại hội đã thành công tốt đẹp.\n', 'none');
    check('Tiêu đề\nĐoạn mở đầu.\nTại kỳ họp thứ nhất HĐND tỉnh nhiệm kỳ 2016-2021, ông A được bầu.\n', 'none');
  });

  it('never dates an article by a document’s date, a birth date or a target year', () => {
    check('Theo Quyết định số 12-QĐNS/TW ngày 3/4/2019, ông A (sinh ngày 2/1/1970) giữ chức Bí thư; mục tiêu đến năm 2030.\n', 'none');
    check('Ngày 2/6, ông B, sinh năm 1965, nhận quyết định; phấn đấu đến năm 2025 hoàn thành.\n', 'none');
    // A lead date written in full as the day documents were issued is theirs; the report may come days later.
    check('Tiêu đề\nNgày 28/12/2012, Bộ Chính trị đã ban hành các quyết định thành lập hai ban.\n', 'none');
    // Without its year, the lead's date is the news of the day, even when that news is an issuance.
    check('Tiêu đề\nChiều 16/6, Bộ Chính trị đã ban hành quy định mới (16/6/2012).\n', "2012-06-16 inferred · the lead's «Chiều 16/6», year from «16/6/2012»");
  });

  it('never takes an obituary’s record of a birth for a dateline, nor a day of a sentence told as before the news for the lead', () => {
    check(
      'Đồng chí Nguyễn Văn An từ trần\n\nĐồng chí: Nguyễn Văn An\n\nSinh ngày: 10 tháng 3 năm 1920\n\nĐồng chí đã từ trần vào hồi 16 giờ 30 phút, ngày 8/3/2022.\n',
      "2022-03-08 inferred · the lead's «ngày 8/3/2022»",
    );
    check(
      'Tập đoàn vẫn chưa có Tổng Giám đốc.\nTrước đó, vào cuối năm 2017, khi Tổng Giám đốc Trần Văn Thịnh về hưu, ông Phạm Đức Thắng đã được bổ nhiệm làm Tổng Giám đốc từ ngày 1/11/2017.\n',
      'none',
    );
  });

  it('takes no year the text speaks of as the present when it comes before what the text says has lasted until now ("… đến nay")', () => {
    check(
      'Ngày 27/6, Bộ Công an điều động, bổ nhiệm tân giám đốc Công an tỉnh.\n\nNăm 2016, ông được bổ nhiệm làm Phó giám đốc Công an tỉnh Cao Bằng, đến tháng 1/2020 được điều động làm giám đốc Công an tỉnh Lai Châu cho đến nay.\n',
      'none',
    );
    check('Ngày 27/6, Bộ Công an điều động tân giám đốc.\n\nNăm 2016, ông được bổ nhiệm làm Phó giám đốc Công an tỉnh Cao Bằng.\n', "2016-06-27 inferred · the lead's «Ngày 27/6», in 2016, the year the text speaks of as the present");
    // Nor is the year of a life the present.
    check('Sáng 6/2, Tỉnh ủy tổ chức lễ trao Huy hiệu Đảng. Đồng chí Nguyễn Văn An vào Đảng năm 1972, sinh năm 1950.\n', 'none');
  });

  it('never dates an obituary by the day its subject joined the Party, a photo by its caption, or the news by a day planned', () => {
    check('Tiêu đề\nÔng Lê Văn An sinh ngày 27/12/1931. Ông tham gia cách mạng năm 1947; vào Đảng ngày 19/6/1949. Ông từ trần.\n', 'none');
    check('Đại tướng tiếp các thiếu nhi tại tư gia, ngày 7/5/2004, nhân kỷ niệm 50 năm Chiến thắng. (Ảnh: TTXVN)\n\nThông báo về lễ viếng Đại tướng.\n', 'none');
    check(
      'Tiêu đề\nTang lễ sẽ được tổ chức theo nghi thức Quốc tang trong 2 ngày 26 - 27.9.\n\nChiều 23.9, Ban Chấp hành Trung ương ra thông cáo; ông từ trần ngày 21.9.2018.\n',
      "2018-09-23 inferred · the lead's «Chiều 23.9», year from «ngày 21.9.2018»",
    );
  });

  it('takes no year that would put the lead before an event the text tells as past, nor one a sentence tells as before the news', () => {
    check(
      'Sáng 10/11, Đại hội đại biểu Hội Nông dân tỉnh nhiệm kỳ 2016-2021 khai mạc. Đại hội Đảng bộ tỉnh tổ chức vào giữa tháng 10/2020 đã chỉ đạo.\n',
      'none',
    );
    check('Ngày 15/3, tỉnh tổ chức lại 2 sở.\n\nTrước đó, năm 2018, tỉnh đã sáp nhập hai sở.\n', 'none');
    // Nor is the day new bodies start to work, or someone retires, announced before it, the news' day.
    check('Toàn tỉnh có 124 xã và phường. Đơn vị hành chính mới chính thức đi vào hoạt động từ ngày 1.7.2025.\n', 'none');
    check('Thủ tướng đã ký các quyết định nghỉ hưu. Ông Lê Văn Tám, Thứ trưởng Bộ Tư pháp, nghỉ hưu theo chế độ từ ngày 1/9/2018.\n', 'none');
    // A start the clause tells as done is past, though "từ" opens a period: the year the text otherwise names comes before it.
    check(
      'Ngày 8/7, Thủ tướng ký quyết định bổ nhiệm Chủ tịch Tập đoàn. Trước đó, ông Lê Văn Tám đã chính thức nghỉ hưu từ ngày 1/6/2014.\n\nTập đoàn có doanh thu năm 2013 đạt 700 nghìn tỷ đồng, tăng so với năm 2013 trước.\n',
      'none',
    );
    // A term's end years after its start lies ahead; a meeting's last day does not.
    check(
      'Ngày 11/9, UBND tỉnh công bố quyết định bổ nhiệm lại ông Nguyễn Tân giữ chức Giám đốc Sở. Thời hạn giữ chức vụ là 5 năm, kể từ ngày 1/9/2024 đến ngày 31/8/2029.\n',
      "2024-09-11 inferred · the lead's «Ngày 11/9», year from «ngày 1/9/2024»",
    );
    check('Ngày 24/3, Ủy ban Kiểm tra Trung ương cho biết. Ủy ban đã họp từ ngày 14 đến ngày 23/3/2011 tại Hà Nội.\n', "2011-03-24 inferred · the lead's «Ngày 24/3», year from «ngày 23/3/2011»");
    // A day the text plans or expects is no such event.
    check(
      'Sáng 10/11, Đại hội đại biểu Hội Nông dân tỉnh nhiệm kỳ 2016-2021 khai mạc. Đại hội Hội Nông dân toàn quốc dự kiến diễn ra vào tháng 12/2018.\n',
      "2016-11-10 inferred · the lead's «Sáng 10/11», in the first year of the term it elects («nhiệm kỳ 2016-2021»)",
    );
  });

  it('puts the lead’s day after the decisions the text cites, whatever year it otherwise speaks of', () => {
    check(
      'Kỷ luật Phó Chủ tịch UBND tỉnh\nỦy ban Kiểm tra Trung ương đã thi hành kỷ luật tại Quyết định số 1192-QĐ/UBKTTW ngày 7/6/2019.\nQuyết định có hiệu lực từ ngày 21/8.\n' +
        'Ông chịu trách nhiệm về kỳ thi THPT quốc gia năm 2018. Kỳ thi năm 2018 có nhiều sai phạm.\n',
      "2019-08-21 inferred · the lead's «ngày 21/8», the first 21/8 after the decision of «ngày 7/6/2019»",
    );
  });

  it('reads a time stamp without its year under the headline, the year from the text', () => {
    check(
      'Tin buồn: nguyên Phó Thủ tướng từ trần\n\n13:04 21/02\n\nNgày 19/2, Ban Bảo vệ sức khỏe cán bộ Trung ương thông báo ông đã từ trần ngày 19/02/2021.\n',
      "2021-02-21 inferred · the lead's «13:04 21/02», year from «ngày 19/02/2021»",
    );
  });

  it('dates a text that is a document by its own header, and passes over a render date years after the lead', () => {
    check('BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 09-HD/BTCTW\nHà Nội, ngày 3 tháng 5 năm 2017\nHƯỚNG DẪN\n', "2017-05-03 inferred · the document's own header «ngày 3 tháng 5 năm 2017»");
    check('Thứ hai, 21/06/2021\nBế mạc hội nghị\nSáng ngày 19/1/2011, hội nghị đã bế mạc.\n', "2011-01-19 inferred · the lead's «Sáng ngày 19/1/2011»");
  });

  it('dates a report by the day its figures are given as of', () => {
    // Past the lead, where no event of the day is told.
    const text = `Báo cáo công tác quý I.\n${'Ban đã tham mưu nhiều đề án lớn. '.repeat(25)}\nTính đến ngày 30-3-2023, có 40 cấp ủy gửi báo cáo.\n`;
    check(text, '2023-03-30 inferred · «ngày 30-3-2023», the date the text reports as of');
    // A schedule's end is a day ahead, not the present.
    check(`Đại hội Đảng bộ tỉnh.\n${'Đại hội đã thảo luận nhiều nội dung lớn. '.repeat(20)}\nĐại hội sẽ làm việc đến hết ngày 25/9/2020.\n`, 'none');
  });

  it('prefers the text’s own full date to a prefix of another year', () => {
    check(' date 2025-01 Sáng 17/1/2011, Đại hội làm việc tại hội trường.\n', "2011-01-17 inferred · the lead's «Sáng 17/1/2011»");
  });

  it('dates by the lead when it contradicts the month of a month-only prefix', () => {
    check(
      ' date 2024-08 Thông tin chung.\n\nChiều 30/7, Tỉnh ủy tổ chức hội nghị.\n',
      "2024-07-30 inferred · the lead's «Chiều 30/7», year from header prefix «date 2024-08», whose month the lead contradicts",
    );
    // A December event under a January prefix belongs to the year before.
    check(
      ' date 2024-01 Thông tin chung.\n\nSáng 27/12, Thành ủy họp.\n',
      "2023-12-27 inferred · the lead's «Sáng 27/12», year from header prefix «date 2024-01», whose month the lead contradicts",
    );
  });

  it('gives only the year for an event on a month’s last day, and nothing on 31 December', () => {
    check(
      'Tiêu đề\nNgày 31-10-2019, Hội Cựu chiến binh tỉnh tổ chức hội nghị phổ biến kết quả.\n',
      "2019-10-31 (year) inferred · the lead's «Ngày 31-10-2019»; an event on a month's last day may be reported in the next month",
    );
    check('Tiêu đề\nNgày 30/6/2018, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ để bàn công tác cán bộ.\n', "2018-06-30 (year) inferred · the lead's «Ngày 30/6/2018»; an event on a month's last day may be reported in the next month");
    check('Tiêu đề\nSáng 29/6/2018, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ để bàn công tác cán bộ.\n', "2018-06-29 inferred · the lead's «Sáng 29/6/2018»");
    check('Tiêu đề\nNgày 31/12/2018, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ để bàn công tác cán bộ.\n', 'none');
    // "hôm nay" ties the event to the publication day itself.
    check('Tiêu đề\nSáng nay (31-10), hội nghị khai mạc; năm 2019 là năm bản lề.\n', "2019-10-31 inferred · the lead's «Sáng nay (31-10)», in 2019, the year the text speaks of as the present");
    const publication = findPublication(contextFor('Tiêu đề\nNgày 31-10-2019, Hội Cựu chiến binh tỉnh tổ chức hội nghị phổ biến kết quả.\n'));
    assert.equal(publication && publicationText(publication), '2019');
  });

  it('on a tie between two years, takes the later for a lead in January or February and the earlier for one in another month', () => {
    const review = (lead: string) => `Tiêu đề\n${lead}, Tỉnh ủy tổ chức hội nghị. Năm 2025 là năm có ý nghĩa đặc biệt. Năm 2024, tăng trưởng kinh tế đạt 6,5%.\n`;
    check(review('Sáng nay (15/1)'), "2025-01-15 inferred · the lead's «Sáng nay (15/1)», in 2025, the year the text speaks of as the present");
    check(review('Sáng 12/6'), "2024-06-12 inferred · the lead's «Sáng 12/6», in 2024, the year the text speaks of as the present");
  });

  it('does not take an award edition’s year for the present year', () => {
    check('Điểm báo tuần\nTối 3-2, Ban tổ chức trao giải báo chí lần thứ hai - năm 2017 tại Hà Nội.\n', 'none');
    check('Điểm báo tuần\nTối 3-2, Ban tổ chức tổng kết công tác năm 2017 tại Hà Nội.\n', "2017-02-03 inferred · the lead's «Tối 3-2», in 2017, the year the text speaks of as the present");
  });
});
