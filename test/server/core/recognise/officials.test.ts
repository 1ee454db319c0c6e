import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyseArticle } from '../../../../server/src/core/article';
import { createLexicon } from '../../../../server/src/core/lexicon';
import { readOfficials } from '../../../../server/src/core/recognise/officials';
import { createSource } from '../../../../server/src/core/text/source';
import { wordsOf } from '../../../../server/src/core/text/words';
import { SEEDS_DIR } from '../../../support/fixture';

const lexicon = createLexicon();

/**
 * The people of an article as a user reads them: `name: title | title`,
 * each title as written with its modifiers in brackets. Every title's
 * offsets must cut exactly its text out of the article. The fixtures are
 * written for these tests.
 */
function people(text: string): string[] {
  const article = analyseArticle('file:///a.txt', text, 0, lexicon);
  const out: string[] = [];
  for (const m of article.mentions) {
    if (m.kind !== 'person') continue;
    for (const t of m.data.titles) assert.equal(text.slice(t.start, t.end), t.text);
    const titles = m.data.titles.map((t) => `${t.modifiers.map((x) => `[${x}] `).join('')}${t.text}`);
    out.push(titles.length > 0 ? `${m.text}: ${titles.join(' | ')}` : m.text);
  }
  return out;
}

describe('core/recognise/officials', () => {
  describe('titles as a head and an organisation', () => {
    it('reads provincial, ministerial and central posts before a name', () => {
      assert.deepEqual(people('Phó Chủ tịch UBND tỉnh Hậu Giang Nguyễn Văn An dự họp.'), ['Nguyễn Văn An: Phó Chủ tịch UBND tỉnh Hậu Giang']);
      assert.deepEqual(people('Giám đốc Sở Nội vụ tỉnh Quảng Trị Lê Thị Bình báo cáo.'), ['Lê Thị Bình: Giám đốc Sở Nội vụ tỉnh Quảng Trị']);
      assert.deepEqual(people('Thứ trưởng Bộ Nội vụ Trần Văn Cường phát biểu.'), ['Trần Văn Cường: Thứ trưởng Bộ Nội vụ']);
      assert.deepEqual(people('Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Nghệ An Hồ Văn Dũng kết luận.'), ['Hồ Văn Dũng: Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Nghệ An']);
      assert.deepEqual(people('Bí thư Huyện ủy Cẩm Xuyên Phan Văn Giang dự.'), ['Phan Văn Giang: Bí thư Huyện ủy Cẩm Xuyên']);
      // The head of the State Audit is named after the body, not "Tổng Kiểm toán" + an organisation.
      assert.deepEqual(people('Tổng Kiểm toán Nhà nước Ngô Văn Tuấn và Phó Tổng Kiểm toán Nhà nước Đặng Thế Vinh dự.'), [
        'Ngô Văn Tuấn: Tổng Kiểm toán Nhà nước',
        'Đặng Thế Vinh: Phó Tổng Kiểm toán Nhà nước',
      ]);
    });

    it('reads a post the press names by the place’s level alone, as written ("Chủ tịch tỉnh", "Bí thư xã")', () => {
      assert.deepEqual(people('Chủ tịch tỉnh Quảng Nam Lê Trí Thanh cho biết. Ông Hồ Văn An, Chủ tịch xã Kim Liên, và Phó Chủ tịch TP Trần Văn Bình dự.'), [
        'Lê Trí Thanh: Chủ tịch tỉnh Quảng Nam',
        'Hồ Văn An: Chủ tịch xã Kim Liên',
        'Trần Văn Bình: Phó Chủ tịch TP',
      ]);
      // A level followed by an organisation is a word written twice, not the end of the post.
      assert.deepEqual(people('Đồng chí Bùi Văn Cường, Ủy viên Trung ương Đảng, Bí thư Tỉnh Tỉnh ủy Đắk Lắk dự.'), ['Bùi Văn Cường: Ủy viên Trung ương Đảng']);
    });

    it('reads the mass organisations whose names hold lower-case words, with a level after them', () => {
      assert.deepEqual(
        people('Chủ tịch Hội Cựu chiến binh tỉnh Lê Văn An, Chủ tịch Hội Chữ thập đỏ huyện Trần Văn Bình và Chủ tịch Hội Người cao tuổi tỉnh Hồ Văn Cư dự.'),
        ['Lê Văn An: Chủ tịch Hội Cựu chiến binh tỉnh', 'Trần Văn Bình: Chủ tịch Hội Chữ thập đỏ huyện', 'Hồ Văn Cư: Chủ tịch Hội Người cao tuổi tỉnh'],
      );
      assert.deepEqual(people('Đại tá Lê Văn An, Chính ủy Bộ đội Biên phòng tỉnh, dự.'), ['Lê Văn An: Chính ủy Bộ đội Biên phòng tỉnh']);
      assert.deepEqual(people('Đại hội suy tôn Đại tướng Võ Nguyên Giáp tiếp tục làm Chủ tịch danh dự Hội Cựu chiến binh Việt Nam.'), [
        'Võ Nguyên Giáp: [appointed] Chủ tịch danh dự Hội Cựu chiến binh Việt Nam',
      ]);
      assert.deepEqual(
        people('Ông Hồ Văn Cư, Chủ tịch Hội Cựu giáo chức Việt Nam, và ông Lê Văn Tâm, Chủ tịch Hội Cựu thanh niên xung phong tỉnh, dự.'),
        ['Hồ Văn Cư: Chủ tịch Hội Cựu giáo chức Việt Nam', 'Lê Văn Tâm: Chủ tịch Hội Cựu thanh niên xung phong tỉnh'],
      );
    });

    it('reads a department\'s head in lower case before its capitalised field ("nguyên giám đốc sở Y tế")', () => {
      assert.deepEqual(people('Miễn nhiệm Ủy viên UBND tỉnh đối với bà Cao Mỹ Phượng, nguyên giám đốc sở Y tế; ông Trần Văn Khoảnh, nguyên giám đốc sở Tài chính.'), [
        'Cao Mỹ Phượng: [left] Ủy viên UBND tỉnh | [former] giám đốc sở Y tế',
        'Trần Văn Khoảnh: [left] Ủy viên UBND tỉnh | [former] giám đốc sở Tài chính',
      ]);
    });

    it('reads a town written short ("UBND TX.Ba Đồn"), its place glued to the full stop', () => {
      assert.deepEqual(people('Ông Đoàn Minh Thọ, Chủ tịch UBND TX.Ba Đồn (Quảng Bình), xác nhận.'), ['Đoàn Minh Thọ: Chủ tịch UBND TX.Ba Đồn']);
      assert.deepEqual(people('Ông Lê Văn Tâm, Phó chủ tịch UBND H.Cẩm Mỹ, dự.'), ['Lê Văn Tâm: Phó chủ tịch UBND H.Cẩm Mỹ']);
      // So is a post named by the level alone ("Chủ tịch TP.Bến Tre").
      assert.deepEqual(people('Chủ tịch TP.Bến Tre Lê Văn Tâm dự. Bí thư TP. Vinh Trần Văn Hải dự.'), ['Lê Văn Tâm: Chủ tịch TP.Bến Tre', 'Trần Văn Hải: Bí thư TP. Vinh']);
    });

    it('reads the place after a short level\'s full stop in an organisation\'s name, when it is known or has two words', () => {
      assert.deepEqual(people('Tham dự có UVTW Đảng, Bí thư Thành ủy, Trưởng đoàn ĐBQH TP. Huế Lê Trường Lưu.'), [
        'Lê Trường Lưu: UVTW Đảng | Bí thư Thành ủy | Trưởng đoàn ĐBQH TP. Huế',
      ]);
      assert.deepEqual(people('Chủ tịch Ủy ban MTTQ Việt Nam TP. Bến Tre Nguyễn Khắc Hải phát biểu. Ông Lê Văn Tâm, Giám đốc Sở Y tế TP. Sau đó, ông ra về.'), [
        'Nguyễn Khắc Hải: Chủ tịch Ủy ban MTTQ Việt Nam TP. Bến Tre',
        'Lê Văn Tâm: Giám đốc Sở Y tế TP',
      ]);
    });

    it('ends a post at "TP." when the next sentence opens with an honorific, but reads a place that begins like one', () => {
      assert.deepEqual(people('Ông Nguyễn Bá An được bầu lại làm chủ tịch HĐND TP. Ông Trần Văn Bình tái đắc cử chủ tịch UBND TP.'), [
        'Nguyễn Bá An: [appointed] chủ tịch HĐND TP',
        'Trần Văn Bình: [appointed] chủ tịch UBND TP',
      ]);
      assert.deepEqual(people('Bà Lê Thị Cúc là Phó Chủ tịch UBND TP. Bà cho biết. Ông Lê Văn Dũng, Chủ tịch UBND TP. Bà Rịa, dự.'), [
        'Lê Thị Cúc: Phó Chủ tịch UBND TP',
        'Lê Văn Dũng: Chủ tịch UBND TP. Bà Rịa',
      ]);
    });

    it('reads a level written with a capital inside an organisation whole, and the rarer family names (Văn, Khang)', () => {
      assert.deepEqual(people('Ông Nguyễn Văn An, Trưởng Đoàn ĐBQH Tỉnh chủ trì. Ông Lê Văn Bình, Ủy viên Ban Chấp hành Đảng bộ Thành phố, dự.'), [
        'Nguyễn Văn An: Trưởng Đoàn ĐBQH Tỉnh',
        'Lê Văn Bình: Ủy viên Ban Chấp hành Đảng bộ Thành phố',
      ]);
      assert.deepEqual(people('Phó Chủ tịch Quốc hội Khang Thị Cúc dự. Các Phó Giám đốc gồm: Trần Tiến Dũng, Văn Quyết Em, Lê Quang Giang.'), [
        'Khang Thị Cúc: Phó Chủ tịch Quốc hội',
        'Trần Tiến Dũng: Phó Giám đốc',
        'Văn Quyết Em: Phó Giám đốc',
        'Lê Quang Giang: Phó Giám đốc',
      ]);
    });

    it('reads a level with a capital and no place after it as the place itself ("UBND Thành phố"), its lower-case word included', () => {
      assert.deepEqual(people('Ông Nguyễn Văn Thành được bầu giữ chức danh Chủ tịch UBND Thành phố. Ông Lê Văn Hùng, Chủ tịch UBND Thị xã, dự họp.'), [
        'Nguyễn Văn Thành: [appointed] Chủ tịch UBND Thành phố',
        'Lê Văn Hùng: Chủ tịch UBND Thị xã',
      ]);
    });

    it('reads a school or hospital named after a person as a body when the name closes the clause, but a name the sentence goes on from as the holder', () => {
      assert.deepEqual(
        people(
          'UBND tỉnh công nhận Chủ tịch Hội đồng quản trị Trường Đại học Phan Châu Trinh nhiệm kỳ 2016-2020 đối với ông Nguyễn Hữu Tùng. ' +
            'Ông Lê Văn An, Giám đốc Bệnh viện Bạch Mai, dự. Hiệu trưởng Trường Đại học Vinh Nguyễn Huy Bằng phát biểu.',
        ),
        [
          'Nguyễn Hữu Tùng: Chủ tịch Hội đồng quản trị Trường Đại học Phan Châu Trinh',
          'Lê Văn An: Giám đốc Bệnh viện Bạch Mai',
          'Nguyễn Huy Bằng: Hiệu trưởng Trường Đại học Vinh',
        ],
      );
      // The term may be spelt with "i" for "y".
      assert.deepEqual(people('UBND tỉnh công nhận Chủ tịch Hội đồng quản trị Trường Đại học Phan Châu Trinh nhiệm kì 2016-2020 đối với ông Nguyễn Hữu Tùng.'), [
        'Nguyễn Hữu Tùng: Chủ tịch Hội đồng quản trị Trường Đại học Phan Châu Trinh',
      ]);
    });

    it('reads a person\'s name after a post a name before it holds as the body\'s, though the sentence goes on ("ông A, Giám đốc Bệnh viện Bạch Mai cho biết")', () => {
      assert.deepEqual(people('Ông Lê Văn An, Giám đốc Bệnh viện Bạch Mai cho biết bệnh viện đã sẵn sàng. PGS.TS Trần Văn Hùng, Hiệu trưởng Trường Đại học Phan Châu Trinh phát biểu.'), [
        'Lê Văn An: Giám đốc Bệnh viện Bạch Mai',
        'Trần Văn Hùng: Hiệu trưởng Trường Đại học Phan Châu Trinh',
      ]);
    });

    it('reads a name of two words after a school or a hospital as its name, and one of three words or more after a body named by its head alone as the holder\'s', () => {
      assert.deepEqual(people('Hiệu trưởng Trường THPT Nguyễn Du cho biết. Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết. Giám đốc Sở Nguyễn Văn Hùng phát biểu.'), [
        'Đào Xuân Cơ: Giám đốc Bệnh viện Bạch Mai',
        'Nguyễn Văn Hùng: Giám đốc Sở',
      ]);
      // A company may be named like a person.
      assert.deepEqual(people('Giám đốc Công ty Hoàng Văn Long phát biểu.'), []);
    });

    it('reads ambassadors\' and consuls\' posts, with the country they serve in or alone before a name', () => {
      assert.deepEqual(people('Ông Phạm Hoàng Kim, Đại sứ Việt Nam tại Mozambique, cho biết. Đại sứ Nguyễn Thanh Sơn phát biểu. Bà Nguyễn Thị Hoa, Đại sứ đặc mệnh toàn quyền Việt Nam tại Hoa Kỳ, dự.'), [
        'Phạm Hoàng Kim: Đại sứ Việt Nam tại Mozambique',
        'Nguyễn Thanh Sơn: Đại sứ',
        'Nguyễn Thị Hoa: Đại sứ đặc mệnh toàn quyền Việt Nam tại Hoa Kỳ',
      ]);
    });

    it('reads the words a deputy\'s post carries between its head and its organisation ("phụ trách", "Thường trực chuyên trách")', () => {
      assert.deepEqual(
        people('Ông Lê Quang Trung - Phó Giám đốc phụ trách Sở Y tế giữ chức Giám đốc Sở Y tế. Ông Lê Văn Hùng, Phó Bí thư Thường trực chuyên trách Đảng ủy Khối, dự.'),
        ['Lê Quang Trung: Phó Giám đốc phụ trách Sở Y tế | [appointed] Giám đốc Sở Y tế', 'Lê Văn Hùng: Phó Bí thư Thường trực chuyên trách Đảng ủy Khối'],
      );
    });

    it('reads a unit named in lower case after its capitalised first word on into the body written right after it ("Vụ Tổ chức cán bộ Bộ Nội vụ")', () => {
      assert.deepEqual(
        people(
          'Ông Trần Văn Cường, Vụ trưởng Vụ Tổ chức cán bộ Bộ Nội vụ, trao quyết định. Ông Phan Văn Em, Trưởng phòng Cảnh sát giao thông Công an tỉnh Bình Định, cho biết. ' +
            'Bổ nhiệm đại tá Trần Tiến Đạt, Trưởng phòng An ninh chính trị nội bộ Công an tỉnh Đồng Nai, giữ chức Phó giám đốc Công an tỉnh Đồng Nai.',
        ),
        [
          'Trần Văn Cường: Vụ trưởng Vụ Tổ chức cán bộ Bộ Nội vụ',
          'Phan Văn Em: Trưởng phòng Cảnh sát giao thông Công an tỉnh Bình Định',
          'Trần Tiến Đạt: Trưởng phòng An ninh chính trị nội bộ Công an tỉnh Đồng Nai | [appointed] Phó giám đốc Công an tỉnh Đồng Nai',
        ],
      );
      // The sentence's own words before another body are not the unit's: a verb, or a word joining two bodies.
      assert.deepEqual(people('Trưởng phòng Tổ chức Nguyễn Văn An chủ trì hội nghị Ban Thường vụ. Ông Hồ Văn Dũng, Trưởng ban Tuyên giáo cùng lãnh đạo Ban Dân vận dự.'), [
        'Nguyễn Văn An: Trưởng phòng Tổ chức',
        'Hồ Văn Dũng: Trưởng ban Tuyên giáo',
      ]);
    });

    it('reads provincial radio and television by their abbreviations, the newspapers merged with them in 2025, and the Front’s southern board', () => {
      assert.deepEqual(
        people(
          'Ban Thường vụ Tỉnh ủy trao quyết định bổ nhiệm ông Lê Văn Tuấn, Giám đốc Đài PT - TH Vĩnh Long, giữ chức Giám đốc Báo và Đài PT - TH Vĩnh Long. ' +
            'Dự có ông Mai Văn Thông, Tổng Biên tập Báo và phát thanh, truyền hình Tuyên Quang, và ông Võ Văn Thiện, Trưởng ban Công tác phía Nam.',
        ),
        [
          'Lê Văn Tuấn: Giám đốc Đài PT - TH Vĩnh Long | [appointed] Giám đốc Báo và Đài PT - TH Vĩnh Long',
          'Mai Văn Thông: Tổng Biên tập Báo và phát thanh, truyền hình Tuyên Quang',
          'Võ Văn Thiện: Trưởng ban Công tác phía Nam',
        ],
      );
    });

    it('reads a national body’s name on to "VN", as to "Việt Nam" ("Quân đội nhân dân VN")', () => {
      assert.deepEqual(people('Đại tướng Lương Văn Cường, Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân VN, dự.'), ['Lương Văn Cường: Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân VN']);
    });

    it('reads a district written "H." before its name, and a province’s enterprise Party bloc in lower case', () => {
      assert.deepEqual(people('Bà Nguyễn Thị Thơm, bí thư Tỉnh đoàn Nghệ An được điều động giữ chức Bí thư Huyện uỷ H.Hưng Nguyên. Ông Lê Văn An, Chủ tịch UBND H. Nghi Lộc, dự.'), [
        'Nguyễn Thị Thơm: bí thư Tỉnh đoàn Nghệ An | [appointed] Bí thư Huyện uỷ H.Hưng Nguyên',
        'Lê Văn An: Chủ tịch UBND H. Nghi Lộc',
      ]);
      assert.deepEqual(people('Đối với ông Nguyễn Thanh Sơn, Bí thư Đảng bộ khối doanh nghiệp Hà Tĩnh, Ban chấp hành nhất trí.'), ['Nguyễn Thanh Sơn: Bí thư Đảng bộ khối doanh nghiệp Hà Tĩnh']);
    });

    it('reads the regional defence commands of 2025 ("Ban Chỉ huy Phòng thủ khu vực 1 - Thới Lai"), where "Phòng" is no office', () => {
      assert.deepEqual(
        people('Thượng tá Nguyễn Văn Hải, Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 2 - Phong Điền, phát biểu. Ông Phạm Thế Nhân, Phó Chính ủy Ban Chỉ huy Phòng thủ Khu vực 1 - Thới Lai dự. Chính trị viên Ban CHPTKV 3 Lê Văn Tâm trao quà.'),
        ['Nguyễn Văn Hải: Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 2 - Phong Điền', 'Phạm Thế Nhân: Phó Chính ủy Ban Chỉ huy Phòng thủ Khu vực 1 - Thới Lai', 'Lê Văn Tâm: Chính trị viên Ban CHPTKV 3'],
      );
    });

    it('reads the body an organisation belongs to after a spaced dash, "ĐH" for "Đại học" and a province written "TP.HCM"', () => {
      assert.deepEqual(
        people(
          'Ông Trần Văn Hùng, Sư đoàn trưởng Sư đoàn 5 - Quân khu 7 được bổ nhiệm giữ chức vụ Chỉ huy trưởng Bộ CHQS tỉnh. ' +
            'GS Nguyễn Hoàng Hải, Phó Giám đốc thường trực ĐH Quốc gia Hà Nội, cho biết. PGS Lê Văn Nam, hiệu trưởng Trường ĐH Bách khoa - ĐH Quốc gia TP.HCM, phát biểu.',
        ),
        [
          'Trần Văn Hùng: Sư đoàn trưởng Sư đoàn 5 - Quân khu 7 | [appointed] Chỉ huy trưởng Bộ CHQS tỉnh',
          'Nguyễn Hoàng Hải: Phó Giám đốc thường trực ĐH Quốc gia Hà Nội',
          'Lê Văn Nam: hiệu trưởng Trường ĐH Bách khoa - ĐH Quốc gia TP.HCM',
        ],
      );
      // A post after the dash is another post of the same person, not a body.
      assert.deepEqual(people('Ông Lê Văn An, Giám đốc Sở Y tế - Chủ tịch Hội Chữ thập đỏ tỉnh, dự.'), ['Lê Văn An: Giám đốc Sở Y tế | Chủ tịch Hội Chữ thập đỏ tỉnh']);
    });

    it('reads a name after "tỉnh" that no province has as the holder\'s, a former province\'s as a place', () => {
      assert.deepEqual(people('Chủ tịch UBND tỉnh Nguyễn Bốn phát biểu. Bí thư Tỉnh ủy Cao Huy kết luận. Ông Nguyễn Văn Sơn, nguyên Chủ tịch UBND tỉnh Hà Tây, dự.'), [
        'Nguyễn Bốn: Chủ tịch UBND tỉnh',
        'Cao Huy: Bí thư Tỉnh ủy',
        'Nguyễn Văn Sơn: [former] Chủ tịch UBND tỉnh Hà Tây',
      ]);
    });

    it('reads a head alone whose "phó" is in lower case, and no head inside an organisation\'s head ("Bộ Tư lệnh")', () => {
      assert.deepEqual(people('Tân phó Chủ tịch Nguyễn Văn Thiện phát biểu. Đại diện Bộ Tư lệnh Quân khu 5, Thượng tá Nguyễn Quang Tuấn dự.'), [
        'Nguyễn Văn Thiện: [new] phó Chủ tịch',
        'Nguyễn Quang Tuấn',
      ]);
    });

    it('gives a post after "cùng là" to every name before it, and a counted post followed by "khác" to the names its list gives', () => {
      assert.deepEqual(
        people('Ông Đặng Minh Khôi và Vũ Hồng Nam, cùng là trợ lý Bộ trưởng Ngoại giao vừa được Thủ tướng bổ nhiệm giữ chức Thứ trưởng Bộ Ngoại giao. Ngoài ra còn 2 phó giám đốc khác gồm: PGS.TS Nguyễn Văn An, PGS.TS Trần Thị Bình.'),
        [
          'Đặng Minh Khôi: trợ lý Bộ trưởng Ngoại giao | [appointed] Thứ trưởng Bộ Ngoại giao',
          'Vũ Hồng Nam: trợ lý Bộ trưởng Ngoại giao | [appointed] Thứ trưởng Bộ Ngoại giao',
          'Nguyễn Văn An: phó giám đốc',
          'Trần Thị Bình: phó giám đốc',
        ],
      );
    });

    it('gives a post made plural by "một số" or "các" to the list a verb phrase and "gồm:" or "như sau:" open, items on dashed lines included', () => {
      assert.deepEqual(people('Bộ Chính trị phân công một số Ủy viên Bộ Chính trị tham gia Ban Bí thư gồm: đồng chí Trần Minh Khoa (Thường trực Ban Bí thư); đồng chí Lê Thị Hạnh (Trưởng ban Dân vận Trung ương).'), [
        'Trần Minh Khoa: Ủy viên Bộ Chính trị | Thường trực Ban Bí thư',
        'Lê Thị Hạnh: Ủy viên Bộ Chính trị | Trưởng ban Dân vận Trung ương',
      ]);
      assert.deepEqual(
        people('Bộ Chính trị phân công các Ủy viên Bộ Chính trị khóa XIV tham gia Ban Bí thư khóa XIV như sau:\n\n- Trưởng Ban Tổ chức Trung ương Trần Minh Khoa.\n\n- Chánh Văn phòng Trung ương Đảng Lê Thị Hạnh.\n\nÔng Phạm Văn Tú phát biểu.'),
        ['Trần Minh Khoa: Ủy viên Bộ Chính trị | Trưởng Ban Tổ chức Trung ương', 'Lê Thị Hạnh: Ủy viên Bộ Chính trị | Chánh Văn phòng Trung ương Đảng', 'Phạm Văn Tú'],
      );
      // Without a list after it, a plural post names its holders in general and gives no one a post.
      assert.deepEqual(people('Các Ủy viên Bộ Chính trị tham gia Ban Bí thư đã họp. Ông Trần Minh Khoa phát biểu.'), ['Trần Minh Khoa']);
    });

    it('gives a counted or plural post to its list across a term ("khóa XIV", "khóa trước", "nhiệm kỳ tới") and after the classifier "vị"', () => {
      assert.deepEqual(people('Bộ Chính trị phân công 3 Ủy viên Bộ Chính trị tham gia Ban Bí thư khóa XIV, gồm: đồng chí Trần Minh Khoa, đồng chí Lê Thị Hạnh.'), [
        'Trần Minh Khoa: Ủy viên Bộ Chính trị',
        'Lê Thị Hạnh: Ủy viên Bộ Chính trị',
      ]);
      assert.deepEqual(people('Hội nghị tặng hoa các Phó Chủ tịch khóa trước, gồm các ông Ngô Văn Tiến; Bạch Ngọc Sơn, Đinh Văn Hòa.'), [
        'Ngô Văn Tiến: Phó Chủ tịch',
        'Bạch Ngọc Sơn: Phó Chủ tịch',
        'Đinh Văn Hòa: Phó Chủ tịch',
      ]);
      assert.deepEqual(people('Các Phó Chủ tịch nhiệm kỳ tới là ông Ngô Văn Tiến và ông Bạch Ngọc Sơn.'), ['Ngô Văn Tiến: Phó Chủ tịch', 'Bạch Ngọc Sơn: Phó Chủ tịch']);
      assert.deepEqual(people('Bộ có bốn vị thứ trưởng gồm bà Nguyễn Thị Loan và các ông Phạm Văn Tú, Lê Quang Minh.'), [
        'Nguyễn Thị Loan: thứ trưởng',
        'Phạm Văn Tú: thứ trưởng',
        'Lê Quang Minh: thứ trưởng',
      ]);
    });

    it('reads an unlisted unit’s lower-case words up to the comma closing its holder’s appositive before a predicate, and the bodies of 2025 and the navy', () => {
      assert.deepEqual(people('Ông Nguyễn Văn Hào, Vụ trưởng Vụ An toàn giao thông, giữ chức Cục trưởng Cục Đường bộ Việt Nam.'), [
        'Nguyễn Văn Hào: Vụ trưởng Vụ An toàn giao thông | [appointed] Cục trưởng Cục Đường bộ Việt Nam',
      ]);
      // Without the predicate, the lower-case words are the sentence's own.
      assert.deepEqual(people('Ông Nguyễn Văn Hào, Giám đốc Sở Y tế, cho biết sẽ giữ chức đến hết năm.'), ['Nguyễn Văn Hào: Giám đốc Sở Y tế']);
      assert.deepEqual(people('Phó Chủ tịch Hội đồng Quốc phòng và an ninh Lê Minh Tâm dự. Bà Trần Thị Hoa, Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương, phát biểu.'), [
        'Lê Minh Tâm: Phó Chủ tịch Hội đồng Quốc phòng và an ninh',
        'Trần Thị Hoa: Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương',
      ]);
      assert.deepEqual(people('Ông Lê Văn Bình, Phó Tư lệnh Cảnh sát cơ động giữ chức Tư lệnh Cảnh sát cơ động.'), ['Lê Văn Bình: Phó Tư lệnh Cảnh sát cơ động | [appointed] Tư lệnh Cảnh sát cơ động']);
      // "Hải quân" names the navy after its commander's head; elsewhere it may be a given name.
      assert.deepEqual(people('Thứ trưởng Quốc phòng Phạm Văn Nam kiêm Tư lệnh Hải quân dự họp cùng Đại tá Trần Hải Quân.'), [
        'Phạm Văn Nam: Thứ trưởng Quốc phòng | [concurrent] Tư lệnh Hải quân',
        'Trần Hải Quân',
      ]);
    });

    it('gives a listed post to an item naming it in full as that one post with the list’s modifier, and reads "vị trí" as a post noun', () => {
      assert.deepEqual(
        people('Nhân sự được phê chuẩn việc bổ nhiệm các vị trí Bộ trưởng là: Đại tướng Lê Văn Sơn - Bộ trưởng Bộ Quốc phòng; ông Trần Minh Đức - Bộ trưởng Bộ Tư pháp.'),
        ['Lê Văn Sơn: [appointed] Bộ trưởng Bộ Quốc phòng', 'Trần Minh Đức: [appointed] Bộ trưởng Bộ Tư pháp'],
      );
      assert.deepEqual(people('Quốc hội phê chuẩn bổ nhiệm vị trí Phó Thủ tướng là các ông: Phạm Văn Đông; Lê Minh Tú.'), ['Phạm Văn Đông: [appointed] Phó Thủ tướng', 'Lê Minh Tú: [appointed] Phó Thủ tướng']);
      // A longer head is a post of its own: the standing deputy is also one of the deputies.
      assert.deepEqual(people('4 Phó bí thư gồm bà: Cao Thị Lan (Chủ tịch HĐND tỉnh, Phó bí thư thường trực), ông Tạ Văn Tuấn.'), [
        'Cao Thị Lan: Phó bí thư | Chủ tịch HĐND tỉnh | Phó bí thư thường trực',
        'Tạ Văn Tuấn: Phó bí thư',
      ]);
    });

    it('ends a national body’s name at "Việt Nam" before the date a post is held from, and reads a dash inside a unit’s lower-case words', () => {
      assert.deepEqual(people('Ông Lê Kim Hải, Vụ trưởng Vụ Đối tác công tư, giữ vị trí Cục trưởng Cục Đường cao tốc Việt Nam kể từ ngày 1/10.'), [
        'Lê Kim Hải: Vụ trưởng Vụ Đối tác công tư | [appointed] Cục trưởng Cục Đường cao tốc Việt Nam',
      ]);
      assert.deepEqual(people('Ông Nguyễn Viết Hòa, Phó vụ trưởng Vụ Đối tác công - tư được giao giữ chức Phó vụ trưởng Vụ Kế hoạch - Đầu tư.'), [
        'Nguyễn Viết Hòa: Phó vụ trưởng Vụ Đối tác công - tư | [appointed] Phó vụ trưởng Vụ Kế hoạch - Đầu tư',
      ]);
    });

    it('gives the posts fronted by "Với cương vị là", "Trên cương vị" or "với vai trò là" and a comma to the name after them', () => {
      assert.deepEqual(people('Với cương vị là Uỷ viên Trung ương Đảng, Bí thư Tỉnh uỷ, đồng chí Huỳnh Minh Chánh đã vi phạm nguyên tắc.'), [
        'Huỳnh Minh Chánh: Uỷ viên Trung ương Đảng | Bí thư Tỉnh uỷ',
      ]);
      assert.deepEqual(people('Thời gian qua, với vai trò là Phó Giám đốc phụ trách Sở Y tế, ông Lê Quang Trí đã có nhiều nỗ lực.'), ['Lê Quang Trí: Phó Giám đốc phụ trách Sở Y tế']);
      // After the name, the same words give the name the posts after them, as before.
      assert.deepEqual(people('Ông Lê Văn Bình, với cương vị là Bí thư Tỉnh ủy, đã chỉ đạo.'), ['Lê Văn Bình: Bí thư Tỉnh ủy']);
    });

    it('reads a diplomat’s career: "Công sứ", "Tham tán Công sứ", a deputy ambassador and the mission to the United Nations', () => {
      assert.deepEqual(
        people('Ông Lê Hoài Nam từng kinh qua các chức vụ: Vụ trưởng, Đại sứ, Phó Trưởng đại diện thường trực Việt Nam tại Liên hợp quốc, Công sứ, Phó Đại sứ Việt Nam tại Hoa Kỳ, Thứ trưởng Bộ Ngoại giao.'),
        ['Lê Hoài Nam: [former] Vụ trưởng | [former] Đại sứ | [former] Phó Trưởng đại diện thường trực Việt Nam tại Liên hợp quốc | [former] Công sứ | [former] Phó Đại sứ Việt Nam tại Hoa Kỳ | [former] Thứ trưởng Bộ Ngoại giao'],
      );
      assert.deepEqual(people('Ông Lê Hoài Nam, Tham tán Công sứ, dự họp.'), ['Lê Hoài Nam: Tham tán Công sứ']);
    });

    it('ends an item’s post at the semicolon before the next officer, reads a move to a body the lexicon does not list, and "Đoàn Chủ tịch"', () => {
      assert.deepEqual(people('Dự có Thượng tá Vũ Hồng Phong, Trưởng phòng Kỹ thuật hình sự; Thượng tá Đỗ Mạnh Hưng, Trưởng phòng An ninh nội địa; Đại tá Lê Văn Ba, Phó Giám đốc Công an tỉnh.'), [
        'Vũ Hồng Phong: Trưởng phòng Kỹ thuật hình sự',
        'Đỗ Mạnh Hưng: Trưởng phòng An ninh nội địa',
        'Lê Văn Ba: Phó Giám đốc Công an tỉnh',
      ]);
      assert.deepEqual(people('Ông Phạm Dũng, Phó Giám đốc Sở Xây dựng đến nhận công tác tại Sở Giao thông vận tải để bổ nhiệm giữ chức vụ Phó Giám đốc Sở Giao thông vận tải.'), [
        'Phạm Dũng: Phó Giám đốc Sở Xây dựng | [appointed] Phó Giám đốc Sở Giao thông vận tải',
      ]);
      assert.deepEqual(people('Ông Nguyễn Tư Phương, Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam, Chủ tịch LĐLĐ tỉnh.'), [
        'Nguyễn Tư Phương: Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam | Chủ tịch LĐLĐ tỉnh',
      ]);
    });

    it('reads a retirement received by decision, also after a remark in brackets, or handed over "tới" someone, but not the giver’s', () => {
      assert.deepEqual(people('Bà Hứa Thị Hồng Đang, Chủ tịch UBND quận Tân Phú (TPHCM) vừa nhận quyết định nghỉ hưu trước tuổi.'), ['Hứa Thị Hồng Đang: [left] Chủ tịch UBND quận Tân Phú']);
      assert.deepEqual(people('Ông Nguyễn Văn Phụng, Bí thư Huyện ủy Bình Chánh cũng được trao quyết định nghỉ hưu theo nguyện vọng.'), ['Nguyễn Văn Phụng: [left] Bí thư Huyện ủy Bình Chánh']);
      assert.deepEqual(people('Phó Chủ tịch UBND TPHCM Dương Anh Đức trao quyết định nghỉ hưu trước tuổi tới bà Hứa Thị Hồng Đang, Chủ tịch UBND quận Tân Phú.'), [
        'Dương Anh Đức: Phó Chủ tịch UBND TPHCM',
        'Hứa Thị Hồng Đang: [left] Chủ tịch UBND quận Tân Phú',
      ]);
    });

    it('reads two capitalised words closing the clause after a ministry unit’s head as the unit’s name, not a person', () => {
      assert.deepEqual(people('Ông Hà Kim Ngọc, Vụ trưởng Vụ Châu Mỹ, Bộ Ngoại giao, được bổ nhiệm làm Thứ trưởng.'), ['Hà Kim Ngọc: Vụ trưởng Vụ Châu Mỹ, Bộ Ngoại giao | [appointed] Thứ trưởng']);
    });

    it('reads "Bí thư Ban cán sự" without its "đảng", and posts after the degrees a "là" list opens with', () => {
      assert.deepEqual(people('Ông Trương Văn Nghĩa, Ủy viên Trung ương Đảng, Bí thư Ban cán sự, Bộ trưởng Bộ Giao thông - Vận tải dự họp.'), [
        'Trương Văn Nghĩa: Ủy viên Trung ương Đảng | Bí thư Ban cán sự | Bộ trưởng Bộ Giao thông - Vận tải',
      ]);
      assert.deepEqual(people('Bà Nguyễn Thị Kim Ngọc (59 tuổi, quê Bến Tre) là Thạc sỹ kinh tế; Cử nhân chính trị; Ủy viên Trung ương Đảng các khóa X và XI; đại biểu Quốc hội khóa XII và XIII.'), [
        'Nguyễn Thị Kim Ngọc: Ủy viên Trung ương Đảng | đại biểu Quốc hội',
      ]);
      assert.deepEqual(people('Ông Nguyễn Văn An là Tiến sĩ Luật.'), ['Nguyễn Văn An']);
    });

    it('reads the short forms "PBT", "TVTU" and "UVBTV", and a lower-case post right after a name without its comma', () => {
      assert.deepEqual(people('Dự có ông Tống Quang Thành, TVTU, Phó Chủ tịch UBND tỉnh.'), ['Tống Quang Thành: TVTU | Phó Chủ tịch UBND tỉnh']);
      assert.deepEqual(people('Ông Trần Văn Nam - PBT, Chủ tịch UBND thị trấn phát biểu.'), ['Trần Văn Nam: PBT | Chủ tịch UBND thị trấn']);
      assert.deepEqual(people('Ông Lê Văn An, UVBTV Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy.'), ['Lê Văn An: UVBTV Tỉnh ủy | Trưởng ban Tổ chức Tỉnh ủy']);
      assert.deepEqual(people('Tại kỳ họp, ông Nguyễn Cảnh Thảo bí thư đảng ủy được bầu làm Chủ tịch HĐND xã.'), ['Nguyễn Cảnh Thảo: bí thư đảng ủy | [appointed] Chủ tịch HĐND xã']);
      // A verb after the name is no post, and a head alone needs its comma.
      assert.deepEqual(people('Ông Nguyễn Văn An chủ trì hội nghị.'), ['Nguyễn Văn An']);
    });

    it('gives no post for a nomination’s object, reads several terms after a post, and a holder’s name of two family names', () => {
      assert.deepEqual(people('Các đại biểu tán thành việc đề cử ông Trương Văn Sang giữ chức vụ Chủ tịch nước.'), ['Trương Văn Sang']);
      assert.deepEqual(people('Tỉnh ủy giới thiệu đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch UBND tỉnh.'), ['Nguyễn Văn An: Phó Bí thư Tỉnh ủy']);
      assert.deepEqual(people('Quốc hội bầu ông Trương Văn Sang giữ chức vụ Chủ tịch nước.'), ['Trương Văn Sang: [appointed] Chủ tịch nước']);
      assert.deepEqual(people('Ông Trần Quốc Vượng là Ủy viên Trung ương Đảng các khóa X và XI, Chánh Văn phòng Trung ương Đảng.'), [
        'Trần Quốc Vượng: Ủy viên Trung ương Đảng | Chánh Văn phòng Trung ương Đảng',
      ]);
      // A count after the term's comma is no term: the list it opens keeps its post.
      assert.deepEqual(people('Ban Chấp hành Đảng bộ tỉnh khóa 15, 2 Phó Bí thư là ông Lê Văn Bình và ông Trần Văn Cường.'), ['Lê Văn Bình: Phó Bí thư', 'Trần Văn Cường: Phó Bí thư']);
      assert.deepEqual(people('Chủ tịch HĐND thành phố Lương Nguyễn Minh Triết phát biểu.'), ['Lương Nguyễn Minh Triết: Chủ tịch HĐND thành phố']);
      assert.deepEqual(people('Bí thư Thành ủy Buôn Ma Thuột Nguyễn Văn An phát biểu.'), ['Nguyễn Văn An: Bí thư Thành ủy Buôn Ma Thuột']);
      assert.deepEqual(people('Ông Trần Văn Tú, Thành viên Thường trực Ban Bí thư, dự hội nghị.'), ['Trần Văn Tú: Thành viên Thường trực Ban Bí thư']);
      assert.deepEqual(people('Ông Lê Văn Cường, đang làm Trưởng ban Kinh tế Trung ương, được điều động.'), ['Lê Văn Cường: Trưởng ban Kinh tế Trung ương']);
    });

    it('reads a move to a unit, named or not, before the post it leads to', () => {
      assert.deepEqual(people('Đại tá Huỳnh Văn Trung, Chính ủy Bộ Chỉ huy Quân sự tỉnh, được điều động đến công tác tại Ban Nội chính Tỉnh ủy, bổ nhiệm giữ chức Trưởng Ban Nội chính Tỉnh ủy.'), [
        'Huỳnh Văn Trung: Chính ủy Bộ Chỉ huy Quân sự tỉnh | [appointed] Trưởng Ban Nội chính Tỉnh ủy',
      ]);
      assert.deepEqual(people('Bộ Công an điều động Đại tá Nguyễn Quốc Toàn - Giám đốc Công an tỉnh Bắc Giang đến nhận công tác và giữ chức vụ Chánh Văn phòng Bộ Công an.'), [
        'Nguyễn Quốc Toàn: Giám đốc Công an tỉnh Bắc Giang | [appointed] Chánh Văn phòng Bộ Công an',
      ]);
    });

    it('reads "đồng thời là", "trở lại" and "có thời hạn" before a post, a judge’s grade as a post, and "bổ nhiệm lại" as an appointment', () => {
      assert.deepEqual(people('Ông Lê Minh Tâm đồng thời là Phó trưởng ban Nội chính Trung ương.'), ['Lê Minh Tâm: Phó trưởng ban Nội chính Trung ương']);
      assert.deepEqual(people('Ông Nguyễn Văn An được điều động để trở lại giữ chức vụ Thứ trưởng Bộ Tư pháp.'), ['Nguyễn Văn An: [appointed] Thứ trưởng Bộ Tư pháp']);
      assert.deepEqual(people('Ông Nguyễn Văn An đã được bổ nhiệm có thời hạn giữ chức Thứ trưởng Bộ Xây dựng.'), ['Nguyễn Văn An: [appointed] Thứ trưởng Bộ Xây dựng']);
      assert.deepEqual(people('Ông Ngô Tiến Hưng, Thẩm phán cao cấp - Chánh Văn phòng Tòa án nhân dân tối cao.'), ['Ngô Tiến Hưng: Thẩm phán cao cấp | Chánh Văn phòng Tòa án nhân dân tối cao']);
      assert.deepEqual(people('Ông Nguyễn Văn An được bổ nhiệm lại giữ chức Thứ trưởng Bộ Tài chính.'), ['Nguyễn Văn An: [appointed] Thứ trưởng Bộ Tài chính']);
    });

    it('reads a word of two syllables inside an organisation’s name whole, though one syllable is a level or a modifier', () => {
      assert.deepEqual(people('Ông Nguyễn Văn Tâm từng làm Phó Chủ tịch Viện Khoa học xã hội Việt Nam.'), ['Nguyễn Văn Tâm: [former] Phó Chủ tịch Viện Khoa học xã hội Việt Nam']);
      assert.deepEqual(people('Kỷ luật ông Trần Văn Dũng - Phó Trưởng ban Đổi mới doanh nghiệp, nguyên Bí thư Chi bộ.'), ['Trần Văn Dũng: Phó Trưởng ban Đổi mới doanh nghiệp | [former] Bí thư Chi bộ']);
      // A commune's name is capitalised, so the level before it stays a level, and "mới" after a whole name is still "new".
      assert.deepEqual(people('Ông Lê Văn Bình, Chủ tịch UBND xã Hội An phát biểu.'), ['Lê Văn Bình: Chủ tịch UBND xã Hội An']);
      assert.deepEqual(people('Ông Lê Văn Bình, Giám đốc Sở Y tế mới được bổ nhiệm, cho biết.'), ['Lê Văn Bình: Giám đốc Sở Y tế']);
    });

    it('gives a counted member’s head its list, reads a highland name as an item of a list of names, and a place joined to a body by "của"', () => {
      assert.deepEqual(people('Ủy ban Thường vụ khóa XIII được bầu, gồm 12 ủy viên là các ông, bà: Phan Văn Dũng, Nguyễn Văn Giang, Ksor Phước, Đào Trọng Thành.'), [
        'Phan Văn Dũng: ủy viên',
        'Nguyễn Văn Giang: ủy viên',
        'Ksor Phước: ủy viên',
        'Đào Trọng Thành: ủy viên',
      ]);
      assert.deepEqual(people('Ông Huỳnh Văn Tài, Trưởng đoàn đại biểu Quốc hội khóa XIII của tỉnh Bình Thuận - giữ chức Thứ trưởng Bộ Xây dựng.'), [
        'Huỳnh Văn Tài: Trưởng đoàn đại biểu Quốc hội khóa XIII của tỉnh Bình Thuận | [appointed] Thứ trưởng Bộ Xây dựng',
      ]);
      // "của" and a level alone name no place.
      assert.deepEqual(people('Ông Lê Văn Hòa, Phó Chủ tịch UBND của tỉnh cho biết.'), ['Lê Văn Hòa: Phó Chủ tịch UBND']);
    });

    it('reads a ministry after a comma as the body any organisation belongs to, where the clause or its decision follows', () => {
      assert.deepEqual(people('Đại tá Nguyễn Quốc Hải, Phó Tham mưu trưởng Quân khu 5 được bổ nhiệm giữ chức Phó Tư lệnh Quân khu 5, Bộ Quốc phòng tại Quyết định 1428/QĐ-TTg.'), [
        'Nguyễn Quốc Hải: Phó Tham mưu trưởng Quân khu 5 | [appointed] Phó Tư lệnh Quân khu 5, Bộ Quốc phòng',
      ]);
      // A post after the comma is the next post, and a verb of the sentence shows the ministry is not the body's.
      assert.deepEqual(people('Ông Lê Văn An, Chủ tịch UBND tỉnh, Bộ trưởng Bộ Tài chính dự. Ông Trần Văn Bình, Cục trưởng Cục Hàng không Việt Nam, Bộ GTVT cho biết.'), [
        'Lê Văn An: Chủ tịch UBND tỉnh | Bộ trưởng Bộ Tài chính',
        'Trần Văn Bình: Cục trưởng Cục Hàng không Việt Nam',
      ]);
    });

    it('reads "có thời gian làm" as a past post, and the post "sau đó" gives after a past one as past too', () => {
      assert.deepEqual(people('Ông Nguyễn Văn Hưng sinh năm 1970. Ông từng có thời gian làm Bí thư Huyện ủy Yên Thành, sau đó làm Giám đốc Sở Xây dựng tỉnh Nghệ An.'), [
        'Nguyễn Văn Hưng: [former] Bí thư Huyện ủy Yên Thành | [former] Giám đốc Sở Xây dựng tỉnh Nghệ An',
      ]);
      assert.deepEqual(people('Ông Lê Văn Hùng từng là Chủ tịch UBND tỉnh Nghệ An, sau đó là Bí thư Tỉnh ủy Nghệ An.'), ['Lê Văn Hùng: [former] Chủ tịch UBND tỉnh Nghệ An | [former] Bí thư Tỉnh ủy Nghệ An']);
      // After a post taken up now, the next is taken up as well.
      assert.deepEqual(people('Ông Lê Văn Hùng được bầu làm Phó Chủ tịch UBND tỉnh, sau đó giữ chức Chủ tịch UBND tỉnh.'), ['Lê Văn Hùng: [appointed] Phó Chủ tịch UBND tỉnh | [appointed] Chủ tịch UBND tỉnh']);
    });

    it('reads "tiền nhiệm" after a post as a former one, "về nghỉ chế độ" as leaving, "kiêm giữ chức" and "chuyển công tác sang"', () => {
      assert.deepEqual(
        people('Thủ tướng tiền nhiệm Nguyễn Tấn Dũng đã ký. Năm 2021, khi Tổng Giám đốc Phạm Đức Thành về nghỉ chế độ, công ty chưa có người thay. Ông Nguyễn Hồng Sơn kiêm giữ chức Chủ tịch HĐQT Vinashin. Ông Lê Văn Hà chuyển công tác sang Bộ Tài chính, giữ chức Vụ trưởng Vụ Ngân sách.'),
        [
          'Nguyễn Tấn Dũng: [former] Thủ tướng',
          'Phạm Đức Thành: [left] Tổng Giám đốc',
          'Nguyễn Hồng Sơn: [concurrent] Chủ tịch HĐQT Vinashin',
          'Lê Văn Hà: [appointed] Vụ trưởng Vụ Ngân sách',
        ],
      );
    });

    it('reads a head alone in lower case as a post in an appositive when more posts follow it, and a spokesperson "của" a body', () => {
      assert.deepEqual(people('Ông Nguyễn Xuân Phong - bộ trưởng, chủ nhiệm Văn phòng Chính phủ, người phát ngôn của Chính phủ - cho biết như vậy.'), [
        'Nguyễn Xuân Phong: bộ trưởng | chủ nhiệm Văn phòng Chính phủ | người phát ngôn của Chính phủ',
      ]);
      // Alone, it is the common noun.
      assert.deepEqual(people('Ông Nguyễn Văn An, giám đốc, cho biết.'), ['Nguyễn Văn An']);
    });

    it('ends a national post with every word that closes a national body’s name before the holder’s ("Cộng sản Việt Nam")', () => {
      assert.deepEqual(people('Tổng Bí thư Ban chấp hành Trung ương Đảng Cộng sản Việt Nam Nguyễn Phú Trọng, đại biểu Quốc hội, phát biểu.'), [
        'Nguyễn Phú Trọng: Tổng Bí thư Ban chấp hành Trung ương Đảng Cộng sản Việt Nam | đại biểu Quốc hội',
      ]);
    });

    it('reads a bare name opening its phrase whose post follows in apposition, and a lower-case head right before a name', () => {
      assert.deepEqual(people('1/ Nguyễn Văn Ân, Bí thư Trung ương Đảng khoá X, Chánh Văn phòng Trung ương Đảng. 2/ Ngô Văn Dư, UVTƯĐ, Chủ nhiệm Ủy ban Kiểm tra Trung ương.'), [
        'Nguyễn Văn Ân: Bí thư Trung ương Đảng | Chánh Văn phòng Trung ương Đảng',
        'Ngô Văn Dư: UVTƯĐ | Chủ nhiệm Ủy ban Kiểm tra Trung ương',
      ]);
      assert.deepEqual(people('Tòa tuyên phạt Nguyễn Văn Tuyến, nguyên Giám đốc Sở Tài chính, 10 năm tù, Lê Đức Vĩnh (cựu chủ tịch UBND tỉnh). Phiên tòa do thẩm phán Đào Thị Ngân làm chủ tọa.'), [
        'Nguyễn Văn Tuyến: [former] Giám đốc Sở Tài chính',
        'Lê Đức Vĩnh: [former] chủ tịch UBND tỉnh',
        'Đào Thị Ngân: thẩm phán',
      ]);
      // A street or a city named after a person is no person.
      assert.deepEqual(people('Tại đường Nguyễn Huệ, Chủ tịch UBND thành phố Lê Văn Bình kiểm tra. Thành phố Hồ Chí Minh, Bí thư Thành ủy Nguyễn Văn Nên dự.'), [
        'Lê Văn Bình: Chủ tịch UBND thành phố',
        'Nguyễn Văn Nên: Bí thư Thành ủy',
      ]);
    });

    it('leaves posts the next name’s posts go on from to that name in a list of officials, and reads posts after an appositive’s unread first item', () => {
      assert.deepEqual(people('Dự có Bí thư Tỉnh ủy Nguyễn Đức Hải, Phó bí thư, Chủ tịch UBND tỉnh Phạm Thành Nam.'), [
        'Nguyễn Đức Hải: Bí thư Tỉnh ủy',
        'Phạm Thành Nam: Phó bí thư | Chủ tịch UBND tỉnh',
      ]);
      assert.deepEqual(people('Chủ tịch UBND tỉnh Nguyễn Văn An, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu.'), ['Nguyễn Văn An: Chủ tịch UBND tỉnh | Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh']);
      assert.deepEqual(people('Ông Nguyễn Văn Tâm, 45 tuổi, Giám đốc Sở Y tế, cho biết. Ông Nguyễn Thanh Hà, Ủy viện BTV huyện ủy, Chủ tịch HĐND huyện Bạch Thông phát biểu.'), [
        'Nguyễn Văn Tâm: Giám đốc Sở Y tế',
        'Nguyễn Thanh Hà: Chủ tịch HĐND huyện Bạch Thông',
      ]);
      // Words with a verb are a clause, not an item before posts.
      assert.deepEqual(people('Ông Nguyễn Văn An, người dân xã Phú Lộc, cho biết Chủ tịch UBND xã đã đến.'), ['Nguyễn Văn An']);
    });

    it('reads a post held "trên cương vị", "với vai trò" or "với cương vị"', () => {
      assert.deepEqual(people('Ông Nguyễn Văn Định, trên cương vị là Chủ nhiệm UBKT Huyện ủy, đã chỉ đạo. Bà Lê Thị Hoa, với cương vị Chủ tịch Hội Phụ nữ tỉnh, phát biểu.'), [
        'Nguyễn Văn Định: Chủ nhiệm UBKT Huyện ủy',
        'Lê Thị Hoa: Chủ tịch Hội Phụ nữ tỉnh',
      ]);
    });

    it('reads trade unions, university councils, newspapers in lower case, a body named by its head before its term, and no post a nomination is for', () => {
      assert.deepEqual(
        people(
          'Ông Bùi Sơn Nam - Chủ tịch Công đoàn, Phó Tổng Giám đốc Tổng Công ty Viễn thông dự. Chủ tịch Hội đồng trường Lê Văn Cao phát biểu. ' +
            'Phó Tổng Biên tập báo Tiền Phong Nguyễn Văn Ân dự. Ông Lê Văn Bình được bầu làm Chủ tịch Hội nhiệm kỳ 2023 - 2028.',
        ),
        [
          'Bùi Sơn Nam: Chủ tịch Công đoàn | Phó Tổng Giám đốc Tổng Công ty Viễn thông',
          'Lê Văn Cao: Chủ tịch Hội đồng trường',
          'Nguyễn Văn Ân: Phó Tổng Biên tập báo Tiền Phong',
          'Lê Văn Bình: [appointed] Chủ tịch Hội',
        ],
      );
      assert.deepEqual(people('Ban Thường vụ giới thiệu đồng chí Nguyễn Văn Ân, Trưởng ban Tổ chức Tỉnh ủy, để bầu giữ chức danh Phó Bí thư Tỉnh ủy.'), ['Nguyễn Văn Ân: Trưởng ban Tổ chức Tỉnh ủy']);
      // Without a nomination, "để bầu" goes on to the election that follows the dismissal.
      assert.deepEqual(people('Quốc hội miễn nhiệm chức vụ Viện trưởng VKSND Tối cao đối với ông Lê Minh Tâm để bầu giữ chức Chánh án TAND Tối cao.'), [
        'Lê Minh Tâm: [left] Viện trưởng VKSND Tối cao | [appointed] Chánh án TAND Tối cao',
      ]);
    });

    it('reads "Viện sĩ", "phóng viên" and "Mẹ Việt Nam anh hùng" before a name, and "Phó Tổng KTNN"', () => {
      assert.deepEqual(people('Giáo sư, Viện sĩ Trần Đại Nghĩa là người thầy lớn. Mẹ Việt Nam anh hùng Kiều Thị Nông năm nay 90 tuổi. Ông Hoàng Hồng Lạc, Phó Tổng KTNN, dự.'), [
        'Trần Đại Nghĩa',
        'Kiều Thị Nông',
        'Hoàng Hồng Lạc: Phó Tổng KTNN',
      ]);
    });

    it('reads "tái cử chức" as an appointment, "đã chính thức nghỉ hưu" as leaving, and schools and economic zones written in lower case', () => {
      assert.deepEqual(
        people(
          'Ông Hoàng Thanh Tùng tái cử chức Chủ nhiệm Ủy ban Pháp luật. Ông Vũ Đình Thành, Giám đốc Sở Y tế, đã chính thức nghỉ hưu. ' +
            'Ông Lê Văn An, Phó Hiệu trưởng Trường cao đẳng Y tế Đồng Nai, dự. Ông Trần Văn Bình, nguyên Trưởng ban Khu kinh tế tỉnh, dự.',
        ),
        [
          'Hoàng Thanh Tùng: [appointed] Chủ nhiệm Ủy ban Pháp luật',
          'Vũ Đình Thành: [left] Giám đốc Sở Y tế',
          'Lê Văn An: Phó Hiệu trưởng Trường cao đẳng Y tế Đồng Nai',
          'Trần Văn Bình: [former] Trưởng ban Khu kinh tế tỉnh',
        ],
      );
    });

    it('reads the official named as a passive\'s agent as a person with that post, the predicate\'s post going to the subject', () => {
      assert.deepEqual(
        people('Thứ trưởng Bộ Ngoại giao Nguyễn Thanh Sơn - Chủ nhiệm Ủy ban này đã được Chủ tịch nước Trương Tấn Sang bổ nhiệm làm Đại sứ tại Nhật Bản.'),
        ['Nguyễn Thanh Sơn: Thứ trưởng Bộ Ngoại giao | Chủ nhiệm Ủy ban này | [appointed] Đại sứ tại Nhật Bản', 'Trương Tấn Sang: Chủ tịch nước'],
      );
    });

    it('reads a department its head names without "Cục" or "Vụ", when no lower-case word may go on with its name', () => {
      assert.deepEqual(
        people('Ông Nguyễn Văn Trung, Cục trưởng Đối ngoại, dự. Ông Lê Văn Hải, Cục trưởng Cảnh sát giao thông được bổ nhiệm giữ chức Thứ trưởng. Ông Trần Văn Nam, Cục trưởng Cảnh sát giao thông, dự.'),
        ['Nguyễn Văn Trung: Cục trưởng Đối ngoại', 'Lê Văn Hải: Cục trưởng Cảnh sát giao thông | [appointed] Thứ trưởng', 'Trần Văn Nam'],
      );
    });

    it('reads posts "là" lists across semicolons, verbs of moving an official listed before the one naming the post, and "với" for "đối với"', () => {
      assert.deepEqual(
        people(
          'Ông Hoàng Trung Dũng là Ủy viên Trung ương Đảng khóa XIII; Đại biểu Quốc hội khóa XV. ' +
            'Bộ Chính trị quyết định ông Lê Văn Hải thôi giữ chức Bí thư Tỉnh ủy Hà Tĩnh; điều động, phân công, bổ nhiệm giữ chức Tổng Biên tập Tạp chí Cộng sản. ' +
            'Quốc hội miễn nhiệm chức Chánh án Tòa án nhân dân tối cao với ông Nguyễn Hòa Bình và Viện trưởng Viện Kiểm sát nhân dân tối cao với ông Lê Minh Trí.',
        ),
        [
          'Hoàng Trung Dũng: Ủy viên Trung ương Đảng | Đại biểu Quốc hội',
          'Lê Văn Hải: [left] Bí thư Tỉnh ủy Hà Tĩnh | [appointed] Tổng Biên tập Tạp chí Cộng sản',
          'Nguyễn Hòa Bình: [left] Chánh án Tòa án nhân dân tối cao',
          'Lê Minh Trí: Viện trưởng Viện Kiểm sát nhân dân tối cao',
        ],
      );
      // "cùng với" (together with) names no holder.
      assert.deepEqual(people('Chủ tịch UBND tỉnh cùng với ông Nguyễn Văn Hùng dự.'), ['Nguyễn Văn Hùng']);
    });

    it('reads a roll call "có" opens, a school named with a two-word name after its first word, and a highland name after a department\'s post', () => {
      assert.deepEqual(
        people(
          'Dự hội nghị còn có Nguyễn Tiến Thành, Phó Bí thư Tỉnh ủy. Ông Huỳnh Thế Danh, Hiệu trưởng trường An Lương Đông cho biết. Ông Lê Văn Tâm, Hiệu trưởng Trường THPT An Lương Đông, dự. ' +
            'Giám đốc Sở Y tế Nay Phi La cho biết. HĐND xã bầu ông Chung Văn Phước giữ chức vụ Chủ tịch UBND xã.',
        ),
        [
          'Nguyễn Tiến Thành: Phó Bí thư Tỉnh ủy',
          'Huỳnh Thế Danh: Hiệu trưởng trường An Lương Đông',
          'Lê Văn Tâm: Hiệu trưởng Trường THPT An Lương Đông',
          'Nay Phi La: Giám đốc Sở Y tế',
          'Chung Văn Phước: [appointed] Chủ tịch UBND xã',
        ],
      );
    });

    it('reads predicates after "khi (đó)" and "để", posts held after "giữ các chức vụ", and "Tổng cục phó"', () => {
      assert.deepEqual(
        people(
          'Ông Cao Minh Quang khi giữ các chức vụ Đảng ủy viên, Thứ trưởng Bộ Y tế đã vi phạm. Ông Bùi Thanh Sơn khi đó đang giữ chức Bộ trưởng Bộ Ngoại giao. ' +
            'Ông Lê Văn An được chỉ định để giữ chức Bí thư Huyện ủy. Ông Trần Văn Nam, Tổng cục phó Tổng cục Cảnh sát, dự.',
        ),
        [
          'Cao Minh Quang: Đảng ủy viên | Thứ trưởng Bộ Y tế',
          'Bùi Thanh Sơn: Bộ trưởng Bộ Ngoại giao',
          'Lê Văn An: [appointed] Bí thư Huyện ủy',
          'Trần Văn Nam: Tổng cục phó Tổng cục Cảnh sát',
        ],
      );
    });

    it('reads a head a predicate gives followed by the clause\'s next verb ("làm trưởng đoàn vào viếng"), and "THPT" opening a school', () => {
      assert.deepEqual(
        people('Đoàn do ông Lê Văn Hùng làm trưởng đoàn vào viếng. Ông Lê Văn An, Hiệu trưởng THPT Phú Lộc về làm Hiệu trưởng THPT An Lương Đông.'),
        ['Lê Văn Hùng: trưởng đoàn', 'Lê Văn An: Hiệu trưởng THPT Phú Lộc | [appointed] Hiệu trưởng THPT An Lương Đông'],
      );
    });

    it('gives a counted post to the names of a list in brackets ("4 Phó Hiệu trưởng (gồm ông A, …)")', () => {
      assert.deepEqual(people('Trường có 2 Phó Hiệu trưởng (gồm ông Lê Văn Hùng, bà Trần Thị Bình) và ông Huỳnh Thế Danh, nguyên Phó Hiệu trưởng.'), [
        'Lê Văn Hùng: Phó Hiệu trưởng',
        'Trần Thị Bình: Phó Hiệu trưởng',
        'Huỳnh Thế Danh: [former] Phó Hiệu trưởng',
      ]);
    });

    it('reads a middle name slipped into lower case, "Trưởng Ban kiểm phiếu" and "Phó Giám đốc điều hành"', () => {
      assert.deepEqual(
        people('Ông Cao văn Bé Tư - Phó Chủ tịch HĐND huyện phát biểu. Ông Huỳnh Văn Tí, Trưởng Ban kiểm phiếu, công bố. Ông Nguyễn Ngọc Thịnh, Phó Giám đốc điều hành Bệnh viện Đa khoa vùng Tây Nguyên, cho biết.'),
        ['Cao văn Bé Tư: Phó Chủ tịch HĐND huyện', 'Huỳnh Văn Tí: Trưởng Ban kiểm phiếu', 'Nguyễn Ngọc Thịnh: Phó Giám đốc điều hành Bệnh viện Đa khoa vùng Tây Nguyên'],
      );
    });

    it('reads passives with "bị" and an agent, "tuyên thệ nhậm chức", "kiêm nhiệm chức", "về giữ chức vụ", spokespeople, and the country closing a national post', () => {
      assert.deepEqual(
        people(
          'Ông Hoàng Quốc Vượng bị Thủ tướng miễn nhiệm chức vụ Chủ tịch EVN. Ông Nguyễn Hòa Bình tuyên thệ nhậm chức Chánh án Tòa án nhân dân tối cao. ' +
            'Ông Dương Quang Thành kiêm nhiệm chức Chủ tịch EVN. Ông Lê Văn An được điều động về giữ chức vụ Hiệu trưởng Trường THPT Phú Lộc. ' +
            'Phó Phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết. Chủ tịch Quốc hội Việt Nam Vương Đình Huệ phát biểu.',
        ),
        [
          'Hoàng Quốc Vượng: [left] Chủ tịch EVN',
          'Nguyễn Hòa Bình: [appointed] Chánh án Tòa án nhân dân tối cao',
          'Dương Quang Thành: [concurrent] Chủ tịch EVN',
          'Lê Văn An: [appointed] Hiệu trưởng Trường THPT Phú Lộc',
          'Phạm Thu Hằng: Phó Phát ngôn Bộ Ngoại giao',
          'Vương Đình Huệ: Chủ tịch Quốc hội Việt Nam',
        ],
      );
    });

    it('reads a council committee\'s field in lower case after a dash, "Trường THPT Chuyên" before a person\'s name, a district named after its province, and "đương nhiệm nghỉ hưu"', () => {
      assert.deepEqual(
        people(
          'Quốc hội miễn nhiệm Trưởng ban Văn hóa - xã hội của HĐND tỉnh đối với bà Võ Kim Chuyền. Ông Lê Văn Bình, Hiệu trưởng Trường THPT Chuyên Nguyễn Bỉnh Khiêm, dự. ' +
            'Ông Mùa A Vảng, Chủ tịch UBND huyện Điện Biên Đông, dự. Ông Bùi Viết Bính – Phó Chủ tịch UBND tỉnh đương nhiệm nghỉ hưu theo chế độ.',
        ),
        [
          'Võ Kim Chuyền: [left] Trưởng ban Văn hóa - xã hội của HĐND tỉnh',
          'Lê Văn Bình: Hiệu trưởng Trường THPT Chuyên Nguyễn Bỉnh Khiêm',
          'Mùa A Vảng: Chủ tịch UBND huyện Điện Biên Đông',
          'Bùi Viết Bính: [left] Phó Chủ tịch UBND tỉnh',
        ],
      );
    });

    it('reads a name without an honorific as the object of a verb that appoints, before its predicate, and a short name in brackets before "cho" or "đối với"', () => {
      assert.deepEqual(
        people(
          'Bộ Công Thương bổ nhiệm Trịnh Xuân Thanh giữ chức Phó Chủ tịch UBND tỉnh Hậu Giang. Bộ Quốc phòng giao Quyền Phó Tổng Giám đốc (PTGĐ) cho Thượng tá Đỗ Minh Phương.',
        ),
        ['Trịnh Xuân Thanh: [appointed] Phó Chủ tịch UBND tỉnh Hậu Giang', 'Đỗ Minh Phương: [acting] Phó Tổng Giám đốc'],
      );
      // Without a predicate that gives a post after it, such a name is left alone: joining a body is no post.
      assert.deepEqual(people('Ban Thường vụ chỉ định Lê Văn An tham gia Ban Chấp hành.'), []);
    });

    it('gives a post a verb gives "cho" two names joined by "và" to both, and reads a highland name whose posts a dash sets off', () => {
      assert.deepEqual(
        people('Bộ Quốc phòng giao Quyền Phó Tổng Giám đốc cho Đại tá Lê Văn An và Thượng tá Đỗ Minh Phương. Đồng chí Ksor Phước Hà - Chủ tịch UBND tỉnh Gia Lai phát biểu.'),
        ['Lê Văn An: [acting] Phó Tổng Giám đốc', 'Đỗ Minh Phương: [acting] Phó Tổng Giám đốc', 'Ksor Phước Hà: Chủ tịch UBND tỉnh Gia Lai'],
      );
      // A prize is no post.
      assert.deepEqual(people('Chủ tịch UBND tỉnh trao bằng khen cho ông Phạm Văn Sinh và ông Lê Văn An.'), ['Phạm Văn Sinh', 'Lê Văn An']);
    });

    it('reads a unit named by a letter without the lower-case word after it ("Bệnh viện K cho biết")', () => {
      assert.deepEqual(people('Ông Lê Văn An, Giám đốc Bệnh viện K cho biết. Ông Trần Văn Bình, Chỉ huy trưởng Lữ đoàn A cho hay.'), [
        'Lê Văn An: Giám đốc Bệnh viện K',
        'Trần Văn Bình: Chỉ huy trưởng Lữ đoàn A',
      ]);
    });

    it('reads the army\'s command boards of a province or district in any case and short ("Ban chỉ huy quân sự huyện", "Ban CHQS")', () => {
      assert.deepEqual(people('Đối với Chỉ huy trưởng Ban chỉ huy quân sự huyện Hoàng Đăng Chinh: kỷ luật cảnh cáo. Ông Lê Văn Hai, Chỉ huy trưởng Bộ CHQS tỉnh, dự.'), [
        'Hoàng Đăng Chinh: Chỉ huy trưởng Ban chỉ huy quân sự huyện',
        'Lê Văn Hai: Chỉ huy trưởng Bộ CHQS tỉnh',
      ]);
    });

    it('reads the election boards ("Ủy ban bầu cử thành phố", "Hội đồng Bầu cử quốc gia")', () => {
      assert.deepEqual(people('Ông Phạm Văn Hiểu, Chủ tịch Ủy ban bầu cử thành phố, phát biểu. Bà Nguyễn Thị Kim Ngân, Chủ tịch Hội đồng bầu cử quốc gia, chủ trì.'), [
        'Phạm Văn Hiểu: Chủ tịch Ủy ban bầu cử thành phố',
        'Nguyễn Thị Kim Ngân: Chủ tịch Hội đồng bầu cử quốc gia',
      ]);
    });

    it('reads the Party committee of a province\'s Party bodies ("Đảng ủy các cơ quan Đảng tỉnh")', () => {
      assert.deepEqual(people('Ông Thái Văn Bảo, Bí thư Đảng ủy các cơ quan Đảng tỉnh, trưởng Ban Tổ chức Tỉnh ủy Đồng Nai, dự.'), [
        'Thái Văn Bảo: Bí thư Đảng ủy các cơ quan Đảng tỉnh | trưởng Ban Tổ chức Tỉnh ủy Đồng Nai',
      ]);
    });

    it('reads the boards of economic zones and industrial parks ("Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp")', () => {
      assert.deepEqual(
        people('Ông Nguyễn Tiến Hiệu, Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp được điều động giữ chức Giám đốc Sở Công Thương, thay ông Trần Anh Chung.'),
        [
          'Nguyễn Tiến Hiệu: Trưởng Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp | [appointed] Giám đốc Sở Công Thương',
          'Trần Anh Chung',
        ],
      );
    });

    it('reads a member of a named body ("thành viên UBND tỉnh", "thành viên Hội đồng thành viên") as a post, not a counted group before a name', () => {
      assert.deepEqual(
        people('HĐND tỉnh bầu bổ sung 2 thành viên UBND tỉnh với số phiếu nhất trí cao gồm ông Vũ Văn Tuấn – Giám đốc Sở Khoa học và Công nghệ, ông Vũ Văn Cài – Giám đốc Sở Tài chính.'),
        [
          'Vũ Văn Tuấn: [appointed] thành viên UBND tỉnh | Giám đốc Sở Khoa học và Công nghệ',
          'Vũ Văn Cài: [appointed] thành viên UBND tỉnh | Giám đốc Sở Tài chính',
        ],
      );
      assert.deepEqual(people('Quốc hội miễn nhiệm 12 thành viên Chính phủ, Thủ tướng Phạm Minh Chính đã trình Quốc hội. Ông Nguyễn Vũ Sơn, thành viên Hội đồng thành viên, dự.'), [
        'Phạm Minh Chính: Thủ tướng',
        'Nguyễn Vũ Sơn: thành viên Hội đồng thành viên',
      ]);
    });

    it('reads the coast guard and the navy\'s regions, and a region after a body ("Bệnh viện Đa khoa vùng Tây Nguyên")', () => {
      assert.deepEqual(
        people('Đại tá Trần Xuân Lương, Phó Tham mưu trưởng Cảnh sát biển Việt Nam được bổ nhiệm giữ chức Tư lệnh Vùng Cảnh sát biển 3. Đại tá Lê Văn Hải, Chính ủy Vùng 3 Hải quân, dự. Ông Nguyễn Văn An, Giám đốc Bệnh viện Đa khoa vùng Tây Nguyên, dự. Thượng tướng Trần Hải Quân dự.'),
        [
          'Trần Xuân Lương: Phó Tham mưu trưởng Cảnh sát biển Việt Nam | [appointed] Tư lệnh Vùng Cảnh sát biển 3',
          'Lê Văn Hải: Chính ủy Vùng 3 Hải quân',
          'Nguyễn Văn An: Giám đốc Bệnh viện Đa khoa vùng Tây Nguyên',
          'Trần Hải Quân',
        ],
      );
    });

    it('reads a general hospital in any case, and theatres and museums, also named after a person', () => {
      assert.deepEqual(
        people('Ông Lê Xuân Tạo được bổ nhiệm giữ chức vụ Giám đốc Bệnh viện đa khoa tỉnh Lâm Đồng. Ông Ngô Quốc Khánh, Phó Giám đốc Nhà hát Cao Văn Lầu, bị cách chức.'),
        ['Lê Xuân Tạo: [appointed] Giám đốc Bệnh viện đa khoa tỉnh Lâm Đồng', 'Ngô Quốc Khánh: Phó Giám đốc Nhà hát Cao Văn Lầu'],
      );
    });

    it('reads a company\'s brand after its board or head ("Chủ tịch HĐQT TPBank"), but not a foreign leader\'s name after a post', () => {
      assert.deepEqual(people('Ông Lê Văn Tâm, Chủ tịch HĐQT TPBank, dự. Ông Trần Văn An, Tổng Giám đốc Tập đoàn Doji, dự. Thủ tướng Modi dự.'), [
        'Lê Văn Tâm: Chủ tịch HĐQT TPBank',
        'Trần Văn An: Tổng Giám đốc Tập đoàn Doji',
      ]);
    });

    it('reads "&" for "và" inside a name, spaced or glued', () => {
      assert.deepEqual(people('Ông Phùng Văn Nhạ, Bộ trưởng Giáo dục & Đào tạo, dự. Ông Lê Văn Tám, Bộ trưởng Bộ LĐ-TB&XH, dự.'), [
        'Phùng Văn Nhạ: Bộ trưởng Giáo dục & Đào tạo',
        'Lê Văn Tám: Bộ trưởng Bộ LĐ-TB&XH',
      ]);
    });

    it('reads a court or procuracy followed by its place ("TAND TP.HCM"), and the supreme ones whole', () => {
      assert.deepEqual(people('Chánh án TAND TP.HCM Lê Thanh Phong ký quyết định. Ông Lê Minh Trí, Viện trưởng Viện KSND Tối cao, dự.'), [
        'Lê Thanh Phong: Chánh án TAND TP.HCM',
        'Lê Minh Trí: Viện trưởng Viện KSND Tối cao',
      ]);
    });

    it('reads a district or ward named by a number ("quận 1", "Quận 10"), army units’ heads and prosecutors, whose units keep their Arabic numbers', () => {
      assert.deepEqual(
        people(
          'Bổ nhiệm ông Nguyễn Anh Tuấn, Kiểm sát viên trung cấp, Viện trưởng Viện KSND quận 1 giữ chức Phó Viện trưởng Viện KSND TPHCM. ' +
            'Ông Lê Văn Hùng, Bí thư Quận ủy Quận 10, dự. Đại tá Phan Quốc Việt - Sư đoàn trưởng Sư đoàn 302, được bổ nhiệm giữ chức vụ Chỉ huy trưởng Bộ CHQS tỉnh. ' +
            'Đại tá Hoàng Đình Chung - Chủ nhiệm chính trị Quân khu 7 dự.',
        ),
        [
          'Nguyễn Anh Tuấn: Kiểm sát viên trung cấp | Viện trưởng Viện KSND quận 1 | [appointed] Phó Viện trưởng Viện KSND TPHCM',
          'Lê Văn Hùng: Bí thư Quận ủy Quận 10',
          'Phan Quốc Việt: Sư đoàn trưởng Sư đoàn 302 | [appointed] Chỉ huy trưởng Bộ CHQS tỉnh',
          'Hoàng Đình Chung: Chủ nhiệm chính trị Quân khu 7',
        ],
      );
    });

    it('reads a place of three syllables after a level whole, though its last two could be a name', () => {
      assert.deepEqual(people('Ông Phạm Văn An, Bí thư Thành ủy Buôn Ma Thuột dự. Bí thư Huyện ủy Bắc Trà My phát biểu.'), ['Phạm Văn An: Bí thư Thành ủy Buôn Ma Thuột']);
      assert.deepEqual(people('Bí thư Thành ủy Buôn Ma Thuột Nguyễn Văn Bình và Bí thư Thành ủy Vinh Phan Văn Cường dự.'), [
        'Nguyễn Văn Bình: Bí thư Thành ủy Buôn Ma Thuột',
        'Phan Văn Cường: Bí thư Thành ủy Vinh',
      ]);
    });

    it('reads a place named like a person after the level of a post that follows a name and its comma, as the place', () => {
      assert.deepEqual(
        people('Ông Lê Minh Đương, Phó Chủ tịch UBND huyện Cù Lao Dung, phát biểu. Bà Trần Thị Hoa, Chủ tịch UBND phường Phan Đình Phùng cho biết.'),
        ['Lê Minh Đương: Phó Chủ tịch UBND huyện Cù Lao Dung', 'Trần Thị Hoa: Chủ tịch UBND phường Phan Đình Phùng'],
      );
      // So is a later post of the apposition that closes the sentence, and one of a name given a post across "đối với".
      assert.deepEqual(people('Phê chuẩn chức vụ Phó Chủ tịch UBND tỉnh đối với ông Dương Văn Lượng - Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Đảng ủy phường Phan Đình Phùng.'), [
        'Dương Văn Lượng: [appointed] Phó Chủ tịch UBND tỉnh | Ủy viên Ban Chấp hành Đảng bộ tỉnh | Bí thư Đảng ủy phường Phan Đình Phùng',
      ]);
      // A name written after its own post heads a list of posts and names: the post after its comma is the next name's.
      assert.deepEqual(people('Dự họp có Chủ tịch UBND tỉnh Lê Trí Thanh, Chủ tịch UBMTTQ tỉnh Võ Xuân Ca.'), [
        'Lê Trí Thanh: Chủ tịch UBND tỉnh',
        'Võ Xuân Ca: Chủ tịch UBMTTQ tỉnh',
      ]);
    });

    it('reads an organisation head written in lower case right after "Trưởng" or "Phó" as part of the post', () => {
      assert.deepEqual(people('Hôm qua, Trưởng ban Nội chính Nguyễn Bá An làm việc với tỉnh.'), ['Nguyễn Bá An: Trưởng ban Nội chính']);
      assert.deepEqual(people('Dự họp có Phó trưởng ban Dân vận Hà Thị Bình.'), ['Hà Thị Bình: Phó trưởng ban Dân vận']);
      assert.deepEqual(people('Sau đó, Phó trưởng phòng Tài chính Lê Văn Cường báo cáo.'), ['Lê Văn Cường: Phó trưởng phòng Tài chính']);
      // Lower-case words after the head are no organisation's name: the event's organisers are no post of the lexicon.
      assert.deepEqual(people('Sau đó, Trưởng ban tổ chức sự kiện Lê Văn Dũng cho biết.'), []);
      // "toàn quốc" ends a national body's name, as "Trung ương" does.
      assert.deepEqual(people('Ông Hồ Văn Em, Trưởng ban Liên lạc Nông dân toàn quốc, chỉ đạo.'), ['Hồ Văn Em: Trưởng ban Liên lạc Nông dân toàn quốc']);
    });

    it('reads past a degree and its field between commas after a name, to the posts or the predicate after them', () => {
      assert.deepEqual(
        people(
          'Ông Lương Minh Triệu (45 tuổi, quê Quảng Nam), thạc sĩ quản trị kinh doanh, Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Thành ủy, tiếp tục được bầu giữ chức Chủ tịch HĐND thành phố. ' +
            'Ông Lê Văn Hai (54 tuổi), là bác sĩ chuyên khoa II, được bổ nhiệm làm Giám đốc Bệnh viện Đa khoa tỉnh.',
        ),
        [
          'Lương Minh Triệu: Ủy viên dự khuyết Trung ương Đảng | Phó Bí thư Thành ủy | [appointed] Chủ tịch HĐND thành phố',
          'Lê Văn Hai: [appointed] Giám đốc Bệnh viện Đa khoa tỉnh',
        ],
      );
      // A degree the sentence goes on from gives nothing.
      assert.deepEqual(people('Ông Lê Văn Hai, bác sĩ, cho biết bệnh viện đã sẵn sàng.'), ['Lê Văn Hai']);
    });

    it('reads posts across the line breaks of a text laid out in lines', () => {
      assert.deepEqual(
        people(
          'Bà Nguyễn Thị Tuyền, Ủy viên Trung ương Đảng, Phó\nChủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Chủ tịch Hội Liên hiệp Phụ\nnữ Việt Nam, được chỉ định tham gia Ban Chấp\nhành và giữ chức Phó Bí thư Đảng ủy Chính phủ.\n' +
            'Ông Đặng Xuân Phú, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy\nNinh Bình, được bổ nhiệm giữ chức Phó Chủ nhiệm\nThường trực Văn phòng Chính phủ.',
        ),
        [
          'Nguyễn Thị Tuyền: Ủy viên Trung ương Đảng | Phó\nChủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam | Chủ tịch Hội Liên hiệp Phụ\nnữ Việt Nam | [appointed] Phó Bí thư Đảng ủy Chính phủ',
          'Đặng Xuân Phú: Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy\nNinh Bình | [appointed] Phó Chủ nhiệm\nThường trực Văn phòng Chính phủ',
        ],
      );
    });

    it('reads "thôi làm nhiệm vụ" as leaving a post and "được công nhận giữ chức" as taking it up', () => {
      assert.deepEqual(
        people('Ông Vũ Bá Quý sẽ thôi làm nhiệm vụ Giám đốc Bệnh viện Phụ sản Trung ương. Ông Lê Trường Sinh được công nhận giữ chức vụ Hiệu trưởng Trường Đại học Kinh tế.'),
        ['Vũ Bá Quý: [left] Giám đốc Bệnh viện Phụ sản Trung ương', 'Lê Trường Sinh: [appointed] Hiệu trưởng Trường Đại học Kinh tế'],
      );
    });

    it('reads degrees between a post and its holder\'s name', () => {
      assert.deepEqual(people('Hiệu trưởng GS.TSKH Hồ Đắc Lợi phát biểu. Bộ trưởng Y tế GS.TS Nguyễn Thanh Lân dự. Phó Hiệu trưởng TS Nguyễn Văn Hải dự.'), [
        'Hồ Đắc Lợi: Hiệu trưởng',
        'Nguyễn Thanh Lân: Bộ trưởng Y tế',
        'Nguyễn Văn Hải: Phó Hiệu trưởng',
      ]);
      assert.deepEqual(people('Giám đốc Bệnh viện Đa khoa tỉnh PGS.TS Đào Xuân Cơ cho biết.'), ['Đào Xuân Cơ: Giám đốc Bệnh viện Đa khoa tỉnh']);
    });

    it('reads a ministry whose fields the press joins with a dash', () => {
      assert.deepEqual(people('Bộ trưởng Giáo dục - Đào tạo Phùng Xuân Nhã dự. Bộ trưởng Văn hoá - Thể thao và Du lịch Nguyễn Ngọc Thiền dự. Ông Lê Văn Ba, Thứ trưởng Bộ Giáo dục - Đào tạo, dự.'), [
        'Phùng Xuân Nhã: Bộ trưởng Giáo dục - Đào tạo',
        'Nguyễn Ngọc Thiền: Bộ trưởng Văn hoá - Thể thao và Du lịch',
        'Lê Văn Ba: Thứ trưởng Bộ Giáo dục - Đào tạo',
      ]);
    });

    it('reads the short form of a commune\'s military commander ("Chỉ huy trưởng Quân sự")', () => {
      assert.deepEqual(people('Ông Lê Công Mừng - Chỉ huy trưởng Quân sự và ông Trần Quang Duy - Trưởng Công an xã được bầu làm ủy viên UBND xã.'), [
        'Lê Công Mừng: Chỉ huy trưởng Quân sự | [appointed] ủy viên UBND xã',
        'Trần Quang Duy: Trưởng Công an xã | [appointed] ủy viên UBND xã',
      ]);
    });

    it('reads a company\'s brand after its head, and its executive heads', () => {
      assert.deepEqual(
        people(
          'Bà Nguyễn Thị Phương Thanh, Tổng giám đốc Vietjet, phát biểu. CEO Vingroup Nguyễn Việt Quảng dự. ' +
            'Ông Trương Văn Tuyên hiện là Phó Tổng Giám đốc Petro Việt Nam. Ông Trần Văn Ba, Tổng Giám đốc điều hành Tập đoàn Vingroup, dự.',
        ),
        [
          'Nguyễn Thị Phương Thanh: Tổng giám đốc Vietjet',
          'Nguyễn Việt Quảng: CEO Vingroup',
          'Trương Văn Tuyên: Phó Tổng Giám đốc Petro Việt Nam',
          'Trần Văn Ba: Tổng Giám đốc điều hành Tập đoàn Vingroup',
        ],
      );
    });

    it('reads a body named by its head word alone where the clause ends ("Giám đốc Học viện,"), and a capitalised term after a level as no place', () => {
      assert.deepEqual(people('Giám đốc Học viện, Chủ tịch Hội đồng Lý luận Trung ương Nguyễn Xuân Thành dự. Ông Lê Văn Hai, Phó Giám đốc Sở, cho biết.'), [
        'Nguyễn Xuân Thành: Giám đốc Học viện | Chủ tịch Hội đồng Lý luận Trung ương',
        'Lê Văn Hai: Phó Giám đốc Sở',
      ]);
      assert.deepEqual(people('Ông Nguyễn Đặng An, Bí thư Huyện ủy được bầu giữ chức Chủ tịch HĐND huyện Khóa XX.'), ['Nguyễn Đặng An: Bí thư Huyện ủy | [appointed] Chủ tịch HĐND huyện']);
    });

    it('reads a unit named in lower case right after its head when the body it belongs to follows', () => {
      assert.deepEqual(
        people('Ông Phan Công Bính từng trải qua các chức vụ Trưởng phòng tình báo Công an tỉnh Bình Định, Trưởng công an huyện Hoài Ân. Bà Lê Thị Hoa, Trưởng ban tổ chức Tỉnh ủy, dự.'),
        ['Phan Công Bính: [former] Trưởng phòng tình báo Công an tỉnh Bình Định | [former] Trưởng công an huyện Hoài Ân', 'Lê Thị Hoa: Trưởng ban tổ chức Tỉnh ủy'],
      );
    });

    it('reads an organisation\'s lower-case words when more posts follow its comma, but not a clause\'s verb', () => {
      assert.deepEqual(people('Ông Trần Văn Tú, Vụ trưởng Vụ Quản lý khoa học, Giám đốc Quỹ Phát triển dự.'), ['Trần Văn Tú: Vụ trưởng Vụ Quản lý khoa học | Giám đốc Quỹ Phát triển']);
      assert.deepEqual(people('Ông Lê Văn Ba, Giám đốc Sở Y tế phát biểu, Bí thư Tỉnh ủy kết luận.'), ['Lê Văn Ba: Giám đốc Sở Y tế']);
      assert.deepEqual(people('Ông Lê Văn Ba, Giám đốc Sở Y tế phát biểu, Bí thư Tỉnh ủy Lê Văn Cao kết luận.'), ['Lê Văn Ba: Giám đốc Sở Y tế', 'Lê Văn Cao: Bí thư Tỉnh ủy']);
    });

    it('reads past an organisation\'s short name in brackets between a post and its holder\'s name', () => {
      assert.deepEqual(
        people(
          'Tổng Giám đốc Tập đoàn Dầu khí Việt Nam (Petrovietnam) Lê Mạnh Hùng phát biểu. Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam (EVN) Đặng Hoàng An dự. ' +
            'Giám đốc Sở Kế hoạch và Đầu tư (KH&ĐT) Trần Văn Bình báo cáo.',
        ),
        ['Lê Mạnh Hùng: Tổng Giám đốc Tập đoàn Dầu khí Việt Nam', 'Đặng Hoàng An: Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam', 'Trần Văn Bình: Giám đốc Sở Kế hoạch và Đầu tư'],
      );
    });

    it('joins posts into one chain with a dash, and a post to the name after a dash, but not to a place', () => {
      assert.deepEqual(people('Dự có Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh Nguyễn Văn Giang.'), ['Nguyễn Văn Giang: Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh']);
      assert.deepEqual(people('Sau đó, Phó Chủ tịch Hội LHPN Việt Nam - Đỗ Thị Hà điều hành phiên họp.'), ['Đỗ Thị Hà: Phó Chủ tịch Hội LHPN Việt Nam']);
      assert.deepEqual(people('Sau đó, Ủy viên Trung ương Đảng - Hà Nam phát biểu.'), []);
      // A dash glued to both sides joins a post to the name after it, and the fields of an organisation's name.
      assert.deepEqual(people('Chủ tịch HĐND tỉnh-Phạm Văn Rạnh tặng hoa. Ông Phan Thanh Bình, Chủ nhiệm Ủy ban Văn hóa- Giáo dục-Thanh niên, dự.'), [
        'Phạm Văn Rạnh: Chủ tịch HĐND tỉnh',
        'Phan Thanh Bình: Chủ nhiệm Ủy ban Văn hóa- Giáo dục-Thanh niên',
      ]);
      // A dash glued to the word before it joins as well; one glued to both sides is a word's hyphen.
      assert.deepEqual(people('Dự có ông Vũ Văn Tuấn- Ủy viên BCH Hội Cựu chiến binh tỉnh- Chủ tịch Hội Cựu chiến binh huyện Thanh Miện.'), [
        'Vũ Văn Tuấn: Ủy viên BCH Hội Cựu chiến binh tỉnh | Chủ tịch Hội Cựu chiến binh huyện Thanh Miện',
      ]);
    });

    it('ends an organisation before "và" and a degree, which open the next person ("… Kinh tế và TS. Trần Hữu Phúc")', () => {
      assert.deepEqual(people('Bộ bổ nhiệm ông Lê Văn Toàn giữ chức Hiệu trưởng Trường Đại học Kinh tế và TS. Trần Hữu Phúc, Phó Hiệu trưởng Trường Đại học Ngoại ngữ.'), [
        'Lê Văn Toàn: [appointed] Hiệu trưởng Trường Đại học Kinh tế',
        'Trần Hữu Phúc: Phó Hiệu trưởng Trường Đại học Ngoại ngữ',
      ]);
    });

    it('reads a capitalised word that is a level but begins a word with the next as a field ("Ban Văn hóa - Xã hội"), not a level', () => {
      assert.deepEqual(people('Miễn nhiệm chức danh Trưởng ban Văn hóa - Xã hội HĐND tỉnh đối với ông Phạm Quang Ngọc. Ông Lê Văn Tám, Chủ tịch UBND xã Hội Hợp, dự.'), [
        'Phạm Quang Ngọc: [left] Trưởng ban Văn hóa - Xã hội HĐND tỉnh',
        'Lê Văn Tám: Chủ tịch UBND xã Hội Hợp',
      ]);
    });

    it('reads a merged department named by fields listed with commas and "và", but ends a name at a comma before another body', () => {
      assert.deepEqual(
        people('Bà Trần Thị Lan, Giám đốc Sở Văn hóa, Thông tin, Thể thao và Du lịch, được bổ nhiệm làm Giám đốc Sở Giáo dục, Khoa học và Công nghệ.'),
        ['Trần Thị Lan: Giám đốc Sở Văn hóa, Thông tin, Thể thao và Du lịch | [appointed] Giám đốc Sở Giáo dục, Khoa học và Công nghệ'],
      );
      assert.deepEqual(people('Ông Lê Văn Bình, Phó Giám đốc Sở Nội vụ, Thanh tra tỉnh và Văn phòng UBND tỉnh dự.'), ['Lê Văn Bình: Phó Giám đốc Sở Nội vụ']);
    });

    it('reads no post in the committee organising an event ("Trưởng ban Tổ chức lễ tang"), but the Party\'s organisation commission', () => {
      assert.deepEqual(people('Ông Nguyễn Tiến Thành, Chủ tịch HĐND tỉnh, Trưởng ban Tổ chức lễ tang đọc lời điếu. Ông Lê Văn An, Trưởng ban Tổ chức, dự.'), [
        'Nguyễn Tiến Thành: Chủ tịch HĐND tỉnh',
        'Lê Văn An: Trưởng ban Tổ chức',
      ]);
    });

    it('reads the short forms TUV, HUV and BCH Quân sự, and a term written "nhiệm kì"', () => {
      assert.deepEqual(people('Cùng dự có bà Lê Thị Hồng, TUV, Phó Chủ tịch HĐND tỉnh; ông Lê Văn Thăng - HUV, Chỉ huy trưởng BCH Quân sự huyện Phụng Hiệp.'), [
        'Lê Thị Hồng: TUV | Phó Chủ tịch HĐND tỉnh',
        'Lê Văn Thăng: HUV | Chỉ huy trưởng BCH Quân sự huyện Phụng Hiệp',
      ]);
      assert.deepEqual(people('Ông Lê Văn An là Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kì 2015-2020, Bí thư Đảng ủy Công an tỉnh.'), [
        'Lê Văn An: Ủy viên Ban Thường vụ Tỉnh ủy | Bí thư Đảng ủy Công an tỉnh',
      ]);
    });

    it('reads an organisation inside another: a party committee, the central committee or the board of a body', () => {
      assert.deepEqual(people('Ông Lê Văn An giữ chức Bí thư đảng ủy UBND tỉnh Hà Tĩnh từ tháng 5.'), ['Lê Văn An: [appointed] Bí thư đảng ủy UBND tỉnh Hà Tĩnh']);
      assert.deepEqual(people('Bà Hồ Thị Bình, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam, dự họp.'), ['Hồ Thị Bình: Phó Chủ tịch Trung ương Hội Nông dân Việt Nam']);
      assert.deepEqual(people('Ông Đào Văn Cường, nguyên Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam.'), ['Đào Văn Cường: [former] Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam']);
    });

    it('reads a compound after an abbreviation in an unlisted organisation, and boards written as HĐQT and HĐTV', () => {
      // "Công thương" is one word of two syllables, only the first capitalised; after "TMCP" it opens a compound as after the head.
      assert.deepEqual(people('Ông Trịnh Văn Khải, Chủ tịch Hội đồng thành viên Ngân hàng TMCP Công thương Việt Nam giữ chức Thứ trưởng Bộ Tài chính.'), [
        'Trịnh Văn Khải: Chủ tịch Hội đồng thành viên Ngân hàng TMCP Công thương Việt Nam | [appointed] Thứ trưởng Bộ Tài chính',
      ]);
      assert.deepEqual(people('Bà Lâm Thị Hạnh, Tổng Giám đốc Ngân hàng TMCP Ngoại thương Việt Nam, trả lời.'), ['Lâm Thị Hạnh: Tổng Giám đốc Ngân hàng TMCP Ngoại thương Việt Nam']);
      assert.deepEqual(people('Ông Đặng Văn Lực, Chủ tịch HĐQT Ngân hàng TMCP Đầu tư và Phát triển Việt Nam, cho biết.'), [
        'Đặng Văn Lực: Chủ tịch HĐQT Ngân hàng TMCP Đầu tư và Phát triển Việt Nam',
      ]);
      assert.deepEqual(people('Ông Vương Đình Mạnh, Chủ tịch HĐTV Tập đoàn Dầu khí Việt Nam, phát biểu.'), ['Vương Đình Mạnh: Chủ tịch HĐTV Tập đoàn Dầu khí Việt Nam']);
    });

    it('reads a predicate after a short name in brackets that follows the posts', () => {
      assert.deepEqual(people('Ông Kiều Văn Dũng, Tổng Giám đốc Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank), được bổ nhiệm giữ chức Thứ trưởng Bộ Tài chính.'), [
        'Kiều Văn Dũng: Tổng Giám đốc Ngân hàng TMCP Ngoại thương Việt Nam | [appointed] Thứ trưởng Bộ Tài chính',
      ]);
      // Without a predicate after it, the bracket ends the person's part of the sentence as before.
      assert.deepEqual(people('Ông Khổng Văn Giáp, Giám đốc Sở Y tế (ảnh), cho biết Bí thư Tỉnh ủy đã chỉ đạo.'), ['Khổng Văn Giáp: Giám đốc Sở Y tế']);
    });

    it('reads a predicate naming the post "chức danh" as one naming it "chức vụ"', () => {
      assert.deepEqual(people('HĐND tỉnh miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Đàm Văn Bảy. Ông Tống Văn Cầu thôi giữ chức danh Phó Chủ tịch UBND tỉnh.'), [
        'Đàm Văn Bảy: [left] Ủy viên UBND tỉnh',
        'Tống Văn Cầu: [left] Phó Chủ tịch UBND tỉnh',
      ]);
    });

    it('reads a predicate ending in "chức" with "chức vụ" or "chức danh" as well, but not the "Vụ" of "Vụ trưởng" as the noun', () => {
      assert.deepEqual(
        people(
          'Đại tá Trần Xuân Khang, Phó Cục trưởng Cục Tổ chức cán bộ được điều động giữ chức vụ Giám đốc Công an tỉnh Trà Vinh. ' +
            'Ông Lê Văn Định được điều động, bổ nhiệm giữ chức danh Phó Giám đốc Sở Nội vụ. Ông Hà Văn Phúc đắc cử chức vụ Chủ tịch Hội Nông dân tỉnh.',
        ),
        [
          'Trần Xuân Khang: Phó Cục trưởng Cục Tổ chức cán bộ | [appointed] Giám đốc Công an tỉnh Trà Vinh',
          'Lê Văn Định: [appointed] Phó Giám đốc Sở Nội vụ',
          'Hà Văn Phúc: [appointed] Chủ tịch Hội Nông dân tỉnh',
        ],
      );
      assert.deepEqual(
        people(
          'Ông Nguyễn Văn Hùng được bầu giữ chức Vụ trưởng Vụ Tổ chức. Ông Trần Văn Tâm bị cách chức Vụ trưởng Vụ Pháp chế. ' +
            'Ông Lê Văn Quý giữ chức vụ Trưởng ban Tổ chức Tỉnh ủy. Ông Đỗ Văn Lực giữ chức vụ Vụ trưởng Vụ Pháp chế.',
        ),
        [
          'Nguyễn Văn Hùng: [appointed] Vụ trưởng Vụ Tổ chức',
          'Trần Văn Tâm: [left] Vụ trưởng Vụ Pháp chế',
          'Lê Văn Quý: [appointed] Trưởng ban Tổ chức Tỉnh ủy',
          'Đỗ Văn Lực: [appointed] Vụ trưởng Vụ Pháp chế',
        ],
      );
    });

    it('reads any verb that appoints or removes with the post named by "chức vụ" or "chức danh", and after "được" in the passive', () => {
      assert.deepEqual(
        people(
          'Kỳ họp bầu bổ sung chức danh Phó Chủ tịch UBND tỉnh đối với ông Đàm Văn Bảy. Ông Tống Văn Cầu được bầu bổ sung chức vụ Ủy viên UBND tỉnh. ' +
            'Ông Lý Văn Sáu được bổ nhiệm lại chức vụ Phó Giám đốc Sở Tài chính. Ông Hà Văn Tám tái đắc cử chức danh Chủ tịch UBND tỉnh.',
        ),
        [
          'Đàm Văn Bảy: [appointed] Phó Chủ tịch UBND tỉnh',
          'Tống Văn Cầu: [appointed] Ủy viên UBND tỉnh',
          'Lý Văn Sáu: [appointed] Phó Giám đốc Sở Tài chính',
          'Hà Văn Tám: [appointed] Chủ tịch UBND tỉnh',
        ],
      );
    });

    it('reads the bodies every province and district has, named by their level and place', () => {
      assert.deepEqual(people('Ông Vi Văn Tài, Chánh án Tòa án nhân dân tỉnh Nghệ An, phát biểu.'), ['Vi Văn Tài: Chánh án Tòa án nhân dân tỉnh Nghệ An']);
      assert.deepEqual(people('Bà Hà Thị Út, Viện trưởng Viện Kiểm sát nhân dân tỉnh, báo cáo.'), ['Hà Thị Út: Viện trưởng Viện Kiểm sát nhân dân tỉnh']);
      assert.deepEqual(people('Thiếu tướng Lục Văn Vinh, nguyên Giám đốc Công an tỉnh được điều động giữ chức Cục trưởng.'), [
        'Lục Văn Vinh: [former] Giám đốc Công an tỉnh | [appointed] Cục trưởng',
      ]);
      assert.deepEqual(people('Ông Hứa Văn Xuân, Chánh Thanh tra huyện Diễn Châu; bà Âu Thị Yến, Giám đốc Bảo hiểm xã hội tỉnh.'), [
        'Hứa Văn Xuân: Chánh Thanh tra huyện Diễn Châu',
        'Âu Thị Yến: Giám đốc Bảo hiểm xã hội tỉnh',
      ]);
    });

    it('reads the lower-case words an unlisted unit\'s name ends with only before a predicate or its body in brackets', () => {
      assert.deepEqual(people('Đại tá Phùng Văn Sơn, Phó Cục trưởng Cục Cảnh sát hình sự giữ chức vụ Giám đốc Công an tỉnh Nghệ An.'), [
        'Phùng Văn Sơn: Phó Cục trưởng Cục Cảnh sát hình sự | [appointed] Giám đốc Công an tỉnh Nghệ An',
      ]);
      assert.deepEqual(people('Ông Mạc Đức Tâm, Cục trưởng Cục Quản lý công sản (Bộ Tài chính), phát biểu.'), ['Mạc Đức Tâm: Cục trưởng Cục Quản lý công sản (Bộ Tài chính)']);
      // Before "là" (is), which names a post held, the words are a clause of the sentence's own, and the post is the body's alone.
      assert.deepEqual(people('Hai Ủy viên Ban Thường vụ Trung ương trực tiếp chỉ đạo là ông Đinh Văn Ân.'), ['Đinh Văn Ân: Ủy viên Ban Thường vụ Trung ương']);
      // Elsewhere the words after the name are the sentence's: "cho biết" (says) is no part of the department.
      assert.deepEqual(people('Ông Lê Văn Hòa, Giám đốc Sở Y tế cho biết, UBND tỉnh đã chỉ đạo. Bà Ngô Thị Uyên, Giám đốc Sở Tư pháp cho biết được giao nhiệm vụ.'), [
        'Lê Văn Hòa: Giám đốc Sở Y tế',
        'Ngô Thị Uyên: Giám đốc Sở Tư pháp',
      ]);
    });

    it('reads the lower-case words of a national body\'s name up to its "Việt Nam" or "Trung ương", but not the sentence\'s words before "Việt Nam"', () => {
      assert.deepEqual(
        people(
          'Ông Trần Ngọc Thuận, Chủ tịch Hội đồng quản trị Tập đoàn Công nghiệp cao su Việt Nam, dự. Bà Trần Thị Thu Đông, Chủ tịch Hội Nghệ sĩ nhiếp ảnh Việt Nam, dự. ' +
            'Giám đốc Sở Y tế cho biết Việt Nam đã kiểm soát dịch.',
        ),
        [
          'Trần Ngọc Thuận: Chủ tịch Hội đồng quản trị Tập đoàn Công nghiệp cao su Việt Nam',
          'Trần Thị Thu Đông: Chủ tịch Hội Nghệ sĩ nhiếp ảnh Việt Nam',
        ],
      );
    });

    it('reads a department named after a ministry\'s field whole, past "nguyên", a dash or a comma inside it', () => {
      assert.deepEqual(people('Ông Hà Văn Một, nguyên Phó Chủ tịch UBND tỉnh, nguyên Giám đốc Sở Tài nguyên và Môi trường tỉnh Bình Thuận đã vi phạm.'), [
        'Hà Văn Một: [former] Phó Chủ tịch UBND tỉnh | [former] Giám đốc Sở Tài nguyên và Môi trường tỉnh Bình Thuận',
      ]);
      assert.deepEqual(people('Bà Vi Thị Hai, Trưởng phòng Lao động - Thương binh và Xã hội huyện Quỳ Hợp, phát biểu.'), [
        'Vi Thị Hai: Trưởng phòng Lao động - Thương binh và Xã hội huyện Quỳ Hợp',
      ]);
      assert.deepEqual(people('Ông Lục Văn Ba, Giám đốc Sở Văn hóa, Thể thao và Du lịch, dự.'), ['Lục Văn Ba: Giám đốc Sở Văn hóa, Thể thao và Du lịch']);
    });

    it('reads a unit\'s two fields joined by a dash as one name, but not a name, an honorific or a post after a dash', () => {
      assert.deepEqual(people('Ông Hà Văn Năm, Vụ trưởng Vụ Tổ chức - Biên chế, Bộ Nội vụ, cho biết dự thảo đã xong.'), ['Hà Văn Năm: Vụ trưởng Vụ Tổ chức - Biên chế, Bộ Nội vụ']);
      assert.deepEqual(people('Ông Hà Văn Năm, Trưởng phòng Tài chính - Kế hoạch huyện Lộc Hà, phát biểu.'), ['Hà Văn Năm: Trưởng phòng Tài chính - Kế hoạch huyện Lộc Hà']);
      assert.deepEqual(people('Ông Hà Văn Năm, Giám đốc Sở Y tế - Trưởng Ban Chỉ đạo phòng chống dịch tỉnh phát biểu.'), ['Hà Văn Năm: Giám đốc Sở Y tế | Trưởng Ban Chỉ đạo']);
      assert.deepEqual(people('Giám đốc Sở Công Thương - Nguyễn Văn Sáu phát biểu.'), ['Nguyễn Văn Sáu: Giám đốc Sở Công Thương']);
    });

    it('reads the body a unit belongs to as part of its post: in brackets, or after a comma when the clause ends there', () => {
      assert.deepEqual(people('Ông Thạch Văn Lực, Phó Vụ trưởng Vụ Tổ chức cán bộ (Bộ Nội vụ) phát biểu.'), ['Thạch Văn Lực: Phó Vụ trưởng Vụ Tổ chức cán bộ (Bộ Nội vụ)']);
      // The comma before the body no longer ends the chain of posts, so the predicate after it is the person's.
      assert.deepEqual(people('Ông Hà Văn Tám, Trưởng phòng Tổ chức cán bộ, Sở Nội vụ, được bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ.'), [
        'Hà Văn Tám: Trưởng phòng Tổ chức cán bộ, Sở Nội vụ | [appointed] Phó Giám đốc Sở Nội vụ',
      ]);
      assert.deepEqual(people('Bà Lò Thị Mến - Trưởng Ban Công tác Phụ nữ, Ủy ban MTTQ Việt Nam tỉnh - được bầu giữ chức Chủ tịch Hội LHPN tỉnh.'), [
        'Lò Thị Mến: Trưởng Ban Công tác Phụ nữ, Ủy ban MTTQ Việt Nam tỉnh | [appointed] Chủ tịch Hội LHPN tỉnh',
      ]);
      // An organisation after a comma is the next of a list when the first is no unit, when both have the same head, or when the clause goes on.
      assert.deepEqual(people('Ông Đào Văn Khu, Giám đốc Sở Y tế, Sở Tài chính, phát biểu.'), ['Đào Văn Khu: Giám đốc Sở Y tế']);
      assert.deepEqual(people('Ông Đào Văn Khu, Trưởng Ban Dân vận, Ban Tuyên giáo Tỉnh ủy, phát biểu.'), ['Đào Văn Khu: Trưởng Ban Dân vận']);
      assert.deepEqual(people('Ông Đào Văn Khu, Giám đốc Trung tâm Y tế, Sở Y tế tỉnh Nghệ An cho biết, dịch đã được kiểm soát.'), ['Đào Văn Khu: Giám đốc Trung tâm Y tế']);
    });

    it('reads an aide\'s post as its head, and the official it names as a person of their own, whose posts stay theirs', () => {
      assert.deepEqual(
        people(
          'Thủ tướng bổ nhiệm ông Hà Minh Nhật, Trợ lý đồng chí Phan Quốc Oai, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương, ' +
            'giữ chức Trợ lý đồng chí Phan Quốc Oai, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ.',
        ),
        [
          'Hà Minh Nhật: Trợ lý | [appointed] Trợ lý',
          'Phan Quốc Oai: Ủy viên Bộ Chính trị | Trưởng Ban Tổ chức Trung ương',
          'Phan Quốc Oai: Ủy viên Bộ Chính trị | Thủ tướng Chính phủ',
        ],
      );
      // Named by a post alone, the official is no person; the predicate after it is still the aide's.
      assert.deepEqual(people('Đồng chí Lò Văn Páo, Thư ký đồng chí Bí thư Tỉnh ủy được điều động giữ chức Phó Chánh Văn phòng Tỉnh ủy.'), [
        'Lò Văn Páo: Thư ký | [appointed] Phó Chánh Văn phòng Tỉnh ủy',
      ]);
      // A secretary of a meeting or of an editorial office names no official: no post.
      assert.deepEqual(people('Ông Tạ Văn Quý, thư ký hội nghị, đọc biên bản. Bà Lưu Thị Rạng, Thư ký Tòa soạn, phát biểu.'), ['Tạ Văn Quý', 'Lưu Thị Rạng']);
      // Without "đồng chí", one post names the principal, as part of the aide's post; the posts after it are the aide's own,
      // unless the first is a membership, which the principal's office follows.
      assert.deepEqual(
        people('Ông Vũ Hồng Nam - Trợ lý Bộ trưởng, Chánh Văn phòng Bộ Ngoại giao, được bổ nhiệm giữ chức Thứ trưởng. Ông Lê Văn Hùng, Trợ lý Ủy viên Bộ Chính trị, Thủ tướng Chính phủ, dự.'),
        ['Vũ Hồng Nam: Trợ lý Bộ trưởng | Chánh Văn phòng Bộ Ngoại giao | [appointed] Thứ trưởng', 'Lê Văn Hùng: Trợ lý'],
      );
      // An aide's post written before the aide's name, or heading a list of aides: the principal's post is not theirs.
      assert.deepEqual(people('Trợ lý Thủ tướng Nguyễn Duy Hưng dự. Thủ tướng bổ nhiệm 2 trợ lý Thủ tướng là Lê Văn Bình và Trần Huy Hùng.'), [
        'Nguyễn Duy Hưng: Trợ lý Thủ tướng',
        'Lê Văn Bình: [appointed] trợ lý Thủ tướng',
        'Trần Huy Hùng: [appointed] trợ lý Thủ tướng',
      ]);
    });

    it('reads central bodies written with a dash or a long name, and posts of the army with their army', () => {
      assert.deepEqual(people('Đồng chí Vũ Văn Dũng, Phó Trưởng ban Chính sách – Chiến lược Trung ương.'), ['Vũ Văn Dũng: Phó Trưởng ban Chính sách – Chiến lược Trung ương']);
      assert.deepEqual(people('Ông Lý Văn Em, Phó Chánh Văn phòng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng; ông Lê Văn Phú.'), [
        'Lý Văn Em: Phó Chánh Văn phòng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng',
        'Lê Văn Phú',
      ]);
      assert.deepEqual(people('Bà Mai Thị Giang, Phó Chủ nhiệm Ủy ban về các vấn đề xã hội, phát biểu.'), ['Mai Thị Giang: Phó Chủ nhiệm Ủy ban về các vấn đề xã hội']);
      assert.deepEqual(people('Thượng tướng Chu Văn Hải, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, Thứ trưởng Bộ Quốc phòng.'), [
        'Chu Văn Hải: Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam | Thứ trưởng Bộ Quốc phòng',
      ]);
    });

    it('reads a term written between a body and its place as part of the title ("Đại biểu Quốc hội khóa XV tỉnh Đồng Nai")', () => {
      assert.deepEqual(people('Trưởng đoàn Đại biểu Quốc hội khóa XV tỉnh Đồng Nai Quản Văn Cường được điều động giữ chức Bí thư Tỉnh ủy Cao Bằng.'), [
        'Quản Văn Cường: Trưởng đoàn Đại biểu Quốc hội khóa XV tỉnh Đồng Nai | [appointed] Bí thư Tỉnh ủy Cao Bằng',
      ]);
      assert.deepEqual(people('Ông Lê Văn Tư, Bí thư Tỉnh ủy khóa XIV, phát biểu.'), ['Lê Văn Tư: Bí thư Tỉnh ủy']);
    });

    it('reads past an abbreviation in brackets inside a title, and keeps one after it out', () => {
      assert.deepEqual(people('Đại tướng Lương Văn Nghĩa, Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân (QĐND) Việt Nam, dự.'), [
        'Lương Văn Nghĩa: Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân (QĐND) Việt Nam',
      ]);
      assert.deepEqual(people('Hội nghị bầu hai Ủy viên Ủy ban Kiểm tra (UBKT) Trung ương là ông Võ Văn Một và ông Trần Văn Hai.'), [
        'Võ Văn Một: [appointed] Ủy viên Ủy ban Kiểm tra (UBKT) Trung ương',
        'Trần Văn Hai: [appointed] Ủy viên Ủy ban Kiểm tra (UBKT) Trung ương',
      ]);
      assert.deepEqual(people('Ông Lê Văn Tám, Trưởng Ban Tổ chức Trung ương (BTCTW), phát biểu.'), ['Lê Văn Tám: Trưởng Ban Tổ chức Trung ương']);
    });

    it('reads the joint office of a province’s deputies and council, and "quốc gia" inside an organisation’s name', () => {
      assert.deepEqual(people('Ông Lê Hồng Một, Chánh Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh Quảng Nam, dự.'), [
        'Lê Hồng Một: Chánh Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh Quảng Nam',
      ]);
      assert.deepEqual(people('Ông Đinh Văn Hai, nguyên Tổng Giám đốc Tập đoàn Xăng dầu quốc gia Việt Nam, dự.'), [
        'Đinh Văn Hai: [former] Tổng Giám đốc Tập đoàn Xăng dầu quốc gia Việt Nam',
      ]);
    });

    it('keeps a level without its place in the organisation: "UBND tỉnh" is this province’s', () => {
      assert.deepEqual(people('Ông Võ Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh cho biết.'), ['Võ Văn Hải: Phó Bí thư Tỉnh ủy | Chủ tịch UBND tỉnh']);
    });

    it('reads abbreviations and lower-case posts as written', () => {
      assert.deepEqual(people('Đồng chí Lê Minh Khang, UVTW Đảng, Bí thư Tỉnh ủy dự.'), ['Lê Minh Khang: UVTW Đảng | Bí thư Tỉnh ủy']);
      assert.deepEqual(people('Ông Ngô Văn Long - Phó chủ nhiệm UB Kinh tế của Quốc hội - cho biết.'), ['Ngô Văn Long: Phó chủ nhiệm UB Kinh tế của Quốc hội']);
      assert.deepEqual(people('Bà Đào Thị Mai, phó chủ tịch HĐND xã, phát biểu.'), ['Đào Thị Mai: phó chủ tịch HĐND xã']);
    });

    it('reads an acronym the lexicon does not list as the organisation after a head, but not a Roman numeral, a degree or a name in capitals', () => {
      assert.deepEqual(people('Tổng giám đốc EVN Trần Đình Nhân dự. Chủ tịch kiêm Tổng Giám đốc EVNNPC Thiều Kim Quỳnh phát biểu.'), [
        'Trần Đình Nhân: Tổng giám đốc EVN',
        'Thiều Kim Quỳnh: Chủ tịch | [concurrent] Tổng Giám đốc EVNNPC',
      ]);
      assert.deepEqual(people('Ông Vũ Mạnh Hà, Bí thư Huyện ủy, Bí thư XXI nhiệm kỳ trước, dự. Giám đốc TS Nguyễn Văn An dự.'), ['Vũ Mạnh Hà: Bí thư Huyện ủy', 'Nguyễn Văn An: Giám đốc']);
      // An enterprise's heads are written short: "TGĐ", "Phó TGĐ", "PTGĐ".
      assert.deepEqual(people('Ông Lê Đình Bửu Trí được bổ nhiệm giữ chức vụ Phó TGĐ VRG. Ông Trần Ngọc Thuận, TGĐ Tập đoàn Dệt May Việt Nam, dự.'), [
        'Lê Đình Bửu Trí: [appointed] Phó TGĐ VRG',
        'Trần Ngọc Thuận: TGĐ Tập đoàn Dệt May Việt Nam',
      ]);
      // A brand written as one word is the company a post heads right before a name, but a foreign leader's name is no company.
      assert.deepEqual(people('Ủy viên HĐQT, Phó Tổng Giám đốc Petrolimex Trần Ngọc Năm được phân công. Thủ tướng Modi, Chủ tịch Putin dự.'), [
        'Trần Ngọc Năm: Ủy viên HĐQT | Phó Tổng Giám đốc Petrolimex',
      ]);
    });

    it('reads an organisation the lexicon does not list from its head, up to the name', () => {
      assert.deepEqual(people('Chủ tịch Hội Nông dân tỉnh Bắc Ninh Lý Văn Nam trao quà.'), ['Lý Văn Nam: Chủ tịch Hội Nông dân tỉnh Bắc Ninh']);
    });

    it('leaves a term qualifier out of the title', () => {
      assert.deepEqual(people('Đồng chí Trịnh Văn Phúc, Bí thư Tỉnh ủy khóa XIX, phát biểu.'), ['Trịnh Văn Phúc: Bí thư Tỉnh ủy']);
    });
  });

  describe('which titles belong to a name', () => {
    it('gives a chain of titles before a name to that name', () => {
      assert.deepEqual(people('Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương Đặng Văn Quý phát biểu.'), [
        'Đặng Văn Quý: Ủy viên Bộ Chính trị | Bí thư Trung ương Đảng | Trưởng Ban Tổ chức Trung ương',
      ]);
    });

    it('ends a list of bare names shared a post at the first item that writes a post of its own', () => {
      assert.deepEqual(
        people('Tới viếng có nguyên Chủ tịch nước: Trần Đức Lượng, Nguyễn Minh Triệu; nguyên Thủ tướng Chính phủ Nguyễn Tấn Dụng; nguyên Chủ tịch Quốc hội Nguyễn Văn Ân.'),
        ['Trần Đức Lượng: [former] Chủ tịch nước', 'Nguyễn Minh Triệu: [former] Chủ tịch nước', 'Nguyễn Tấn Dụng: [former] Thủ tướng Chính phủ', 'Nguyễn Văn Ân: [former] Chủ tịch Quốc hội'],
      );
      assert.deepEqual(people('Dự có hai Ủy viên Ban cán sự đảng, Thứ trưởng Bộ GTVT Lê Đình Thơ, Nguyễn Ngọc Đồng và nguyên Thứ trưởng Nguyễn Ngọc Huê.'), [
        'Lê Đình Thơ: Ủy viên Ban cán sự đảng | Thứ trưởng Bộ GTVT',
        'Nguyễn Ngọc Đồng: Ủy viên Ban cán sự đảng | Thứ trưởng Bộ GTVT',
        'Nguyễn Ngọc Huê: [former] Thứ trưởng',
      ]);
    });

    it('gives a list’s heading post to items that write their own post before their names', () => {
      assert.deepEqual(people('Cùng đi có các đồng chí Bí thư Trung ương Đảng: Trưởng ban Tuyên giáo Trung ương Nguyễn Trọng An; Trưởng ban Dân vận Trung ương Bùi Thị Minh Bình.'), [
        'Nguyễn Trọng An: Bí thư Trung ương Đảng | Trưởng ban Tuyên giáo Trung ương',
        'Bùi Thị Minh Bình: Bí thư Trung ương Đảng | Trưởng ban Dân vận Trung ương',
      ]);
    });

    it('gives a post, a comma and an officer\'s rank to the officer named, in a list\'s items too', () => {
      assert.deepEqual(
        people('Lãnh đạo Bộ Quốc phòng hiện có Bộ trưởng, Đại tướng Ngô Văn Lịch; cùng các Thứ trưởng: Tổng Tham mưu trưởng, Thượng tướng Phan Văn Giao; Thượng tướng Nguyễn Chí Vĩnh; Phó Đô đốc Hải quân Phạm Hoài Nhân.'),
        ['Ngô Văn Lịch: Bộ trưởng', 'Phan Văn Giao: Thứ trưởng | Tổng Tham mưu trưởng', 'Nguyễn Chí Vĩnh: Thứ trưởng', 'Phạm Hoài Nhân: Thứ trưởng'],
      );
      // A post and a comma before a name with no rank may be one item of a list of posts, and is not given to it.
      assert.deepEqual(people('Hiện có Bộ trưởng, ông Ngô Văn Lịch và các Thứ trưởng.'), ['Ngô Văn Lịch']);
    });

    it('reads a caption\'s remark in brackets before a list\'s colon, and several honorifics of a plural before it', () => {
      assert.deepEqual(people('3 tân Thứ trưởng Bộ Quốc phòng (từ trái qua): Thượng tướng Phan Văn Giao, Trung tướng Lê Huy Vinh, Trung tướng Trần Đơn.'), [
        'Phan Văn Giao: [new] Thứ trưởng Bộ Quốc phòng',
        'Lê Huy Vinh: [new] Thứ trưởng Bộ Quốc phòng',
        'Trần Đơn: [new] Thứ trưởng Bộ Quốc phòng',
      ]);
      assert.deepEqual(people('Ban chấp hành gồm các anh chị: Phan Văn Mãi, Nguyễn Đắc Vinh. Dự có các ông, bà: Lê Văn Hai, Phó Chủ tịch UBND tỉnh; Trần Thị Ba, Giám đốc Sở Y tế.'), [
        'Phan Văn Mãi',
        'Nguyễn Đắc Vinh',
        'Lê Văn Hai: Phó Chủ tịch UBND tỉnh',
        'Trần Thị Ba: Giám đốc Sở Y tế',
      ]);
    });

    it('gives a post followed by a colon and names to those names, and the post after "thay mặt" to no one present', () => {
      assert.deepEqual(people('Dự có Thủ tướng Chính phủ Phạm Minh An, nguyên Chủ tịch Quốc hội: Nguyễn Sinh Bình, Nguyễn Thị Kim Cúc.'), [
        'Phạm Minh An: Thủ tướng Chính phủ',
        'Nguyễn Sinh Bình: [former] Chủ tịch Quốc hội',
        'Nguyễn Thị Kim Cúc: [former] Chủ tịch Quốc hội',
      ]);
      assert.deepEqual(people('Thay mặt Chủ tịch nước, Phó Chủ tịch nước Đặng Thị Ngọc Dung đã trao tặng Huân chương.'), ['Đặng Thị Ngọc Dung: Phó Chủ tịch nước']);
      // "thừa ủy quyền" speaks for an absent official as "thay mặt" does; its "quyền" is not "acting".
      assert.deepEqual(people('Thừa ủy quyền của Chủ tịch nước, Bộ trưởng Tô Văn Lâm trao quyết định.'), ['Tô Văn Lâm: Bộ trưởng']);
      assert.deepEqual(people('Thừa ủy quyền Chủ tịch nước, Phó Chủ tịch nước Võ Thị Ánh Xuân trao quyết định.'), ['Võ Thị Ánh Xuân: Phó Chủ tịch nước']);
      assert.deepEqual(people('Thừa ủy quyền của Chủ tịch nước, Thủ tướng Chính phủ, đồng chí Phạm Văn Chính, Trưởng Ban Tổ chức Trung ương trao Huân chương.'), [
        'Phạm Văn Chính: Trưởng Ban Tổ chức Trung ương',
      ]);
      // The palace and the memorials named after the President are places, not him.
      assert.deepEqual(people('Sáng 7/1, tại Phủ Chủ tịch, Chủ tịch nước Lương Văn Cường trao quyết định. Đoàn dâng hương tại Đền thờ Chủ tịch Hồ Chí Minh.'), [
        'Lương Văn Cường: Chủ tịch nước',
      ]);
    });

    it('gives a post followed by "là" and a name to that name, not to the name before it', () => {
      assert.deepEqual(people('Bộ trưởng Bộ Quốc phòng là Đại tướng Phùng Quang An, Chủ nhiệm Tổng cục Chính trị là Thượng tướng Ngô Xuân Bình.'), [
        'Phùng Quang An: Bộ trưởng Bộ Quốc phòng',
        'Ngô Xuân Bình: Chủ nhiệm Tổng cục Chính trị',
      ]);
      assert.deepEqual(people('Ông Trần Văn Cư, Phó Chủ tịch UBND tỉnh là người trực tiếp chỉ đạo.'), ['Trần Văn Cư: Phó Chủ tịch UBND tỉnh']);
    });

    it('gives a post to every name of the list opened after a predicate, and reads a highland name in brackets in such a list', () => {
      assert.deepEqual(people('Các Phó Bí thư Tỉnh ủy được chỉ định gồm: Hồ Văn An (Chủ tịch UBND tỉnh), Phạm Thị Bình, Lưu Văn Cư.'), [
        'Hồ Văn An: [appointed] Phó Bí thư Tỉnh ủy | Chủ tịch UBND tỉnh',
        'Phạm Thị Bình: [appointed] Phó Bí thư Tỉnh ủy',
        'Lưu Văn Cư: [appointed] Phó Bí thư Tỉnh ủy',
      ]);
      assert.deepEqual(people('Các Phó Bí thư Tỉnh ủy gồm các đồng chí: Phạm Minh Dũng (Chủ tịch UBND tỉnh) và đồng chí Y Biêr Niê (Chủ tịch HĐND tỉnh).'), [
        'Phạm Minh Dũng: Phó Bí thư Tỉnh ủy | Chủ tịch UBND tỉnh',
        'Y Biêr Niê: Phó Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh',
      ]);
    });

    it('gives each post to the name "đối với" introduces after it, also after a comma closing its term, not to a name before', () => {
      assert.deepEqual(people('Miễn nhiệm chức vụ Ủy viên UBND tỉnh đối với ông Nguyễn Minh An và miễn nhiệm chức vụ Trưởng ban Pháp chế HĐND tỉnh đối với ông Đoàn Minh Bình.'), [
        'Nguyễn Minh An: [left] Ủy viên UBND tỉnh',
        'Đoàn Minh Bình: [left] Trưởng ban Pháp chế HĐND tỉnh',
      ]);
      assert.deepEqual(people('HĐND tỉnh bầu chức vụ Chủ tịch UBND tỉnh Tiền Giang, nhiệm kỳ 2016-2021, đối với ông Nguyễn Văn Cư.'), [
        'Nguyễn Văn Cư: [appointed] Chủ tịch UBND tỉnh Tiền Giang',
      ]);
      // "bãi nhiệm" (recall) takes a post away as "miễn nhiệm" does.
      assert.deepEqual(people('HĐND tỉnh bãi nhiệm chức vụ Chủ tịch UBND tỉnh Quảng Ngãi đối với ông Đặng Văn Minh.'), ['Đặng Văn Minh: [left] Chủ tịch UBND tỉnh Quảng Ngãi']);
      // "với" after a post a verb takes away or gives says the same; after a post alone it is "with".
      assert.deepEqual(people('Quốc hội miễn nhiệm chức vụ Phó Thủ tướng với ông Trịnh Đình Dũng. Bí thư Tỉnh ủy làm việc với ông Lê Văn An.'), [
        'Trịnh Đình Dũng: [left] Phó Thủ tướng',
        'Lê Văn An',
      ]);
      // Posts joined by "và", the noun "chức vụ" perhaps first, share the verb and the holder.
      assert.deepEqual(people('Hội nghị bầu bổ sung Ủy viên Ban Chấp hành, Ủy viên Ban Thường vụ và chức vụ Chủ tịch LĐLĐ tỉnh đối với đồng chí Nguyễn Phúc Linh.'), [
        'Nguyễn Phúc Linh: [appointed] Ủy viên Ban Chấp hành | [appointed] Ủy viên Ban Thường vụ | [appointed] Chủ tịch LĐLĐ tỉnh',
      ]);
      // "giao quyền" gives a post to act in, its holder perhaps after a comma.
      assert.deepEqual(people('Ủy ban Thường vụ Quốc hội giao quyền Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu, cho ông Nguyễn Thành Long.'), [
        'Nguyễn Thành Long: [acting] Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu',
      ]);
      // A head alone in lower case is a post there too: the verb before it and the holders after it say so.
      assert.deepEqual(people('Tòa án trao quyết định bổ nhiệm phó chánh án cho các ông Võ Văn Ngầu, Đỗ Văn Thinh. Ông Lê Văn Tâm làm việc với phó giám đốc.'), [
        'Võ Văn Ngầu: [appointed] phó chánh án',
        'Đỗ Văn Thinh: [appointed] phó chánh án',
        'Lê Văn Tâm',
      ]);
      // So does "của" (of), and the next such post after a semicolon is the next name's, not a predicate of the first.
      assert.deepEqual(
        people('HĐND miễn nhiệm chức Chủ tịch UBND tỉnh của ông Trần Công Chánh (ông hiện là Bí thư Tỉnh ủy); miễn nhiệm chức Phó Chủ tịch UBND tỉnh của ông Nguyễn Liên Khoa.'),
        ['Trần Công Chánh: [left] Chủ tịch UBND tỉnh', 'Nguyễn Liên Khoa: [left] Phó Chủ tịch UBND tỉnh'],
      );
    });

    it('gives a post to every name of a list after "cho các ông", and to the names after "… và các ông" in a list a post heads', () => {
      assert.deepEqual(people('Chánh án trao quyết định bổ nhiệm Phó Chánh án cho các ông Võ Văn Ngầu, Đỗ Văn Thinh và bà Phan Thị Hoa.'), [
        'Võ Văn Ngầu: [appointed] Phó Chánh án',
        'Đỗ Văn Thinh: [appointed] Phó Chánh án',
        'Phan Thị Hoa: [appointed] Phó Chánh án',
      ]);
      assert.deepEqual(people('Viện trưởng bổ nhiệm 4 phó viện trưởng là bà Nguyễn Hải Trâm và các ông Nguyễn Duy Giảng, Tạ Quang Khải.'), [
        'Nguyễn Hải Trâm: [appointed] phó viện trưởng',
        'Nguyễn Duy Giảng: [appointed] phó viện trưởng',
        'Tạ Quang Khải: [appointed] phó viện trưởng',
      ]);
    });

    it('gives a post to every name of the list "đối với các ông:" opens, past each item\'s reason in lower case, but not to another list', () => {
      assert.deepEqual(
        people(
          'HĐND tỉnh miễn nhiệm chức danh ủy viên UBND tỉnh Thanh Hóa đối với các ông: Lê Văn Diện, nguyên Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, ' +
            'do nghỉ hưu (nghỉ chờ hưu từ ngày 01/6/2024); Mai Sỹ Diến, nguyên Chánh Thanh tra tỉnh do nghỉ hưu; Phạm Bá Oai, nguyên Giám đốc Sở Công Thương.',
        ),
        [
          'Lê Văn Diện: [left] ủy viên UBND tỉnh Thanh Hóa | [former] Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh',
          'Mai Sỹ Diến: [left] ủy viên UBND tỉnh Thanh Hóa | [former] Chánh Thanh tra tỉnh',
          'Phạm Bá Oai: [left] ủy viên UBND tỉnh Thanh Hóa | [former] Giám đốc Sở Công Thương',
        ],
      );
      // A capital inside a body's name ("sở Y tế") does not end the list, and the item's post in lower case is read.
      assert.deepEqual(people('HĐND tỉnh miễn nhiệm Ủy viên UBND tỉnh đối với bà Nguyễn Thị Hoa, nguyên giám đốc sở Y tế; ông Trần Văn Bình, nguyên giám đốc sở Y tế.'), [
        'Nguyễn Thị Hoa: [left] Ủy viên UBND tỉnh | [former] giám đốc sở Y tế',
        'Trần Văn Bình: [left] Ủy viên UBND tỉnh | [former] giám đốc sở Y tế',
      ]);
      assert.deepEqual(
        people('Chủ nhiệm Tổng cục Chính trị hiện nay là Thượng tướng Trịnh Văn Quyết và 3 Phó Chủ nhiệm gồm Thượng tướng Lê Quang Minh; Trung tướng Trương Thiên Tô; Trung tướng Đỗ Xuân Tụng.'),
        ['Trịnh Văn Quyết: Chủ nhiệm Tổng cục Chính trị', 'Lê Quang Minh: Phó Chủ nhiệm', 'Trương Thiên Tô: Phó Chủ nhiệm', 'Đỗ Xuân Tụng: Phó Chủ nhiệm'],
      );
      assert.deepEqual(people('Thượng tá Nguyễn Thành Trung, Phó Bí thư Thường trực ĐUQS tỉnh, Chính ủy Bộ CHQS tỉnh dự.'), [
        'Nguyễn Thành Trung: Phó Bí thư Thường trực ĐUQS tỉnh | Chính ủy Bộ CHQS tỉnh',
      ]);
    });

    it('gives a post to every name of the list "đối với" opens, each keeping its own posts', () => {
      assert.deepEqual(people('Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Tuyên Quang nhiệm kỳ 2016 - 2021 đối với: Ông Nguyễn Đình An, ông Trần Ngọc Bình và bà Lê Thị Cúc.'), [
        'Nguyễn Đình An: [appointed] Phó Chủ tịch UBND tỉnh Tuyên Quang',
        'Trần Ngọc Bình: [appointed] Phó Chủ tịch UBND tỉnh Tuyên Quang',
        'Lê Thị Cúc: [appointed] Phó Chủ tịch UBND tỉnh Tuyên Quang',
      ]);
      assert.deepEqual(people('Phê chuẩn kết quả bầu Ủy viên UBND tỉnh đối với ông Trần Văn Sơn, Chánh Văn phòng UBND tỉnh; ông Trần Tú Anh, Giám đốc Sở Tài chính.'), [
        'Trần Văn Sơn: [appointed] Ủy viên UBND tỉnh | Chánh Văn phòng UBND tỉnh',
        'Trần Tú Anh: [appointed] Ủy viên UBND tỉnh | Giám đốc Sở Tài chính',
      ]);
      // The names may follow a post of their own, every name's when it is plural, the first name's otherwise.
      assert.deepEqual(people('Trao quyết định bổ nhiệm Phó Chánh án Tòa án nhân dân tối cao đối với các Thẩm phán Tòa án nhân dân tối cao Lê Văn Tiến và Nguyễn Biên Thùy.'), [
        'Lê Văn Tiến: [appointed] Phó Chánh án Tòa án nhân dân tối cao | Thẩm phán Tòa án nhân dân tối cao',
        'Nguyễn Biên Thùy: [appointed] Phó Chánh án Tòa án nhân dân tối cao | Thẩm phán Tòa án nhân dân tối cao',
      ]);
      assert.deepEqual(people('Thông qua việc bổ sung Ủy viên Ủy ban MTTQ tỉnh đối với nguyên Phó Trưởng Ban Dân vận Tỉnh ủy Nguyễn Văn Khởi và Chủ tịch Hội Nông dân tỉnh Trần Văn Yên.'), [
        'Nguyễn Văn Khởi: Ủy viên Ủy ban MTTQ tỉnh | [former] Phó Trưởng Ban Dân vận Tỉnh ủy',
        'Trần Văn Yên: Ủy viên Ủy ban MTTQ tỉnh | Chủ tịch Hội Nông dân tỉnh',
      ]);
    });

    it('gives a career listed after "trải qua các chức vụ", or after "như" (such as), and an obituary record’s "Chức vụ:" line to the person', () => {
      assert.deepEqual(
        people(
          'Sinh năm 1968, ông Vương Quốc Tuấn là người Bắc Ninh, từng trải qua các vị trí công tác như Bí thư Tỉnh Đoàn Bắc Ninh, Bí thư Thành ủy Bắc Ninh. ' +
            'Ông Phạm Văn Chánh sinh năm 1965. Ông từng trải qua các chức vụ: Trưởng Công an huyện Phú Giáo; Bí thư Huyện ủy Phú Giáo.',
        ),
        [
          'Vương Quốc Tuấn: [former] Bí thư Tỉnh Đoàn Bắc Ninh | [former] Bí thư Thành ủy Bắc Ninh',
          'Phạm Văn Chánh: [former] Trưởng Công an huyện Phú Giáo | [former] Bí thư Huyện ủy Phú Giáo',
        ],
      );
      assert.deepEqual(
        people(
          'Ông Dương Văn Lượng đã đảm nhận nhiều vị trí như: Phó Chủ tịch UBND huyện Định Hóa, Chánh văn phòng Tỉnh ủy Thái Nguyên; và Bí thư Thành ủy Thái Nguyên. ' +
            'Ông Nguyễn Quốc Đoàn trải qua nhiều cương vị ở T.Ư và địa phương như Giám đốc Công an tỉnh; Bí thư Tỉnh ủy Lạng Sơn.',
        ),
        [
          'Dương Văn Lượng: [former] Phó Chủ tịch UBND huyện Định Hóa | [former] Chánh văn phòng Tỉnh ủy Thái Nguyên | [former] Bí thư Thành ủy Thái Nguyên',
          'Nguyễn Quốc Đoàn: [former] Giám đốc Công an tỉnh | [former] Bí thư Tỉnh ủy Lạng Sơn',
        ],
      );
      assert.deepEqual(
        people(
          'Ông Lê Minh Khái sinh năm 1964. Quê quán: xã Vĩnh Phú Tây, tỉnh Bạc Liêu. Bí thư Trung ương Đảng Khóa XIII; Đại biểu Quốc hội khóa XIV.\n\n' +
            'Ông từng kinh qua nhiều vị trí công tác như: Phó Tổng Kiểm toán Nhà nước, Phó Bí thư Tỉnh ủy Bạc Liêu.\n',
        ),
        ['Lê Minh Khái: Bí thư Trung ương Đảng | Đại biểu Quốc hội | [former] Phó Tổng Kiểm toán Nhà nước | [former] Phó Bí thư Tỉnh ủy Bạc Liêu'],
      );
      assert.deepEqual(
        people('Đồng chí: Nguyễn Tiến Chương\n\nSinh ngày: 10 tháng 3 năm 1920\n\nChức vụ: Nguyên Bí thư Tỉnh ủy Hà Tĩnh, nguyên Phó Bí thư Thường trực Tỉnh ủy Nghệ Tĩnh.\n'),
        ['Nguyễn Tiến Chương: [former] Bí thư Tỉnh ủy Hà Tĩnh | [former] Phó Bí thư Thường trực Tỉnh ủy Nghệ Tĩnh'],
      );
    });

    it('gives the posts of a clause whose subject is "ông" or "bà" to the man or woman named last', () => {
      assert.deepEqual(
        people(
          'Nguyên Tổng Bí thư Lê Khả An sinh năm 1931. Ông là Ủy viên Ban Chấp hành Trung ương Đảng các khóa VII, VIII; Bí thư Trung ương Đảng khóa VII; ' +
            'Ủy viên Thường vụ, Thường trực Bộ Chính trị khóa VIII; Tổng Bí thư Ban Chấp hành Trung ương Đảng khóa VIII (từ tháng 12/1997 đến tháng 4/2001); Đại biểu Quốc hội khóa IX, khóa X.',
        ),
        [
          'Lê Khả An: [former] Tổng Bí thư | Ủy viên Ban Chấp hành Trung ương Đảng | Bí thư Trung ương Đảng | Ủy viên Thường vụ | Thường trực Bộ Chính trị | ' +
            'Tổng Bí thư Ban Chấp hành Trung ương Đảng | Đại biểu Quốc hội',
        ],
      );
      assert.deepEqual(people('Ông Đồng Văn Thanh sinh năm 1969; ông giữ chức Chủ tịch UBND tỉnh Hậu Giang, trước đó ông là Phó Chủ tịch UBND tỉnh.'), [
        'Đồng Văn Thanh: [appointed] Chủ tịch UBND tỉnh Hậu Giang | [former] Phó Chủ tịch UBND tỉnh',
      ]);
      // "ông" stands for a man only, "bà" for a woman only; a name after the word makes it an honorific as ever.
      assert.deepEqual(people('Bà Nguyễn Thị Hà dự. Ông là Bí thư Tỉnh ủy. Bà là Chủ tịch HĐND tỉnh. Ông Lê Văn Ba là Giám đốc Sở Y tế.'), [
        'Nguyễn Thị Hà: Chủ tịch HĐND tỉnh',
        'Lê Văn Ba: Giám đốc Sở Y tế',
      ]);
      // "ông" inside a clause ("mời ông là …") is no subject.
      assert.deepEqual(people('Ông Lê Văn Ba dự. Hội nghị mời ông là Bí thư Huyện ủy phát biểu.'), ['Lê Văn Ba']);
    });

    it('gives a post heading a list of names to those names, not to the name whose predicates come before it', () => {
      assert.deepEqual(
        people(
          'Hội nghị bầu bổ sung đồng chí Lê Hoài An, Trưởng Ban Đối ngoại Trung ương, giữ chức Ủy viên Ban Bí thư; bầu bổ sung Ủy viên Ủy ban Kiểm tra Trung ương khóa XIII, ' +
            'gồm các đồng chí: Đào Thế Bình, Vụ trưởng Vụ Địa bàn 6, Cơ quan Ủy ban Kiểm tra Trung ương; đồng chí Lê Nam Cư, Vụ trưởng Vụ Nghiên cứu; và Thiếu tướng Vũ Hồng Dân, Cục trưởng Cục An ninh chính trị nội bộ, Bộ Công an.',
        ),
        [
          'Lê Hoài An: Trưởng Ban Đối ngoại Trung ương | [appointed] Ủy viên Ban Bí thư',
          'Đào Thế Bình: [appointed] Ủy viên Ủy ban Kiểm tra Trung ương | Vụ trưởng Vụ Địa bàn 6, Cơ quan Ủy ban Kiểm tra Trung ương',
          'Lê Nam Cư: [appointed] Ủy viên Ủy ban Kiểm tra Trung ương | Vụ trưởng Vụ Nghiên cứu',
          'Vũ Hồng Dân: [appointed] Ủy viên Ủy ban Kiểm tra Trung ương | Cục trưởng Cục An ninh chính trị nội bộ, Bộ Công an',
        ],
      );
      // A colon after a post and a predicate that is no list keeps the post with its holder.
      assert.deepEqual(people('Hội nghị bầu ông Nguyễn Văn An giữ chức Bí thư Tỉnh ủy: 100% phiếu tán thành.'), ['Nguyễn Văn An: [appointed] Bí thư Tỉnh ủy']);
    });

    it('gives an appositive after a comma or a dash to the name before it', () => {
      assert.deepEqual(people('Đồng chí Bùi Thị Ròng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Cà Mau chủ trì.'), [
        'Bùi Thị Ròng: Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy Cà Mau',
      ]);
      assert.deepEqual(people('Đồng chí Bùi Thị Ròng - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Cà Mau chủ trì.'), [
        'Bùi Thị Ròng: Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy Cà Mau',
      ]);
    });

    it('gives a title followed by a name to that name, not to the appositive before it', () => {
      assert.deepEqual(people('Dự có Tổng Bí thư Lạc Văn Sơn, Thường trực Ban Bí thư Cao Thị Tuyết.'), [
        'Lạc Văn Sơn: Tổng Bí thư',
        'Cao Thị Tuyết: Thường trực Ban Bí thư',
      ]);
    });

    it('reads posts on past "đương nhiệm" (incumbent) after one of them', () => {
      assert.deepEqual(people('Đồng chí Võ Thị Hạnh – Ủy viên Trung ương Đảng khoá XIII, Phó Chủ tịch nước đương nhiệm, đại biểu Quốc hội khoá XV, được giới thiệu.'), [
        'Võ Thị Hạnh: Ủy viên Trung ương Đảng | Phó Chủ tịch nước | đại biểu Quốc hội',
      ]);
      assert.deepEqual(people('Chủ tịch UBND tỉnh đương nhiệm Lê Văn An tái đắc cử.'), ['Lê Văn An: Chủ tịch UBND tỉnh']);
    });

    it('gives a parenthesis to the name before it', () => {
      assert.deepEqual(people('Ông Hà Văn Vĩnh (Bộ trưởng Bộ Nội vụ) trao quyết định.'), ['Hà Văn Vĩnh: Bộ trưởng Bộ Nội vụ']);
      // "Trưởng" glued to the bracket still takes the body's head in lower case after it ("Trưởng ban Dân vận").
      assert.deepEqual(people('Có đồng chí Lê Thị Hạnh (Trưởng ban Dân vận) và đồng chí Trần Văn Khoa (Phó trưởng ban Tổ chức) dự.'), [
        'Lê Thị Hạnh: Trưởng ban Dân vận',
        'Trần Văn Khoa: Phó trưởng ban Tổ chức',
      ]);
    });

    it('makes the post of a predicate an event: appointed, left, or held', () => {
      assert.deepEqual(people('Đồng chí Mạc Văn Hòa, Bí thư Tỉnh ủy khóa XIX được bầu giữ chức Bí thư Tỉnh ủy Sơn La khóa XX.'), [
        'Mạc Văn Hòa: Bí thư Tỉnh ủy | [appointed] Bí thư Tỉnh ủy Sơn La',
      ]);
      assert.deepEqual(people('Ông Kiều Văn Lâm được bổ nhiệm làm Thứ trưởng Bộ Tài chính.'), ['Kiều Văn Lâm: [appointed] Thứ trưởng Bộ Tài chính']);
      assert.deepEqual(people('Ông Kiều Văn Lâm thôi giữ chức Giám đốc Sở Tài chính để nhận nhiệm vụ mới.'), ['Kiều Văn Lâm: [left] Giám đốc Sở Tài chính']);
      assert.deepEqual(people('Bà Lò Thị Xuân, đang giữ chức vụ Phó Bí thư Tỉnh ủy, được bầu làm Bí thư Tỉnh ủy.'), [
        'Lò Thị Xuân: Phó Bí thư Tỉnh ủy | [appointed] Bí thư Tỉnh ủy',
      ]);
    });

    it('reads a name of the Central Highlands\' peoples after an honorific where a Vietnamese post follows, but no foreign leader\'s', () => {
      assert.deepEqual(people('Dự có bà Ka Trinh, Phó Bí thư Huyện ủy; ông Điểu K\'Ré, Bí thư Tỉnh ủy Đắk Nông; ông Y Giang Gry Niê Knơng, Phó Bí thư Tỉnh ủy.'), [
        'Ka Trinh: Phó Bí thư Huyện ủy',
        "Điểu K'Ré: Bí thư Tỉnh ủy Đắk Nông",
        'Y Giang Gry Niê Knơng: Phó Bí thư Tỉnh ủy',
      ]);
      assert.deepEqual(people('Ông Thongloun Sisoulith, Tổng Bí thư, Chủ tịch nước Lào, dự. Hôm nay, ông Ha Phim dự họp.'), []);
      // A post of the Party's central bodies says so too; a neighbouring country's Central Committee is named after its party.
      assert.deepEqual(people('Đồng chí Y Thanh Hà Niê Kđăm, Phó Trưởng ban Tổ chức Trung ương, dự.'), ['Y Thanh Hà Niê Kđăm: Phó Trưởng ban Tổ chức Trung ương']);
      assert.deepEqual(people('Ông Thongloun Sisoulith, Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, dự.'), []);
      // So does a post of the state's central bodies or of the army, unless another country is named after it.
      assert.deepEqual(people('Dự có ông Ksor Phước, Phó Chủ tịch Quốc hội, và Thiếu tướng Kpă Y Lăng, Phó Tư lệnh Quân khu 5.'), [
        'Ksor Phước: Phó Chủ tịch Quốc hội',
        'Kpă Y Lăng: Phó Tư lệnh Quân khu 5',
      ]);
      assert.deepEqual(people('Dự có ông Pany Yathotou, Chủ tịch Quốc hội Lào.'), []);
      // Right after such a post, without an honorific, a name with a word no Vietnamese syllable is; and no province's
      // name begins with such a family name.
      assert.deepEqual(people('Cùng đi có Phó Chủ tịch HĐND tỉnh Ayun H\'Bút, Phó trưởng Đoàn đại biểu Quốc hội tỉnh Siu Hương và lãnh đạo các sở.'), [
        "Ayun H'Bút: Phó Chủ tịch HĐND tỉnh",
        'Siu Hương: Phó trưởng Đoàn đại biểu Quốc hội tỉnh',
      ]);
    });

    it('reads the Fatherland Front\'s consultative election ("được hiệp thương cử giữ chức", "được hiệp thương làm") as an appointment', () => {
      assert.deepEqual(people('Ông Kim Ngọc Thái được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.'), ['Kim Ngọc Thái: [appointed] Chủ tịch Ủy ban MTTQ Việt Nam tỉnh']);
      assert.deepEqual(people('Ông Lê Văn Tám được hiệp thương làm Chủ tịch Ủy ban MTTQ tỉnh Tiền Giang nhiệm kỳ 2014-2019.'), [
        'Lê Văn Tám: [appointed] Chủ tịch Ủy ban MTTQ tỉnh Tiền Giang',
      ]);
      assert.deepEqual(people('Bà Hà Thị Chín, Trưởng Ban Dân vận Tỉnh ủy, được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nghệ An.'), [
        'Hà Thị Chín: Trưởng Ban Dân vận Tỉnh ủy | [appointed] Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nghệ An',
      ]);
    });

    it('reads a predicate after "nay" (now), which sets the decision against the posts just listed', () => {
      assert.deepEqual(people('Bộ Chính trị điều động ông Lê Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, nay thôi giữ chức Bí thư Tỉnh ủy để giữ chức Phó Trưởng ban Ban Chỉ đạo Tây Bắc.'), [
        'Lê Văn An: Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy | [left] Bí thư Tỉnh ủy | [appointed] Phó Trưởng ban Ban Chỉ đạo Tây Bắc',
      ]);
      assert.deepEqual(people('Phân công ông Trần Văn Bình, Chủ tịch UBND TP. Cần Thơ nay giữ chức vụ Bí thư Thành ủy Cần Thơ.'), [
        'Trần Văn Bình: Chủ tịch UBND TP. Cần Thơ | [appointed] Bí thư Thành ủy Cần Thơ',
      ]);
    });

    it('reads a head alone in lower case as the post a predicate gives when it ends the clause, held after "do" (led by)', () => {
      assert.deepEqual(people('Đoàn kiểm tra do ông Lê Văn Sơn, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn.'), [
        'Lê Văn Sơn: Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy | trưởng đoàn',
      ]);
      assert.deepEqual(people('Ủy ban gồm 15 đồng chí, do đồng chí Ngô Văn Dũng làm chủ nhiệm, họp phiên đầu.'), ['Ngô Văn Dũng: chủ nhiệm']);
      assert.deepEqual(people('Ông Lê Văn An làm chủ nhiệm.'), ['Lê Văn An: [appointed] chủ nhiệm']);
      assert.deepEqual(people('Ông Lê Văn Ba làm giám đốc sở từ năm 2010.'), ['Lê Văn Ba']);
    });

    it('reads taking office ("đến nhận chức vụ") and an appointment "vào chức danh" as appointments, also for a second appointee after a semicolon', () => {
      assert.deepEqual(
        people(
          'Bộ Công an điều động đại tá Hà Văn Tuyên, Giám đốc Công an tỉnh Lai Châu giữ chức Giám đốc Công an tỉnh Bắc Kạn; đại tá Nguyễn Viết Giang, ' +
            'nguyên Phó giám đốc Công an tỉnh Hà Giang đến nhận chức vụ Giám đốc Công an tỉnh Lai Châu. Ông Phan Song Toàn được Ban Thường vụ Tỉnh ủy chỉ định vào chức danh Bí thư Huyện ủy Châu Thành.',
        ),
        [
          'Hà Văn Tuyên: Giám đốc Công an tỉnh Lai Châu | [appointed] Giám đốc Công an tỉnh Bắc Kạn',
          'Nguyễn Viết Giang: [former] Phó giám đốc Công an tỉnh Hà Giang | [appointed] Giám đốc Công an tỉnh Lai Châu',
          'Phan Song Toàn: [appointed] Bí thư Huyện ủy Châu Thành',
        ],
      );
    });

    it('gives the one replaced ("thay ông B") only the posts written at B’s name, not the post the successor takes up', () => {
      assert.deepEqual(
        people(
          'Ông Nguyễn Văn Thành được bầu giữ chức Chủ tịch UBND thành phố Huế thay ông Phan Trọng Vinh đến tuổi nghỉ hưu. ' +
            'Kỳ họp bầu bà Phan Thị Kim Sinh giữ chức Chủ tịch HĐND quận Thủ Đức, thay ông Nguyễn Thọ Truyền, đã được HĐND miễn nhiệm. ' +
            'Ông Lê Văn Hùng, Giám đốc Sở Nội vụ thay ông Trần Văn Bình phát biểu.',
        ),
        [
          'Nguyễn Văn Thành: [appointed] Chủ tịch UBND thành phố Huế',
          'Phan Trọng Vinh',
          'Phan Thị Kim Sinh: [appointed] Chủ tịch HĐND quận Thủ Đức',
          'Nguyễn Thọ Truyền',
          'Lê Văn Hùng: Giám đốc Sở Nội vụ',
          'Trần Văn Bình',
        ],
      );
      // "thay cho", "thay thế cho" as "thay"; a predecessor given posts of their own is given those.
      assert.deepEqual(
        people(
          'Ông Nguyễn Văn Hùng được bầu giữ chức Bí thư Tỉnh ủy Quảng Trị thay cho ông Lê Hữu Phúc, Bí thư Tỉnh ủy khóa XV. ' +
            'Bà Lê Thị Hoa được bổ nhiệm giữ chức Giám đốc Sở Y tế thay thế cho ông Trần Văn Nam nghỉ hưu.',
        ),
        [
          'Nguyễn Văn Hùng: [appointed] Bí thư Tỉnh ủy Quảng Trị',
          'Lê Hữu Phúc: Bí thư Tỉnh ủy',
          'Lê Thị Hoa: [appointed] Giám đốc Sở Y tế',
          'Trần Văn Nam',
        ],
      );
    });

    it('reads becoming and taking up a post ("trở thành", "nhận nhiệm vụ", "tiếp nhận nhiệm vụ") as an appointment', () => {
      assert.deepEqual(
        people(
          'Ông Trần Đức Thắng trở thành Bộ trưởng Bộ Nông nghiệp và Môi trường. Phó Chủ tịch Dương Anh Đức nhận nhiệm vụ Bí thư Huyện ủy Cần Giờ. ' +
            'Thiếu tướng Nguyễn Quốc Duyệt, Phó Tư lệnh Quân khu 3 tiếp nhận nhiệm vụ Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội.',
        ),
        [
          'Trần Đức Thắng: [appointed] Bộ trưởng Bộ Nông nghiệp và Môi trường',
          'Dương Anh Đức: Phó Chủ tịch | [appointed] Bí thư Huyện ủy Cần Giờ',
          'Nguyễn Quốc Duyệt: Phó Tư lệnh Quân khu 3 | [appointed] Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội',
        ],
      );
    });

    it('reads a predicate after another with an adverb between ("được bầu tiếp tục giữ chức vụ"), and taking a post "vào vị trí", "đảm nhiệm chức vụ", "về làm"', () => {
      assert.deepEqual(people('Ông Lý Văn Sơn, Chủ tịch UBND tỉnh Hà Giang nhiệm kỳ 2011-2016 được bầu tiếp tục giữ chức vụ Chủ tịch UBND tỉnh Hà Giang khóa XVII.'), [
        'Lý Văn Sơn: Chủ tịch UBND tỉnh Hà Giang | [appointed] Chủ tịch UBND tỉnh Hà Giang',
      ]);
      assert.deepEqual(people('Bộ Chính trị phân công ông Vũ Văn Huệ về làm bí thư Thành ủy Hà Nội.'), ['Vũ Văn Huệ: [appointed] bí thư Thành ủy Hà Nội']);
    });

    it('takes a province after a post for the province, not a name, unless an honorific or a well-known name says otherwise', () => {
      assert.deepEqual(people('Chủ tịch Hà Nội thăm trường. Bí thư Cao Bằng dự lễ.'), []);
      // A headline names the post by its province: "Bí thư Quảng Ninh Vũ Đại Thắng".
      assert.deepEqual(people('Bí thư Quảng Ninh Vũ Văn Tám phát biểu; Chủ tịch Hà Nội Trần Văn Chín dự.'), ['Vũ Văn Tám: Bí thư Quảng Ninh', 'Trần Văn Chín: Chủ tịch Hà Nội']);
      assert.deepEqual(people('Ông Hà Nam, Giám đốc Sở Y tế, dự lễ. Học tập tấm gương Chủ tịch Hồ Chí Minh.'), ['Hà Nam: Giám đốc Sở Y tế', 'Hồ Chí Minh: Chủ tịch']);
    });

    it('reads a pen name every reader knows after a post, though it has no family name ("Tổng Bí thư Trường Chinh")', () => {
      assert.deepEqual(people('Tổng Bí thư Trường Chinh là Phó trưởng ban.'), ['Trường Chinh: Tổng Bí thư | Phó trưởng ban']);
      assert.deepEqual(people('Đường Trường Chinh được mở rộng.'), []);
    });

    it('reads a village\'s head with its village ("trưởng thôn Pá Chí")', () => {
      assert.deepEqual(people('Cử tri bầu ông Lê Văn Tám giữ chức vụ trưởng thôn Pá Chí nhiệm kỳ 2025-2027.'), ['Lê Văn Tám: [appointed] trưởng thôn Pá Chí']);
    });

    it('reads a minister\'s post that names the ministry without its "Bộ" ("Bộ trưởng Tài chính", "thứ trưởng Quốc phòng")', () => {
      assert.deepEqual(people('Ông Lê Văn Tám, Bộ trưởng Tài chính, phát biểu.'), ['Lê Văn Tám: Bộ trưởng Tài chính']);
      assert.deepEqual(people('Thượng tướng, thứ trưởng Quốc phòng Hà Văn Chín dự họp.'), ['Hà Văn Chín: thứ trưởng Quốc phòng']);
      // The party's Politburo is no ministry: "Bộ trưởng" before it is not a post.
      assert.deepEqual(people('Ông Lê Văn Tám, Bộ trưởng Chính trị, phát biểu.'), ['Lê Văn Tám']);
    });

    it('makes a post appointed when "bầu" or "bổ nhiệm" has it as object, heading a list, but not after a name, whose verb it is not', () => {
      assert.deepEqual(people('Hội đồng cũng bầu 3 Phó Chủ tịch UBND tỉnh Yên Bái nhiệm kỳ 2016-2021 gồm các ông, bà: Lê Văn Tám, Hà Văn Chín và bà Lò Thị Mười.'), [
        'Lê Văn Tám: [appointed] Phó Chủ tịch UBND tỉnh Yên Bái',
        'Hà Văn Chín: [appointed] Phó Chủ tịch UBND tỉnh Yên Bái',
        'Lò Thị Mười: [appointed] Phó Chủ tịch UBND tỉnh Yên Bái',
      ]);
      assert.deepEqual(people('Bộ Chính trị phân công, bổ nhiệm Phó Trưởng ban Dân vận Trung ương gồm các ông: Lê Văn Tám, Ủy viên Trung ương Đảng; Hà Văn Chín.'), [
        'Lê Văn Tám: [appointed] Phó Trưởng ban Dân vận Trung ương | Ủy viên Trung ương Đảng',
        'Hà Văn Chín: [appointed] Phó Trưởng ban Dân vận Trung ương',
      ]);
      assert.deepEqual(people('Trung ương giới thiệu Tổng Bí thư Lê Văn Tám để bầu Chủ tịch nước.'), ['Lê Văn Tám: Tổng Bí thư']);
      assert.deepEqual(people('Bộ Chính trị chỉ định Bí thư Tỉnh ủy nhiệm kỳ 2025 - 2030 là ông Lê Văn Tám.'), ['Lê Văn Tám: [appointed] Bí thư Tỉnh ủy']);
      // The longest verb before the post wins: "cho thôi giữ chức" ends in "giữ chức".
      assert.deepEqual(people('Cảnh cáo, cho thôi giữ chức Ủy viên Bộ Chính trị đối với ông Hà Văn Chín.'), ['Hà Văn Chín: [left] Ủy viên Bộ Chính trị']);
    });

    it('gives each name of a list its own predicate, and the last predicate only to names without one', () => {
      assert.deepEqual(people('Hội đồng bầu ông Lê Văn Trọng, Phó Bí thư Tỉnh ủy vào vị trí Chủ tịch HĐND tỉnh và bà Ngô Thị Thủy, nguyên Chủ tịch HĐND tỉnh đảm nhiệm chức vụ Chủ tịch UBND tỉnh.'), [
        'Lê Văn Trọng: Phó Bí thư Tỉnh ủy | [appointed] Chủ tịch HĐND tỉnh',
        'Ngô Thị Thủy: [former] Chủ tịch HĐND tỉnh | [appointed] Chủ tịch UBND tỉnh',
      ]);
    });

    it('reads "cựu" before a post as "nguyên" (former), and the accused of a trial as people', () => {
      assert.deepEqual(people('Cựu Bộ trưởng Bộ Y tế Lê Văn An bị truy tố. Bị can Trần Văn Bình, cựu Chủ tịch UBND tỉnh, bị đề nghị truy tố.'), [
        'Lê Văn An: [former] Bộ trưởng Bộ Y tế',
        'Trần Văn Bình: [former] Chủ tịch UBND tỉnh',
      ]);
    });

    it('makes the posts of a person who retires ("nghỉ hưu", "đã nghỉ hưu") left, but not those of one who will ("sẽ nghỉ hưu")', () => {
      assert.deepEqual(
        people('Thứ trưởng Bộ Tư pháp Hoàng Thế Liên nghỉ hưu theo chế độ từ ngày 1/5/2014. Ông Trần Văn An, Giám đốc Sở Nội vụ, đã nghỉ hưu. Ông Lê Văn Bình, Giám đốc Sở Y tế, sẽ nghỉ hưu.'),
        ['Hoàng Thế Liên: [left] Thứ trưởng Bộ Tư pháp', 'Trần Văn An: [left] Giám đốc Sở Nội vụ', 'Lê Văn Bình: Giám đốc Sở Y tế'],
      );
      // "thôi đảm nhiệm" leaves a post, and "kiêm nhiệm chức vụ" takes one besides.
      assert.deepEqual(people('Ông Lê Văn Tâm thôi đảm nhiệm chức vụ Giám đốc Sở Y tế. Ông Bùi Văn Bảo kiêm nhiệm chức vụ Giám đốc Sở Tài chính.'), [
        'Lê Văn Tâm: [left] Giám đốc Sở Y tế',
        'Bùi Văn Bảo: [concurrent] Giám đốc Sở Tài chính',
      ]);
      // Several adverbs of time may come first ("vừa mới nghỉ chế độ").
      assert.deepEqual(people('Ông Hoàng Quốc Hương, Giám đốc Sở Y tế vừa mới nghỉ chế độ.'), ['Hoàng Quốc Hương: [left] Giám đốc Sở Y tế']);
    });

    it('reads past a rank in lower case set off by commas, with or without "là", to the posts after a name, but not past another name', () => {
      assert.deepEqual(people('Đồng chí Nguyễn Văn Chương, là thiếu tướng, nguyên Phó Chính ủy Quân khu 7, đã từ trần. Ông Lê Văn Bình, thiếu tướng, Tư lệnh Quân khu 5, dự.'), [
        'Nguyễn Văn Chương: [former] Phó Chính ủy Quân khu 7',
        'Lê Văn Bình: Tư lệnh Quân khu 5',
      ]);
      assert.deepEqual(people('Ông Nguyễn Văn Chương, ông Lê Văn Bình, dự.'), ['Nguyễn Văn Chương', 'Lê Văn Bình']);
    });

    it('reads past a birth year and home province, an age or a rank to the posts after a name', () => {
      assert.deepEqual(people('Ông Vi Văn Sáu, sinh năm 1965, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn khóa XVI, tái đắc cử.'), [
        'Vi Văn Sáu: Phó Bí thư Tỉnh ủy | Chủ tịch UBND tỉnh Lạng Sơn',
      ]);
      assert.deepEqual(people('Ông Vi Văn Sáu sinh năm 1965 tái đắc cử Bí thư Tỉnh Đoàn Lạng Sơn.'), ['Vi Văn Sáu: [appointed] Bí thư Tỉnh Đoàn Lạng Sơn']);
      assert.deepEqual(people('Ông Nguyễn Nhân An sinh năm 1960, quê Bắc Ninh, là Ủy viên Trung ương Đảng. Ông Đỗ Minh Bình - 53 tuổi, Phó Bí thư Tỉnh ủy, dự.'), [
        'Nguyễn Nhân An: Ủy viên Trung ương Đảng',
        'Đỗ Minh Bình: Phó Bí thư Tỉnh ủy',
      ]);
      assert.deepEqual(people('Ông Trần Văn Cư, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, dự.'), ['Trần Văn Cư: Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh']);
      assert.deepEqual(people('Ông Hà Văn Bảy tiếp tục tái đắc cử, giữ chức Bí thư Tỉnh ủy Gia Lai.'), ['Hà Văn Bảy: [appointed] Bí thư Tỉnh ủy Gia Lai']);
      assert.deepEqual(people('Ông Quản Văn Tư được điều động, chỉ định giữ chức Bí thư Tỉnh ủy Cao Bằng.'), ['Quản Văn Tư: [appointed] Bí thư Tỉnh ủy Cao Bằng']);
      // A day of birth, a birth year without a comma before the predicate, and "quê quán" or "quê ở" before the home place.
      assert.deepEqual(people('Thượng tướng Trần Quốc Tư sinh năm 1962, quê quán Ninh Bình là Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an.'), [
        'Trần Quốc Tư: Ủy viên Trung ương Đảng | Thứ trưởng Bộ Công an',
      ]);
      assert.deepEqual(people('Đồng chí Vũ Cao Minh, sinh ngày 17/10/1960, Thành ủy viên, Bí thư Quận ủy, dự. Ông Tô Huy Năm sinh ngày 4 tháng 6 năm 1947, quê ở xã Quảng Thái, là Ủy viên Bộ Chính trị.'), [
        'Vũ Cao Minh: Thành ủy viên | Bí thư Quận ủy',
        'Tô Huy Năm: Ủy viên Bộ Chính trị',
      ]);
      // "quê quán tại" and the province in brackets after the home place.
      assert.deepEqual(people('HĐND bầu ông Quách Việt Hùng, sinh năm 1957, quê quán tại Ngã Năm (Sóc Trăng), nguyên Bí thư Huyện ủy Ngã Năm, giữ chức vụ Phó Chủ tịch UBND tỉnh.'), [
        'Quách Việt Hùng: [former] Bí thư Huyện ủy Ngã Năm | [appointed] Phó Chủ tịch UBND tỉnh',
      ]);
      // The people one belongs to ("dân tộc Khmer", "dân tộc Bru-Vân Kiều") and the home place, in either order, after
      // the birth or the name itself.
      assert.deepEqual(
        people(
          'Đồng chí Mai Văn Khánh, sinh năm 1957, dân tộc Khmer, Ủy viên Thường vụ Tỉnh ủy, được bầu làm Chủ tịch HĐND tỉnh. ' +
            'Ông Hồ Văn Niên, dân tộc Bru-Vân Kiều, quê Quảng Trị, Bí thư Huyện ủy Hướng Hóa, dự. Ông Lê Văn Tám, quê Hà Tĩnh, Giám đốc Sở Y tế, dự.',
        ),
        [
          'Mai Văn Khánh: Ủy viên Thường vụ Tỉnh ủy | [appointed] Chủ tịch HĐND tỉnh',
          'Hồ Văn Niên: Bí thư Huyện ủy Hướng Hóa',
          'Lê Văn Tám: Giám đốc Sở Y tế',
        ],
      );
      // Adverbs before the predicate, "vị trí" for the post, and a career's "từng nhiều năm là".
      assert.deepEqual(
        people('Ông Lê Văn An tiếp tục được tín nhiệm giữ vị trí Chủ tịch Hội Cựu chiến binh Việt Nam. Ông Hồ Văn Ba từng nhiều năm là Phó Giám đốc Sở Y tế.'),
        ['Lê Văn An: [appointed] Chủ tịch Hội Cựu chiến binh Việt Nam', 'Hồ Văn Ba: [former] Phó Giám đốc Sở Y tế'],
      );
    });

    it('reads "Trung ương" abbreviated in any post or body (T.Ư, TƯ, TW), and units of the army closed by their number', () => {
      assert.deepEqual(people('Ông Nguyễn Văn Nên, Bí thư T.Ư Đảng, Chánh văn phòng T.Ư; ông Phan Đình Trạc, Bí thư TƯ Đảng, Trưởng ban Nội chính TW dự.'), [
        'Nguyễn Văn Nên: Bí thư T.Ư Đảng | Chánh văn phòng T.Ư',
        'Phan Đình Trạc: Bí thư TƯ Đảng | Trưởng ban Nội chính TW',
      ]);
      // "Quân khu" alone stands for the one the text names: "Tư lệnh Quân khu", "Đảng ủy Quân khu".
      assert.deepEqual(people('Ông Võ Minh Lương, Tư lệnh Quân khu, tái đắc cử Phó Bí thư Đảng ủy Quân khu.'), [
        'Võ Minh Lương: Tư lệnh Quân khu | [appointed] Phó Bí thư Đảng ủy Quân khu',
      ]);
      assert.deepEqual(people('Đại tá Nguyễn Văn Trực, Chính ủy Lữ đoàn 75, dự. Thượng tá Hồ Ngọc Phong giữ chức Phó Chính ủy Sư đoàn 312.'), [
        'Nguyễn Văn Trực: Chính ủy Lữ đoàn 75',
        'Hồ Ngọc Phong: [appointed] Phó Chính ủy Sư đoàn 312',
      ]);
    });

    it('takes a career’s posts of national terms over before the article’s year for former ones, and others as written', () => {
      const text =
        'Thứ Sáu, 07/08/2020, 10:00\nNguyên Tổng Bí thư Lê Khả An sinh năm 1931. Ông là Ủy viên Ban Chấp hành Trung ương Đảng các khóa VII, VIII; ' +
        'Bí thư Trung ương Đảng khóa VII; Đại biểu Quốc hội khóa IX, khóa X. Ông Lê Văn Ba sinh năm 1960. Ông là Ủy viên Bộ Chính trị khóa 12, ' +
        'Ủy viên Trung ương Đảng các khóa 10, 11; Bí thư Tỉnh ủy khóa XV.\n';
      assert.deepEqual(people(text), [
        'Lê Khả An: [former] Tổng Bí thư | [former] Ủy viên Ban Chấp hành Trung ương Đảng | [former] Bí thư Trung ương Đảng | [former] Đại biểu Quốc hội',
        'Lê Văn Ba: Ủy viên Bộ Chính trị | [former] Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy',
      ]);
    });

    it('gives an obituary’s subjectless "Nguyên: …" list and the clauses whose subject is "đồng chí" to the person named last', () => {
      assert.deepEqual(
        people(
          'Đồng chí Đỗ Văn Mười sinh năm 1917 tại Hà Nội. Nguyên: Ủy viên Bộ Chính trị các khóa V, VI; Chủ tịch Hội đồng Bộ trưởng (nay là Thủ tướng Chính phủ) ' +
            'nước Cộng hòa xã hội chủ nghĩa Việt Nam (từ tháng 6-1988 đến tháng 6-1991); Tổng Bí thư Ban Chấp hành Trung ương Đảng. Đồng chí là Đại biểu Quốc hội khóa IX.',
        ),
        ['Đỗ Văn Mười: [former] Ủy viên Bộ Chính trị | [former] Chủ tịch Hội đồng Bộ trưởng | [former] Tổng Bí thư Ban Chấp hành Trung ương Đảng | Đại biểu Quốc hội'],
      );
    });

    it('reads a list of posts a colon opens after "là" or "nguyên là", and former posts after "ông" without a verb', () => {
      assert.deepEqual(people('Ông Lê Phước Thọ nguyên là: Ủy viên dự khuyết khóa IV; Ủy viên Trung ương Đảng các khóa V, VI, VII; Bí thư Tỉnh ủy Hậu Giang.'), [
        'Lê Phước Thọ: [former] Ủy viên dự khuyết | [former] Ủy viên Trung ương Đảng | [former] Bí thư Tỉnh ủy Hậu Giang',
      ]);
      assert.deepEqual(people('Ông Lê Văn An, Bí thư Tỉnh ủy. Ông cũng nguyên Chủ tịch HĐND tỉnh, nguyên Trưởng Đoàn đại biểu Quốc hội tỉnh.'), [
        'Lê Văn An: Bí thư Tỉnh ủy | [former] Chủ tịch HĐND tỉnh | [former] Trưởng Đoàn đại biểu Quốc hội tỉnh',
      ]);
    });

    it('reads the names a counted honorific and a colon open ("4 đồng chí: A, B, C, D"), the predicate after the last being every name’s', () => {
      assert.deepEqual(people('Như vậy, 4 đồng chí: Đại tướng Đỗ Bá Tý, Tòng Thị Phương, Phùng Quốc Hiền, Uông Chu Lưu đã được Quốc hội bầu giữ chức vụ Phó Chủ tịch Quốc hội khóa XIV.'), [
        'Đỗ Bá Tý: [appointed] Phó Chủ tịch Quốc hội',
        'Tòng Thị Phương: [appointed] Phó Chủ tịch Quốc hội',
        'Phùng Quốc Hiền: [appointed] Phó Chủ tịch Quốc hội',
        'Uông Chu Lưu: [appointed] Phó Chủ tịch Quốc hội',
      ]);
    });

    it('gives the predicate after a list of names with their honorifics, joined by commas and "và", to every name', () => {
      assert.deepEqual(people('Bà Bùi Thị Hòa, ông Nguyễn Văn Bốn và ông Nguyễn Đức Luyện được bầu làm Phó Chủ tịch UBND tỉnh.'), [
        'Bùi Thị Hòa: [appointed] Phó Chủ tịch UBND tỉnh',
        'Nguyễn Văn Bốn: [appointed] Phó Chủ tịch UBND tỉnh',
        'Nguyễn Đức Luyện: [appointed] Phó Chủ tịch UBND tỉnh',
      ]);
      // A name given posts of its own ends such a list: the predicate of the names after it is theirs.
      assert.deepEqual(people('Ông Lê Văn An, Bí thư Tỉnh ủy, ông Lê Văn Ba và ông Hồ Văn Cư được bầu làm Phó Chủ tịch UBND tỉnh.'), [
        'Lê Văn An: Bí thư Tỉnh ủy',
        'Lê Văn Ba: [appointed] Phó Chủ tịch UBND tỉnh',
        'Hồ Văn Cư: [appointed] Phó Chủ tịch UBND tỉnh',
      ]);
    });

    it('reads the abbreviations the press writes inside organisations (T.Ư, LĐLĐ, Tổng LĐLĐ, BV)', () => {
      assert.deepEqual(
        people('Ông Lê Văn An, Phó Chủ tịch T.Ư Hội Nông dân Việt Nam, bà Lê Thị Ba, Phó Chủ tịch LĐLĐ tỉnh, ông Hồ Văn Cư, Phó Chủ tịch Tổng LĐLĐ Việt Nam, và ông Lê Văn Dũng, Giám đốc BV Việt Đức, dự.'),
        [
          'Lê Văn An: Phó Chủ tịch T.Ư Hội Nông dân Việt Nam',
          'Lê Thị Ba: Phó Chủ tịch LĐLĐ tỉnh',
          'Hồ Văn Cư: Phó Chủ tịch Tổng LĐLĐ Việt Nam',
          'Lê Văn Dũng: Giám đốc BV Việt Đức',
        ],
      );
    });

    it('gives a post before "là" to the names after it', () => {
      assert.deepEqual(people('Hai Phó Chủ tịch HĐND tỉnh là ông Lê Văn Tư và bà Ngô Thị Năm.'), [
        'Lê Văn Tư: Phó Chủ tịch HĐND tỉnh',
        'Ngô Thị Năm: Phó Chủ tịch HĐND tỉnh',
      ]);
    });

    it('gives a post made plural by a count or "các" to every name written straight after it', () => {
      assert.deepEqual(people('Hai Phó Chủ tịch UBND tỉnh Lê Văn Tư và Ngô Thị Năm cùng dự.'), ['Lê Văn Tư: Phó Chủ tịch UBND tỉnh', 'Ngô Thị Năm: Phó Chủ tịch UBND tỉnh']);
      assert.deepEqual(people('Các Phó Chủ tịch UBND tỉnh Lê Văn Tư, Ngô Thị Năm và Đỗ Văn Sáu dự.'), [
        'Lê Văn Tư: Phó Chủ tịch UBND tỉnh',
        'Ngô Thị Năm: Phó Chủ tịch UBND tỉnh',
        'Đỗ Văn Sáu: Phó Chủ tịch UBND tỉnh',
      ]);
      assert.deepEqual(people('Tỉnh ủy đã bổ nhiệm 2 Phó Giám đốc Sở Nội vụ Lê Văn Tư và Ngô Thị Năm.'), [
        'Lê Văn Tư: [appointed] Phó Giám đốc Sở Nội vụ',
        'Ngô Thị Năm: [appointed] Phó Giám đốc Sở Nội vụ',
      ]);
      // One post before one name: the name after "và" is another person, whose post the text does not give.
      assert.deepEqual(people('Phó Chủ tịch UBND tỉnh Lê Văn Tư và Ngô Thị Năm dự.'), ['Lê Văn Tư: Phó Chủ tịch UBND tỉnh', 'Ngô Thị Năm']);
      // The number before the post is the end of a date, not a count.
      assert.deepEqual(people('Ngày 12/3 Phó Chủ tịch UBND tỉnh Lê Văn Tư và Ngô Thị Năm dự.'), ['Lê Văn Tư: Phó Chủ tịch UBND tỉnh', 'Ngô Thị Năm']);
    });

    it('reads the party organisation of a place (Đảng bộ) as a post’s body', () => {
      assert.deepEqual(people('Đồng chí Lê Văn Tư tái đắc cử Bí thư Đảng bộ tỉnh. Ông Ngô Văn Năm, Bí thư Đảng bộ xã, dự.'), [
        'Lê Văn Tư: [appointed] Bí thư Đảng bộ tỉnh',
        'Ngô Văn Năm: Bí thư Đảng bộ xã',
      ]);
    });

    it('gives a post heading a list after "gồm" or "là các ông" to every name of the list', () => {
      assert.deepEqual(people('Bốn Phó Chủ tịch chuyên trách Hội Nông dân tỉnh khóa X gồm các đồng chí: Lê Văn Một, Hồ Thị Hai và Đào Văn Ba.'), [
        'Lê Văn Một: Phó Chủ tịch chuyên trách Hội Nông dân tỉnh',
        'Hồ Thị Hai: Phó Chủ tịch chuyên trách Hội Nông dân tỉnh',
        'Đào Văn Ba: Phó Chủ tịch chuyên trách Hội Nông dân tỉnh',
      ]);
      assert.deepEqual(people('Các Phó Giám đốc Sở Nội vụ là các ông Vũ Văn Tư, Lý Văn Năm.'), ['Vũ Văn Tư: Phó Giám đốc Sở Nội vụ', 'Lý Văn Năm: Phó Giám đốc Sở Nội vụ']);
      // "theo quy định" may stand between the post and the list.
      assert.deepEqual(people('Các Phó Chủ tịch UBND tỉnh theo quy định, gồm các ông: Nguyễn Văn Sơn; Nguyễn Minh Tiến.'), [
        'Nguyễn Văn Sơn: Phó Chủ tịch UBND tỉnh',
        'Nguyễn Minh Tiến: Phó Chủ tịch UBND tỉnh',
      ]);
      assert.deepEqual(people('Chủ nhiệm UBKT Trung ương hiện nay là ông Vũ Văn Tư, Bí thư Trung ương Đảng.'), ['Vũ Văn Tư: Chủ nhiệm UBKT Trung ương | Bí thư Trung ương Đảng']);
      assert.deepEqual(people('Chủ tịch UBND tỉnh hiện nay đang công tác tại Hà Nội cùng ông Vũ Văn Tư.'), ['Vũ Văn Tư']);
      assert.deepEqual(people('Hội nghị bầu ba Ủy viên Ban Thường vụ Tỉnh ủy, gồm các ông, bà: Ông Mai Văn Sáu, Bí thư Huyện ủy; bà Chu Thị Bảy.'), [
        'Mai Văn Sáu: [appointed] Ủy viên Ban Thường vụ Tỉnh ủy | Bí thư Huyện ủy',
        'Chu Thị Bảy: [appointed] Ủy viên Ban Thường vụ Tỉnh ủy',
      ]);
    });

    it('gives the predicate before a post heading a list, or before its count, to every name of the list', () => {
      assert.deepEqual(people('Trung ương bầu bổ sung 2 ủy viên Ban Bí thư là đồng chí Phan Văn Một, Trưởng Ban Nội chính Trung ương; đồng chí Lê Văn Hai.'), [
        'Phan Văn Một: [appointed] ủy viên Ban Bí thư | Trưởng Ban Nội chính Trung ương',
        'Lê Văn Hai: [appointed] ủy viên Ban Bí thư',
      ]);
    });

    it('gives a counted head in lower case to every name of the list it opens', () => {
      assert.deepEqual(people('Ban có ba phó ban là các ông Phạm Văn Tư, Bí thư Tỉnh ủy Phú Thọ; Nguyễn Văn Năm và Phan Văn Sáu.'), [
        'Phạm Văn Tư: phó ban | Bí thư Tỉnh ủy Phú Thọ',
        'Nguyễn Văn Năm: phó ban',
        'Phan Văn Sáu: phó ban',
      ]);
      assert.deepEqual(people('Ban có ba phó ban mới được bổ nhiệm.'), []);
    });

    it('gives a counted post to every name opening an item of the list below it, one per line or after "Đó là"', () => {
      assert.deepEqual(people('Hội nghị đã bầu bổ sung 2 Ủy viên Ban Thường vụ Tỉnh ủy khóa XX, gồm các ông, bà:\nÔng Lê Văn Một, Giám đốc Sở Nội vụ.\nBà Hồ Thị Hai, Bí thư Huyện ủy.\nÔng Đào Văn Ba phát biểu.'), [
        'Lê Văn Một: [appointed] Ủy viên Ban Thường vụ Tỉnh ủy | Giám đốc Sở Nội vụ',
        'Hồ Thị Hai: [appointed] Ủy viên Ban Thường vụ Tỉnh ủy | Bí thư Huyện ủy',
        'Đào Văn Ba',
      ]);
      assert.deepEqual(people('Hội nghị có ba Phó Chủ tịch UBND tỉnh. Đó là ông Lê Văn Một, Ủy viên Ban Thường vụ Tỉnh ủy; ông Hồ Văn Hai; bà Đào Thị Ba. Ông Vũ Văn Tư dự họp.'), [
        'Lê Văn Một: Phó Chủ tịch UBND tỉnh | Ủy viên Ban Thường vụ Tỉnh ủy',
        'Hồ Văn Hai: Phó Chủ tịch UBND tỉnh',
        'Đào Thị Ba: Phó Chủ tịch UBND tỉnh',
        'Vũ Văn Tư',
      ]);
    });

    it('reads a title before each name of a counted list after words that qualify the post', () => {
      assert.deepEqual(people('Hội nghị giới thiệu ba Ủy viên Ban Thường vụ tái cử khóa XX, gồm: Bí thư Tỉnh ủy Lê Văn Một; Chủ tịch UBND tỉnh Hồ Văn Hai; Giám đốc Sở Nội vụ Đào Thị Ba.'), [
        'Lê Văn Một: Ủy viên Ban Thường vụ | Bí thư Tỉnh ủy',
        'Hồ Văn Hai: Ủy viên Ban Thường vụ | Chủ tịch UBND tỉnh',
        'Đào Thị Ba: Ủy viên Ban Thường vụ | Giám đốc Sở Nội vụ',
      ]);
      assert.deepEqual(people('Tỉnh có ba Phó Chủ tịch UBND tỉnh. Ông Lê Văn Một phát biểu.'), ['Lê Văn Một']);
    });

    it('reads a list opened by "gồm" and the first name\'s honorific before the colon', () => {
      assert.deepEqual(people('4 Phó bí thư gồm bà: Lê Thị An (Chủ tịch HĐND tỉnh), ông Hồ Văn Bình và ông Đào Văn Cường.'), [
        'Lê Thị An: Phó bí thư | Chủ tịch HĐND tỉnh',
        'Hồ Văn Bình: Phó bí thư',
        'Đào Văn Cường: Phó bí thư',
      ]);
    });

    it('does not give a listed name the post heading the list twice when it writes the post again', () => {
      assert.deepEqual(people('Ba Phó Bí thư Huyện ủy gồm: ông Lê Văn Một, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; bà Hồ Thị Hai, Phó Bí thư Huyện ủy.'), [
        'Lê Văn Một: Phó Bí thư Huyện ủy | Phó Bí thư Huyện ủy | Chủ tịch UBND huyện',
        'Hồ Thị Hai: Phó Bí thư Huyện ủy',
      ]);
    });

    it('reads a predicate in the passive with its agent: "được Ban Thường vụ Tỉnh ủy chỉ định giữ chức …"', () => {
      assert.deepEqual(people('Ông Lê Văn An được Bộ Chính trị điều động, chỉ định giữ chức Bí thư Tỉnh ủy Cao Bằng nhiệm kỳ 2020 - 2025.'), ['Lê Văn An: [appointed] Bí thư Tỉnh ủy Cao Bằng']);
      assert.deepEqual(people('Bà Hồ Thị Bình vừa được Ban Thường vụ Tỉnh ủy phân công giữ chức vụ Trưởng Ban Dân vận Tỉnh ủy.'), ['Hồ Thị Bình: [appointed] Trưởng Ban Dân vận Tỉnh ủy']);
      assert.deepEqual(people('Ông Đào Văn Cường được Bộ Chính trị khen ngợi.'), ['Đào Văn Cường']);
      // An active verb after the agent, and an adverb before the next verb: "chỉ định tiếp tục giữ chức".
      assert.deepEqual(people('Ông Lê Văn An, 52 tuổi, được Bộ Chính trị chỉ định tiếp tục giữ chức Bí thư Tỉnh ủy Đắk Lắk.'), ['Lê Văn An: [appointed] Bí thư Tỉnh ủy Đắk Lắk']);
      // The agent may be an organisation the lexicon does not list, or a body that meets.
      assert.deepEqual(people('Ông Lê Văn An được HĐND tỉnh Thái Bình bầu giữ chức Chủ tịch UBND tỉnh.'), ['Lê Văn An: [appointed] Chủ tịch UBND tỉnh']);
      assert.deepEqual(people('Đồng chí Lê Văn An được Đại hội bầu giữ chức Tổng Bí thư.'), ['Lê Văn An: [appointed] Tổng Bí thư']);
      assert.deepEqual(people('Thay ông Lê Văn An được Trung ương điều động, phân công giữ chức vụ Thứ trưởng Bộ Xây dựng.'), ['Lê Văn An: [appointed] Thứ trưởng Bộ Xây dựng']);
      assert.deepEqual(people('Ông Lê Văn An được Quốc hội tín nhiệm giữ chức Tổng Thư ký Quốc hội.'), ['Lê Văn An: [appointed] Tổng Thư ký Quốc hội']);
      // The agent's term may follow it, and a verb may lead straight to the next predicate.
      assert.deepEqual(people('Tổng Bí thư Lê Văn An được Trung ương khóa XIV bầu tái đắc cử chức danh Tổng Bí thư khóa XIV.'), ['Lê Văn An: Tổng Bí thư | [appointed] Tổng Bí thư']);
    });

    it('reads past a penalty to the post the name leaves, and gives a post elected by a body to every name of the list', () => {
      assert.deepEqual(people('Ông Lê Văn An bị cảnh cáo, thôi Ủy viên Bộ Chính trị.'), ['Lê Văn An: [left] Ủy viên Bộ Chính trị']);
      assert.deepEqual(people('Trung ương thi hành kỷ luật ông Hồ Văn Bình bằng hình thức cảnh cáo và cho thôi giữ chức Ủy viên Ban Thường vụ Tỉnh ủy khóa XX.'), [
        'Hồ Văn Bình: [left] Ủy viên Ban Thường vụ Tỉnh ủy',
      ]);
      assert.deepEqual(people('Các bà: Đào Thị Cúc, Lý Thị Dung được Ban Chấp hành bầu chức vụ Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.'), [
        'Đào Thị Cúc: [appointed] Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh',
        'Lý Thị Dung: [appointed] Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh',
      ]);
      assert.deepEqual(people('Ông Vũ Văn Em bị cảnh cáo.'), ['Vũ Văn Em']);
    });

    it('gives a career list later in the sentence to the person named last in it, as former posts', () => {
      assert.deepEqual(people('Ông Lê Văn An tốt nghiệp thạc sĩ kinh tế, từng đảm nhiệm các chức vụ quan trọng tại tỉnh Kiên Giang (cũ) như: Bí thư Huyện ủy Vĩnh Thuận, Phó Chủ tịch UBND tỉnh.'), [
        'Lê Văn An: [former] Bí thư Huyện ủy Vĩnh Thuận | [former] Phó Chủ tịch UBND tỉnh',
      ]);
      assert.deepEqual(people('Đồng chí Đào Văn Cường, Bí thư Tỉnh ủy, từng kinh qua các chức vụ: Phó Giám đốc Sở Tư pháp; Chánh Văn phòng UBND tỉnh.'), [
        'Đào Văn Cường: Bí thư Tỉnh ủy | [former] Phó Giám đốc Sở Tư pháp | [former] Chánh Văn phòng UBND tỉnh',
      ]);
      assert.deepEqual(people('Ông Lý Văn Tám từng giữ các chức vụ: Bí thư Huyện ủy Kỳ Anh, Giám đốc Sở Nội vụ.'), [
        'Lý Văn Tám: [former] Bí thư Huyện ủy Kỳ Anh | [former] Giám đốc Sở Nội vụ',
      ]);
      // A career list in a later sentence whose subject is "Ông" is the man named last's (see pronounSubject).
      assert.deepEqual(people('Ông Hồ Văn Bình sinh năm 1970. Ông từng đảm nhiệm các chức vụ: Bí thư Tỉnh ủy Gia Lai; Phó Trưởng ban Dân vận Trung ương.'), [
        'Hồ Văn Bình: [former] Bí thư Tỉnh ủy Gia Lai | [former] Phó Trưởng ban Dân vận Trung ương',
      ]);
      // "cương vị" names a post as "chức vụ" does, after a pronoun in a sentence opened by "Trước khi".
      assert.deepEqual(
        people('Ông Nguyễn Chiến Thắng có trình độ Đại học. Trước khi đảm nhiệm chức vụ mới, ông từng giữ cương vị Chủ tịch UBND thành phố Đông Hà và Bí thư Thành ủy Đông Hà.'),
        ['Nguyễn Chiến Thắng: [former] Chủ tịch UBND thành phố Đông Hà | [former] Bí thư Thành ủy Đông Hà'],
      );
      // "rồi" (then) joins the posts of a career as "và" does.
      assert.deepEqual(people('Bầu ông Lê Văn Thành, 53 tuổi, từng làm Giám đốc Công ty Xi măng Hải Phòng, Phó chủ tịch rồi Chủ tịch UBND TP Hải Phòng.'), [
        'Lê Văn Thành: [former] Giám đốc Công ty Xi măng Hải Phòng | [former] Phó chủ tịch | [former] Chủ tịch UBND TP Hải Phòng',
      ]);
      // So is one whose posts a few words and "như" open after the pronoun, "và" closing the list.
      assert.deepEqual(
        people('Ông Lê Khắc Toàn sinh năm 1970. Trước khi về Huế, ông từng đảm nhiệm nhiều vị trí quan trọng tại Khánh Hòa như Bí thư Thành ủy Cam Ranh, Chủ tịch HĐND và Chủ tịch UBND tỉnh.'),
        ['Lê Khắc Toàn: [former] Bí thư Thành ủy Cam Ranh | [former] Chủ tịch HĐND | [former] Chủ tịch UBND tỉnh'],
      );
    });

    it('gives the post of "A thay ông B giữ chức …" to A, whom B is replaced by, and a passive after B to B', () => {
      assert.deepEqual(people('Ông Lê Văn An thay ông Trần Văn Bình giữ chức Giám đốc Sở Nội vụ.'), ['Lê Văn An: [appointed] Giám đốc Sở Nội vụ', 'Trần Văn Bình']);
      assert.deepEqual(people('Ông Lê Văn An, Phó Chủ tịch UBND tỉnh, thay thế ông Trần Văn Bình làm Chủ tịch UBND tỉnh.'), [
        'Lê Văn An: Phó Chủ tịch UBND tỉnh | [appointed] Chủ tịch UBND tỉnh',
        'Trần Văn Bình',
      ]);
      assert.deepEqual(people('Chuẩn y Bí thư Tỉnh ủy Nam Định đối với ông Lê Văn An, thay ông Trần Văn Bình được điều động giữ chức Thứ trưởng Bộ Xây dựng.'), [
        'Lê Văn An: [appointed] Bí thư Tỉnh ủy Nam Định',
        'Trần Văn Bình: [appointed] Thứ trưởng Bộ Xây dựng',
      ]);
      assert.deepEqual(people('Ông Lê Văn An thay mặt lãnh đạo tỉnh phát biểu.'), ['Lê Văn An']);
    });

    it('reads past a longer remark in brackets, and gives the posts after a remark inside the brackets to the name', () => {
      assert.deepEqual(people('Ông Đỗ Văn Bình (58 tuổi, quê huyện Thới Bình, tỉnh Cà Mau) là Ủy viên T.Ư Đảng khóa XIII.'), ['Đỗ Văn Bình: Ủy viên T.Ư Đảng']);
      assert.deepEqual(people('Đồng chí Hà Văn Nhin (dân tộc Ba Na; Ủy viên BCHTƯ Đảng khóa X) tái đắc cử chức danh Bí thư Tỉnh ủy Gia Lai.'), [
        'Hà Văn Nhin: Ủy viên BCHTƯ Đảng | [appointed] Bí thư Tỉnh ủy Gia Lai',
      ]);
      // A degree, then a post in a listed body inside an unlisted one, whose name has lower-case words of its own.
      assert.deepEqual(people('Ông Phạm Văn Tư (tiến sĩ luật, Phó Chánh Văn phòng Ban Chỉ đạo Trung ương về phòng chống tham nhũng) phát biểu.'), [
        'Phạm Văn Tư: Phó Chánh Văn phòng Ban Chỉ đạo Trung ương về phòng chống tham nhũng',
      ]);
    });

    it('reads the term of a post set off by a comma before "đối với" and the name', () => {
      assert.deepEqual(people('Kỳ họp bầu bổ sung Ủy viên UBND tỉnh, nhiệm kỳ 2021-2026 đối với đồng chí Trần Minh Tư - Giám đốc Sở Tư pháp.'), [
        'Trần Minh Tư: [appointed] Ủy viên UBND tỉnh | Giám đốc Sở Tư pháp',
      ]);
    });

    it('gives full posts opening a sentence or following a phrase put first to the name after their comma when the sentence goes on in lower case', () => {
      assert.deepEqual(people('Tổng Bí thư Ban Chấp hành Trung ương Đảng, Nông Văn An thay mặt Đoàn Chủ tịch điều hành phiên họp.'), ['Nông Văn An: Tổng Bí thư Ban Chấp hành Trung ương Đảng']);
      assert.deepEqual(people('Phát biểu tại buổi lễ, Thứ trưởng Bộ Công Thương, Cao Quốc Hưng cho biết.'), ['Cao Quốc Hưng: Thứ trưởng Bộ Công Thương']);
      // Not inside a sentence, not after a head alone, and not a province.
      assert.deepEqual(people('Tham dự có Thủ tướng Chính phủ, Lê Văn Bình nói. Chủ tịch, Lê Văn Bình dự. Chủ tịch UBND tỉnh, Hà Nội phối hợp.'), []);
    });

    it('gives a post a verb gives to the name after "cho", and nothing after "cho" elsewhere', () => {
      assert.deepEqual(
        people('Trao quyết định chuẩn y chức danh Bí thư Tỉnh ủy Thái Bình nhiệm kỳ 2010 - 2015 cho ông Phạm Văn Sinh. Trao quyết định bổ nhiệm chức vụ Giám đốc Sở Nội vụ cho bà Lê Thị Hoa.'),
        ['Phạm Văn Sinh: [appointed] Bí thư Tỉnh ủy Thái Bình', 'Lê Thị Hoa: [appointed] Giám đốc Sở Nội vụ'],
      );
      assert.deepEqual(people('Chủ tịch UBND tỉnh trao bằng khen cho ông Phạm Văn Sinh.'), ['Phạm Văn Sinh']);
    });

    it('takes no head alone when a capitalised word that opens no name follows it: the post is written in a way the grammar does not read', () => {
      assert.deepEqual(people('Tưởng niệm đồng chí Vũ Văn Hiếu - Bí thư Đặc khu ủy đầu tiên.'), ['Vũ Văn Hiếu']);
      assert.deepEqual(people('Ông Lê Văn Hai, Bí thư, phát biểu.'), ['Lê Văn Hai: Bí thư']);
      assert.deepEqual(people('Chủ tịch Hồ Chí Minh nói.'), ['Hồ Chí Minh: Chủ tịch']);
    });

    it('reads past a short remark in brackets after a name to its posts', () => {
      assert.deepEqual(people('Ông Lê Văn An (thứ 3 từ phải sang), được bầu làm Bí thư Tỉnh ủy Quảng Trị.'), ['Lê Văn An: [appointed] Bí thư Tỉnh ủy Quảng Trị']);
      assert.deepEqual(people('Chúc mừng đồng chí Hồ Văn Bình (bên trái), Chủ tịch UBND tỉnh Quảng Ninh nhiệm kỳ 2016-2021.'), ['Hồ Văn Bình: Chủ tịch UBND tỉnh Quảng Ninh']);
    });

    it('reads "giữ cương vị" as taking up a post, and "trong thời gian giữ cương vị" as a post held', () => {
      assert.deepEqual(people('Ông Tô Văn Cường chúc mừng ông Đào Văn Dũng giữ cương vị Bí thư Tỉnh ủy Bắc Giang.'), ['Tô Văn Cường', 'Đào Văn Dũng: [appointed] Bí thư Tỉnh ủy Bắc Giang']);
      assert.deepEqual(people('Ghi nhận đóng góp của ông Lý Văn Em trong thời gian giữ cương vị Bí thư Tỉnh ủy Bắc Giang.'), ['Lý Văn Em: Bí thư Tỉnh ủy Bắc Giang']);
    });

    it('reads a predicate after an appositive closed by a dash, and the verbs of a decision to relieve', () => {
      assert.deepEqual(people('Bà Lê Thị An - ủy viên Ban Thường vụ Tỉnh ủy, trưởng Ban Dân vận Tỉnh ủy - được Ban Thường vụ quyết định cho thôi giữ chức vụ trưởng Ban Dân vận Tỉnh ủy.'), [
        'Lê Thị An: ủy viên Ban Thường vụ Tỉnh ủy | trưởng Ban Dân vận Tỉnh ủy | [left] trưởng Ban Dân vận Tỉnh ủy',
      ]);
      assert.deepEqual(people('Trung ương kỷ luật ông Hồ Văn Bình bằng hình thức cảnh cáo, cho thôi chức Ủy viên Bộ Chính trị.'), ['Hồ Văn Bình: [left] Ủy viên Bộ Chính trị']);
      assert.deepEqual(
        people('Bà Bùi Thị Hai - trưởng Ban Dân vận Trung ương - được cho thôi giữ chức vụ trưởng Ban Dân vận Trung ương; điều động, phân công giữ chức Bí thư Thành ủy Hà Nội.'),
        ['Bùi Thị Hai: trưởng Ban Dân vận Trung ương | [left] trưởng Ban Dân vận Trung ương | [appointed] Bí thư Thành ủy Hà Nội'],
      );
    });

    it('reads past a clause that joins or leaves bodies to the posts after it', () => {
      assert.deepEqual(people('Chỉ định đồng chí Lê Văn An tham gia Ban Chấp hành, Ban Thường vụ và giữ chức vụ Bí thư Tỉnh ủy Đắk Lắk nhiệm kỳ 2015-2020.'), [
        'Lê Văn An: [appointed] Bí thư Tỉnh ủy Đắk Lắk',
      ]);
      assert.deepEqual(people('Phân công đồng chí Lê Văn An, Chủ tịch UBND tỉnh Đắk Nông tham gia Ban Chấp hành, Ban Thường vụ tỉnh Đắk Lắk, giữ chức Bí thư Tỉnh ủy tỉnh Đắk Lắk.'), [
        'Lê Văn An: Chủ tịch UBND tỉnh Đắk Nông | [appointed] Bí thư Tỉnh ủy tỉnh Đắk Lắk',
      ]);
      assert.deepEqual(
        people('Quyết định cho ông Hồ Văn Bình thôi tham gia Ban Chấp hành, thôi giữ chức Chủ tịch UBND huyện Cẩm Xuyên nhiệm kỳ (2016 – 2021) để tham gia Ban Chấp hành, giữ chức Phó Bí thư Huyện ủy Kỳ Anh.'),
        ['Hồ Văn Bình: [left] Chủ tịch UBND huyện Cẩm Xuyên | [appointed] Phó Bí thư Huyện ủy Kỳ Anh'],
      );
      assert.deepEqual(people('Ông Đào Văn Cường tham gia Ban Chấp hành từ năm 2015.'), ['Đào Văn Cường']);
    });

    it('reads past a clause that moves to a body, and a body with its term, to the posts after it', () => {
      assert.deepEqual(people('Ông Nông Văn Tư, Bí thư Tỉnh ủy Bắc Giang, thôi giữ chức Bí thư Tỉnh ủy Bắc Giang chuyển công tác về Ủy ban Dân tộc và giữ chức Phó Chủ nhiệm Ủy ban Dân tộc.'), [
        'Nông Văn Tư: Bí thư Tỉnh ủy Bắc Giang | [left] Bí thư Tỉnh ủy Bắc Giang | [appointed] Phó Chủ nhiệm Ủy ban Dân tộc',
      ]);
      assert.deepEqual(people('Điều động ông Trần Văn Tú, nguyên Bí thư Tỉnh ủy Thái Bình đến nhận công tác tại Ủy ban Kiểm tra Trung ương, giữ chức Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương.'), [
        'Trần Văn Tú: [former] Bí thư Tỉnh ủy Thái Bình | [appointed] Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương',
      ]);
      assert.deepEqual(people('Cử bổ sung ông Lê Chí Tâm, Bí thư Huyện ủy Gò Công Đông vào Ủy ban MTTQ tỉnh Tiền Giang, giữ chức vụ Chủ tịch Ủy ban MTTQ tỉnh Tiền Giang.'), [
        'Lê Chí Tâm: Bí thư Huyện ủy Gò Công Đông | [appointed] Chủ tịch Ủy ban MTTQ tỉnh Tiền Giang',
      ]);
      assert.deepEqual(
        people('Điều động ông Lê Trọng Tư thôi tham gia Ban Chấp hành Đảng bộ thành phố Thanh Hóa nhiệm kỳ 2015 - 2020, thôi giữ chức Phó Chủ tịch UBND thành phố Thanh Hóa, để tham gia Ban Thường vụ Huyện ủy, giữ chức Phó Bí thư Huyện ủy Đông Sơn.'),
        ['Lê Trọng Tư: [left] Phó Chủ tịch UBND thành phố Thanh Hóa | [appointed] Phó Bí thư Huyện ủy Đông Sơn'],
      );
      assert.deepEqual(people('Ông Lê Văn An vào Ban Chấp hành năm 2015.'), ['Lê Văn An']);
    });

    it('gives a post written before "đối với" and a name to that name, with the predicate before the post', () => {
      assert.deepEqual(people('Kỳ họp miễn nhiệm chức vụ Chủ tịch UBND tỉnh Lai Châu nhiệm kỳ 2021 - 2026 đối với ông Tống Văn Tám do chuyển công tác.'), [
        'Tống Văn Tám: [left] Chủ tịch UBND tỉnh Lai Châu',
      ]);
      assert.deepEqual(people('Ông Lò Văn Chín trao quyết định chuẩn y Bí thư Tỉnh ủy Sơn La đối với ông Cầm Văn Mười.'), ['Lò Văn Chín', 'Cầm Văn Mười: [appointed] Bí thư Tỉnh ủy Sơn La']);
    });

    it('gives a post set off by a comma before an honorific and a name to that name', () => {
      assert.deepEqual(people('Phát biểu khai mạc, Bí thư Thành ủy Cần Thơ nhiệm kỳ 2020-2025, đồng chí Đỗ Văn Bình, nhấn mạnh ba nhiệm vụ.'), [
        'Đỗ Văn Bình: Bí thư Thành ủy Cần Thơ',
      ]);
      assert.deepEqual(people('Sáng nay, Bí thư, ông Lê Văn Hai dự.'), ['Lê Văn Hai']);
      assert.deepEqual(people('Thừa ủy quyền của Chủ tịch nước, đồng chí Phạm Văn Ba trao Huân chương.'), ['Phạm Văn Ba']);
      assert.deepEqual(people('Theo quyết định của Thủ tướng, Thứ trưởng Bộ Tư pháp Hoàng Thế Liên nghỉ hưu theo chế độ.'), ['Hoàng Thế Liên: [left] Thứ trưởng Bộ Tư pháp']);
    });

    it('gives the predicate after a list to every name of it', () => {
      assert.deepEqual(people('Các đồng chí: Hồ Văn Một, Võ Văn Hai trúng cử chức danh Phó Bí thư Tỉnh ủy.'), [
        'Hồ Văn Một: [appointed] Phó Bí thư Tỉnh ủy',
        'Võ Văn Hai: [appointed] Phó Bí thư Tỉnh ủy',
      ]);
      // Names each after an honorific, some with a remark in brackets, share the predicate after the last.
      assert.deepEqual(
        people('Bổ nhiệm ông Nguyễn Ngọc Anh, ông Trương Đức Nghĩa (nguyên Tổng Biên tập Báo Bình Dương) và ông Lê Minh Tùng làm Phó Tổng Biên tập Báo Sài Gòn Giải Phóng.'),
        [
          'Nguyễn Ngọc Anh: [appointed] Phó Tổng Biên tập Báo Sài Gòn Giải Phóng',
          'Trương Đức Nghĩa: [former] Tổng Biên tập Báo Bình Dương | [appointed] Phó Tổng Biên tập Báo Sài Gòn Giải Phóng',
          'Lê Minh Tùng: [appointed] Phó Tổng Biên tập Báo Sài Gòn Giải Phóng',
        ],
      );
    });

    it('reads a predicate inside a parenthesis, and predicates joined by "và"', () => {
      assert.deepEqual(people('Kỷ luật ông Đinh Văn Ba (lúc đó là Ủy viên Bộ Chính trị, Bí thư Thành ủy) bằng hình thức cảnh cáo.'), [
        'Đinh Văn Ba: Ủy viên Bộ Chính trị | Bí thư Thành ủy',
      ]);
      assert.deepEqual(people('Kỷ luật ông Đinh Văn Tư (lúc đó là Bí thư Thành ủy TP HCM) bằng hình thức cảnh cáo.'), ['Đinh Văn Tư: Bí thư Thành ủy TP HCM']);
      assert.deepEqual(people('Bà Trần Thị Bảy tiếp tục tái cử và được bầu giữ chức vụ Chủ tịch Hội LHPN tỉnh Hà Tĩnh.'), [
        'Trần Thị Bảy: [appointed] Chủ tịch Hội LHPN tỉnh Hà Tĩnh',
      ]);
    });

    it('gives the post a table of votes is headed by to each name opening one of its lines or numbered items', () => {
      assert.deepEqual(
        people('* Về kết quả bầu Ủy viên Ủy ban Thường vụ Quốc hội:\n\nĐồng chí Hà Ngọc Chiến: Có 487 phiếu đồng ý (bằng 98,58%)\n\nĐồng chí Thượng tướng Võ Trọng Việt: Có 484 phiếu đồng ý\n\nCác đại biểu đã bấm nút.\n'),
        ['Hà Ngọc Chiến: [appointed] Ủy viên Ủy ban Thường vụ Quốc hội', 'Võ Trọng Việt: [appointed] Ủy viên Ủy ban Thường vụ Quốc hội'],
      );
      assert.deepEqual(
        people('Danh sách 3 phó thủ tướng và kết quả kiểm phiếu: 1. Ông Trương Hòa Bình: 469/487 (94,94%) 2. Ông Vũ Đức Đam: 473/488 3. Phạm Bình Minh (kiêm Bộ trưởng Ngoại giao): 483/488.'),
        [
          'Trương Hòa Bình: [appointed] phó thủ tướng',
          'Vũ Đức Đam: [appointed] phó thủ tướng',
          'Phạm Bình Minh: [appointed] phó thủ tướng | [concurrent] Bộ trưởng Ngoại giao',
        ],
      );
    });

    it('reads the posts a sentence opened by "Trước khi" gives its subject as former ones', () => {
      assert.deepEqual(
        people('Trước khi trúng cử, ông Hoàng Quốc Khánh giữ chức Giám đốc Sở Kế hoạch và Đầu tư. Ông Lê Văn Tâm giữ chức Giám đốc Sở Y tế.'),
        ['Hoàng Quốc Khánh: [former] Giám đốc Sở Kế hoạch và Đầu tư', 'Lê Văn Tâm: [appointed] Giám đốc Sở Y tế'],
      );
    });

    it('reads "trước đó là" as a post held before, and "và" ending the posts of a predicate but not an apposition', () => {
      assert.deepEqual(people('Ông Nguyễn Văn Nên là Ủy viên Bộ Chính trị; trước đó là Bí thư Trung ương Đảng. Ông từng giữ các chức vụ Chủ tịch UBND và Bí thư Tỉnh ủy Tây Ninh.'), [
        'Nguyễn Văn Nên: Ủy viên Bộ Chính trị | [former] Bí thư Trung ương Đảng | [former] Chủ tịch UBND | [former] Bí thư Tỉnh ủy Tây Ninh',
      ]);
      // "A, Giám đốc Sở Y tế và Chủ tịch UBND huyện" may name two people; the head after "và" ends the department's name.
      assert.deepEqual(people('Ông Lê Văn An, Giám đốc Sở Y tế và Chủ tịch UBND huyện dự.'), ['Lê Văn An: Giám đốc Sở Y tế']);
    });

    it('reads on past joining bodies or moving to a place to the post taken up after them', () => {
      assert.deepEqual(
        people('Đồng chí Phạm Hoàng Linh, Phó Bí thư Đảng ủy xã Trung Sơn, được chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Đảng ủy xã Xuân Vân.'),
        ['Phạm Hoàng Linh: Phó Bí thư Đảng ủy xã Trung Sơn | [appointed] Phó Bí thư Đảng ủy xã Xuân Vân'],
      );
      assert.deepEqual(
        people('Đồng chí Triệu Anh Dũng, Phó Bí thư Đảng ủy xã Xuân Vân, đến nhận công tác tại xã Trung Sơn, giữ chức Phó Bí thư Đảng ủy xã Trung Sơn.'),
        ['Triệu Anh Dũng: Phó Bí thư Đảng ủy xã Xuân Vân | [appointed] Phó Bí thư Đảng ủy xã Trung Sơn'],
      );
      // After "phân công" or "điều động", with or without the body that decided it, joining bodies leads on to the post as well.
      assert.deepEqual(people('Trước đó, ông Lê Văn Định đã được Bộ Chính trị phân công tham gia Tỉnh ủy, Ban thường vụ Tỉnh ủy và giữ chức Bí thư Tỉnh ủy Khánh Hòa.'), [
        'Lê Văn Định: [appointed] Bí thư Tỉnh ủy Khánh Hòa',
      ]);
      assert.deepEqual(people('Ông Lê Văn Hòa được điều động về công tác tại Sở Nội vụ và giữ chức Phó Giám đốc Sở Nội vụ. Ông Trần Văn Nam được phân công phụ trách công tác tuyên giáo.'), [
        'Lê Văn Hòa: [appointed] Phó Giám đốc Sở Nội vụ',
        'Trần Văn Nam',
      ]);
    });

    it('makes the posts of the one a retirement is granted to ("nghỉ hưu … đối với ông A, …") left, not another item\'s', () => {
      assert.deepEqual(
        people('UBND tỉnh cho nghỉ hưu trước tuổi đối với ông Võ Minh Hoàng, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy. Trao quyết định nghỉ hưu theo chế độ đối với Chánh án TAND tỉnh Lê Văn Lợi.'),
        ['Võ Minh Hoàng: [left] Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy', 'Lê Văn Lợi: [left] Chánh án TAND tỉnh'],
      );
      assert.deepEqual(
        people('Miễn nhiệm chức vụ Ủy viên UBND tỉnh đối với ông Nguyễn Minh Thuấn, Giám đốc Công an tỉnh (do nghỉ hưu) và bầu Phó Chủ tịch HĐND tỉnh đối với ông Đoàn Minh Lý, Phó Giám đốc Công an tỉnh.'),
        [
          'Nguyễn Minh Thuấn: [left] Ủy viên UBND tỉnh | Giám đốc Công an tỉnh',
          'Đoàn Minh Lý: [appointed] Phó Chủ tịch HĐND tỉnh | Phó Giám đốc Công an tỉnh',
        ],
      );
    });

    it('gives the predicate after people listed between semicolons to each, but not to one another replaces', () => {
      assert.deepEqual(
        people('Ông Triệu Tiến Thịnh, Trưởng ban Dân vận Tỉnh ủy; bà Hoàng Thị Bình, Ủy viên Thường trực HĐND tỉnh được bầu làm Phó Chủ tịch HĐND tỉnh.'),
        ['Triệu Tiến Thịnh: Trưởng ban Dân vận Tỉnh ủy | [appointed] Phó Chủ tịch HĐND tỉnh', 'Hoàng Thị Bình: Ủy viên Thường trực HĐND tỉnh | [appointed] Phó Chủ tịch HĐND tỉnh'],
      );
      assert.deepEqual(
        people('Bổ nhiệm đại tá Đinh Văn Nơi giữ chức vụ Giám đốc Công an tỉnh An Giang thay cho thiếu tướng Bùi Bé Tư; đại tá Lâm Minh Hồng được bổ nhiệm giữ chức vụ Giám đốc Công an tỉnh Long An.'),
        [
          'Đinh Văn Nơi: [appointed] Giám đốc Công an tỉnh An Giang',
          'Bùi Bé Tư',
          'Lâm Minh Hồng: [appointed] Giám đốc Công an tỉnh Long An',
        ],
      );
    });

    it('reads predicates joined by "sau khi" or "do", and words of manner between an agent and its verb', () => {
      assert.deepEqual(people('Ông Phan Văn Định được HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh, sau khi được điều động giữ chức Phó Bí thư Tỉnh ủy.'), [
        'Phan Văn Định: [appointed] Chủ tịch UBND tỉnh | [appointed] Phó Bí thư Tỉnh ủy',
      ]);
      assert.deepEqual(people('HĐND miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Trần Công Bình do vừa qua đã được bầu giữ chức vụ Bí thư Tỉnh ủy.'), [
        'Trần Công Bình: [left] Chủ tịch UBND tỉnh | [appointed] Bí thư Tỉnh ủy',
      ]);
      assert.deepEqual(people('Ông Nguyễn Hoàng Thảo đã được các đại biểu thống nhất bầu làm Chủ tịch UBND tỉnh.'), ['Nguyễn Hoàng Thảo: [appointed] Chủ tịch UBND tỉnh']);
      // A predicate glued to the comma before it.
      assert.deepEqual(people('Ông Nguyễn Đình Chuyến, Phó Chủ tịch UBND thành phố ,giữ chức Chủ nhiệm Ủy ban Kiểm tra Thành ủy.'), [
        'Nguyễn Đình Chuyến: Phó Chủ tịch UBND thành phố | [appointed] Chủ nhiệm Ủy ban Kiểm tra Thành ủy',
      ]);
      // So may the body an agent of the list belongs to ("các đại biểu HĐND thành phố").
      assert.deepEqual(people('Ông Nguyễn Đức Tuy được các đại biểu HĐND thành phố tín nhiệm bầu giữ chức vụ Chủ tịch HĐND thành phố Kon Tum.'), [
        'Nguyễn Đức Tuy: [appointed] Chủ tịch HĐND thành phố Kon Tum',
      ]);
      // How many voted, and the agent's place, may stand between "được" and the verb.
      assert.deepEqual(people('Ông Triệu Tài Vinh đã được 100% ĐBQH tỉnh Hà Giang thống nhất bầu làm Trưởng Đoàn ĐBQH tỉnh.'), ['Triệu Tài Vinh: [appointed] Trưởng Đoàn ĐBQH tỉnh']);
    });
  });

  describe('modifiers', () => {
    it('reads nguyên (also opening a sentence), tân, quyền and kiêm, without the word in the title', () => {
      assert.deepEqual(people('Đồng chí Lê Văn Tám, nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch Quốc hội đến dự.'), [
        'Lê Văn Tám: [former] Ủy viên Bộ Chính trị | [former] Chủ tịch Quốc hội',
      ]);
      assert.deepEqual(people('Nguyên Bí thư Tỉnh ủy Hà Nam Trần Quốc Toản đến dự.'), ['Trần Quốc Toản: [former] Bí thư Tỉnh ủy Hà Nam']);
      assert.deepEqual(people('Tân Bí thư Tỉnh ủy Kon Tum Dương Văn Trang phát biểu nhận nhiệm vụ.'), ['Dương Văn Trang: [new] Bí thư Tỉnh ủy Kon Tum']);
      assert.deepEqual(people('Quyền Chủ tịch UBND tỉnh Lai Châu Tống Thanh Hải ký quyết định.'), ['Tống Thanh Hải: [acting] Chủ tịch UBND tỉnh Lai Châu']);
      assert.deepEqual(people('Ông Phùng Văn Kha, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh, chủ trì.'), [
        'Phùng Văn Kha: Bí thư Tỉnh ủy | [concurrent] Chủ tịch HĐND tỉnh',
      ]);
    });

    it('reads the press’s other verbs of a post: đều là, đảm nhận chức, chuyển về làm, điều động sang giữ chức, điều động, bổ nhiệm chức danh', () => {
      assert.deepEqual(people('Ông Lại Văn An và ông Đỗ Minh Bình, đều là Phó Bí thư Tỉnh ủy Thanh Hóa, nghỉ hưu.'), [
        'Lại Văn An: Phó Bí thư Tỉnh ủy Thanh Hóa',
        'Đỗ Minh Bình: Phó Bí thư Tỉnh ủy Thanh Hóa',
      ]);
      assert.deepEqual(people('Bà Ngô Thị Cúc tiếp tục được đảm nhận chức chủ tịch HĐND thành phố.'), ['Ngô Thị Cúc: [appointed] chủ tịch HĐND thành phố']);
      assert.deepEqual(people('Ông Phạm Văn Dũng chuyển về làm Phó Giám đốc Sở Nội vụ.'), ['Phạm Văn Dũng: [appointed] Phó Giám đốc Sở Nội vụ']);
      assert.deepEqual(people('Ông Lê Văn Em được điều động, bổ nhiệm chức danh Phó Giám đốc Sở Y tế.'), ['Lê Văn Em: [appointed] Phó Giám đốc Sở Y tế']);
      assert.deepEqual(people('Ông Hồ Văn Giang được điều động sang giữ chức Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh.'), [
        'Hồ Văn Giang: [appointed] Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh',
      ]);
    });

    it('reads more of the press’s verbs and lists: đều trúng cử, được bố trí, được phê chuẩn bổ nhiệm làm, đắc cử chức, từng làm, không bổ nhiệm lại, quyết định after an agent', () => {
      assert.deepEqual(people('Ông Nguyễn Văn An và ông Đoàn Thanh Bình đều trúng cử chức vụ Ủy viên UBND tỉnh.'), [
        'Nguyễn Văn An: [appointed] Ủy viên UBND tỉnh',
        'Đoàn Thanh Bình: [appointed] Ủy viên UBND tỉnh',
      ]);
      assert.deepEqual(people('Ông Lê Văn Cư được bố trí giữ chức vụ Giám đốc Công an tỉnh Phú Thọ. Ông Hầu A Dũng được phê chuẩn bổ nhiệm làm Bộ trưởng Bộ Tài chính.'), [
        'Lê Văn Cư: [appointed] Giám đốc Công an tỉnh Phú Thọ',
        'Hầu A Dũng: [appointed] Bộ trưởng Bộ Tài chính',
      ]);
      assert.deepEqual(people('Ông Lê Văn Em từng làm Giám đốc Sở Y tế. Thủ tướng không bổ nhiệm lại chức vụ Thứ trưởng Bộ Y tế cho ông Cao Minh Giang.'), [
        'Lê Văn Em: [former] Giám đốc Sở Y tế',
        'Cao Minh Giang: [left] Thứ trưởng Bộ Y tế',
      ]);
      assert.deepEqual(people('Ông Nguyễn Ngọc Hà được Thủ tướng Chính phủ quyết định bổ nhiệm giữ chức Thứ trưởng Bộ Tài chính.'), ['Nguyễn Ngọc Hà: [appointed] Thứ trưởng Bộ Tài chính']);
      assert.deepEqual(people('Chủ tịch nước bổ nhiệm Thẩm phán Tòa án nhân dân tối cao đối với các ông Nguyễn Văn Khánh, Lê Văn Long.'), [
        'Nguyễn Văn Khánh: [appointed] Thẩm phán Tòa án nhân dân tối cao',
        'Lê Văn Long: [appointed] Thẩm phán Tòa án nhân dân tối cao',
      ]);
      assert.deepEqual(people('Các Thứ trưởng mới được bổ nhiệm gồm: Nguyễn Văn Minh, Lê Văn Nam. Phó Giám đốc Công an tỉnh Quảng Nam - đại tá Phan Văn Phúc phát biểu.'), [
        'Nguyễn Văn Minh: [appointed] Thứ trưởng',
        'Lê Văn Nam: [appointed] Thứ trưởng',
        'Phan Văn Phúc: Phó Giám đốc Công an tỉnh Quảng Nam',
      ]);
    });

    it('reads a term or period between a post and "đối với", a removal before a post and its name, and "tái giữ chức"', () => {
      assert.deepEqual(people('Thủ tướng xóa tư cách chức vụ Chủ tịch UBND tỉnh Lào Cai giai đoạn 2010 - 2013 đối với ông Nguyễn Văn An.'), [
        'Nguyễn Văn An: Chủ tịch UBND tỉnh Lào Cai',
      ]);
      assert.deepEqual(people('Cách chức Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2004 - 2011 và nhiệm kỳ 2011 - 2016 đối với ông Lê Tiến Bình.'), [
        'Lê Tiến Bình: [left] Ủy viên Ban Thường vụ Tỉnh ủy',
      ]);
      assert.deepEqual(people('Quốc hội miễn nhiệm Phó Thủ tướng Trịnh Đình Cư. Thủ tướng bổ nhiệm Thứ trưởng Bộ Nội vụ Nguyễn Văn Dũng giữ chức Thứ trưởng Thường trực.'), [
        'Trịnh Đình Cư: [left] Phó Thủ tướng',
        'Nguyễn Văn Dũng: Thứ trưởng Bộ Nội vụ | [appointed] Thứ trưởng Thường trực',
      ]);
      assert.deepEqual(people('Bộ Chính trị phân công ông Trần Cẩm Em, Ủy viên Bộ Chính trị tái giữ chức Thường trực Ban Bí thư.'), [
        'Trần Cẩm Em: Ủy viên Bộ Chính trị | [appointed] Thường trực Ban Bí thư',
      ]);
    });

    it('gives no post to a name after "ngoài" (besides) from the clause after its comma, nor to a congress’s "đại biểu"', () => {
      assert.deepEqual(people('Ngoài ông Nguyễn Văn Giang, Thủ tướng cũng thi hành kỷ luật ông Doãn Văn Hà.'), ['Nguyễn Văn Giang', 'Doãn Văn Hà']);
      assert.deepEqual(people('Đại hội đại biểu Đảng bộ huyện Hoàng Su Phì lần thứ XXI khai mạc.'), []);
    });

    it('reads a passive whose agent is an official named by the post, and a move to a body before the post', () => {
      assert.deepEqual(people('Bí thư Tỉnh ủy Kiên Giang Nguyễn Thanh Nghị được Thủ tướng điều động, bổ nhiệm giữ chức Thứ trưởng Bộ Xây dựng.'), [
        'Nguyễn Thanh Nghị: Bí thư Tỉnh ủy Kiên Giang | [appointed] Thứ trưởng Bộ Xây dựng',
      ]);
      assert.deepEqual(people('Ông Nguyễn Văn An được Chủ tịch UBND tỉnh bổ nhiệm giữ chức Giám đốc Sở Y tế.'), ['Nguyễn Văn An: [appointed] Giám đốc Sở Y tế']);
      assert.deepEqual(people('Ông Trần Văn Sơn được điều về Văn phòng Chính phủ giữ chức Phó Chủ nhiệm.'), ['Trần Văn Sơn: [appointed] Phó Chủ nhiệm']);
    });
  });

  describe('names', () => {
    it('reads a given name that is also a head needing an organisation ("Chánh"), naval ranks, and a name after a list item with its post', () => {
      assert.deepEqual(people('Ông Trần Công Chánh, Phó Chủ tịch UBND tỉnh, và Phó Đô đốc Phạm Hoài Nam, Tư lệnh Quân chủng Hải quân, dự.'), [
        'Trần Công Chánh: Phó Chủ tịch UBND tỉnh',
        'Phạm Hoài Nam: Tư lệnh Quân chủng Hải quân',
      ]);
      assert.deepEqual(people('Gồm các ông Nguyễn Thành An - Giám đốc Sở Tài chính và Nguyễn Đình Bình - Giám đốc Sở Xây dựng.'), [
        'Nguyễn Thành An: Giám đốc Sở Tài chính',
        'Nguyễn Đình Bình: Giám đốc Sở Xây dựng',
      ]);
      assert.deepEqual(people('Thủ tướng bổ nhiệm Thiếu tướng Đinh Quốc Cư, Chính ủy Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh, giữ chức Chính ủy Quân khu 1.'), [
        'Đinh Quốc Cư: Chính ủy Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh | [appointed] Chính ủy Quân khu 1',
      ]);
    });

    it('reads a name after "đại biểu", "anh" or "chị", but a place after "đại biểu" stays the place', () => {
      assert.deepEqual(people('Các đại biểu Trần Hữu An, Ủy viên Ban Thường vụ Tỉnh ủy, và đại biểu Phan Quốc Bình tiếp xúc cử tri.'), [
        'Trần Hữu An: Ủy viên Ban Thường vụ Tỉnh ủy',
        'Phan Quốc Bình',
      ]);
      assert.deepEqual(people('Chị Lê Ngọc Cúc - Bí thư Tỉnh Đoàn - phát biểu. Anh Nguyễn Văn Dũng cho biết anh em đoàn viên rất phấn khởi.'), [
        'Lê Ngọc Cúc: Bí thư Tỉnh Đoàn',
        'Nguyễn Văn Dũng',
      ]);
      assert.deepEqual(people('Ý kiến đại biểu Hà Nội và các đại biểu Hà Nam cho rằng cần sửa luật; đoàn đã thăm nước Anh.'), []);
    });

    it('reads every name of a list after "các đồng chí"', () => {
      assert.deepEqual(people('Dự hội nghị có các đồng chí: Lê Văn An, Trần Thị Bích, Phạm Văn Công và Đỗ Văn Dũng.'), [
        'Lê Văn An',
        'Trần Thị Bích',
        'Phạm Văn Công',
        'Đỗ Văn Dũng',
      ]);
    });

    it('gives the posts before a colon to every name of the list after it', () => {
      assert.deepEqual(people('Các Phó Trưởng Ban Tổ chức Trung ương: Lê Văn An; Trần Thị Bích.'), [
        'Lê Văn An: Phó Trưởng Ban Tổ chức Trung ương',
        'Trần Thị Bích: Phó Trưởng Ban Tổ chức Trung ương',
      ]);
    });

    it('reads a name in capitals after an honorific or a post, and after a military rank', () => {
      assert.deepEqual(people('Đồng chí NGUYỄN VĂN HÙNG, Bí thư Tỉnh ủy, phát biểu.'), ['NGUYỄN VĂN HÙNG: Bí thư Tỉnh ủy']);
      assert.deepEqual(people('Thượng tướng Lê Huy Vịnh dự buổi lễ.'), ['Lê Huy Vịnh']);
    });

    it('reads a name after a run of degrees and honours joined by full stops, commas or spaces, or closed by a full stop', () => {
      assert.deepEqual(people('PGS.TS.NGƯT Nguyễn Văn Minh, Hiệu trưởng Trường Đại học Vinh, phát biểu.'), ['Nguyễn Văn Minh: Hiệu trưởng Trường Đại học Vinh']);
      assert.deepEqual(people('Dự có GS.TSKH Trần Văn Lộc và PGS.TS. Lê Thị Hoa, Phó Giám đốc Sở Y tế.'), ['Trần Văn Lộc', 'Lê Thị Hoa: Phó Giám đốc Sở Y tế']);
      assert.deepEqual(people('Thiếu tướng, PGS.TS Đỗ Văn Hải, Giám đốc Học viện Chính trị, dự.'), ['Đỗ Văn Hải: Giám đốc Học viện Chính trị']);
      assert.deepEqual(people('Phát biểu có ThS. BS Lê Văn Tám, Giám đốc Bệnh viện Đa khoa tỉnh.'), ['Lê Văn Tám: Giám đốc Bệnh viện Đa khoa tỉnh']);
      // A full stop after a degree ends the sentence when no name follows it.
      assert.deepEqual(people('Ông Lê Văn An bảo vệ luận án TS. Trần Văn Bình, Bí thư Huyện ủy, dự.'), ['Lê Văn An', 'Trần Văn Bình: Bí thư Huyện ủy']);
    });

    it('reads a name after a noun that names a person by role ("đảng viên", "thí sinh"), and only a name there', () => {
      assert.deepEqual(people('Huy hiệu được trao cho đảng viên Lê Văn Mạnh – Chi bộ ấp An Thạnh; giải Nhất cho thí sinh Đỗ Kiều Trang.'), ['Lê Văn Mạnh', 'Đỗ Kiều Trang']);
      assert.deepEqual(people('Nhà báo Việt Nam và các đảng viên Chi bộ 3 dự lễ.'), []);
    });

    it('reads a historic figure after a post, but not a city or an institution named after him', () => {
      assert.deepEqual(
        people('Học tập theo tấm gương Chủ tịch Hồ Chí Minh. Đoàn đến Thành phố Hồ Chí Minh và Học viện Chính trị quốc gia Hồ Chí Minh.'),
        ['Hồ Chí Minh: Chủ tịch'],
      );
    });

    it('takes no name cut by the end of the text, and no words of a post', () => {
      assert.deepEqual(people('Hội nghị bầu đồng chí Lê Văn Hùng làm Bí thư. Hội nghị bầu đồng chí Võ Văn'), ['Lê Văn Hùng: [appointed] Bí thư']);
      assert.deepEqual(people('Đồng chí Chánh Văn phòng Tỉnh ủy Hoàng Văn Nam báo cáo.'), ['Hoàng Văn Nam: Chánh Văn phòng Tỉnh ủy']);
    });

    it('reads a rare family name after a post for a province, and the same word opening a sentence as a word', () => {
      assert.deepEqual(people('Đồng chí Phó Chủ tịch UBND tỉnh Đầu Thanh Tùng trao quyết định. Đầu năm 2024, ông Lê Văn An dự.'), [
        'Đầu Thanh Tùng: Phó Chủ tịch UBND tỉnh',
        'Lê Văn An',
      ]);
    });

    it('reads the eth old fonts put for Đ ("Ðồng chí Ðỗ Mười") as Đ, reporting the text as written', () => {
      assert.deepEqual(people('Ðồng chí Ðỗ Mười, nguyên Tổng Bí thư Ban Chấp hành Trung ương Ðảng, từ trần.'), ['Ðỗ Mười: [former] Tổng Bí thư Ban Chấp hành Trung ương Ðảng']);
    });

    it('reads the family names of the northern mountains\' peoples and rarer Vietnamese ones ("Cà", "Sèn", "Tất")', () => {
      assert.deepEqual(people('Bà Cà Thị Thỏa, Phó Chủ tịch UBND tỉnh Sơn La, dự. Phó Bí thư Thành ủy TP.HCM Tất Thành Cang dự. Tất cả đại biểu dự.'), [
        'Cà Thị Thỏa: Phó Chủ tịch UBND tỉnh Sơn La',
        'Tất Thành Cang: Phó Bí thư Thành ủy TP.HCM',
      ]);
    });

    it('reads a name of five syllables with two family names or a middle name third, but no longer run', () => {
      assert.deepEqual(people('Dự có nguyên Giám đốc sở Nội vụ Nguyễn Lâm Thị Tú Anh và bà Tôn Nữ Thị Ninh, Phó Chủ tịch UBND tỉnh.'), [
        'Nguyễn Lâm Thị Tú Anh: [former] Giám đốc sở Nội vụ',
        'Tôn Nữ Thị Ninh: Phó Chủ tịch UBND tỉnh',
      ]);
    });

    it('takes two capitalised words after a level for a place, not a name', () => {
      assert.deepEqual(people('Ông Mai Văn Bảy, Bí thư Đảng ủy xã Thạch Bằng, phát biểu.'), ['Mai Văn Bảy: Bí thư Đảng ủy xã Thạch Bằng']);
      // So is a run ending with a letter that tells one place from another of its name.
      assert.deepEqual(people('Ông Hà Hòa Bình - Ủy viên Ban Thường vụ Huyện ủy, Trưởng ban Tuyên giáo Huyện ủy Châu Thành A thôi tham gia Ban Chấp hành.'), [
        'Hà Hòa Bình: Ủy viên Ban Thường vụ Huyện ủy | Trưởng ban Tuyên giáo Huyện ủy Châu Thành A',
      ]);
      // A place may end with a word that opens a post only where an organisation follows it ("Chánh Văn phòng").
      assert.deepEqual(people('Ông Lê Văn Minh, Phó Bí thư Huyện ủy huyện Bình Chánh giữ chức vụ Phó trưởng Ban Tuyên giáo Thành ủy.'), [
        'Lê Văn Minh: Phó Bí thư Huyện ủy huyện Bình Chánh | [appointed] Phó trưởng Ban Tuyên giáo Thành ủy',
      ]);
    });
  });

  it('reads real articles the same when it passes at once the words that open no reading as when it tries every reading at every word', () => {
    // The seeds always, and the real excerpts of ../shared/corpus-dev where they are beside the project.
    const corpus = path.resolve(__dirname, '../../../../../../shared/corpus-dev');
    const dirs = [SEEDS_DIR, ...(fs.existsSync(corpus) ? [corpus] : [])];
    let read = 0;
    for (const dir of dirs) {
      for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
        const words = wordsOf(createSource(fs.readFileSync(path.join(dir, name), 'utf8')));
        for (const year of [undefined, 2020]) {
          assert.deepEqual(readOfficials(words, lexicon, year), readOfficials(words, lexicon, year, true), `${name}, year ${year}`);
        }
        read++;
      }
    }
    assert.ok(read >= 5, `${read} articles read`);
  });

  it('reads the same both ways where a reading opens with one of its own words in lower case, in mid-sentence', () => {
    // Written here: the real articles open these readings at a capital, which would be read in any case.
    const texts = [
      'Hội nghị công bố kết quả bầu chức danh Phó Chủ tịch UBND tỉnh:\nĐồng chí Lê Văn Phúc: Có 45 phiếu đồng ý.\nĐồng chí Trần Thị Hoa: Có 44 phiếu đồng ý.\n',
      'Quốc hội thông qua danh sách 2 Phó Thủ tướng và kết quả kiểm phiếu:\n1. Ông Lê Văn Phúc: 469/487\n2. Bà Trần Thị Hoa: 470/487\n',
      'Hội nghị diễn ra với cương vị Bí thư Tỉnh ủy, đồng chí Nguyễn Văn Khánh chủ trì.\n',
      'Đồng chí: Nguyễn Văn An\nSinh ngày: 10/3/1950\nchức vụ: nguyên Bí thư Tỉnh ủy Hà Tĩnh.\n',
    ];
    for (const text of texts) {
      const words = wordsOf(createSource(text));
      const everyWord = readOfficials(words, lexicon, 2025, true);
      assert.ok(everyWord.titles.length > 0, text);
      assert.deepEqual(readOfficials(words, lexicon, 2025), everyWord, text);
    }
  });
});
