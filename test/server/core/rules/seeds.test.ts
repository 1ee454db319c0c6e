import * as assert from 'node:assert/strict';
import { memoryFiles, seedFiles } from '../../../support/fixture';
import { createReportLensService } from '../../../../server/src/core/service';
import { show } from './lint';

/**
 * The seed articles' true findings, exactly: every rule must flag these and
 * stay quiet on everything else in the seeds (SPEC §3).
 */
const EXPECTED = [
  'title-variant 000_a0bfb8074f4957ff.txt «Trưởng ban Tổ chức Trung ương» → «Trưởng Ban Tổ chức Trung ương»',
  'title-variant 000_a0bfb8074f4957ff.txt «Phó Trưởng ban Thường trực, Ban Tổ chức Trung ương» → «Phó Trưởng ban Thường trực Ban Tổ chức Trung ương»',
  'title-variant 000_a0bfb8074f4957ff.txt «Trưởng ban Tổ chức Trung ương» → «Trưởng Ban Tổ chức Trung ương»',
  'title-variant 000_a0bfb8074f4957ff.txt «Trưởng ban Tổ chức Trung ương» → «Trưởng Ban Tổ chức Trung ương»',
  'term-numeral 000_a0bfb8074f4957ff.txt «Đại hội 13» → «Đại hội XIII»',
  'term-numeral 000_a0bfb8074f4957ff.txt «Đại hội 13» → «Đại hội XIII»',
  // One finding for the words both rules see: the impossible period, and the Arabic numeral its fix turns Roman.
  'date-context+term-numeral 000_a0bfb8074f4957ff.txt «15 năm thực hiện Nghị quyết Trung ương 5 khóa 13» → «15 năm thực hiện Nghị quyết Trung ương 5 khóa XIII»',
  'text-artifact 000_a0bfb8074f4957ff.txt «1Trưởng» → «1 Trưởng»',
  'text-artifact 000_a0bfb8074f4957ff.txt «[Văn phòng Chủ tịch nước bám sát tình hình, làm tốt công tác tham mưu]» → «»',
  'text-artifact 000_a0bfb8074f4957ff.txt «Tin cùng chuyên mục» → «»',
  'document-code 001_39ce9bc540b8e1cf.txt «Quy định số 138» → «Quy định số 138-QĐ/TW»',
  'text-artifact 001_39ce9bc540b8e1cf.txt «tổng⏎\u00A0kết» → «tổng kết»',
  'text-artifact 001_39ce9bc540b8e1cf.txt «Phản hồi⏎⏎Các tin khác⏎⏎Mới nhất⏎⏎Xem nhiều nhất» → «»',
  'text-artifact 002_d5d8ab22265d025f.txt «tác tác» → «tác»',
  'spelling-variant 003_c3f5d0e4081dce2b.txt «khoá» → «khóa»',
  'title-conflict 003_c3f5d0e4081dce2b.txt «Bí thư Đảng ủy» → «Bí thư Đảng ủy cơ quan»',
  'title-conflict 003_c3f5d0e4081dce2b.txt «Bí thư Đảng ủy» → «Bí thư Đảng ủy cơ quan»',
  'text-artifact 003_c3f5d0e4081dce2b.txt «2020.Đồng» → «2020. Đồng»',
  'text-artifact 003_c3f5d0e4081dce2b.txt «DiệpẢnh» → «Diệp Ảnh»',
  'text-artifact 003_c3f5d0e4081dce2b.txt «Ý KIẾN BẠN ĐỌC VỀ BÀI VIẾT NÀY⏎⏎Họ và tên : * \u00A0⏎Địa chỉ : \u00A0⏎Email : * \u00A0⏎Ý kiến của bạn : *⏎⏎Mã bảo vệ :⏎⏎\u00A0⏎⏎Bài cùng chuyên mục⏎GIỚI THIỆU TẠP CHÍ IN⏎Số 6 - 2022⏎Tra cứu tạp chí in:⏎Tra cứu tạp chí in trước năm 2010:⏎VIDEO CLIPS» → «»',
];

describe('core/rules on the seeds', () => {
  it('finds exactly the true findings of the five seed articles', async () => {
    const service = createReportLensService({ files: memoryFiles(seedFiles()) });
    await service.indexWorkspace();
    const actual = [...service.articles()]
      .sort((a, b) => a.uri.localeCompare(b.uri))
      .flatMap((a) => service.diagnostics(a.uri).map((f) => `${[f.rule, ...f.alsoRules].join('+')} ${show(f, a.text)}`));
    assert.deepEqual(sortByFile(actual), sortByFile(EXPECTED));
  });
});

/** Findings compared per file as sets: the order of rules within a file is not part of the expectation. */
function sortByFile(lines: readonly string[]): string[] {
  return [...lines].sort((a, b) => a.split(' ')[1].localeCompare(b.split(' ')[1]) || a.localeCompare(b));
}
