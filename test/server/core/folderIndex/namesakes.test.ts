import * as assert from 'node:assert/strict';
import { parseFixture, serviceFor, uriOf, offsetOf, memoryFiles } from '../../../support/fixture';
import { createReportLensService } from '../../../../server/src/core/service';
import { createLexicon } from '../../../../server/src/core/lexicon';
import type { ReportLensService } from '../../../../server/src/core/service';

/**
 * Officials of one name that the folder tells apart by the provinces of
 * their posts (folderIndex/namesakes.ts). The articles are written for this
 * test; the name is no one the knowledge base knows.
 */

const HA_GIANG =
  'Tại kỳ họp thứ nhất HĐND tỉnh Hà Giang khóa XVII, nhiệm kỳ 2016-2021, ông Hoàng Văn Bảy, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang được bầu tiếp tục giữ chức Chủ tịch UBND tỉnh Hà Giang.\n';
const TUYEN_QUANG =
  'Ngày 29/6, HĐND tỉnh Tuyên Quang khóa XVIII, nhiệm kỳ 2016-2021 họp kỳ thứ nhất. Ông Hoàng Văn Bảy, Bí thư Thành ủy Tuyên Quang được bầu giữ chức Chủ tịch HĐND tỉnh.\n';
const NO_PLACE = 'Thứ Hai, 14-03-2022, 09:00\nÔng Hoàng Văn Bảy phát biểu tại hội nghị.\n';

interface Seen {
  readonly service: ReportLensService;
  /** The entity key of each file's first mention of the name. */
  readonly keys: Record<string, string | undefined>;
}

/** Indexes the files and reads the key every file gives the name's first mention. */
async function check(fixture: string, name = 'Hoàng Văn Bảy'): Promise<Seen> {
  const parsed = parseFixture(fixture);
  const service = await serviceFor(parsed);
  const keys: Record<string, string | undefined> = {};
  for (const uri of parsed.files.keys()) keys[uri.replace('memory:///', '')] = service.mentions(uri)?.find((m) => m.text === name)?.key;
  return { service, keys };
}

function hoverLines(service: ReportLensService, name: string, text: string): string[] {
  return service.hover(uriOf(name), offsetOf(text, 'Hoàng Văn Bảy') + 2)?.markdown.split('\n') ?? [];
}

describe('core/folderIndex/namesakes', () => {
  it('tells apart two officials of one name in office in two provinces at the same first council session', async () => {
    const { service, keys } = await check(`//- hg.txt\n${HA_GIANG}//- tq.txt\n${TUYEN_QUANG}`);
    assert.equal(keys['hg.txt'], 'person:hoàng văn bảy@hà giang');
    assert.equal(keys['tq.txt'], 'person:hoàng văn bảy@tuyên quang');
    const references = service.references(uriOf('hg.txt'), offsetOf(HA_GIANG, 'Hoàng Văn Bảy'), true);
    assert.deepEqual(
      references.map((r) => r.uri),
      [uriOf('hg.txt')],
    );
    assert.ok(
      hoverLines(service, 'hg.txt', HA_GIANG).includes(
        'Resolved: The Hoàng Văn Bảy of Hà Giang is not the Hoàng Văn Bảy of Tuyên Quang: at the first sessions of the 2016–2021 councils both held posts, in different provinces.',
      ),
    );
    // The Entities view and workspace symbols list them as two, each with what sets it apart.
    assert.deepEqual(
      service.entities(['person']).filter((e) => e.name.startsWith('Hoàng Văn Bảy')).map((e) => e.name).sort(),
      ['Hoàng Văn Bảy (Hà Giang)', 'Hoàng Văn Bảy (Tuyên Quang)'],
    );
  });

  it('marks a mention that names no province ambiguous between them, and says so in the hover', async () => {
    const { service, keys } = await check(`//- hg.txt\n${HA_GIANG}//- tq.txt\n${TUYEN_QUANG}//- x.txt\n${NO_PLACE}`);
    assert.equal(keys['x.txt'], 'person:hoàng văn bảy');
    const mention = service.mentions(uriOf('x.txt'))?.find((m) => m.text === 'Hoàng Văn Bảy');
    assert.ok(mention?.kind === 'person');
    assert.deepEqual(mention.data.ambiguity?.candidates, ['person:hoàng văn bảy@hà giang', 'person:hoàng văn bảy@tuyên quang']);
    assert.ok(
      hoverLines(service, 'x.txt', NO_PLACE).includes(
        'Ambiguous: This folder names 2 officials called Hoàng Văn Bảy (of Hà Giang; of Tuyên Quang), and nothing here says which one this is.',
      ),
    );
    service.setLanguage('vi');
    assert.ok(
      hoverLines(service, 'hg.txt', HA_GIANG).includes(
        'Cách xác định: Hoàng Văn Bảy ở Hà Giang không phải Hoàng Văn Bảy ở Tuyên Quang: tại kỳ họp thứ nhất nhiệm kỳ 2016–2021, hai người cùng giữ chức ở hai tỉnh khác nhau.',
      ),
    );
  });

  it('tells apart two officials of one name born in different years, wherever they served', async () => {
    const { service, keys } = await check(
      '//- a.txt\nÔng Hoàng Văn Bảy, sinh năm 1965, Giám đốc Sở Nội vụ tỉnh Lào Cai, dự hội nghị.\n//- b.txt\nÔng Hoàng Văn Bảy (SN 1972) được bổ nhiệm giữ chức Phó Giám đốc Sở Tài chính.\n//- c.txt\nÔng Hoàng Văn Bảy sinh ngày 3/2/1965 tại Lào Cai.\n',
    );
    assert.deepEqual(keys, { 'a.txt': 'person:hoàng văn bảy@1965', 'b.txt': 'person:hoàng văn bảy@1972', 'c.txt': 'person:hoàng văn bảy@1965' });
    const hover = service.hover(uriOf('b.txt'), 8)?.markdown.split('\n') ?? [];
    assert.ok(hover.includes('Resolved: The Hoàng Văn Bảy born in 1972 is not the Hoàng Văn Bảy born in 1965.'), hover.join('\n'));
  });

  it('splits by birth year when provinces joined two people born in different years, and leaves the province alone ambiguous', async () => {
    const { keys, service } = await check(
      '//- a.txt\nÔng Hoàng Văn Bảy, sinh năm 1965, Chủ tịch UBND tỉnh Hà Giang, dự họp.\n//- b.txt\nÔng Hoàng Văn Bảy (SN 1972), Phó Chủ tịch UBND tỉnh Hà Giang, dự họp.\n//- c.txt\nÔng Hoàng Văn Bảy, Bí thư Tỉnh ủy Hà Giang, dự họp.\n',
    );
    assert.deepEqual(keys, { 'a.txt': 'person:hoàng văn bảy@1965', 'b.txt': 'person:hoàng văn bảy@1972', 'c.txt': 'person:hoàng văn bảy' });
    const hover = service.hover(uriOf('c.txt'), 8)?.markdown.split('\n') ?? [];
    assert.ok(
      hover.includes('Ambiguous: This folder names 2 officials called Hoàng Văn Bảy (born in 1965; born in 1972), and nothing here says which one this is.'),
      hover.join('\n'),
    );
  });

  it('tells apart two officials of one name in office further apart in time than one career', async () => {
    const history =
      'Thứ Hai, 09-01-2012, 08:00\nNăm 1956, Hội nghị Trung ương quyết định sửa sai. Hai Ủy viên Ban Thường vụ Trung ương là ông Hoàng Quốc Việt và ông Hoàng Văn Bảy - Trưởng Ban Tổ chức Trung ương, Thứ trưởng Bộ Nội vụ trực tiếp chỉ đạo.\n';
    const report = 'Thứ Năm, 04-08-2022, 14:30\nĐồng chí Hoàng Văn Bảy được tín nhiệm bầu lại chức vụ Bí thư Tỉnh Đoàn Nghệ An.\n';
    // A commemoration names the title a person is remembered by: it dates no post, and says nothing of which one it is.
    const remembered = 'Thứ Ba, 19-05-2020, 09:00\nNăm 2020, tỉnh tổ chức kỷ niệm ngày sinh Trưởng Ban Tổ chức Trung ương Hoàng Văn Bảy.\n';
    const { service, keys } = await check(`//- history.txt\n${history}//- report.txt\n${report}//- remembered.txt\n${remembered}`);
    assert.deepEqual(keys, { 'history.txt': 'person:hoàng văn bảy@năm 1956', 'report.txt': 'person:hoàng văn bảy@nghệ an', 'remembered.txt': 'person:hoàng văn bảy' });
    const hover = hoverLines(service, 'history.txt', history);
    assert.ok(
      hover.includes('Resolved: The Hoàng Văn Bảy in office in 1956 is not the Hoàng Văn Bảy in office in 2022: no one holds posts over so many years.'),
      hover.join('\n'),
    );
    assert.ok(
      hoverLines(service, 'remembered.txt', remembered).includes(
        'Ambiguous: This folder names 2 officials called Hoàng Văn Bảy (of Nghệ An, in office in 2022; in office in 1956), and nothing here says which one this is.',
      ),
    );
    assert.deepEqual(
      service.entities(['person']).filter((e) => e.name.startsWith('Hoàng Văn Bảy')).map((e) => e.name).sort(),
      ['Hoàng Văn Bảy', 'Hoàng Văn Bảy (Nghệ An, năm 2022)', 'Hoàng Văn Bảy (năm 1956)'],
    );
    service.setLanguage('vi');
    assert.ok(
      hoverLines(service, 'report.txt', report).includes(
        'Cách xác định: Hoàng Văn Bảy ở Nghệ An giữ chức năm 2022 không phải Hoàng Văn Bảy giữ chức năm 1956: không ai giữ chức trong ngần ấy năm.',
      ),
    );
  });

  it('keeps one official whose dated posts fit one career, and one whose article gives two careers', async () => {
    const early = 'Thứ Hai, 09-01-2012, 08:00\nNăm 1980, ông Hoàng Văn Bảy làm Bí thư Tỉnh Đoàn Nghệ An.\n';
    const late = 'Thứ Năm, 04-08-2022, 14:30\nÔng Hoàng Văn Bảy được bầu làm Chủ tịch UBND tỉnh Hà Tĩnh.\n';
    const { keys } = await check(`//- early.txt\n${early}//- late.txt\n${late}`);
    assert.deepEqual(keys, { 'early.txt': 'person:hoàng văn bảy', 'late.txt': 'person:hoàng văn bảy' });
    // One article that dates the name's posts 1940 and 2022 speaks of two people: it sets no one apart.
    const both = 'Thứ Năm, 04-08-2022, 14:30\nNăm 1940, ông Hoàng Văn Bảy làm Bí thư. Năm 2022, ông Hoàng Văn Bảy được bầu làm Chủ tịch UBND tỉnh Hà Tĩnh.\n';
    const alone = await check(`//- both.txt\n${both}//- late.txt\n${late}`);
    assert.deepEqual(alone.keys, { 'both.txt': 'person:hoàng văn bảy', 'late.txt': 'person:hoàng văn bảy' });
  });

  it('keeps a leader every reader knows one person, whatever years articles name his posts in', async () => {
    const history = 'Thứ Hai, 09-01-2012, 08:00\nNăm 1960, đồng chí Lê Duẩn được bầu làm Bí thư thứ nhất Ban Chấp hành Trung ương Đảng.\n';
    const today = 'Thứ Năm, 04-04-2024, 14:30\nNăm 2024, Đảng bộ tỉnh học tập tấm gương Tổng Bí thư Lê Duẩn.\n';
    const { keys } = await check(`//- history.txt\n${history}//- today.txt\n${today}`, 'Lê Duẩn');
    assert.deepEqual(keys, { 'history.txt': 'person:lê duẩn', 'today.txt': 'person:lê duẩn' });
    // The names come with the lexicon the service is given: with a lexicon that knows none, the years split him.
    const unknown = createReportLensService({ files: memoryFiles(parseFixture(`//- history.txt\n${history}//- today.txt\n${today}`).files), lexicon: createLexicon(undefined, undefined, undefined, []) });
    await unknown.indexWorkspace();
    const keyIn = (name: string) => unknown.article(uriOf(name))?.mentions.find((m) => m.kind === 'person')?.key;
    assert.deepEqual([keyIn('history.txt'), keyIn('today.txt')], ['person:lê duẩn@năm 1960', 'person:lê duẩn@năm 2024']);
  });

  it('tells apart a man and a woman of one name, and gives an article that says only "bà" to her', async () => {
    const man = 'Ông Nguyễn Thanh Hà, Phó Chủ tịch UBND tỉnh Yên Bái, phát biểu tại hội nghị.\n';
    const { service, keys } = await check(
      `//- a.txt\nBà Nguyễn Thanh Hà, Giám đốc Sở Y tế tỉnh Lào Cai, dự hội nghị.\n//- b.txt\n${man}//- c.txt\nTheo bà Nguyễn Thanh Hà, ngành y tế đã hoàn thành kế hoạch.\n//- d.txt\nĐồng chí Nguyễn Thanh Hà dự hội nghị.\n//- e.txt\nHội nghị có các ông, bà Nguyễn Thanh Hà, Trần Văn Tư dự.\n`,
      'Nguyễn Thanh Hà',
    );
    assert.deepEqual(keys, {
      'a.txt': 'person:nguyễn thanh hà@lào cai',
      'b.txt': 'person:nguyễn thanh hà@yên bái',
      'c.txt': 'person:nguyễn thanh hà@lào cai',
      // Neither "đồng chí" nor a list that names men and women says which one this is.
      'd.txt': 'person:nguyễn thanh hà',
      'e.txt': 'person:nguyễn thanh hà',
    });
    const hover = service.hover(uriOf('b.txt'), offsetOf(man, 'Nguyễn Thanh Hà') + 2)?.markdown.split('\n') ?? [];
    assert.ok(hover.includes('Resolved: The Nguyễn Thanh Hà called ông (a man) of Yên Bái is not the Nguyễn Thanh Hà this folder calls bà.'), hover.join('\n'));
    assert.deepEqual(
      service.entities(['person']).filter((e) => e.name.startsWith('Nguyễn Thanh Hà')).map((e) => e.name).sort(),
      ['Nguyễn Thanh Hà', 'Nguyễn Thanh Hà (bà, Lào Cai)', 'Nguyễn Thanh Hà (ông, Yên Bái)'],
    );
    service.setLanguage('vi');
    const vi = service.hover(uriOf('d.txt'), 12)?.markdown.split('\n') ?? [];
    assert.ok(vi.some((line) => line.includes('Thư mục này có 2 người tên Nguyễn Thanh Hà (bà, ở Lào Cai; ông, ở Yên Bái)')), vi.join('\n'));
  });

  it('tells apart a man and a woman of one name in one province by the honorific alone', async () => {
    const { keys } = await check(
      '//- a.txt\nBà Nguyễn Thanh Hà, Giám đốc Sở Y tế tỉnh Lào Cai, dự hội nghị.\n//- b.txt\nÔng Nguyễn Thanh Hà, Phó Chủ tịch UBND tỉnh Lào Cai, phát biểu.\n//- c.txt\nNguyễn Thanh Hà, Bí thư Tỉnh ủy Lào Cai, dự hội nghị.\n//- d.txt\nÔng Nguyễn Thanh Hà và bà Nguyễn Thanh Hà cùng dự hội nghị.\n',
      'Nguyễn Thanh Hà',
    );
    assert.deepEqual(keys, {
      'a.txt': 'person:nguyễn thanh hà@bà',
      'b.txt': 'person:nguyễn thanh hà@ông',
      // The province is both officials', and an article that names both says nothing of either.
      'c.txt': 'person:nguyễn thanh hà',
      'd.txt': 'person:nguyễn thanh hà',
    });
  });

  it('keeps one official when every article calls the name by one honorific', async () => {
    const { keys } = await check('//- a.txt\nBà Nguyễn Thanh Hà dự hội nghị.\n//- b.txt\nTheo bà Nguyễn Thanh Hà, Giám đốc Sở Y tế tỉnh Lào Cai.\n', 'Nguyễn Thanh Hà');
    assert.deepEqual(Object.values(keys), ['person:nguyễn thanh hà', 'person:nguyễn thanh hà']);
  });

  it('still tells them apart after an edit when indexing the folder was cancelled part way', async () => {
    const files = new Map([
      [uriOf('hg.txt'), HA_GIANG],
      [uriOf('x.txt'), NO_PLACE],
    ]);
    const service = createReportLensService({ files: memoryFiles(files) });
    let cancelled = false;
    await assert.rejects(
      service.indexWorkspace({ get isCancellationRequested() { return cancelled; } }, () => {
        cancelled = true;
      }),
    );
    service.setText(uriOf('tq.txt'), TUYEN_QUANG, 1);
    assert.equal(service.mentions(uriOf('tq.txt'))?.find((m) => m.text === 'Hoàng Văn Bảy')?.key, 'person:hoàng văn bảy@tuyên quang');
    assert.equal(service.mentions(uriOf('hg.txt'))?.find((m) => m.text === 'Hoàng Văn Bảy')?.key, 'person:hoàng văn bảy@hà giang');
  });

  it('keeps one official who moved between provinces, when nothing shows both in office at once', async () => {
    const { keys } = await check(
      '//- a.txt\nThứ Hai, 14-03-2019, 09:00\nÔng Hoàng Văn Bảy, Bí thư Tỉnh ủy Hà Giang, dự hội nghị.\n//- b.txt\nThứ Hai, 14-03-2022, 09:00\nÔng Hoàng Văn Bảy, Bí thư Tỉnh ủy Tuyên Quang, dự hội nghị.\n',
    );
    assert.equal(keys['a.txt'], 'person:hoàng văn bảy');
    assert.equal(keys['b.txt'], 'person:hoàng văn bảy');
  });

  it('keeps one official when an article gives the name posts in both provinces, and splits again when that article goes', async () => {
    const link = 'Ông Hoàng Văn Bảy, nguyên Chủ tịch UBND tỉnh Hà Giang, nay là Bí thư Tỉnh ủy Tuyên Quang.\n';
    const { service, keys } = await check(`//- hg.txt\n${HA_GIANG}//- tq.txt\n${TUYEN_QUANG}//- link.txt\n${link}`);
    assert.deepEqual(Object.values(keys), ['person:hoàng văn bảy', 'person:hoàng văn bảy', 'person:hoàng văn bảy']);
    assert.deepEqual(
      service.references(uriOf('hg.txt'), offsetOf(HA_GIANG, 'Hoàng Văn Bảy'), true).map((r) => r.uri).sort(),
      ['hg.txt', 'link.txt', 'tq.txt'].map(uriOf),
    );

    service.removeFile(uriOf('link.txt'));
    assert.equal(service.mentions(uriOf('hg.txt'))?.find((m) => m.text === 'Hoàng Văn Bảy')?.key, 'person:hoàng văn bảy@hà giang');
    assert.equal(service.mentions(uriOf('tq.txt'))?.find((m) => m.text === 'Hoàng Văn Bảy')?.key, 'person:hoàng văn bảy@tuyên quang');

    service.setText(uriOf('link.txt'), link, 1);
    assert.equal(service.mentions(uriOf('tq.txt'))?.find((m) => m.text === 'Hoàng Văn Bảy')?.key, 'person:hoàng văn bảy');
  });
});
