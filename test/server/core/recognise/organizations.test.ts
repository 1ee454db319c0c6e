import * as assert from 'node:assert/strict';
import type { Mention } from '../../../../server/src/core/model';
import { analyseArticle } from '../../../../server/src/core/article';
import { createLexicon } from '../../../../server/src/core/lexicon';
import { matchKey } from '../../../../server/src/core/text/source';
import { parseFixture } from '../../../support/fixture';

const lexicon = createLexicon();

/** `«as written» canonical`; the key is checked to be the canonical name's. */
function show(text: string, m: Mention): string {
  assert.ok(m.data.kind === 'organization');
  const d = m.data;
  assert.equal(m.key, `organization:${matchKey(d.canonical)}`);
  const written = text.slice(m.start, m.end).normalize('NFC');
  return written === d.canonical ? `«${written}»` : `«${written}» ${d.canonical}`;
}

/** The organisations of a one-file fixture, run through the whole article analysis, in text order. */
function check(fixture: string, expected: readonly string[]): void {
  const [[uri, text]] = parseFixture(fixture).files;
  const article = analyseArticle(uri, text, 0, lexicon);
  assert.deepEqual(
    article.mentions.filter((m) => m.kind === 'organization').map((m) => show(text, m)),
    expected,
  );
}

describe('core/recognise/organizations', () => {
  it('finds the Party bodies of a list', () => {
    check('nhiệm vụ mà Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư và các cấp ủy giao; Quân ủy Trung ương, Đảng ủy Công an Trung ương.', [
      '«Ban Chấp hành Trung ương»',
      '«Bộ Chính trị»',
      '«Ban Bí thư»',
      '«Quân ủy Trung ương»',
      '«Đảng ủy Công an Trung ương»',
    ]);
  });

  it('maps variant spellings to one canonical name', () => {
    check('Ban Chấp hành Trung ương Đảng khóa XIII; Quy định của Ban Bí thư Trung ương Đảng; Quân uỷ Trung ương; Ban Tổ chức TW.', [
      '«Ban Chấp hành Trung ương Đảng» Ban Chấp hành Trung ương',
      '«Ban Bí thư Trung ương Đảng» Ban Bí thư',
      '«Quân uỷ Trung ương» Quân ủy Trung ương',
      '«Ban Tổ chức TW» Ban Tổ chức Trung ương',
    ]);
  });

  it('reads the Youth Union named without its "Đoàn" ("Đoàn đại biểu Thanh niên Cộng sản Hồ Chí Minh"), so the name in it is no person', () => {
    const text = 'Đoàn viếng Chủ tịch Hồ Chí Minh. Đoàn đại biểu Thanh niên Cộng sản Hồ Chí Minh về dự Đại hội; đoàn viên TNCS Hồ Chí Minh.';
    check(text, ['«Thanh niên Cộng sản Hồ Chí Minh» Đoàn Thanh niên Cộng sản Hồ Chí Minh', '«TNCS Hồ Chí Minh» Đoàn Thanh niên Cộng sản Hồ Chí Minh']);
    const people = analyseArticle('file:///a.txt', text, 0, lexicon).mentions.filter((m) => m.kind === 'person');
    assert.deepEqual(
      people.map((m) => text.slice(m.start, m.end) + '@' + m.start),
      [`Hồ Chí Minh@${text.indexOf('Hồ Chí Minh')}`],
    );
  });

  it('names subcommittees, departments and provincial bodies by their number or place', () => {
    check(
      'phiên họp của Tiểu ban Nhân sự Đại hội XIV của Đảng; Tiểu ban Điều lệ Đảng; Vụ V; Tỉnh ủy Quảng Bình; HĐND các cấp; ' +
        'Đảng bộ cơ quan Ban Tổ chức Trung ương; Tạp chí Xây dựng Đảng; đại biểu Quốc hội khoá XV.',
      [
        '«Tiểu ban Nhân sự Đại hội XIV»',
        '«Tiểu ban Điều lệ Đảng»',
        '«Vụ V»',
        '«Tỉnh ủy Quảng Bình»',
        '«HĐND»',
        '«Đảng bộ cơ quan Ban Tổ chức Trung ương»',
        '«Tạp chí Xây dựng Đảng»',
        '«Quốc hội»',
      ],
    );
  });

  it('leaves the organisation inside a title to the title', () => {
    check('Trưởng Ban Tổ chức Trung ương phát biểu. Lãnh đạo Ban Tổ chức Trung ương biểu dương. [Văn phòng Chủ tịch nước bám sát tình hình]', [
      '«Ban Tổ chức Trung ương»',
      '«Văn phòng Chủ tịch nước»',
    ]);
  });

  it('takes nothing from a document code or a lower-case generic body', () => {
    check('Hướng dẫn số 26-HD/BTCTW ngày 30-11-2023; lãnh đạo ban tổ chức tỉnh ủy, thành ủy; trao giải cho chính phủ điện tử.', []);
  });

  it('reports original offsets in NFD text with non-breaking spaces and CRLF line ends', () => {
    const text = 'Theo Ban Tổ\u00a0chức Trung ương,\r\nBộ Chính trị đồng ý.\r\n'.normalize('NFD');
    check(text, ['«Ban Tổ\u00a0chức Trung ương» Ban Tổ chức Trung ương', '«Bộ Chính trị»']);
  });
});
