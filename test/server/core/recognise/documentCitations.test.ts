import * as assert from 'node:assert/strict';
import type { Mention } from '../../../../server/src/core/model';
import { toIso } from '../../../../server/src/core/calendar';
import { recogniseDocumentCitations } from '../../../../server/src/core/recognise/documentCitations';
import { recogniseDates } from '../../../../server/src/core/recognise/dates';
import type { RecogniseContext } from '../../../../server/src/core/recognise/context';
import { mentionsOf, showMention, spansOf } from './recognise';

/** `«text» key · introduction · type · số number · code · date · issuer · khóa term · plenum · congress · về «subject» · short of «citation»`. */
function show(text: string, m: Mention): string {
  assert.ok(m.data.kind === 'document');
  const d = m.data;
  return showMention(text, m, [
    m.introduction ? 'introduction' : undefined,
    d.type,
    d.number && `số ${d.number}`,
    d.code && `code ${d.code} (${d.codeType ?? 'no type'} / ${d.codeIssuer})`,
    d.date && toIso(d.date),
    d.year !== undefined ? `issued in ${d.year}` : undefined,
    d.issuer,
    d.term !== undefined ? `khóa ${d.term}` : undefined,
    d.plenum !== undefined ? `plenum ${d.plenum}` : undefined,
    d.congress !== undefined ? `congress ${d.congress}` : undefined,
    d.subject && `về «${d.subject}»`,
    d.shortOf && `short of «${text.slice(d.shortOf.start, d.shortOf.end)}»`,
  ]);
}

/** The citations of a text, found as the article model finds them: after its dates. */
function citations(ctx: RecogniseContext): Mention[] {
  return recogniseDocumentCitations(ctx, recogniseDates(ctx));
}

function check(text: string, expected: readonly string[]): void {
  assert.deepEqual(
    mentionsOf(text, citations).map((m) => show(text, m)),
    expected,
  );
}

describe('core/recognise/documentCitations', () => {
  it('reads a full citation: the citation proper as the span, then its date, issuer and subject', () => {
    check(
      'Thứ Năm, 23-06-2022\nTổng kết Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng; ' +
        'quán triệt Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư Trung ương Đảng về “chức năng, nhiệm vụ, quyền hạn”.\n',
      [
        '«Chỉ thị số 35-CT/TW» document:CT-35/TW@12 · introduction · Chỉ thị · số 35 · code 35-CT/TW (CT / TW) · ' +
          '2019-05-30 · Bộ Chính trị · khóa 12 · về «đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng»',
        '«Quy định số 137-QĐ/TW» document:QĐ-137/TW@13 · introduction · Quy định · số 137 · code 137-QĐ/TW (QĐ / TW) · ' +
          '2023-12-01 · Ban Bí thư · khóa 13 · về «chức năng, nhiệm vụ, quyền hạn»',
      ],
    );
  });

  it('keeps a citation with its own date apart from a short name, and links the short name to the full citation', () => {
    check('Quán triệt Quy định số 138-QĐ/TW. Quy định số 138 ngày 1-12-2023 của Ban Bí thư về chức năng, nhiệm vụ của đảng bộ, chi bộ cơ sở; Quy định số 138.\n', [
      // The article is undated (a document's date never dates it), so only the citation with a date has a term.
      '«Quy định số 138-QĐ/TW» document:QĐ-138/TW@? · introduction · Quy định · số 138 · code 138-QĐ/TW (QĐ / TW)',
      '«Quy định số 138» document:QĐ-138/TW@13 · introduction · Quy định · số 138 · 2023-12-01 · Ban Bí thư · khóa 13 · ' +
        'về «chức năng, nhiệm vụ của đảng bộ, chi bộ cơ sở»',
      '«Quy định số 138» document:QĐ-138/TW@? · Quy định · số 138 · short of «Quy định số 138-QĐ/TW»',
    ]);
  });

  it('takes the issuing suffix from the issuer’s words, names the issuer canonically, and takes the term from the words after it', () => {
    check(
      'Ngày 1-4-2024, Hướng dẫn số 26 ngày 30-11-2023 của Ban Tổ chức Trung ương; Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII; ' +
        'Kế hoạch số 03-KH/TW của Bộ Chính trị và Kết luận số 21-KL/TW.\n',
      [
        '«Hướng dẫn số 26» document:HD-26/BTCTW@13 · introduction · Hướng dẫn · số 26 · 2023-11-30 · Ban Tổ chức Trung ương · khóa 13',
        '«Nghị quyết số 21-NQ/TW» document:NQ-21/TW@13 · introduction · Nghị quyết · số 21 · code 21-NQ/TW (NQ / TW) · ' +
          'Ban Chấp hành Trung ương · khóa 13',
        '«Kế hoạch số 03-KH/TW» document:KH-3/TW@13 · introduction · Kế hoạch · số 03 · code 03-KH/TW (KH / TW) · Bộ Chính trị',
        '«Kết luận số 21-KL/TW» document:KL-21/TW@13 · introduction · Kết luận · số 21 · code 21-KL/TW (KL / TW)',
      ],
    );
  });

  it('reads a date written without its year as the latest such day up to the publication date, and not at all in an undated article', () => {
    check('Thứ Hai, 04-01-2021\nĐã trao Quyết định số 1012-QĐNS/TW ngày 28-12 của Bộ Chính trị và Quyết định số 20-QĐNS/TW ngày 2-1 của Ban Bí thư.\n', [
      '«Quyết định số 1012-QĐNS/TW» document:QĐNS-1012/TW@12 · introduction · Quyết định · số 1012 · code 1012-QĐNS/TW (QĐNS / TW) · 2020-12-28 · Bộ Chính trị · khóa 12',
      '«Quyết định số 20-QĐNS/TW» document:QĐNS-20/TW@12 · introduction · Quyết định · số 20 · code 20-QĐNS/TW (QĐNS / TW) · 2021-01-02 · Ban Bí thư · khóa 12',
    ]);
    check('Đoàn đã nêu quyết định số 335-QĐNS/TW ngày 9-9 của Ban Bí thư về việc thi hành kỷ luật.\n', [
      '«quyết định số 335-QĐNS/TW» document:QĐNS-335/TW@? · introduction · Quyết định · số 335 · code 335-QĐNS/TW (QĐNS / TW) · Ban Bí thư · về «thi hành kỷ luật»',
    ]);
  });

  it('dates a central directive that prepares a national congress to the term before it, but not a province’s', () => {
    check(
      'Quán triệt Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. ' +
        'Thực hiện Chỉ thị số 28-CT/TU của Tỉnh ủy Lâm Đồng về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng.\n',
      [
        '«Chỉ thị số 35-CT/TW» document:CT-35/TW@13 · introduction · Chỉ thị · số 35 · code 35-CT/TW (CT / TW) · khóa 13 · ' +
          'về «đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng»',
        '«Chỉ thị số 28-CT/TU» document:CT-28/TU@? · introduction · Chỉ thị · số 28 · code 28-CT/TU (CT / TU) · Tỉnh ủy Lâm Đồng · ' +
          'về «đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng»',
      ],
    );
  });

  it('puts a decision announced or being made in the article’s term, and a regulation merely cited in none', () => {
    check(
      'Thứ Năm, 10-02-2011\nThành ủy vừa họp công bố Quyết định số 04-QĐNS/TW của Bộ Chính trị. ' +
        'Tại Quyết định số 328-QĐ/TW, Bộ Chính trị quyết định thành lập Đảng bộ tỉnh. Theo Quy định số 105-QĐ/TW, Bộ Chính trị quy định thẩm quyền.\n',
      [
        '«Quyết định số 04-QĐNS/TW» document:QĐNS-4/TW@11 · introduction · Quyết định · số 04 · code 04-QĐNS/TW (QĐNS / TW) · Bộ Chính trị · khóa 11',
        '«Quyết định số 328-QĐ/TW» document:QĐ-328/TW@11 · introduction · Quyết định · số 328 · code 328-QĐ/TW (QĐ / TW) · Bộ Chính trị · khóa 11',
        '«Quy định số 105-QĐ/TW» document:QĐ-105/TW@11 · introduction · Quy định · số 105 · code 105-QĐ/TW (QĐ / TW) · Bộ Chính trị',
      ],
    );
  });

  it('keeps the two directives numbered 35-CT/TW of different terms apart', () => {
    check('Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị. Chỉ thị số 35-CT/TW ngày 14-6-2024 của Bộ Chính trị.\n', [
      '«Chỉ thị số 35-CT/TW» document:CT-35/TW@12 · introduction · Chỉ thị · số 35 · code 35-CT/TW (CT / TW) · 2019-05-30 · Bộ Chính trị · khóa 12',
      '«Chỉ thị số 35-CT/TW» document:CT-35/TW@13 · introduction · Chỉ thị · số 35 · code 35-CT/TW (CT / TW) · 2024-06-14 · Bộ Chính trị · khóa 13',
    ]);
  });

  it('reads citations without "số", in lower case, and with an abbreviated type', () => {
    check(
      'Thứ Hai, 04-03-2024\nThực hiện Nghị quyết 18 của Ban Chấp hành Trung ương và Kết luận 191-KL/TW; căn cứ quy định 102, quy định 07 của Bộ chính trị; ' +
        'theo quyết định số 12-QĐNS/TW. Kết quả thực hiện NQ 18 khả quan.\n',
      [
        '«Nghị quyết 18» document:NQ-18/TW@13 · introduction · Nghị quyết · số 18 · Ban Chấp hành Trung ương',
        '«Kết luận 191-KL/TW» document:KL-191/TW@13 · introduction · Kết luận · số 191 · code 191-KL/TW (KL / TW)',
        '«quy định 102» document:QĐ-102/TW@13 · introduction · Quy định · số 102 · Bộ Chính trị',
        '«quy định 07» document:QĐ-7/TW@13 · introduction · Quy định · số 07 · Bộ Chính trị',
        '«quyết định số 12-QĐNS/TW» document:QĐNS-12/TW@13 · introduction · Quyết định · số 12 · code 12-QĐNS/TW (QĐNS / TW)',
        '«NQ 18» document:NQ-18/TW@13 · Nghị quyết · số 18',
      ],
    );
  });

  it('does not take a verb or a quantity after a type word for a citation', () => {
    check('Ban Bí thư quyết định 3 vấn đề lớn. Kế hoạch 5 năm đã xong; nghị quyết 2 lần được bàn; Báo cáo 12 trang.\n', []);
  });

  it('reads codes with spaced dashes, broken across a line, with /TƯ and /T.Ư, and the real code families', () => {
    check(
      'Theo Quyết định số 1987 – QĐNS/TW, Chỉ thị 36 - CT/TƯ, Hướng dẫn số 16 -\nHD/BTCTW, Chỉ thị số 05-CT/T.Ư và Quy định số 105-QĐi/TW; ' +
        'Chỉ thị 28 -CT/TU của Ban Thường vụ Tỉnh uỷ Lâm Đồng.\n',
      [
        '«Quyết định số 1987 – QĐNS/TW» document:QĐNS-1987/TW@? · introduction · Quyết định · số 1987 · code 1987 – QĐNS/TW (QĐNS / TW)',
        '«Chỉ thị 36 - CT/TƯ» document:CT-36/TW@? · introduction · Chỉ thị · số 36 · code 36 - CT/TƯ (CT / TW)',
        '«Hướng dẫn số 16 -\nHD/BTCTW» document:HD-16/BTCTW@? · introduction · Hướng dẫn · số 16 · code 16 - HD/BTCTW (HD / BTCTW)',
        '«Chỉ thị số 05-CT/T.Ư» document:CT-5/TW@? · introduction · Chỉ thị · số 05 · code 05-CT/T.Ư (CT / TW)',
        '«Quy định số 105-QĐi/TW» document:QĐi-105/TW@12 · introduction · Quy định · số 105 · code 105-QĐi/TW (QĐi / TW) · khóa 12',
        '«Chỉ thị 28 -CT/TU» document:CT-28/TU@? · introduction · Chỉ thị · số 28 · code 28 -CT/TU (CT / TU) · Ban Thường vụ Tỉnh ủy Lâm Đồng',
      ],
    );
  });

  it('reads state codes and their issuers', () => {
    check('Tại Quyết định 1886/QĐ-TTg, Thủ tướng Chính phủ bổ nhiệm ông A; Nghị quyết số 1670/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội; Nghị định số 15/NĐ-CP.\n', [
      '«Quyết định 1886/QĐ-TTg» document:QĐ-1886/TTG@? · introduction · Quyết định · số 1886 · code 1886/QĐ-TTg (QĐ / TTg) · Thủ tướng Chính phủ',
      '«Nghị quyết số 1670/NQ-UBTVQH15» document:NQ-1670/UBTVQH15@? · introduction · Nghị quyết · số 1670 · code 1670/NQ-UBTVQH15 (NQ / UBTVQH15) · Ủy ban Thường vụ Quốc hội',
      '«Nghị định số 15/NĐ-CP» document:NĐ-15/CP@? · introduction · Nghị định · số 15 · code 15/NĐ-CP (NĐ / CP)',
    ]);
  });

  it('reads the year a legal normative document\'s code carries', () => {
    check('Theo Quyết định số 12/2024/QĐ-UBND của UBND tỉnh và Nghị định 100/2019/NĐ-CP.\n', [
      '«Quyết định số 12/2024/QĐ-UBND» document:QĐ-12/2024/UBND@? · introduction · Quyết định · số 12 · code 12/2024/QĐ-UBND (QĐ / UBND) · issued in 2024',
      '«Nghị định 100/2019/NĐ-CP» document:NĐ-100/2019/CP@? · introduction · Nghị định · số 100 · code 100/2019/NĐ-CP (NĐ / CP) · issued in 2019',
    ]);
  });

  it('reads the code the National Assembly and its Standing Committee write, their year and their name with the legislature', () => {
    check('Theo Nghị quyết số 76/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội, tỉnh có 100 xã.\n', [
      '«Nghị quyết số 76/2025/UBTVQH15» document:NQ-76/2025/UBTVQH15@? · introduction · Nghị quyết · số 76 · code 76/2025/UBTVQH15 (no type / UBTVQH15) · issued in 2025 · Ủy ban Thường vụ Quốc hội',
    ]);
  });

  it('reads a state công văn\'s code as its issuing body and drafting unit, with no type', () => {
    check('Theo Công văn số 123/UBND-VX, tỉnh triển khai.\n', [
      '«Công văn số 123/UBND-VX» document:CV-123/UBND@? · introduction · Công văn · số 123 · code 123/UBND-VX (no type / UBND)',
    ]);
  });

  it('reads the issuer written before the citation or after it, in any case', () => {
    check(
      'Thứ Tư, 13-11-2024\nNgày 12/11/2024, Bộ Chính trị đã ban hành Quyết định số 1674-QĐNS/TW. Bộ Chính trị vừa ban hành Quy định số 365-QĐ/TW (Quy định 365). ' +
        'Tinh thần chỉ đạo của Bộ chính trị tại Chỉ thị số 35 ngày 30/5/2019; Quy định số 30-QĐ/TW do BCH Trung ương ban hành; ' +
        'Hướng dẫn số 10-HD/UBKTTW ngày 4-9-2014 của UBKT Trung ương.\n',
      [
        '«Quyết định số 1674-QĐNS/TW» document:QĐNS-1674/TW@13 · introduction · Quyết định · số 1674 · code 1674-QĐNS/TW (QĐNS / TW) · 2024-11-12 · Bộ Chính trị · khóa 13',
        '«Quy định số 365-QĐ/TW» document:QĐ-365/TW@13 · introduction · Quy định · số 365 · code 365-QĐ/TW (QĐ / TW) · Bộ Chính trị',
        '«Quy định 365» document:QĐ-365/TW@13 · Quy định · số 365 · short of «Quy định số 365-QĐ/TW»',
        '«Chỉ thị số 35» document:CT-35/TW@12 · introduction · Chỉ thị · số 35 · 2019-05-30 · Bộ Chính trị · khóa 12',
        '«Quy định số 30-QĐ/TW» document:QĐ-30/TW@13 · introduction · Quy định · số 30 · code 30-QĐ/TW (QĐ / TW) · Ban Chấp hành Trung ương',
        '«Hướng dẫn số 10-HD/UBKTTW» document:HD-10/UBKTTW@11 · introduction · Hướng dẫn · số 10 · code 10-HD/UBKTTW (HD / UBKTTW) · 2014-09-04 · Ủy ban Kiểm tra Trung ương · khóa 11',
      ],
    );
  });

  it('reads a date written before the citation with its issuer, a pair of numbers sharing one code family, and a list sharing one issuer', () => {
    check(
      'Thứ Tư, 13-11-2024\nNgày 12/11/2024, Bộ Chính trị đã ban hành Quyết định số 1674-QĐNS/TW. Theo Quyết định số 528 và 529-QĐNS/TW ngày 4/6/2012, Bộ Chính trị quyết định điều động. ' +
        'Căn cứ quy định 102, quy định 07 của Bộ chính trị.\n',
      [
        '«Quyết định số 1674-QĐNS/TW» document:QĐNS-1674/TW@13 · introduction · Quyết định · số 1674 · code 1674-QĐNS/TW (QĐNS / TW) · 2024-11-12 · Bộ Chính trị · khóa 13',
        '«Quyết định số 528» document:QĐ-528/TW@11 · introduction · Quyết định · số 528 · 2012-06-04 · Bộ Chính trị · khóa 11',
        '«529-QĐNS/TW» document:QĐNS-529/TW@11 · introduction · Quyết định · số 529 · code 529-QĐNS/TW (QĐNS / TW) · 2012-06-04 · Bộ Chính trị · khóa 11',
        '«quy định 102» document:QĐ-102/TW@13 · introduction · Quy định · số 102 · Bộ Chính trị',
        '«quy định 07» document:QĐ-7/TW@13 · introduction · Quy định · số 07 · Bộ Chính trị',
      ],
    );
  });

  it('reads a quoted document’s own header: its number, signing date and the body its suffix names', () => {
    check('BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\nSố: 09 -\nHD/BTCTW\nHà Nội, ngày\n3 tháng 5 năm 2017\nHƯỚNG DẪN\n', [
      '«Số: 09 -\nHD/BTCTW» document:HD-9/BTCTW@12 · introduction · Hướng dẫn · số 09 · code 09 - HD/BTCTW (HD / BTCTW) · 2017-05-03 · Ban Tổ chức Trung ương · khóa 12',
    ]);
  });

  it('reads the resolution of a local congress, keyed by its body', () => {
    check('Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI và Nghị quyết Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ X.\n', [
      '«Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI» document:NQ-DH16@đảng bộ tỉnh · Nghị quyết · congress 16',
      '«Nghị quyết Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ X» document:NQ-DH10@đại biểu đoàn tncs hồ chí minh tỉnh · Nghị quyết · congress 10',
    ]);
  });

  it('reads a date written in words after the citation', () => {
    check('Tại Quy định số 114-QĐ/TW ngày 11 tháng 7 năm 2023 của Bộ Chính trị.\n', [
      '«Quy định số 114-QĐ/TW» document:QĐ-114/TW@13 · introduction · Quy định · số 114 · code 114-QĐ/TW (QĐ / TW) · 2023-07-11 · Bộ Chính trị · khóa 13',
    ]);
  });

  it('reads a date after "Ngày" written with a capital, and the date of an issue in the passive', () => {
    check('Thực hiện Kết luận số 21-KL/TW Ngày 25/10/2021 của Ban Chấp hành Trung ương. Nghị quyết số 57-NQ/TW được ban hành ngày 22.12.2024 về khoa học.\n', [
      '«Kết luận số 21-KL/TW» document:KL-21/TW@13 · introduction · Kết luận · số 21 · code 21-KL/TW (KL / TW) · 2021-10-25 · Ban Chấp hành Trung ương · khóa 13',
      '«Nghị quyết số 57-NQ/TW» document:NQ-57/TW@13 · introduction · Nghị quyết · số 57 · code 57-NQ/TW (NQ / TW) · 2024-12-22 · khóa 13 · về «khoa học»',
    ]);
  });

  it('reads named resolutions of plenums and congresses', () => {
    check(
      'Thứ Năm, 23-06-2022\nThực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết Trung ương 4 (khóa XIII) về đẩy mạnh công tác xây dựng, chỉnh đốn Đảng; ' +
        '15 năm thực hiện Nghị quyết Trung ương 5 khóa 13 về đổi mới; Nghị quyết Đại hội 13 của Đảng, Nghị quyết Trung ương 7, nghị quyết Đại hội Đảng bộ các cấp; ' +
        'Nghị quyết T.Ư 4, khóa XI.\n',
      [
        '«Nghị quyết Đại hội XIII» document:NQ-DH13 · Nghị quyết · congress 13',
        '«Nghị quyết Trung ương 4 (khóa XIII)» document:NQ-TW4@13 · Nghị quyết · khóa 13 · plenum 4 · về «đẩy mạnh công tác xây dựng, chỉnh đốn Đảng»',
        '«Nghị quyết Trung ương 5 khóa 13» document:NQ-TW5@13 · Nghị quyết · khóa 13 · plenum 5 · về «đổi mới»',
        '«Nghị quyết Đại hội 13» document:NQ-DH13 · Nghị quyết · congress 13',
        '«Nghị quyết Trung ương 7» document:NQ-TW7@13 · Nghị quyết · plenum 7',
        '«Nghị quyết T.Ư 4, khóa XI» document:NQ-TW4@11 · Nghị quyết · khóa 11 · plenum 4',
      ],
    );
  });

  it('reports a code of another type as written, and leaves invalid dates out of a citation', () => {
    check('Chỉ thị số 21-NQ/TW ngày 31-2-2023 của Bộ Chính trị.\n', [
      '«Chỉ thị số 21-NQ/TW» document:NQ-21/TW@? · introduction · Chỉ thị · số 21 · code 21-NQ/TW (NQ / TW) · Bộ Chính trị',
    ]);
  });

  it('dates a citation by the time elapsed since it was issued, only to the year the span allows; the same code cited again is the same document', () => {
    check(
      'Tháng 11-2018, chưa đầy 6 tháng kể từ khi Bộ Chính trị ban hành Quy định số 901-QĐ/TW, tỉnh đã sửa quy chế. ' +
        'Quy định số 901-QĐ/TW của Bộ Chính trị yêu cầu công khai.\n',
      [
        '«Quy định số 901-QĐ/TW» document:QĐ-901/TW@12 · introduction · Quy định · số 901 · code 901-QĐ/TW (QĐ / TW) · issued in 2018 · Bộ Chính trị · khóa 12',
        '«Quy định số 901-QĐ/TW» document:QĐ-901/TW@12 · introduction · Quy định · số 901 · code 901-QĐ/TW (QĐ / TW) · Bộ Chính trị',
      ],
    );
    check('Ngày 15/6/2020, tròn 2 năm kể từ ngày Ban Bí thư ban hành Chỉ thị số 77-CT/TW, huyện tổ chức sơ kết.\n', [
      '«Chỉ thị số 77-CT/TW» document:CT-77/TW@12 · introduction · Chỉ thị · số 77 · code 77-CT/TW (CT / TW) · issued in 2018 · Ban Bí thư · khóa 12',
    ]);
    // Less than 8 months before March 2019 reaches into 2018: no year. More than 5 years has no earliest day: no year either.
    check(
      'Tháng 3-2019, chưa đầy 8 tháng kể từ khi Bộ Chính trị ban hành Quy định số 902-QĐ/TW, tỉnh đã sửa quy chế. ' +
        'Năm 2020, hơn 5 năm kể từ khi Ban Bí thư ban hành Chỉ thị số 78-CT/TW, huyện tổ chức tổng kết.\n',
      [
        '«Quy định số 902-QĐ/TW» document:QĐ-902/TW@? · introduction · Quy định · số 902 · code 902-QĐ/TW (QĐ / TW) · Bộ Chính trị',
        '«Chỉ thị số 78-CT/TW» document:CT-78/TW@? · introduction · Chỉ thị · số 78 · code 78-CT/TW (CT / TW) · Ban Bí thư',
      ],
    );
  });

  it('reports original offsets in NFD text and across non-breaking spaces', () => {
    const phrase = 'Hướng dẫn số 26-HD/BTCTW';
    const nfd = `Thực hiện ${phrase} ngày 30-11-2023 của Ban Tổ chức Trung ương về sắp xếp.`.normalize('NFD');
    const start = nfd.indexOf(phrase.normalize('NFD'));
    assert.deepEqual(spansOf(mentionsOf(nfd, citations), 'document'), [
      `${start}-${start + phrase.normalize('NFD').length} document:HD-26/BTCTW@13`,
    ]);
    check('Thực hiện Kế\u00a0hoạch số\u00a017-KH/TW ngày\u00a07-7-2023 của\u00a0Bộ Chính trị.', [
      '«Kế\u00a0hoạch số\u00a017-KH/TW» document:KH-17/TW@13 · introduction · Kế hoạch · số 17 · code 17-KH/TW (KH / TW) · 2023-07-07 · Bộ Chính trị · khóa 13',
    ]);
  });
});
