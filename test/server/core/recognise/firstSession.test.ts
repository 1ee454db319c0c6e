import * as assert from 'node:assert/strict';
import { firstSessionTerm } from '../../../../server/src/core/recognise/firstSession';

/** The term whose first council session an article's lead reports; the sentences are written for this test. */
function check(text: string, expected: { from: number; to: number } | undefined): void {
  assert.deepEqual(firstSessionTerm(text), expected);
}

describe('core/recognise/firstSession', () => {
  it('reads the term of a first session of a people’s council, in either word order', () => {
    check('Tại kỳ họp thứ nhất HĐND tỉnh Lào Cai khóa XVI, nhiệm kỳ 2021 - 2026, các đại biểu đã bầu Chủ tịch HĐND tỉnh.', { from: 2021, to: 2026 });
    check('Sáng nay, Hội đồng nhân dân thành phố khóa X, nhiệm kỳ 2021–2026 họp kỳ thứ nhất.', { from: 2021, to: 2026 });
  });

  it('reads the National Assembly’s first session too', () => {
    check('Kỳ họp thứ nhất, Quốc hội khóa XV (nhiệm kỳ 2021-2026) bầu Chủ tịch nước.', { from: 2021, to: 2026 });
  });

  it('needs the session, a council and the term in one sentence of the lead', () => {
    check('Tại kỳ họp thứ nhất, các đại biểu đã bầu Chủ tịch HĐND tỉnh. Nhiệm kỳ 2021-2026 có nhiều thách thức.', undefined);
    check('Đại hội Đảng bộ tỉnh lần thứ nhất, nhiệm kỳ 2020-2025, bầu Ban Chấp hành.', undefined);
    check(`${'Đoạn mở đầu dài. '.repeat(120)}Tại kỳ họp thứ nhất HĐND tỉnh khóa XVI, nhiệm kỳ 2021-2026, đại biểu bầu Chủ tịch.`, undefined);
  });
});
