import * as assert from 'node:assert/strict';
import type { DocumentData, Mention } from '../../../../server/src/core/model';
import { toIso } from '../../../../server/src/core/calendar';
import { recogniseDocumentCitations } from '../../../../server/src/core/recognise/documentCitations';
import { mentionsOf, showMention, spansOf } from './recognise';

/** `«text» key · introduction · type · số number · code · date · issuer · khóa term · plenum · congress · về «subject»`. */
function show(text: string, m: Mention): string {
  const d = m.data as DocumentData;
  return showMention(text, m, [
    m.introduction ? 'introduction' : undefined,
    d.type,
    d.number && `số ${d.number}`,
    d.code && `code ${d.code} (${d.codeType} / ${d.codeIssuer})`,
    d.date && toIso(d.date),
    d.issuer,
    d.term !== undefined ? `khóa ${d.term}` : undefined,
    d.plenum !== undefined ? `plenum ${d.plenum}` : undefined,
    d.congress !== undefined ? `congress ${d.congress}` : undefined,
    d.subject && `về «${d.subject}»`,
  ]);
}

function check(text: string, expected: readonly string[]): void {
  assert.deepEqual(
    mentionsOf(text, recogniseDocumentCitations).map((m) => show(text, m)),
    expected,
  );
}

describe('core/recognise/documentCitations', () => {
  it('reads a full citation: code, date, issuer and the subject up to the end of its clause', () => {
    check(
      'Thứ Năm, 23-06-2022\nTổng kết Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng; ' +
        'quán triệt Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư Trung ương Đảng về “chức năng, nhiệm vụ, quyền hạn”.\n',
      [
        '«Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị» document:CT-35/TW@12 · introduction · Chỉ thị · số 35 · code 35-CT/TW (CT / TW) · ' +
          '2019-05-30 · Bộ Chính trị · khóa 12 · về «đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng»',
        '«Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư Trung ương Đảng» document:QĐ-137/TW@13 · introduction · Quy định · số 137 · code 137-QĐ/TW (QĐ / TW) · ' +
          '2023-12-01 · Ban Bí thư Trung ương Đảng · khóa 13 · về «chức năng, nhiệm vụ, quyền hạn»',
      ],
    );
  });

  it('gives a citation without its code the key of the coded one when the issuer says /TW', () => {
    check('Quán triệt Quy định số 138-QĐ/TW. Quy định số 138 ngày 1-12-2023 của Ban Bí thư về chức năng, nhiệm vụ của đảng bộ, chi bộ cơ sở; Quy định số 138.\n', [
      '«Quy định số 138-QĐ/TW» document:QĐ-138/TW@13 · introduction · Quy định · số 138 · code 138-QĐ/TW (QĐ / TW)',
      '«Quy định số 138 ngày 1-12-2023 của Ban Bí thư» document:QĐ-138/TW@13 · introduction · Quy định · số 138 · 2023-12-01 · Ban Bí thư · khóa 13 · ' +
        'về «chức năng, nhiệm vụ của đảng bộ, chi bộ cơ sở»',
      '«Quy định số 138» document:QĐ-138/TW@13 · Quy định · số 138',
    ]);
  });

  it('takes the issuing suffix from the issuer’s words, and the term from the words after it', () => {
    check(
      'Ngày 1-4-2024, Hướng dẫn số 26 ngày 30-11-2023 của Ban Tổ chức Trung ương; Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII; ' +
        'Kế hoạch số 03-KH/TW của Bộ Chính trị và Kết luận số 21-KL/TW.\n',
      [
        '«Hướng dẫn số 26 ngày 30-11-2023 của Ban Tổ chức Trung ương» document:HD-26/BTCTW@13 · introduction · Hướng dẫn · số 26 · 2023-11-30 · Ban Tổ chức Trung ương · khóa 13',
        '«Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII» document:NQ-21/TW@13 · introduction · Nghị quyết · số 21 · code 21-NQ/TW (NQ / TW) · ' +
          'Ban Chấp hành Trung ương Đảng · khóa 13',
        '«Kế hoạch số 03-KH/TW của Bộ Chính trị» document:KH-3/TW@13 · introduction · Kế hoạch · số 03 · code 03-KH/TW (KH / TW) · Bộ Chính trị',
        '«Kết luận số 21-KL/TW» document:KL-21/TW@13 · introduction · Kết luận · số 21 · code 21-KL/TW (KL / TW)',
      ],
    );
  });

  it('keeps the two directives numbered 35-CT/TW of different terms apart', () => {
    check('Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị. Chỉ thị số 35-CT/TW ngày 14-6-2024 của Bộ Chính trị.\n', [
      '«Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị» document:CT-35/TW@12 · introduction · Chỉ thị · số 35 · code 35-CT/TW (CT / TW) · 2019-05-30 · Bộ Chính trị · khóa 12',
      '«Chỉ thị số 35-CT/TW ngày 14-6-2024 của Bộ Chính trị» document:CT-35/TW@13 · introduction · Chỉ thị · số 35 · code 35-CT/TW (CT / TW) · 2024-06-14 · Bộ Chính trị · khóa 13',
    ]);
  });

  it('reads named resolutions of plenums and congresses', () => {
    check(
      'Thứ Năm, 23-06-2022\nThực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết Trung ương 4 (khóa XIII) về đẩy mạnh công tác xây dựng, chỉnh đốn Đảng; ' +
        '15 năm thực hiện Nghị quyết Trung ương 5 khóa 13 về đổi mới; Nghị quyết Đại hội 13 của Đảng, Nghị quyết Trung ương 7, nghị quyết Đại hội Đảng bộ các cấp.\n',
      [
        '«Nghị quyết Đại hội XIII» document:NQ-DH13 · Nghị quyết · congress 13',
        '«Nghị quyết Trung ương 4 (khóa XIII)» document:NQ-TW4@13 · Nghị quyết · khóa 13 · plenum 4 · về «đẩy mạnh công tác xây dựng, chỉnh đốn Đảng»',
        '«Nghị quyết Trung ương 5 khóa 13» document:NQ-TW5@13 · Nghị quyết · khóa 13 · plenum 5 · về «đổi mới»',
        '«Nghị quyết Đại hội 13» document:NQ-DH13 · Nghị quyết · congress 13',
        '«Nghị quyết Trung ương 7» document:NQ-TW7@13 · Nghị quyết · plenum 7',
      ],
    );
  });

  it('leaves state documents, wrongly written codes and invalid dates out of a citation', () => {
    check('Nghị quyết số 68/NQ-CP của Chính phủ; Chỉ thị số 21-NQ/TW ngày 31-2-2023 của Bộ Chính trị.\n', [
      '«Chỉ thị số 21-NQ/TW» document:NQ-21/TW@? · introduction · Chỉ thị · số 21 · code 21-NQ/TW (NQ / TW)',
    ]);
  });

  it('reports original offsets in NFD text and across non-breaking spaces', () => {
    const phrase = 'Hướng dẫn số 26-HD/BTCTW ngày 30-11-2023 của Ban Tổ chức Trung ương';
    const nfd = `Thực hiện ${phrase} về sắp xếp.`.normalize('NFD');
    const start = nfd.indexOf(phrase.normalize('NFD'));
    assert.deepEqual(spansOf(mentionsOf(nfd, recogniseDocumentCitations), 'document'), [
      `${start}-${start + phrase.normalize('NFD').length} document:HD-26/BTCTW@13`,
    ]);
    check('Thực hiện Kế\u00a0hoạch số\u00a017-KH/TW ngày\u00a07-7-2023 của\u00a0Bộ Chính trị.', [
      '«Kế\u00a0hoạch số\u00a017-KH/TW ngày\u00a07-7-2023 của\u00a0Bộ Chính trị» document:KH-17/TW@13 · introduction · Kế hoạch · số 17 · code 17-KH/TW (KH / TW) · 2023-07-07 · Bộ Chính trị · khóa 13',
    ]);
  });
});
