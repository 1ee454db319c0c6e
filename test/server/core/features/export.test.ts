import * as assert from 'node:assert/strict';
import { memoryFiles, parseFixture, seedFiles, uriOf } from '../../../support/fixture';
import { createReportLensService, type ReportLensService } from '../../../../server/src/core/service';
import { flatMentions } from '../../../../server/src/core/features/export';
import type { Article } from '../../../../server/src/core/model';

/**
 * Export round trips: in every format, each span points at exactly its
 * text, counted in code points (an emoji before a mention moves UTF-16
 * offsets but not code point ones).
 */

async function indexed(files: ReadonlyMap<string, string>): Promise<ReportLensService> {
  const service = createReportLensService({ files: memoryFiles(files) });
  await service.indexWorkspace();
  return service;
}

/** Slices a text by code points. */
function cpSlice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

function checkJsonl(service: ReportLensService): number {
  const [stream] = service.exportAnnotations('jsonl');
  assert.equal(stream.uri, undefined);
  const lines = stream.content.trimEnd().split('\n');
  assert.equal(lines.length, [...service.articles()].length);
  let count = 0;
  for (const line of lines) {
    const record = JSON.parse(line) as { file: string; length: number; entities: { id: string; kind: string; start: number; end: number; text: string }[] };
    const article = service.article(record.file)!;
    assert.equal(record.length, [...article.text].length);
    assert.deepEqual(record.entities.map((e) => e.id), article.mentions.map((m) => m.key));
    for (const e of record.entities) assert.equal(cpSlice(article.text, e.start, e.end), e.text, `${record.file} ${e.id}`);
    count += record.entities.length;
  }
  return count;
}

function checkBrat(service: ReportLensService): number {
  let count = 0;
  for (const file of service.exportAnnotations('brat')) {
    assert.ok(file.uri?.endsWith('.ann'));
    const article = service.article(file.uri!.replace(/\.ann$/, '.txt'))!;
    const lines = file.content.split('\n').filter((l) => l !== '');
    for (const line of lines.filter((l) => l.startsWith('T'))) {
      const [id, spec, text] = line.split('\t');
      const [kind, ...rest] = spec.split(' ');
      const fragments = rest.join(' ').split(';').map((f) => f.split(' ').map(Number));
      assert.equal(fragments.map(([s, e]) => cpSlice(article.text, s, e)).join(' '), text, `${id} ${kind}`);
      const note = lines.find((l) => l.startsWith(`#${id.slice(1)}\t`));
      assert.equal(note?.split('\t')[1], `AnnotatorNotes ${id}`);
      count++;
    }
  }
  return count;
}

/** Rebuilds the tagged spans from the CoNLL tokens by finding each token in the text in order. */
function checkConll(service: ReportLensService): void {
  const [stream] = service.exportAnnotations('conll');
  const documents = stream.content.split('-DOCSTART-\tO\n').slice(1);
  const articles = [...service.articles()].sort((a, b) => a.uri.localeCompare(b.uri));
  assert.equal(documents.length, articles.length);
  documents.forEach((doc, i) => {
    const article: Article = articles[i];
    let at = 0;
    const spans: string[] = [];
    let open: { kind: string; start: number; end: number } | undefined;
    const close = () => {
      if (open) spans.push(`${open.kind} ${article.text.slice(open.start, open.end)}`);
      open = undefined;
    };
    for (const line of doc.split('\n').filter((l) => l !== '')) {
      const [token, tag] = line.split('\t');
      const found = article.text.indexOf(token, at);
      assert.ok(found !== -1 && article.text.slice(at, found).trim() === '', `token ${JSON.stringify(token)} not next in ${article.uri}`);
      at = found + token.length;
      if (tag.startsWith('I-') && open) open.end = at;
      else {
        close();
        if (tag.startsWith('B-')) open = { kind: tag.slice(2), start: found, end: at };
      }
    }
    close();
    const expected = flatMentions(article.mentions).map((m) => `${m.kind} ${article.text.slice(m.start, m.end).trimEnd()}`);
    assert.deepEqual(spans, expected);
  });
}

describe('core/features/export', () => {
  it('jsonl, brat and conll spans point at exactly their text on the seeds', async () => {
    const service = await indexed(seedFiles());
    const entities = checkJsonl(service);
    assert.ok(entities > 0);
    assert.equal(checkBrat(service), entities);
    checkConll(service);
  });

  it('offsets are code points: an emoji before a mention does not shift it', async () => {
    const { files } = parseFixture('Thứ Năm, 23-06-2022, 18:22\n😀 Ngày 23/6, theo Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị.\n');
    const service = await indexed(files);
    assert.ok(checkJsonl(service) >= 2);
    const [line] = service.exportAnnotations('jsonl')[0].content.split('\n');
    const citation = 'Chỉ thị số 35-CT/TW';
    const entity = (JSON.parse(line) as { entities: { text: string; start: number }[] }).entities.find((e) => e.text === citation);
    // The emoji is two UTF-16 units but one code point.
    assert.equal(entity?.start, files.get(uriOf('a.txt'))!.indexOf(citation) - 1);
    checkBrat(service);
    checkConll(service);
  });

  it('jsonl gives each citation its fields, and a short name the span of its full citation', async () => {
    const { files } = parseFixture('Thứ Năm, 23-11-2023, 18:22\nQuy định số 114-QĐ/TW ngày 11-7-2023 của Bộ Chính trị. Quy định 114 nêu rõ.\n');
    const service = await indexed(files);
    const [line] = service.exportAnnotations('jsonl')[0].content.split('\n');
    const documents = (JSON.parse(line) as { entities: { kind: string; text: string; start: number; end: number; document?: unknown }[] }).entities
      .filter((e) => e.kind === 'document')
      .map((e) => [e.text, e.start, e.end, e.document]);
    assert.deepEqual(documents, [
      ['Quy định số 114-QĐ/TW', 27, 48, { type: 'Quy định', number: '114', code: '114-QĐ/TW', date: '2023-07-11', issuer: 'Bộ Chính trị', term: 13 }],
      ['Quy định 114', 82, 94, { type: 'Quy định', number: '114', shortOf: { start: 27, end: 48 } }],
    ]);
  });

  it('jsonl gives a person the year a history’s narrative sets for its posts, and none where no narrative does', async () => {
    const { files } = parseFixture(
      'Thứ Hai, 09-01-2012, 08:00\nNăm 1990, Tỉnh ủy họp. Ông Hoàng Văn Bảy - Trưởng Ban Tổ chức Tỉnh ủy phát biểu.\nHiện nay, ông Lê Văn An, Bí thư Tỉnh ủy, chỉ đạo.\n',
    );
    const service = await indexed(files);
    const [line] = service.exportAnnotations('jsonl')[0].content.split('\n');
    const people = (JSON.parse(line) as { entities: { kind: string; text: string; heldIn?: number }[] }).entities
      .filter((e) => e.kind === 'person')
      .map((e) => [e.text, e.heldIn]);
    assert.deepEqual(people, [
      ['Hoàng Văn Bảy', 1990],
      ['Lê Văn An', undefined],
    ]);
  });

  it('brat writes one .ann beside each .txt, with the entity id as a note', async () => {
    const { files } = parseFixture('//- x/one.txt\nThứ Năm, 23-06-2022, 18:22\nChỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị.\n');
    const service = await indexed(files);
    const [file] = service.exportAnnotations('brat');
    assert.equal(file.uri, uriOf('x/one.ann'));
    assert.ok(file.content.includes('\tAnnotatorNotes T'), file.content);
    assert.ok(file.content.includes('\tdocument:CT-35/TW@12\n'), file.content);
  });

  it('brat relates each person to the titles it carries, with the modifiers as attributes of the title', async () => {
    const { files } = parseFixture('Đồng chí Lê Văn An, nguyên Bí thư Tỉnh ủy Hà Nam, phát biểu.\n');
    const service = await indexed(files);
    const [file] = service.exportAnnotations('brat');
    const lines = file.content.split('\n');
    const person = lines.find((l) => /^T\d+\tperson /.test(l))?.split('\t')[0];
    const title = lines.find((l) => /^T\d+\ttitle /.test(l));
    assert.equal(title?.split('\t').slice(1).join('\t'), 'title 27 48\tBí thư Tỉnh ủy Hà Nam');
    const titleId = title?.split('\t')[0];
    assert.ok(lines.includes(`R1\tTitle Arg1:${person} Arg2:${titleId}`), file.content);
    assert.ok(lines.includes(`A1\tFormer ${titleId}`), file.content);
  });
});
