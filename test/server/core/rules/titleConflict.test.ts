import * as assert from 'node:assert/strict';
import { findingsOf, type RuleFixture } from './lint';

const RULE = 'title-conflict';

async function check(f: RuleFixture): Promise<void> {
  assert.deepEqual(await findingsOf(RULE, f), f.expected);
}

export const FIXTURES: readonly RuleFixture[] = [
  {
    name: 'completes a title a person is given in full elsewhere in the article',
    fixture:
      'Đồng chí Mai Văn Chính, Ủy viên Trung ương Đảng, Bí thư Đảng ủy cơ quan, Phó Trưởng Ban Tổ chức Trung ương phát biểu.\n\n' +
      'Đồng chí Mai Văn Chính, Ủy viên Trung ương Đảng, Bí thư Đảng ủy, Phó Trưởng Ban Tổ chức Trung ương trao Giấy khen.\n',
    expected: ['a.txt «Bí thư Đảng ủy» → «Bí thư Đảng ủy cơ quan»'],
  },
  {
    name: 'takes a level left without its place in a repeated chain ("… Quốc hội tỉnh") for the article\'s own province',
    fixture:
      'Đồng chí Châu Ngọc Tuấn - Phó Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh Gia Lai đến thăm đơn vị.\n\n' +
      'Phó Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh Châu Ngọc Tuấn tặng quà đơn vị.\n',
    expected: [],
  },
  {
    name: 'takes a head that names its one body by itself ("Thủ tướng") for the post in full',
    fixture:
      'Ủy viên Bộ Chính trị, Thủ tướng Nguyễn Xuân Phúc dẫn đầu Đoàn.\n\n' +
      'Đoàn Chính phủ do Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Nguyễn Xuân Phúc dẫn đầu đã vào viếng.\n',
    expected: [],
  },
  {
    name: 'reports two people holding a single post on the same date',
    fixture:
      '//- a.txt\nThứ Năm, 23-06-2022, 18:22\nĐồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương phát biểu.\n' +
      '//- b.txt\nThứ Năm, 23-06-2022, 18:22\nĐồng chí Phạm Minh Chính, Trưởng Ban Tổ chức Trung ương phát biểu.\n',
    expected: ['a.txt «Trưởng Ban Tổ chức Trung ương»', 'b.txt «Trưởng Ban Tổ chức Trung ương»'],
  },
  {
    name: 'stays quiet when the post changed hands between two dates',
    fixture:
      '//- a.txt\n22:12\' 4/1/2021\nĐồng chí Phạm Minh Chính, Trưởng Ban Tổ chức Trung ương phát biểu.\n' +
      '//- b.txt\nThứ Năm, 23-06-2022, 18:22\nĐồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương phát biểu.\n',
    expected: [],
  },
  {
    name: 'does not compare a past post ("nguyên", "lúc đó là") with who holds it now',
    fixture:
      '//- a.txt\nThứ Năm, 23-06-2022, 18:22\nĐồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương phát biểu.\n' +
      '//- b.txt\nThứ Năm, 23-06-2022, 18:22\nĐồng chí Phạm Minh Chính, nguyên Trưởng Ban Tổ chức Trung ương dự. Ông Tô Huy Rứa (lúc đó là Trưởng Ban Tổ chức Trung ương) ký.\n',
    expected: [],
  },
  {
    name: 'takes no post the holder leaves (thôi giữ chức) for a post held at the article’s date',
    fixture:
      '//- a.txt\nThứ Năm, 23-06-2022, 18:22\nĐồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương phát biểu.\n' +
      '//- b.txt\nThứ Năm, 23-06-2022, 18:22\nÔng Phạm Văn Hai thôi giữ chức Trưởng Ban Tổ chức Trung ương.\n',
    expected: [],
  },
  {
    name: 'takes one who holds a single post and one who takes it up on the same day for a handover, not a conflict',
    fixture:
      'Hà Nội (TTXVN 23/7/2011)\nChủ tịch Quốc hội khóa XII Nguyễn Phú Trọng đã báo cáo kết quả thảo luận.\n\n' +
      'Đồng chí Nguyễn Sinh Hùng, Phó Thủ tướng Thường trực Chính phủ đã được Quốc hội bầu làm Chủ tịch Quốc hội.\n',
    expected: [],
  },
  {
    name: 'reports two people taking up a single post on the same date',
    fixture:
      '//- a.txt\nThứ Bảy, 23-07-2011, 18:22\nÔng Nguyễn Sinh Hùng đã được Quốc hội bầu làm Chủ tịch Quốc hội.\n' +
      '//- b.txt\nThứ Bảy, 23-07-2011, 18:22\nÔng Nguyễn Văn An đã được Quốc hội bầu làm Chủ tịch Quốc hội.\n',
    expected: ['a.txt «Chủ tịch Quốc hội»', 'b.txt «Chủ tịch Quốc hội»'],
  },
  {
    name: 'does not call a post an incomplete form of the one the holder is appointed to',
    fixture: 'Đồng chí Lê Văn Ba, Bí thư Tỉnh ủy khóa XIX được bầu giữ chức Bí thư Tỉnh ủy Hà Nam khóa XX.\n',
    expected: [],
  },
  {
    name: 'gives a title written right before a name to that name, not to the person listed before it',
    fixture:
      '//- a.txt\nThứ Năm, 23-06-2022, 18:22\nDự có đồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương.\n' +
      '//- b.txt\nThứ Năm, 23-06-2022, 18:22\nDự có Tổng Bí thư Nguyễn Phú Trọng, Trưởng Ban Tổ chức Trung ương Trương Thị Mai.\n',
    expected: [],
  },
  {
    name: 'reads the posts of a paragraph that tells of another time as posts of that time, in its sentences without a year too',
    fixture:
      '//- a.txt\nThứ Năm, 23-06-2022, 18:22\nDự có đồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương.\n' +
      '//- b.txt\nThứ Năm, 23-06-2022, 18:22\nNăm 1956, ông Lê Văn Lương - Trưởng Ban Tổ chức Trung ương chỉ đạo.\n',
    expected: [],
  },
  {
    name: 'reads the posts of a sentence that names another year as posts of that time, in a paragraph of the article’s date',
    fixture:
      '//- a.txt\nThứ Hai, 22-12-2025, 18:22\nNgày 22/12/2025, Tổng Bí thư Tô Lâm phát biểu khai mạc Hội nghị. Năm 2022, Tổng Bí thư Nguyễn Phú Trọng chủ trì Hội nghị Trung ương 6.\n',
    expected: [],
  },
  {
    name: 'takes a holder written with other diacritics for the knowledge base’s holder (name-variant reports the spelling)',
    fixture: 'Thứ Sáu, 19-12-2025, 18:22\nDự hội nghị có Tổng Bí thư Tô Lâm, Thường trực Ban Bí thư Trần Cầm Tú, cùng nhiều lãnh đạo.\n',
    expected: [],
  },
];

describe('core/rules/titleConflict', () => {
  for (const f of FIXTURES) it(f.name, () => check(f));
});
