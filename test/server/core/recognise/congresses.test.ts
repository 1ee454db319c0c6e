import * as assert from 'node:assert/strict';
import type { Mention } from '../../../../server/src/core/model';
import { recogniseCongresses } from '../../../../server/src/core/recognise/congresses';
import { mentionsOf, showMention, spansOf } from './recognise';

/** `«text» key · body · numeral «as the numeral span cuts it» · years`. */
function show(text: string, m: Mention): string {
  assert.ok(m.data.kind === 'congress');
  const d = m.data;
  const numeral = d.numeral && d.numeralSpan ? `${d.numeral} «${text.slice(d.numeralSpan.start, d.numeralSpan.end)}»` : undefined;
  return showMention(text, m, [d.body, numeral, d.years ? `${d.years[0]}–${d.years[1]}` : undefined]);
}

function check(text: string, expected: readonly string[]): void {
  assert.deepEqual(
    mentionsOf(text, recogniseCongresses).map((m) => show(text, m)),
    expected,
  );
}

describe('core/recognise/congresses', () => {
  it('reads Party congresses in Roman and Arabic numerals, in short and full form', () => {
    check('Nghị quyết Đại hội 13 của Đảng, tiến tới Đại hội XIV của Đảng; Đại hội đại biểu toàn quốc lần thứ XIII, Đại hội Đảng toàn quốc lần thứ 12.\n', [
      '«Đại hội 13» congress:party#13 · party-congress · arabic «13»',
      '«Đại hội XIV» congress:party#14 · party-congress · roman «XIV»',
      '«Đại hội đại biểu toàn quốc lần thứ XIII» congress:party#13 · party-congress · roman «XIII»',
      '«Đại hội Đảng toàn quốc lần thứ 12» congress:party#12 · party-congress · arabic «12»',
    ]);
  });

  it('leaves local congresses and counts alone', () => {
    check(
      'Nghị quyết Đại hội Đảng bộ các cấp; đại hội đảng bộ các cấp; Đại hội đại biểu Đảng bộ cơ quan Ban Tổ chức Trung ương; đại hội 2 lần; Đại hội Văn nghệ.\n',
      [],
    );
  });

  it('reads plenums with the term written after them or taken from the article’s date', () => {
    check(
      "22:12' 4/1/2021\nTrình các hội nghị Trung ương 13, 14 và Hội nghị Trung ương lần thứ 15; phục vụ Hội nghị Trung ương 9 khóa XIII, Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng khóa XII.\n",
      [
        '«hội nghị Trung ương 13» congress:plenum#13@12 · plenum · arabic «13»',
        '«14» congress:plenum#14@12 · plenum · arabic «14»',
        '«Hội nghị Trung ương lần thứ 15» congress:plenum#15@12 · plenum · arabic «15»',
        '«Hội nghị Trung ương 9» congress:plenum#9@13 · plenum · arabic «9»',
        '«khóa XIII» congress:party#13 · party-term · roman «XIII»',
        '«Hội nghị lần thứ 4» congress:plenum#4@12 · plenum · arabic «4»',
        '«khóa XII» congress:party#12 · party-term · roman «XII»',
      ],
    );
  });

  it('reads plenums listed without "Hội nghị" before a term, and the plenum a resolution is named after', () => {
    check('Thực hiện các nghị quyết, quy định Trung ương 4, 6, 7, 8 khóa XII của Đảng và Nghị quyết Trung ương 5 khóa 13; Trung ương 3 năm.\n', [
      '«Trung ương 4» congress:plenum#4@12 · plenum · arabic «4»',
      '«6» congress:plenum#6@12 · plenum · arabic «6»',
      '«7» congress:plenum#7@12 · plenum · arabic «7»',
      '«8» congress:plenum#8@12 · plenum · arabic «8»',
      '«khóa XII» congress:party#12 · party-term · roman «XII»',
      '«Trung ương 5» congress:plenum#5@13 · plenum · arabic «5»',
      '«khóa 13» congress:party#13 · party-term · arabic «13»',
    ]);
    check('Thực hiện Nghị quyết T.Ư 4, khóa XI và Nghị quyết TW 6 (khóa XII).\n', [
      '«T.Ư 4» congress:plenum#4@11 · plenum · arabic «4»',
      '«khóa XI» congress:party#11 · party-term · roman «XI»',
      '«TW 6» congress:plenum#6@12 · plenum · arabic «6»',
      '«khóa XII» congress:party#12 · party-term · roman «XII»',
    ]);
  });

  it('reads terms with and without their years, in both tone placements, and National Assembly terms', () => {
    check(
      'Ban Chấp hành Trung ương Đảng khóa XIV, nhiệm kỳ 2026-2031; khóa 13; các Hội nghị Trung ương khoá XIII; đại biểu Quốc hội khoá XV, HĐND các cấp nhiệm kỳ 2021-2026; Quốc hội khóa XV.\n',
      [
        '«khóa XIV» congress:party#14 · party-term · roman «XIV»',
        '«nhiệm kỳ 2026-2031» congress:term#2026-2031 · term-years · 2026–2031',
        '«khóa 13» congress:party#13 · party-term · arabic «13»',
        '«khoá XIII» congress:party#13 · party-term · roman «XIII»',
        '«Quốc hội khoá XV» congress:assembly#15 · national-assembly · roman «XV»',
        '«nhiệm kỳ 2021-2026» congress:term#2021-2026 · term-years · 2021–2026',
        '«Quốc hội khóa XV» congress:assembly#15 · national-assembly · roman «XV»',
      ],
    );
  });

  it('reads every term of a list written after one "nhiệm kỳ"', () => {
    check('Kỷ luật Ban Thường vụ các nhiệm kỳ 2010-2015, 2015-2020 và hai nhiệm kỳ (2000 - 2005) và 2005 - 2010; năm 2015-2020 thì không.\n', [
      '«nhiệm kỳ 2010-2015» congress:term#2010-2015 · term-years · 2010–2015',
      '«2015-2020» congress:term#2015-2020 · term-years · 2015–2020',
      '«nhiệm kỳ (2000 - 2005)» congress:term#2000-2005 · term-years · 2000–2005',
      '«2005 - 2010» congress:term#2005-2010 · term-years · 2005–2010',
    ]);
  });

  it('tells local and mass organisations’ congresses from the national Party congress', () => {
    check(
      'Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX, nhiệm kỳ 2025 - 2030 khai mạc, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. ' +
        'Đại hội Đoàn toàn quốc lần thứ XII; Đảng bộ xã Hòa An tổ chức Đại hội Đại biểu lần thứ I.\n',
      [
        '«Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX» congress:local:đại biểu đảng bộ tỉnh hà nam#20 · local-congress · roman «XX»',
        '«nhiệm kỳ 2025 - 2030» congress:term#2025-2030 · term-years · 2025–2030',
        '«Đại hội đại biểu toàn quốc lần thứ XIV» congress:party#14 · party-congress · roman «XIV»',
        '«Đại hội Đoàn toàn quốc lần thứ XII» congress:local:đoàn toàn quốc#12 · local-congress · roman «XII»',
        '«Đại hội Đại biểu lần thứ I» congress:local#1 · local-congress · roman «I»',
      ],
    );
  });

  it('tells a local committee’s meeting from a Central Committee plenum, with ordinals in words', () => {
    check(
      'Tại Hội nghị lần thứ nhất, Ban Chấp hành Đảng bộ tỉnh khóa XX đã bầu Ban Thường vụ. Hội nghị lần thứ chín Ban Chấp hành Trung ương Đảng khóa XIII; ' +
        'Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 42.\n',
      [
        '«Hội nghị lần thứ nhất» congress:local-plenum#1 · local-plenum',
        '«khóa XX» congress:local-term#20 · local-term · roman «XX»',
        '«Hội nghị lần thứ chín» congress:plenum#9@13 · plenum',
        '«khóa XIII» congress:party#13 · party-term · roman «XIII»',
        '«Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 42» congress:local-plenum#42 · local-plenum · arabic «42»',
      ],
    );
  });

  it('reads a list of terms, the National Assembly’s and a local body’s reaching past "Trung ương" in its name', () => {
    check('Ông từng là Bí thư Đảng ủy Khối Doanh nghiệp Trung ương khóa II, III; đại biểu Quốc hội khóa XIII, XIV; Ủy viên T.Ư Đảng khóa XII.\n', [
      '«khóa II» congress:local-term#2 · local-term · roman «II»',
      '«III» congress:local-term#3 · local-term · roman «III»',
      '«Quốc hội khóa XIII» congress:assembly#13 · national-assembly · roman «XIII»',
      '«XIV» congress:assembly#14 · national-assembly · roman «XIV»',
      '«khóa XII» congress:party#12 · party-term · roman «XII»',
    ]);
  });

  it('gives a provincial committee’s or council’s term its own level, not the Party’s', () => {
    check('Ban Chấp hành Đảng bộ tỉnh khóa XV; Hội đồng nhân dân tỉnh khóa X; Ban Thường vụ Thành uỷ khoá XII; đại hội đảng bộ các cấp nhiệm kỳ 2020-2025.\n', [
      '«khóa XV» congress:local-term#15 · local-term · roman «XV»',
      '«khóa X» congress:local-term#10 · local-term · roman «X»',
      '«khoá XII» congress:local-term#12 · local-term · roman «XII»',
      '«nhiệm kỳ 2020-2025» congress:term#2020-2025 · term-years · 2020–2025',
    ]);
    // The full stop of "TP." ends no clause: the council is still the body of the term.
    check('HĐND TP. Hồ Chí Minh khóa X đã họp.\n', ['«khóa X» congress:local-term#10 · local-term · roman «X»']);
  });

  it('gives a term written with no body in its sentence the body the article names with that term, else the Party', () => {
    check('Tỉnh đoàn Lạng Sơn họp Ban Chấp hành khoá XIII, nhiệm kỳ 2017 – 2022. Theo đề án nhân sự khoá XIII, nhiệm kỳ 2017 - 2022, Ban Chấp hành có 1 Bí thư.\n', [
      '«khoá XIII» congress:local-term#13 · local-term · roman «XIII»',
      '«nhiệm kỳ 2017 – 2022» congress:term#2017-2022 · term-years · 2017–2022',
      '«khoá XIII» congress:local-term#13 · local-term · roman «XIII»',
      '«nhiệm kỳ 2017 - 2022» congress:term#2017-2022 · term-years · 2017–2022',
    ]);
    check('Theo đề án nhân sự khoá XIII, Ban Chấp hành có 1 Bí thư.\n', ['«khoá XIII» congress:party#13 · party-term · roman «XIII»']);
  });

  it('reads an executive committee’s sessions as its plenums, and no other body’s', () => {
    check(
      'Phiên họp thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XVII bầu Ban Thường vụ. Ban chấp hành Hội Liên hiệp Phụ nữ tỉnh đã họp phiên thứ nhất. ' +
        'Ban Chấp hành Trung ương Đảng khóa XIV họp phiên thứ nhất.\nPhiên họp thứ 20 của Ủy ban Thường vụ Quốc hội khai mạc; Chính phủ họp phiên thứ hai.\n',
      [
        '«Phiên họp thứ nhất» congress:local-plenum#1 · local-plenum',
        '«khóa XVII» congress:local-term#17 · local-term · roman «XVII»',
        '«phiên thứ nhất» congress:local-plenum#1 · local-plenum',
        '«khóa XIV» congress:party#14 · party-term · roman «XIV»',
        '«phiên thứ nhất» congress:plenum#1@14 · plenum',
      ],
    );
  });

  it('reads the body of a term in a heading in capitals, where case tells nothing', () => {
    check('BẦU BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHOÁ XV:\nĐẠI BIỂU QUỐC HỘI KHÓA XIV\nỦY VIÊN BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII\n', [
      '«KHOÁ XV» congress:local-term#15 · local-term · roman «XV»',
      '«KHÓA XIV» congress:assembly#14 · national-assembly · roman «XIV»',
      '«KHÓA XIII» congress:party#13 · party-term · roman «XIII»',
    ]);
  });

  it('reports original offsets in NFD text and across non-breaking spaces', () => {
    const nfd = 'Tiến tới Đại hội XIV của Đảng, Quốc hội khoá XV.'.normalize('NFD');
    const at = (text: string, phrase: string) => {
      const start = text.indexOf(phrase);
      assert.ok(start !== -1, phrase);
      return `${start}-${start + phrase.length}`;
    };
    assert.deepEqual(spansOf(mentionsOf(nfd, recogniseCongresses), 'congress'), [
      `${at(nfd, 'Đại hội XIV'.normalize('NFD'))} congress:party#14`,
      `${at(nfd, 'Quốc hội khoá XV'.normalize('NFD'))} congress:assembly#15`,
    ]);
    const nbsp = 'Thực hiện Nghị quyết Đại\u00a0hội\u00a013 và khóa\u00a0XIII.';
    check(nbsp, ['«Đại\u00a0hội\u00a013» congress:party#13 · party-congress · arabic «13»', '«khóa\u00a0XIII» congress:party#13 · party-term · roman «XIII»']);
  });
});
