import * as assert from 'node:assert/strict';
import { findingsOf, inVietnamese, lintFixture, type RuleFixture } from './lint';

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
    name: 'stays quiet on complete citations, the National Assembly Standing Committee’s code among them, and named resolutions',
    fixture:
      'Nghị quyết số 21-NQ/TW, Kế hoạch số 17-KH/TW ngày 7-7-2023 và Nghị quyết Trung ương 4 (khóa XIII). Theo Nghị quyết số 76/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội, tỉnh có 100 xã.\n',
    expected: [],
  },
  {
    name: 'accepts the real code families (QĐNS, QĐi) and a code written after the number anyway',
    fixture:
      'Theo Quyết định số 1674-QĐNS/TW và Quy định số 08-QĐi/TW. Theo Quyết định số 1987 – QĐNS/TW và Quyết định số 528 và 529-QĐNS/TW, ông nhận nhiệm vụ.\n',
    // The code written apart is not a missing code; only its long dash and spaces are reported.
    expected: ['a.txt «1987 – QĐNS/TW» → «1987-QĐNS/TW»'],
  },
  {
    name: 'closes up a code written with spaces or a line break at its dash',
    fixture: 'Căn cứ Hướng dẫn số 16 -\nHD/BTCTW của Ban Tổ chức Trung ương và Chỉ thị 28 -CT/TU của Ban Thường vụ Tỉnh ủy, Chỉ thị số 36-CT/TW.\n',
    expected: ['a.txt «16 -⏎HD/BTCTW» → «16-HD/BTCTW»', 'a.txt «28 -CT/TU» → «28-CT/TU»'],
  },
  {
    name: 'takes a bare number after the coded citation, or a short name in parentheses, for a reference back',
    fixture:
      'Bộ Chính trị ban hành Quy định số 365-QĐ/TW về tiêu chuẩn. Quy định số 365 bổ sung nhiều điểm mới. ' +
      'Quy định số 114-QĐ/TW (gọi tắt là Quy định số 114) nêu rõ. Sau đó Quy định số 365 ngày 30-8-2025 của Bộ Chính trị được phổ biến.\n',
    expected: ['a.txt «Quy định số 365» → «Quy định số 365-QĐ/TW»'],
  },
  {
    name: 'leaves a citation in a headline or heading alone, though a sentence and a last line cut short are checked',
    fixture:
      'Đưa Nghị quyết số 57 vào cuộc sống\n\nNgày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW.\n\n' +
      '## Thực hiện Kết luận số 99?\n\nTỉnh ủy thực hiện Kết luận số 99 của Bộ Chính trị.\n\nTheo Quyết định số 721 của Ban Bí thư\n',
    expected: ['a.txt «Kết luận số 99»', 'a.txt «Quyết định số 721»'],
  },
  {
    name: 'reports a provincial code on a document a central body issues, named after the citation or before it',
    fixture: 'Thực hiện Chỉ thị số 15-CT/TU của Bộ Chính trị. Ban Bí thư đã ban hành Nghị quyết số 09-NQ/TU. Tỉnh ủy ban hành Nghị quyết số 10-NQ/TU.\n',
    expected: ['a.txt «Chỉ thị số 15-CT/TU»', 'a.txt «Nghị quyết số 09-NQ/TU»'],
  },
  {
    name: 'stays quiet on short names written without "số" and on the first number of a pair sharing one code',
    fixture: 'Kết quả thực hiện NQ 18 và Nghị quyết 18 của Ban Chấp hành Trung ương; Quyết định số 528 và 529-QĐNS/TW ngày 4/6/2012.\n',
    expected: [],
  },
  {
    name: 'takes a number without "số", date or issuer for a name rather than a citation',
    fixture: 'Thực hiện thắng lợi nghị quyết Đảng bộ thành phố và nghị quyết 12 của Đảng.\n',
    expected: [],
  },
  {
    name: 'reads a state công văn, whose code names its issuer and no type, and a notice of conclusions, coded TB',
    fixture: 'Công văn số 123/UBND-VX của UBND tỉnh; Thông báo kết luận số 12-TB/TW; Công văn số 45-NQ/TU; Thông báo kết luận số 13-KL/TW.\n',
    expected: ['a.txt «Công văn số 45-NQ/TU»', 'a.txt «Thông báo kết luận số 13-KL/TW»'],
  },
  {
    name: 'reads the code of a legal normative document, which carries its year',
    fixture: 'Quyết định số 12/2024/QĐ-UBND và Nghị quyết số 06/2024/NQ-HĐND của tỉnh.\n',
    expected: [],
  },
];

describe('core/rules/documentCode', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));

  it('says how a code written apart is written closed up, as a safe fix', async () => {
    const { findings } = await lintFixture('Theo Quyết định số 1987 – QĐNS/TW của Ban Bí thư.\n');
    const finding = findings.find((x) => x.rule === RULE);
    assert.equal(finding?.message, 'The code “1987 – QĐNS/TW” is written with a long dash; a code is written closed up: “1987-QĐNS/TW”.');
    assert.deepEqual(finding?.fixes.map((f) => [f.title, f.safe]), [['Write “1987-QĐNS/TW”', true]]);
  });

  it('gives an example code in the family its issuer takes, the State’s written the other way round, and none without an issuer', async () => {
    const { findings } = await lintFixture('Theo Kết luận số 99 của Bộ Chính trị, Quyết định số 793 của Thủ tướng Chính phủ và Công văn số 1403.\n');
    assert.deepEqual(
      findings.filter((x) => x.rule === RULE).map((x) => x.message),
      [
        '“Kết luận số 99” is cited without its code (such as “99-KL/TW”).',
        '“Quyết định số 793” is cited without its code (such as “793/QĐ-TTg”).',
        '“Công văn số 1403” is cited without its code.',
      ],
    );
  });

  it('in Vietnamese, says a code is written closed up and offers to close it', async () => {
    assert.deepEqual(await inVietnamese(RULE, FIXTURES[4]), [
      { message: 'Số, ký hiệu “16 - HD/BTCTW” có dấu cách hoặc xuống dòng ở gạch nối; số và ký hiệu phải viết liền: “16-HD/BTCTW”.', related: [], fixes: ['Viết liền thành “16-HD/BTCTW”'] },
      { message: 'Số, ký hiệu “28 -CT/TU” có dấu cách hoặc xuống dòng ở gạch nối; số và ký hiệu phải viết liền: “28-CT/TU”.', related: [], fixes: ['Viết liền thành “28-CT/TU”'] },
    ]);
  });
});
