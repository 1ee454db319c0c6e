import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { memoryFiles, uriOf } from '../../../support/fixture';
import { createReportLensService, type ReportLensService } from '../../../../server/src/core/service';

/**
 * Which files an edit re-checks (issue 11, item 4): the language server
 * republishes only the files the core names as stale, so the names must
 * cover every file whose findings changed, and should be no more.
 */

const MAJORITY = 'Ủy viên Trung ương Đảng';
/**
 * Sentences an article of the folder is made of, for every folder-wide rule: one post in three case forms; a term
 * numeral in two spellings and two tone placements; a word in i and y; an award's edition in two years; a document
 * cited with and without its code, and on two dates; a frequent name, a name one letter away, and posts of each.
 */
const SENTENCES = [
  `Đồng chí Nguyễn Văn A, ${MAJORITY}, phát biểu.`,
  'Đồng chí Nguyễn Văn A, Ủy Viên Trung ương Đảng, phát biểu.',
  'Đồng chí Nguyễn Văn A, Ủy viên Trung Ương Đảng, phát biểu.',
  'Quốc hội khóa XV họp.',
  'Quốc hội khoá XV họp.',
  'Quốc hội khóa 15 họp.',
  'Trời mưa.',
  'Đại biểu nhiệm kỳ này họp.',
  'Đại biểu nhiệm kì này họp.',
  'Giải Búa liềm vàng lần thứ VIII năm 2023 đã trao.',
  'Giải Búa liềm vàng lần thứ VIII năm 2022 đã trao.',
  'Bộ Chính trị ban hành Quy định số 998-QĐ/TW.',
  'Theo Quy định số 998, tỉnh làm tốt.',
  'Ngày 5/3/2024, Bộ Chính trị ban hành Kết luận số 999-KL/TW.',
  'Ngày 6/3/2024, Bộ Chính trị ban hành Kết luận số 999-KL/TW.',
  'Ông Nguyễn Văn Thắng, ông Nguyễn Văn Thắng và ông Nguyễn Văn Thắng dự họp.',
  'Đồng chí Nguyễn Văn Thắng, Bí thư Tỉnh ủy Nam Định, phát biểu.',
  'Đồng chí Nguyễn Văn Thắn, Giám đốc Sở Y tế, phát biểu.',
  'Đồng chí Nguyễn Văn Thắn phát biểu.',
];

async function indexed(texts: ReadonlyMap<string, string>): Promise<ReportLensService> {
  const service = createReportLensService({ files: memoryFiles(texts) });
  await service.indexWorkspace();
  return service;
}

/**
 * A file's findings as the editor shows them. Of a related location, the file is compared and not the offset: an
 * example in a file being edited moves with the typing, and the files citing it are not re-sent for every keystroke.
 */
function shown(service: ReportLensService, uri: string): string[] {
  return service.diagnostics(uri).map((f) => `${f.rule} ${f.start}-${f.end} ${f.message} ${f.related.map((r) => r.uri).join(',')}`);
}

describe('core/rules/aggregates: files re-checked after an edit', () => {
  it('a new minority form of a title that most files share re-checks the edited file and the minority files only', async () => {
    const texts = new Map<string, string>();
    for (let i = 0; i < 40; i++) texts.set(uriOf(`m${i}.txt`), `${SENTENCES[0]}\n`);
    texts.set(uriOf('x.txt'), `${SENTENCES[1]}\n`);
    texts.set(uriOf('y.txt'), `${SENTENCES[1]}\n`);
    const service = await indexed(texts);
    service.staleDiagnostics();
    const before = new Map([...texts.keys()].map((uri) => [uri, shown(service, uri)]));

    service.setText(uriOf('m7.txt'), `${SENTENCES[2]}\n`, 1);
    const stale = service.staleDiagnostics().sort();

    // The majority's count fell from 40 to 39, which the minority files' messages give; the 39 majority files are untouched.
    assert.deepEqual(stale, [uriOf('m7.txt'), uriOf('x.txt'), uriOf('y.txt')]);
    assert.match(shown(service, uriOf('x.txt'))[0], /elsewhere in the folder \(39 times\)/);
    for (const [uri, findings] of before) if (!stale.includes(uri)) assert.deepEqual(shown(service, uri), findings, uri);
  });

  it('a file that stops writing the majority numeral re-checks the files of the other numeral only, though it was their example', async () => {
    const texts = new Map<string, string>();
    for (let i = 0; i < 30; i++) texts.set(uriOf(`m${String(i).padStart(2, '0')}.txt`), 'Quốc hội khóa XV họp.\n');
    texts.set(uriOf('x.txt'), 'Quốc hội khóa 15 họp.\n');
    texts.set(uriOf('y.txt'), 'Quốc hội khóa 15 họp.\n');
    const service = await indexed(texts);
    service.staleDiagnostics();
    const before = new Map([...texts.keys()].map((uri) => [uri, shown(service, uri)]));
    // m00 is the first file writing Roman numerals, so the Arabic files' findings show their example there.
    assert.match(before.get(uriOf('x.txt'))?.[0] ?? '', new RegExp(`^term-numeral .* ${uriOf('m00.txt')}$`));

    service.setText(uriOf('m00.txt'), 'Quốc hội khóa này họp.\n', 1);
    const stale = service.staleDiagnostics().sort();

    assert.deepEqual(stale, [uriOf('m00.txt'), uriOf('x.txt'), uriOf('y.txt')]);
    assert.match(shown(service, uriOf('x.txt'))[0], new RegExp(`^term-numeral .* ${uriOf('m01.txt')}$`));
    for (const [uri, findings] of before) if (!stale.includes(uri)) assert.deepEqual(shown(service, uri), findings, uri);
  });

  it('re-checks every file of the old majority when the majority flips', async () => {
    // Two forms neither of which is the lexicon's own (that one is never told to change).
    const texts = new Map<string, string>();
    for (let i = 0; i < 3; i++) texts.set(uriOf(`m${i}.txt`), `${SENTENCES[1]}\n`);
    for (let i = 0; i < 3; i++) texts.set(uriOf(`n${i}.txt`), `${SENTENCES[2]}\n`);
    texts.set(uriOf('z.txt'), `${SENTENCES[1]}\n`);
    const service = await indexed(texts);
    service.staleDiagnostics();
    assert.deepEqual(shown(service, uriOf('m0.txt')), []);
    assert.equal(shown(service, uriOf('n0.txt')).length, 1);

    service.setText(uriOf('z.txt'), `${SENTENCES[2]}\n`, 1);

    assert.deepEqual(service.staleDiagnostics().sort(), [...texts.keys()].sort());
    assert.equal(shown(service, uriOf('m0.txt')).length, 1);
    assert.deepEqual(shown(service, uriOf('n0.txt')), []);
  });

  it("counts a name in its one-letter deletions' groups too: the frequent name's files leaving or coming back change the near name's finding, and re-check its file", async () => {
    const frequent = 'Đồng chí Nguyễn Văn Thắng phát biểu.\n';
    const texts = new Map([...[0, 1, 2].map((i) => [uriOf(`a${i}.txt`), frequent] as const), [uriOf('b.txt'), 'Đồng chí Nguyễn Văn Thắn dự hội nghị.\n']]);
    const service = await indexed(texts);
    service.staleDiagnostics();
    const nameVariants = () => shown(service, uriOf('b.txt')).filter((f) => f.startsWith('name-variant'));
    assert.equal(nameVariants().length, 1);

    // The near name's file reads the frequent name's count; the frequent name's other files read nothing of it.
    service.removeFile(uriOf('a0.txt'));
    assert.deepEqual(service.staleDiagnostics().sort(), [uriOf('a0.txt'), uriOf('b.txt')]);
    assert.deepEqual(nameVariants(), []);

    service.setText(uriOf('a0.txt'), frequent, 1);
    assert.deepEqual(service.staleDiagnostics().sort(), [uriOf('a0.txt'), uriOf('b.txt')]);
    assert.equal(nameVariants().length, 1);

    // Every file of the frequent name leaves, so its count is forgotten in every group, then they come back: the
    // count made anew is the deletions' groups' count again, and edits of a file already counted keep it so.
    for (const i of [0, 1, 2]) service.removeFile(uriOf(`a${i}.txt`));
    assert.deepEqual(nameVariants(), []);
    for (const i of [0, 1, 2]) service.setText(uriOf(`a${i}.txt`), frequent, 2);
    service.setText(uriOf('a1.txt'), `${frequent}Hội nghị bế mạc.\n`, 3);
    assert.equal(nameVariants().length, 1);
    service.removeFile(uriOf('a2.txt'));
    assert.deepEqual(nameVariants(), []);
  });

  it('re-checks a citation without its code when another file cites the document with one', async () => {
    const texts = new Map([
      [uriOf('a.txt'), 'Theo Quy định số 998, tỉnh làm tốt.\n'],
      [uriOf('b.txt'), 'Trời mưa.\n'],
    ]);
    const service = await indexed(texts);
    service.staleDiagnostics();
    assert.deepEqual(
      service.diagnostics(uriOf('a.txt')).map((f) => f.fixes.length),
      [0],
    );

    service.setText(uriOf('b.txt'), 'Bộ Chính trị ban hành Quy định số 998-QĐ/TW.\n', 1);

    assert.deepEqual(service.staleDiagnostics().sort(), [uriOf('a.txt'), uriOf('b.txt')]);
    assert.deepEqual(
      service.diagnostics(uriOf('a.txt')).map((f) => `${f.rule} ${f.fixes.map((x) => x.title)}`),
      ['document-code Write the code “998-QĐ/TW”'],
    );
  });

  it('a file that stops writing the tone placement the configuration prefers re-checks the files of the other placement, which read their example there', async () => {
    const texts = new Map<string, string>();
    for (let i = 0; i < 5; i++) texts.set(uriOf(`m${i}.txt`), 'Hai bên hòa giải.\n');
    texts.set(uriOf('x0.txt'), 'Hai bên hoà giải.\n');
    texts.set(uriOf('x1.txt'), 'Hai bên hoà giải.\n');
    const service = await indexed(texts);
    service.configureRules({ preferred: { spelling: 'old' } });
    service.staleDiagnostics();
    assert.match(shown(service, uriOf('m0.txt'))[0], new RegExp(`^spelling-variant .* ${uriOf('x0.txt')}$`));

    service.setText(uriOf('x0.txt'), 'Hai bên gặp nhau.\n', 1);

    // x1 writes the preferred placement too, and reads nothing.
    assert.deepEqual(service.staleDiagnostics().sort(), [...texts.keys()].filter((uri) => uri !== uriOf('x1.txt')).sort());
    assert.match(shown(service, uriOf('m0.txt'))[0], new RegExp(`^spelling-variant .* ${uriOf('x1.txt')}$`));
  });

  it("a file that stops writing the folder's tone placement re-checks the files of the other placement only", async () => {
    const texts = new Map<string, string>();
    for (let i = 0; i < 30; i++) texts.set(uriOf(`m${String(i).padStart(2, '0')}.txt`), 'Hai bên hòa giải.\n');
    texts.set(uriOf('x.txt'), 'Hai bên hoà giải.\n');
    const service = await indexed(texts);
    service.staleDiagnostics();
    assert.match(shown(service, uriOf('x.txt'))[0], new RegExp(`^spelling-variant .* ${uriOf('m00.txt')}$`));

    service.setText(uriOf('m00.txt'), 'Hai bên gặp nhau.\n', 1);

    assert.deepEqual(service.staleDiagnostics().sort(), [uriOf('m00.txt'), uriOf('x.txt')]);
    assert.match(shown(service, uriOf('x.txt'))[0], new RegExp(`^spelling-variant .* ${uriOf('m01.txt')}$`));
  });

  it("points a minority file at the majority's first file by name, at the place that file writes it, as files leave and others come in their stead", async () => {
    const texts = new Map<string, string>();
    for (const name of ['b.txt', 'c.txt', 'd.txt']) texts.set(uriOf(name), `${SENTENCES[0]}\n`);
    texts.set(uriOf('x.txt'), `${SENTENCES[1]}\n`);
    const service = await indexed(texts);
    const example = () => service.diagnostics(uriOf('x.txt')).find((f) => f.rule === 'title-variant')?.related.map((r) => `${r.uri.split('/').pop()} ${r.start}-${r.end}`);
    const at = (text: string) => `${text.indexOf(MAJORITY)}-${text.indexOf(MAJORITY) + MAJORITY.length}`;
    assert.deepEqual(example(), [`b.txt ${at(SENTENCES[0])}`]);
    // b leaves the folder and a comes, writing the post further on: a is first by name, and its own place is given.
    service.removeFile(uriOf('b.txt'));
    const later = `Tin mới. ${SENTENCES[0]}`;
    service.setText(uriOf('a.txt'), `${later}\n`, 1);
    assert.deepEqual(example(), [`a.txt ${at(later)}`]);
    // c stops writing the post and writes it again in another place; a leaves: c is the example, at its new place.
    service.setText(uriOf('c.txt'), 'Trời mưa.\n', 1);
    const further = `Hôm nay trời mưa. ${SENTENCES[0]}`;
    service.setText(uriOf('c.txt'), `${further}\n`, 2);
    service.removeFile(uriOf('a.txt'));
    assert.deepEqual(example(), [`c.txt ${at(further)}`]);
  });

  it('republishing only the files named stale leaves every file showing what a fresh analysis of the folder gives', async () => {
    const files = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'].map(uriOf);
    const article = fc.array(fc.nat({ max: SENTENCES.length - 1 }), { minLength: 1, maxLength: 6 }).map((picks) => picks.map((k) => SENTENCES[k]).join(' ') + '\n');
    const edit = fc.record({ file: fc.nat({ max: files.length - 1 }), text: article });
    await fc.assert(
      fc.asyncProperty(fc.array(article, { minLength: files.length, maxLength: files.length }), fc.array(edit, { minLength: 1, maxLength: 6 }), async (initial, edits) => {
        const texts = new Map(files.map((uri, i) => [uri, initial[i]]));
        const service = await indexed(texts);
        service.staleDiagnostics();
        const published = new Map(files.map((uri) => [uri, shown(service, uri)]));
        edits.forEach(({ file, text }, version) => {
          texts.set(files[file], text);
          service.setText(files[file], text, version + 1);
          for (const uri of service.staleDiagnostics()) published.set(uri, shown(service, uri));
        });
        for (const uri of files) assert.deepEqual(published.get(uri), shown(service, uri), uri);
        // A folder indexed afresh from the same texts may take its examples from other files; the findings are the same.
        const fresh = await indexed(texts);
        const withoutRelated = (findings: readonly string[] | undefined) => findings?.map((f) => f.replace(/ \S*$/, ''));
        for (const uri of files) assert.deepEqual(withoutRelated(published.get(uri)), withoutRelated(shown(fresh, uri)), uri);
      }),
      { seed: 20261205, numRuns: 40 },
    );
  });
});
