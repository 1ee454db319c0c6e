import * as assert from 'node:assert/strict';
import { createReportLensService, type ReportLensService } from '../../../../server/src/core/service';
import { memoryFiles, parseFixture, serviceFor, uriOf } from '../../../support/fixture';

const NAME = 'Trương Thị Mai';

function article(day: string, titles: string): string {
  return `Thứ Hai, ${day}, 08:46\nĐồng chí ${NAME}, ${titles} dự hội nghị.\n`;
}

/** Twelve articles of March 2017 giving one pair of titles, and a thirteenth of 2022 giving another. */
function largeFolder(): Map<string, string> {
  const files = new Map<string, string>();
  for (let d = 1; d <= 12; d++) {
    const dd = String(d).padStart(2, '0');
    files.set(uriOf(`f${dd}.txt`), article(`${dd}/03/2017`, 'Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương'));
  }
  files.set(uriOf('f13.txt'), article('23/06/2022', 'Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương'));
  return files;
}

function personHover(service: ReportLensService, name: string): string[] {
  const uri = uriOf(name);
  const text = service.article(uri)!.text;
  return service.hover(uri, text.indexOf(NAME) + 2)!.markdown.split('\n');
}

/** The hover's timeline: the lines from its heading to the blank line closing it. */
function timeline(lines: string[]): string[] {
  const from = lines.findIndex((l) => l.startsWith('Titles in the articles'));
  return [lines[from], ...lines.slice(from + 2, lines.indexOf('', from + 2))];
}

describe('core/entityDigest', () => {
  it('sums up a long title timeline per title, with its first and last article', async () => {
    const service = createReportLensService({ files: memoryFiles(largeFolder()) });
    await service.indexWorkspace();
    const lines = personHover(service, 'f05.txt');
    assert.deepEqual(timeline(lines), [
      'Titles in the articles (first and last seen, 13 files):',
      '- 2017-03-01 · `f01.txt` – 2022-06-23 · `f13.txt`: Ủy viên Bộ Chính trị (13 files)',
      '- 2017-03-01 · `f01.txt` – 2017-03-12 · `f12.txt`: Trưởng Ban Dân vận Trung ương (12 files)',
      '- 2022-06-23 · `f13.txt`: Trưởng Ban Tổ chức Trung ương (1 file)',
    ]);
    assert.ok(lines.includes('13 mentions in 13 files'));
  });

  it('dates the first or last file of a summed title by the year a history tells, as the article-by-article timeline does', async () => {
    const files = largeFolder();
    files.set(uriOf('f00.txt'), `Thứ Hai, 27/02/2017, 08:46\nNăm 2016, đồng chí ${NAME} - Trưởng Ban Dân vận Trung ương dự hội nghị.\n`);
    const service = createReportLensService({ files: memoryFiles(files) });
    await service.indexWorkspace();
    assert.ok(
      timeline(personHover(service, 'f05.txt')).includes('- 2016, told on 2017-02-27 · `f00.txt` – 2017-03-12 · `f12.txt`: Trưởng Ban Dân vận Trung ương (13 files)'),
      timeline(personHover(service, 'f05.txt')).join('\n'),
    );
  });

  it('follows edits: a title changed, an article moved to another date, an article removed', async () => {
    const service = createReportLensService({ files: memoryFiles(largeFolder()) });
    await service.indexWorkspace();
    service.setText(uriOf('f13.txt'), article('23/06/2022', 'Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương'), 1);
    service.setText(uriOf('f01.txt'), article('01/07/2023', 'Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương'), 1);
    assert.deepEqual(timeline(personHover(service, 'f05.txt')), [
      'Titles in the articles (first and last seen, 13 files):',
      '- 2017-03-02 · `f02.txt` – 2023-07-01 · `f01.txt`: Ủy viên Bộ Chính trị (13 files)',
      '- 2017-03-02 · `f02.txt` – 2023-07-01 · `f01.txt`: Trưởng Ban Dân vận Trung ương (13 files)',
    ]);
    service.removeFile(uriOf('f02.txt'));
    assert.deepEqual(
      service.definition(uriOf('f05.txt'), service.article(uriOf('f05.txt'))!.text.indexOf(NAME)).map((l) => l.uri).slice(0, 2),
      [uriOf('f03.txt'), uriOf('f04.txt')],
    );
    // Without the declaration, references leave out the introduction in the earliest article, f03.
    const refs = service.references(uriOf('f05.txt'), service.article(uriOf('f05.txt'))!.text.indexOf(NAME), false);
    assert.equal(refs.length, 11);
    assert.ok(!refs.some((r) => r.uri === uriOf('f03.txt')));
  });

  it('lists the timeline article by article again when the folder shrinks to a few', async () => {
    const service = createReportLensService({ files: memoryFiles(largeFolder()) });
    await service.indexWorkspace();
    for (let d = 1; d <= 11; d++) service.removeFile(uriOf(`f${String(d).padStart(2, '0')}.txt`));
    assert.deepEqual(timeline(personHover(service, 'f12.txt')), [
      'Titles in the articles:',
      '- 2017-03-12 · `f12.txt`: Ủy viên Bộ Chính trị; Trưởng Ban Dân vận Trung ương',
      '- 2022-06-23 · `f13.txt`: Ủy viên Bộ Chính trị; Trưởng Ban Tổ chức Trung ương',
    ]);
  });

  it('names the first few files citing a document in a large folder, then how many more', async () => {
    const files = new Map<string, string>();
    for (let i = 1; i <= 15; i++) {
      files.set(uriOf(`d${String(i).padStart(2, '0')}.txt`), 'Thứ Hai, 06/03/2023, 08:46\nTổng kết Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị.\n');
    }
    const service = createReportLensService({ files: memoryFiles(files) });
    await service.indexWorkspace();
    const uri = uriOf('d07.txt');
    const lines = service.hover(uri, service.article(uri)!.text.indexOf('35-CT') + 2)!.markdown.split('\n');
    const names = Array.from({ length: 12 }, (_, i) => `\`d${String(i + 1).padStart(2, '0')}.txt\``).join(', ');
    assert.ok(lines.includes(`Cited in: ${names} … and 3 more files`), lines.join('\n'));
  });

  it('merges what the citations of a document write as files come and go: each field as most citations write it', async () => {
    const files = new Map([
      [uriOf('a.txt'), 'Thứ Hai, 06/03/2023, 08:46\nThực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019.\n'],
      [uriOf('b.txt'), 'Thứ Hai, 06/03/2023, 08:46\nChỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị về đại hội đảng bộ các cấp.\n'],
    ]);
    const service = createReportLensService({ files: memoryFiles(files) });
    await service.indexWorkspace();
    const fieldsOf = (name: string) => {
      const uri = uriOf(name);
      return service.hover(uri, service.article(uri)!.text.indexOf('35-CT') + 2)!.markdown.split('\n').filter((l) => l.startsWith('- '));
    };
    const own = ['- Type: Chỉ thị (directive)', '- Number: 35', '- Code: 35-CT/TW'];
    // The issuer and subject come from b.txt, though a.txt is hovered.
    assert.deepEqual(fieldsOf('a.txt'), [...own, '- Issuer: Bộ Chính trị', '- Date: 2019-05-30', '- Term: khóa XII', '- Subject: đại hội đảng bộ các cấp']);
    service.removeFile(uriOf('b.txt'));
    assert.deepEqual(fieldsOf('a.txt'), [...own, '- Date: 2019-05-30', '- Term: khóa XII']);
    service.setText(uriOf('c.txt'), 'Thứ Hai, 06/03/2023, 08:46\nChỉ thị số 35-CT/TW ngày 30-5-2019 của Ban Bí thư.\n', 1);
    assert.deepEqual(fieldsOf('a.txt'), [...own, '- Issuer: Ban Bí thư', '- Date: 2019-05-30', '- Term: khóa XII']);
    // A citation that writes no issuer shows the issuer most citations write: two citations outvote one, and the
    // removal of their file undoes that.
    const issuerOf = () => fieldsOf('a.txt').find((l) => l.startsWith('- Issuer'));
    service.setText(uriOf('d.txt'), 'Thứ Hai, 06/03/2023, 08:46\nChỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị, và Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị.\n', 1);
    assert.equal(issuerOf(), '- Issuer: Bộ Chính trị');
    service.removeFile(uriOf('d.txt'));
    assert.equal(issuerOf(), '- Issuer: Ban Bí thư');
  });
});

describe('core/entityDigest title holders', () => {
  const FOLDER = `
//- a.txt
Thứ Hai, 06/03/2017, 08:46
Đồng chí Trương Thị Mai, Trưởng Ban Dân vận Trung ương, dự hội nghị.
//- b.txt
Thứ Năm, 23/06/2022, 18:22
Đồng chí Bùi Thị Minh Hoài, Trưởng Ban Dân vận Trung ương, dự hội nghị.
//- c.txt
Thứ Hai, 05/03/2018, 08:46
Trưởng Ban Dân vận Trung ương cho biết hội nghị đã thành công.
//- d.txt
Thứ Hai, 01/03/2021, 08:46
Trưởng Ban Dân vận Trung ương cho biết hội nghị đã thành công.
`;

  function heldLine(service: ReportLensService, name: string): string | undefined {
    const uri = uriOf(name);
    const text = service.article(uri)!.text;
    return service.hover(uri, text.indexOf('Trưởng Ban') + 3)!.markdown.split('\n').find((l) => l.startsWith('Held'));
  }

  it('leaves out a holder a history gives for another year: the post was held then, not at the history’s date', async () => {
    const history = '//- e.txt\nThứ Ba, 06/03/2018, 08:46\nNăm 1956, ông Trần Văn Lộc - Trưởng Ban Dân vận Trung ương dự hội nghị.\n';
    const service = await serviceFor(parseFixture(FOLDER + history));
    assert.equal(heldLine(service, 'c.txt'), 'Held on 2018-03-05 by: Trương Thị Mai (`a.txt`, 2017-03-06)');
  });

  it('names the holder from the article nearest in date, and follows an edit of that article', async () => {
    const service = await serviceFor(parseFixture(FOLDER));
    assert.equal(heldLine(service, 'c.txt'), 'Held on 2018-03-05 by: Trương Thị Mai (`a.txt`, 2017-03-06)');
    assert.equal(heldLine(service, 'd.txt'), 'Held on 2021-03-01 by: Bùi Thị Minh Hoài (`b.txt`, 2022-06-23)');
    // b.txt moves to 2017-03-07: one day nearer to c.txt than a.txt is.
    service.setText(uriOf('b.txt'), service.article(uriOf('b.txt'))!.text.replace('23/06/2022', '07/03/2017'), 1);
    assert.equal(heldLine(service, 'c.txt'), 'Held on 2018-03-05 by: Bùi Thị Minh Hoài (`b.txt`, 2017-03-07)');
    service.removeFile(uriOf('b.txt'));
    assert.equal(heldLine(service, 'd.txt'), 'Held on 2021-03-01 by: Trương Thị Mai (`a.txt`, 2017-03-06)');
  });
});
