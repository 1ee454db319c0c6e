import * as assert from 'node:assert/strict';
import { parseFixture, serviceFor, nameOf, seedFiles, offsetOf, uriOf } from '../../../support/fixture';
import { createReportLensService, type FileReferences } from '../../../../server/src/core/service';
import { memoryFiles } from '../../../support/fixture';

/** Where a location points, as "file: text". */
type Shown = string;

async function check(
  fixture: string,
  request: 'definition' | 'references' | 'highlights',
  expected: Shown[],
): Promise<void> {
  const parsed = parseFixture(fixture);
  assert.ok(parsed.cursor, 'fixture needs a $0 cursor');
  const service = await serviceFor(parsed);
  const { uri, offset } = parsed.cursor;
  const show = (u: string, start: number, end: number) => `${nameOf(u)}: ${parsed.files.get(u)!.slice(start, end)}`;
  let actual: Shown[];
  if (request === 'definition') actual = service.definition(uri, offset).map((l) => show(l.uri, l.start, l.end));
  else if (request === 'references') actual = service.references(uri, offset, true).map((l) => show(l.uri, l.start, l.end));
  else actual = service.highlights(uri, offset).map((s) => show(uri, s.start, s.end));
  assert.deepEqual(actual, expected);
}

const TWO_ARTICLES = `
//- later.txt
Thứ Năm, 23-06-2022, 18:22
Đồng chí Trương Thị Mai phát biểu. Sau đó đồng chí Trương Thị $0Mai kết luận.
//- earlier.txt
Thứ Hai, 06/03/2017, 08:46
Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương dự hội nghị.
//- other.txt
Thứ Ba, 07/03/2017, 08:46
Đồng chí Mai Văn Chính phát biểu.
`;

describe('core/features/navigation', () => {
  it('goes to the full introduction in the earliest article, from another file', async () => {
    await check(TWO_ARTICLES, 'definition', ['earlier.txt: Trương Thị Mai']);
  });

  it('finds every mention of a person across files, and no one else', async () => {
    await check(TWO_ARTICLES, 'references', [
      'earlier.txt: Trương Thị Mai',
      'later.txt: Trương Thị Mai',
      'later.txt: Trương Thị Mai',
    ]);
  });

  it('highlights the mentions in the current file only', async () => {
    await check(TWO_ARTICLES, 'highlights', ['later.txt: Trương Thị Mai', 'later.txt: Trương Thị Mai']);
  });

  it('answers F12 from the kept earliest introduction, which follows edits, new articles and deletions', async () => {
    const parsed = parseFixture(TWO_ARTICLES);
    const service = await serviceFor(parsed);
    const { uri, offset } = parsed.cursor!;
    const earlier = uriOf('earlier.txt');
    const first = () => service.definition(uri, offset, undefined, false).map((l) => `${nameOf(l.uri)}: ${service.article(l.uri)!.text.slice(l.start, l.end)}`);
    assert.deepEqual(first(), ['earlier.txt: Trương Thị Mai']);
    // An article dated earlier that introduces her takes over.
    service.setText(uriOf('earliest.txt'), 'Thứ Hai, 06/03/2016, 08:46\nĐồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, dự họp.\n', 1);
    assert.deepEqual(first(), ['earliest.txt: Trương Thị Mai']);
    service.removeFile(uriOf('earliest.txt'));
    assert.deepEqual(first(), ['earlier.txt: Trương Thị Mai']);
    // Without a full introduction anywhere, her first mention in the earliest article stands in.
    service.setText(earlier, 'Thứ Hai, 06/03/2017, 08:46\nĐồng chí Trương Thị Mai dự hội nghị.\n', 2);
    assert.deepEqual(first(), ['earlier.txt: Trương Thị Mai']);
    assert.deepEqual(first(), service.definition(uri, offset).slice(0, 1).map((l) => `${nameOf(l.uri)}: ${service.article(l.uri)!.text.slice(l.start, l.end)}`));
  });

  it('answers nothing away from any entity', async () => {
    await check('//- a.txt\nMột câu không có $0tên riêng nào cả.\n', 'definition', []);
  });

  it('keeps two same-coded directives of different terms apart', async () => {
    await check(
      '//- a.txt\nChỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị. Chỉ thị số 35-CT/$0TW ngày 14-6-2024 của Bộ Chính trị.\n',
      'references',
      ['a.txt: Chỉ thị số 35-CT/TW'],
    );
  });

  it('on the seeds, Mai Văn Chính in 000 is defined in 003, the earliest article', async () => {
    const files = seedFiles();
    const service = createReportLensService({ files: memoryFiles(files) });
    await service.indexWorkspace();
    const uri = uriOf('000_a0bfb8074f4957ff.txt');
    const at = offsetOf(files.get(uri)!, 'Mai Văn Chính') + 2;
    const defs = service.definition(uri, at).map((l) => `${nameOf(l.uri)}: ${files.get(l.uri)!.slice(l.start, l.end)}`);
    assert.deepEqual(defs, [
      '003_c3f5d0e4081dce2b.txt: Mai Văn Chính',
      '000_a0bfb8074f4957ff.txt: Mai Văn Chính',
      '001_39ce9bc540b8e1cf.txt: Mai Văn Chính',
    ]);
    const refs = service.references(uri, at, true);
    const perFile = new Map<string, number>();
    for (const r of refs) perFile.set(nameOf(r.uri), (perFile.get(nameOf(r.uri)) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(perFile), {
      '000_a0bfb8074f4957ff.txt': 2,
      '001_39ce9bc540b8e1cf.txt': 2,
      '003_c3f5d0e4081dce2b.txt': 3,
    });
  });

  it('counts references without walking them, and reads each file when it is reached, with the text its spans are in', async () => {
    const parsed = parseFixture(TWO_ARTICLES);
    const service = await serviceFor(parsed);
    const { uri, offset } = parsed.cursor!;
    const shown = (f: FileReferences) => [nameOf(f.uri), f.spans.map((s) => f.text.slice(s.start, s.end))];
    const NAME = 'Trương Thị Mai';
    // Without the declaration: the introduction in earlier.txt is left out, and that file with it.
    const without = service.referencesByFile(uri, offset, false);
    assert.equal(without.count, 2);
    assert.deepEqual([...without.files].map(shown), [['later.txt', [NAME, NAME]]]);

    const all = service.referencesByFile(uri, offset, true);
    assert.equal(all.count, 3);
    const files = all.files[Symbol.iterator]();
    const first = files.next().value as FileReferences;
    assert.deepEqual(shown(first), ['earlier.txt', [NAME]]);
    // Both files change after the first was read: it keeps the text it was read with, and the second is read as it is now.
    const earlier = uriOf('earlier.txt');
    const later = uriOf('later.txt');
    service.setText(earlier, `Tin cũ. ${parsed.files.get(earlier)!}`, 2);
    service.setText(later, `Tin mới. ${parsed.files.get(later)!}`, 2);
    assert.equal(first.text, parsed.files.get(earlier));
    const second = files.next().value as FileReferences;
    assert.equal(second.text, service.text(later));
    assert.deepEqual(shown(second), ['later.txt', [NAME, NAME]]);
    assert.equal(second.spans[0].start, parsed.files.get(later)!.indexOf(NAME) + 'Tin mới. '.length);
    assert.equal(files.next().done, true);
  });
});
