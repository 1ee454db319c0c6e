import * as assert from 'node:assert/strict';
import { parseFixture, serviceFor, seedFiles, uriOf, offsetOf, memoryFiles } from '../../../support/fixture';
import { createReportLensService } from '../../../../server/src/core/service';

/** Hovers at the cursor and checks that the markdown holds every expected line, in order. */
async function check(fixture: string, expectedLines: string[]): Promise<void> {
  const parsed = parseFixture(fixture);
  assert.ok(parsed.cursor, 'fixture needs a $0 cursor');
  const service = await serviceFor(parsed);
  const result = service.hover(parsed.cursor.uri, parsed.cursor.offset);
  assert.ok(result, 'expected a hover');
  const lines = result.markdown.split('\n');
  let from = 0;
  for (const expected of expectedLines) {
    const at = lines.indexOf(expected, from);
    assert.ok(at !== -1, `missing line ${JSON.stringify(expected)} in:\n${result.markdown}`);
    from = at + 1;
  }
}

describe('core/features/hover', () => {
  it('shows a person with a title timeline across files and the mention count', async () => {
    await check(
      `
//- b.txt
Thứ Năm, 23-06-2022, 18:22
Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương phát biểu. Đồng chí Trương Thị $0Mai nhấn mạnh.
//- a.txt
Thứ Hai, 06/03/2017, 08:46
Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương dự hội nghị.
`,
      [
        '**Trương Thị Mai** — official',
        '- 2017-03-06 · `a.txt`: Ủy viên Bộ Chính trị; Trưởng Ban Dân vận Trung ương',
        '- 2022-06-23 · `b.txt`: Ủy viên Bộ Chính trị; Trưởng Ban Tổ chức Trung ương',
        '3 mentions in 2 files',
      ],
    );
  });

  it('lists the past posts the hovered mention’s article gives, which the timeline of posts held leaves out', async () => {
    await check(
      `
//- a.txt
Thứ Sáu, 07/08/2020, 10:00
Nguyên Tổng Bí thư Lê Khả $0An sinh năm 1931. Ông là Ủy viên Ban Chấp hành Trung ương Đảng các khóa VII, VIII; Bí thư Trung ương Đảng khóa VII.
`,
      ['**Lê Khả An** — official', 'Former posts, as this article gives them:', '- Tổng Bí thư; Ủy viên Trung ương Đảng; Bí thư Trung ương Đảng', '1 mention in 1 file'],
    );
  });

  it('lists the posts the hovered mention’s article says the person left', async () => {
    await check(
      `
//- a.txt
Thứ Tư, 18/12/2019, 10:00
Kỳ họp miễn nhiệm ông Phan Trọng $0Vinh thôi giữ chức Chủ tịch UBND thành phố Huế để nghỉ hưu theo chế độ.
`,
      ['**Phan Trọng Vinh** — official', 'Posts left, as this article says:', '- Chủ tịch UBND thành phố Huế', '1 mention in 1 file'],
    );
  });

  it('dates the posts a history gives by the year its narrative tells, beside the article’s own date', async () => {
    await check(
      `
//- history.txt
Thứ Hai, 09-01-2012, 08:00
Năm 1990, Hội nghị Tỉnh ủy quyết định sắp xếp lại bộ máy. Hai Ủy viên trực tiếp chỉ đạo là ông Hoàng Quốc Việt và ông Hoàng Văn $0Bảy - Trưởng Ban Tổ chức Tỉnh ủy, Giám đốc Sở Nội vụ.
//- today.txt
Thứ Năm, 04-08-2022, 14:30
Năm 2022, ông Hoàng Văn Bảy, Bí thư Tỉnh ủy Nghệ An, dự hội nghị.
`,
      [
        '**Hoàng Văn Bảy** — official',
        '- 1990, told on 2012-01-09 · `history.txt`: Trưởng Ban Tổ chức Tỉnh ủy; Giám đốc Sở Nội vụ',
        // The narrative's year is the article's own: nothing to add.
        '- 2022-08-04 · `today.txt`: Bí thư Tỉnh ủy Nghệ An',
      ],
    );
  });

  it('speaks Vietnamese when the editor does: labels in the profession’s words, facts as written', async () => {
    const parsed = parseFixture(
      'Thứ Hai, 06/03/2023, 08:46\nĐồng chí Trương Thị $0Mai, Ủy viên Bộ Chính trị, dự hội nghị triển khai Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị.\n',
    );
    const service = await serviceFor(parsed);
    service.setLanguage('vi');
    const person = service.hover(parsed.cursor!.uri, parsed.cursor!.offset)!.markdown.split('\n');
    assert.equal(person[0], '**Trương Thị Mai** — cán bộ');
    assert.ok(person.includes('Chức danh trong các bài:'), person.join('\n'));
    assert.equal(person.at(-1), '1 lần nhắc đến trong 1 tệp');
    const text = parsed.files.get(parsed.cursor!.uri)!;
    const document = service.hover(parsed.cursor!.uri, text.indexOf('35-CT/TW'))!.markdown.split('\n');
    assert.equal(document[0], '**Chỉ thị số 35-CT/TW** — văn bản');
    assert.ok(document.includes('- Số, ký hiệu: 35-CT/TW') && document.includes('- Cơ quan ban hành: Bộ Chính trị'), document.join('\n'));
    service.setLanguage('en');
    assert.equal(service.hover(parsed.cursor!.uri, parsed.cursor!.offset)!.markdown.split('\n')[0], '**Trương Thị Mai** — official');
  });

  it('shows a document with its type in words, code, issuer, date and subject', async () => {
    await check(
      'Thứ Hai, 06/03/2023, 08:46\nTổng kết Chỉ thị số 35-CT/$0TW ngày 30-5-2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng.\n',
      [
        '**Chỉ thị số 35-CT/TW** — document',
        '- Type: Chỉ thị (directive)',
        '- Number: 35',
        '- Code: 35-CT/TW',
        '- Issuer: Bộ Chính trị',
        '- Date: 2019-05-30',
        '- Term: khóa XII',
        'Cited in: `a.txt`',
      ],
    );
  });

  it('resolves a day and month against the publication date and gives the weekday', async () => {
    await check('Thứ Năm, 23-06-2022, 18:22\nNgày 2$03/6, tại Hà Nội, hội nghị diễn ra.\n', ['**2022-06-23** — Thursday (Thứ Năm)']);
  });

  it('says where the article’s date came from under a title used alone, or why there is none', async () => {
    await check('Thứ Năm, 23-06-2022, 18:22\nTrưởng Ban Tổ chức $0Trung ương cho biết.\n', ['Article dated from its dateline «Thứ Năm, 23-06-2022, 18:22».']);
    await check('Trưởng Ban Tổ chức $0Trung ương cho biết, sinh năm 1965.\n', [
      'This article is undated: nothing in it (no dateline, no dated event in its lead) says when it was published, so checks that need its date stay silent.',
    ]);
  });

  it('gives a congress its ordinal and years', async () => {
    await check('Thứ Năm, 23-06-2022, 18:22\nNghị quyết Đại hội XIII của Đảng và Đại hội X$0IV.\n', [
      '**Đại hội XIV** — congress / term',
      '14th (XIV) National Party Congress, 2026-01-19 – 2026-01-23; Central Committee term (khóa XIV) 2026–2031',
    ]);
  });

  it('on the seeds, Trương Thị Mai has her titles from 000 and 002 dated 2022-01-12 and 2022-06-23', async () => {
    const files = seedFiles();
    const service = createReportLensService({ files: memoryFiles(files) });
    await service.indexWorkspace();
    const uri = uriOf('002_d5d8ab22265d025f.txt');
    const result = service.hover(uri, offsetOf(files.get(uri)!, 'Trương Thị Mai') + 3);
    assert.ok(result);
    const lines = result.markdown.split('\n');
    assert.equal(lines[0], '**Trương Thị Mai** — official');
    assert.ok(
      lines.includes('- 2022-01-12 · `000_a0bfb8074f4957ff.txt`: Trưởng Ban Tổ chức Trung ương; Ủy viên Bộ Chính trị; Bí thư Trung ương Đảng'),
      result.markdown,
    );
    assert.ok(
      lines.includes('- 2022-06-23 · `002_d5d8ab22265d025f.txt`: Ủy viên Bộ Chính trị; Bí thư Trung ương Đảng; Trưởng Ban Tổ chức Trung ương'),
      result.markdown,
    );
  });
});
