import * as assert from 'node:assert/strict';
import { findingsOf, type RuleFixture } from './lint';

const RULE = 'document-code';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'fills in a missing code the folder knows',
    fixture:
      'Quán triệt Quy định số 138-QĐ/TW của Ban Bí thư. Quy định số 138 ngày 1-12-2023 của Ban Bí thư về chức năng, nhiệm vụ của đảng bộ.\n',
    expected: ['a.txt «Quy định số 138» → «Quy định số 138-QĐ/TW»'],
  },
  {
    name: 'reports a code that names another type, and a code nobody knows',
    fixture: 'Thực hiện Chỉ thị số 21-NQ/TW của Bộ Chính trị và Kết luận số 99 của Bộ Chính trị.\n',
    expected: ['a.txt «Chỉ thị số 21-NQ/TW»', 'a.txt «Kết luận số 99»'],
  },
  {
    name: 'stays quiet on complete citations and named resolutions',
    fixture: 'Nghị quyết số 21-NQ/TW, Kế hoạch số 17-KH/TW ngày 7-7-2023 và Nghị quyết Trung ương 4 (khóa XIII).\n',
    expected: [],
  },
  {
    name: 'stays quiet on short names, the real code families, and a pair sharing one code',
    fixture:
      'Quy định số 114-QĐ/TW ngày 11-7-2023 của Bộ Chính trị; Quy định 114 nêu rõ. Kết quả thực hiện NQ 18 và Nghị quyết 18 của Ban Chấp hành Trung ương. ' +
        'Quyết định số 1987-QĐNS/TW, Quy định số 105-QĐi/TW; Quyết định số 528 và 529-QĐNS/TW ngày 4/6/2012.\n',
    expected: [],
  },
];

describe('core/rules/documentCode', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));
});
