import * as assert from 'node:assert/strict';
import type { Mention } from '../../../../server/src/core/model';
import { WEEKDAY_NAMES_VI } from '../../../../server/src/core/calendar';
import { recogniseDates } from '../../../../server/src/core/recognise/dates';
import { findPublication } from '../../../../server/src/core/recognise/publication';
import { contextFor, mentionsOf, showMention, showPublication, spansOf } from './recognise';

/** `«text» key · dateline · stated weekday · time · resolution`. */
function show(text: string, m: Mention): string {
  assert.ok(m.data.kind === 'date');
  const d = m.data;
  return showMention(text, m, [d.dateline, d.statedWeekday === undefined ? undefined : WEEKDAY_NAMES_VI[d.statedWeekday], d.time, d.resolution]);
}

function check(text: string, expected: readonly string[]): void {
  assert.deepEqual(
    mentionsOf(text, recogniseDates).map((m) => show(text, m)),
    expected,
  );
}

function checkPublication(text: string, expected: string): void {
  const ctx = contextFor(text);
  assert.equal(showPublication(text, findPublication({ source: ctx.source, lexicon: ctx.lexicon })), expected);
}

const FROM_TEXT = 'day, month and year from the text';

describe('core/recognise/dates', () => {
  describe('datelines', () => {
    it('reads a dateline with its weekday and time, and resolves day-months against it', () => {
      const text = 'Cán bộ làm công tác xây dựng tổ chức Đảng\n\nThứ Năm, 23-06-2022, 18:22\nNgày 23/6, tại Thành phố Hồ Chí Minh.\n';
      check(text, [
        '«Thứ Năm, 23-06-2022, 18:22» date:2022-06-23 · published · Thứ Năm · 18:22 · written in full in the dateline (publication time)',
        '«Ngày 23/6» date:2022-06-23 · day and month from the text, year from the publication date 2022-06-23 (nearest year)',
      ]);
      checkPublication(text, '2022-06-23 dateline «Thứ Năm, 23-06-2022, 18:22»');
    });

    it('puts a day just before a January dateline in December of the year before', () => {
      const text = "Thời sự - Chính trị\nHội nghị giao ban quý IV năm 2020\n22:12' 4/1/2021\n\nChiều ngày 30-12, Ban Tổ chức Trung ương tổ chức Hội nghị.\n";
      check(text, [
        '«quý IV năm 2020» date:2020-10-01/2020-12-31 · quarter and year from the text',
        "«22:12' 4/1/2021» date:2021-01-04 · published · 22:12 · written in full in the dateline (publication time)",
        '«Chiều ngày 30-12» date:2020-12-30 · day and month from the text, year from the publication date 2021-01-04 (nearest year)',
      ]);
    });

    it('gives the first day of a range written without its year the year of the day that ends it', () => {
      const text = 'Thứ Hai, 22/12/2025\n\nHội nghị họp từ ngày 10/4 đến ngày 12/4/2025. Trận đánh từ ngày 28-12 đến ngày 5-1-1971.\n';
      check(text, [
        '«Thứ Hai, 22/12/2025» date:2025-12-22 · published · Thứ Hai · written in full in the dateline (publication time)',
        `«ngày 10/4» date:2025-04-10 · ${FROM_TEXT}`,
        `«ngày 12/4/2025» date:2025-04-12 · ${FROM_TEXT}`,
        `«ngày 28-12» date:1970-12-28 · ${FROM_TEXT}`,
        `«ngày 5-1-1971» date:1971-01-05 · ${FROM_TEXT}`,
      ]);
    });

    it('puts a day just after a December dateline in January of the year after', () => {
      check('30/12/2021\nSáng 2/1, hội nghị khai mạc.\n', [
        '«30/12/2021» date:2021-12-30 · published · written in full in the dateline (publication time)',
        '«Sáng 2/1» date:2022-01-02 · day and month from the text, year from the publication date 2021-12-30 (nearest year)',
      ]);
    });

    it('takes an update time as the publication date when it is the only dateline', () => {
      const text = 'Triển khai công tác năm 2017\nCập nhật lúc 08:46, Thứ Hai, 06/03/2017 (GMT+7)\nNgày 4/3, tại Hà Nội.\n';
      check(text, [
        '«năm 2017» date:2017-01-01/2017-12-31 · year from the text',
        '«Cập nhật lúc 08:46, Thứ Hai, 06/03/2017 (GMT+7)» date:2017-03-06 · updated · Thứ Hai · 08:46 · written in full in the dateline (update time)',
        '«Ngày 4/3» date:2017-03-04 · day and month from the text, year from the publication date 2017-03-06 (nearest year)',
      ]);
      checkPublication(text, '2017-03-06 dateline «Cập nhật lúc 08:46, Thứ Hai, 06/03/2017 (GMT+7)»');
    });

    it('keeps a separate update time next to the publication date', () => {
      checkPublication(
        'Thứ Hai, 06/03/2017, 08:46\nCập nhật lúc 09:10, Thứ Ba, 07/03/2017\nNội dung.\n',
        '2017-03-06 dateline «Thứ Hai, 06/03/2017, 08:46» updated 2017-03-07',
      );
    });

    it('does not take a date line deep in the article for its dateline', () => {
      const text = `${'Đoạn văn.\n'.repeat(12)}29-12-2020\n`;
      check(text, [`«29-12-2020» date:2020-12-29 · ${FROM_TEXT}`]);
      // A bare date line deep in the text is not a dateline, nor an event the article reports.
      checkPublication(text, 'none');
    });
  });

  describe('dates and periods in the text', () => {
    it('infers the publication date from a day-month and the year the text names most often (seed 000)', () => {
      const text = 'Nhiệm vụ năm 2022.\n\nSáng 12/1, Ban Tổ chức Trung ương tổ chức Hội nghị về nhiệm vụ năm 2022 và kết quả năm 2021.\n';
      check(text, [
        '«năm 2022» date:2022-01-01/2022-12-31 · year from the text',
        '«Sáng 12/1» date:2022-01-12 · day and month from the text, year from the publication date 2022-01-12 (nearest year); ' +
          "the publication date was taken from the lead's «Sáng 12/1», in 2022, the year the text speaks of as the present",
        '«năm 2022» date:2022-01-01/2022-12-31 · year from the text',
        '«năm 2021» date:2021-01-01/2021-12-31 · year from the text',
      ]);
      checkPublication(text, "2022-01-12 inferred · the lead's «Sáng 12/1», in 2022, the year the text speaks of as the present");
    });

    it('takes the publication date from the lead\'s full date, and resolves a bare quarter with it (seed 001)', () => {
      const text =
        'Triển khai nhiệm vụ công tác quý II năm 2024\nTrong quý I, Ban đã tham mưu. Tính đến ngày 29-3-2024, có 56/67 cấp ủy, 18/56 cơ quan gửi báo cáo; ' +
        'cũng trong quý I-2024, Quy định số 137-QĐ/TW ngày 1-12-2023 được quán triệt.\n';
      check(text, [
        '«quý II năm 2024» date:2024-04-01/2024-06-30 · quarter and year from the text',
        '«quý I» date:2024-01-01/2024-03-31 · quarter from the text, year from the publication date 2024-03-29 (nearest year); ' +
          "the publication date was taken from the lead's «ngày 29-3-2024»",
        `«ngày 29-3-2024» date:2024-03-29 · ${FROM_TEXT}`,
        '«quý I-2024» date:2024-01-01/2024-03-31 · quarter and year from the text',
        `«ngày 1-12-2023» date:2023-12-01 · ${FROM_TEXT}`,
      ]);
      checkPublication(text, "2024-03-29 inferred · the lead's «ngày 29-3-2024»");
    });

    it('reads halves, months, year ranges, weekdays and dates in words', () => {
      check(
        'Thứ Năm, 23-06-2022, 18:22\nTrong 6 tháng đầu năm 2022 và tháng 6/2022, tháng 12 năm 2023, giai đoạn năm 2021-2025; ' +
          'Thứ Năm (23/6) và ngày 23 tháng 6 năm 2022, Tối 22/6.\n',
        [
          '«Thứ Năm, 23-06-2022, 18:22» date:2022-06-23 · published · Thứ Năm · 18:22 · written in full in the dateline (publication time)',
          '«6 tháng đầu năm 2022» date:2022-01-01/2022-06-30 · half-year and year from the text',
          '«tháng 6/2022» date:2022-06-01/2022-06-30 · month and year from the text',
          '«tháng 12 năm 2023» date:2023-12-01/2023-12-31 · month and year from the text',
          '«năm 2021-2025» date:2021-01-01/2025-12-31 · years from the text',
          '«Thứ Năm (23/6)» date:2022-06-23 · Thứ Năm · day and month from the text, year from the publication date 2022-06-23 (nearest year)',
          `«ngày 23 tháng 6 năm 2022» date:2022-06-23 · ${FROM_TEXT}`,
          '«Tối 22/6» date:2022-06-22 · day and month from the text, year from the publication date 2022-06-23 (nearest year)',
        ],
      );
    });

    it('skips impossible dates, ratios, term years and day-months without a word for day', () => {
      check('Thứ Năm, 23-06-2022\nNgày 31-2-2023, ngày 31/4, 56/67 cấp ủy, 12/1 đại biểu, nhiệm kỳ 2020-2025, 15 năm (2011-2025), 3 tháng 6 ngày.\n', [
        '«Thứ Năm, 23-06-2022» date:2022-06-23 · published · Thứ Năm · written in full in the dateline (publication time)',
      ]);
    });

    it('reads no date marked as lunar, whose weekday and place in time are not the solar calendar\'s, but the solar date given with one', () => {
      check('Thứ Hai, 12-02-2024\nThứ Bảy, 10/3 âm lịch, giỗ Tổ; ngày 29/2/2023 (âm lịch); ngày 15/1 năm Giáp Thìn; mùng 3 Tết (tức ngày 12/2/2024).\n', [
        '«Thứ Hai, 12-02-2024» date:2024-02-12 · published · Thứ Hai · written in full in the dateline (publication time)',
        `«ngày 12/2/2024» date:2024-02-12 · ${FROM_TEXT}`,
      ]);
    });

    it('leaves a day-month unresolved when no year can be found anywhere', () => {
      const text = 'Ngày 4/3, tại Hà Nội, hội nghị diễn ra.\n';
      check(text, []);
      checkPublication(text, 'none');
    });
  });

  describe('offsets', () => {
    it('reports offsets in NFD text as written', () => {
      const text = "Hội nghị tổng kết\n22:12' 4/1/2021\nChiều ngày 30-12, Ban Tổ chức Trung ương họp tổng kết năm 2020.\n".normalize('NFD');
      const at = (phrase: string) => {
        const start = text.indexOf(phrase.normalize('NFD'));
        return `${start}-${start + phrase.normalize('NFD').length}`;
      };
      assert.ok(text.length > text.normalize('NFC').length, 'the fixture must really be decomposed');
      assert.deepEqual(spansOf(mentionsOf(text, recogniseDates), 'date'), [
        `${at("22:12' 4/1/2021")} date:2021-01-04`,
        `${at('Chiều ngày 30-12')} date:2020-12-30`,
        `${at('năm 2020')} date:2020-01-01/2020-12-31`,
      ]);
    });

    it('keeps the line break out of a dateline in CRLF text', () => {
      const text = 'Tiêu đề\r\nThứ Năm, 23-06-2022, 18:22\r\nNgày 23/6, hội nghị diễn ra.\r\n';
      check(text, [
        '«Thứ Năm, 23-06-2022, 18:22» date:2022-06-23 · published · Thứ Năm · 18:22 · written in full in the dateline (publication time)',
        '«Ngày 23/6» date:2022-06-23 · day and month from the text, year from the publication date 2022-06-23 (nearest year)',
      ]);
    });

    it('reads dates whose words are joined by non-breaking spaces', () => {
      const text = 'Thứ\u00a0Năm, 23-06-2022, 18:22\nSáng\u00a0ngày\u00a022/6, quý\u00a0II\u00a0năm\u00a02022.\n';
      check(text, [
        '«Thứ\u00a0Năm, 23-06-2022, 18:22» date:2022-06-23 · published · Thứ Năm · 18:22 · written in full in the dateline (publication time)',
        '«Sáng\u00a0ngày\u00a022/6» date:2022-06-22 · day and month from the text, year from the publication date 2022-06-23 (nearest year)',
        '«quý\u00a0II\u00a0năm\u00a02022» date:2022-04-01/2022-06-30 · quarter and year from the text',
      ]);
    });
  });
});
