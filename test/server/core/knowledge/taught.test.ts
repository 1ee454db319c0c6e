import * as assert from 'node:assert/strict';
import { memoryFiles, nameOf, offsetOf, parseFixture, uriOf } from '../../../support/fixture';
import { createReportLensService, type ReportLensService } from '../../../../server/src/core/service';
import { WORKSPACE_KNOWLEDGE_PATH } from '../../../../server/src/core/knowledge/workspaceKnowledge';

/**
 * The workspace knowledge file as the service applies it: names it teaches
 * become mentions in every article, aliases join their person, "not an
 * entity" removes a mention, malformed files keep the defaults, and each
 * save reports exactly the articles whose results it changes.
 */

const KNOWLEDGE_URI = uriOf(WORKSPACE_KNOWLEDGE_PATH);

const ARTICLES = `
//- a.txt
Thứ Năm, 23-06-2022, 18:22
Hội nghị do Nguyễn Văn An chủ trì. Nguyễn Văn An cho biết kết quả tốt.
//- b.txt
Thứ Sáu, 24-06-2022, 08:00
Theo Nguyễn Văn An, công tác cán bộ được chú trọng. Nguyễn Văn Anh cũng dự.
//- c.txt
Thứ Bảy, 25-06-2022, 08:00
Một bài không nhắc tới ai.
`;

async function service(): Promise<{ service: ReportLensService; files: ReadonlyMap<string, string> }> {
  const { files } = parseFixture(ARTICLES);
  const s = createReportLensService({ files: memoryFiles(files) });
  await s.indexWorkspace();
  s.staleDiagnostics();
  return { service: s, files };
}

function shown(s: ReportLensService, files: ReadonlyMap<string, string>, uri: string, offset: number): string[] {
  return s.references(uri, offset, true).map((l) => `${nameOf(l.uri)}: ${files.get(l.uri)!.slice(l.start, l.end)}`);
}

const OFFICIAL = `people:
  - id: nguyen-van-an
    name: Nguyễn Văn An
    posts:
      - title: Bí thư Tỉnh ủy Hà Tĩnh
        start: 2020-10
        sources: [https://example.org/an]
`;

describe('core/knowledge/taught (the workspace file applied to the folder)', () => {
  it('a taught official is a person in every article that writes the name, and only as a whole name', async () => {
    const { service: s, files } = await service();
    assert.deepEqual(s.setKnowledgeFile(KNOWLEDGE_URI, OFFICIAL), []);
    const a = uriOf('a.txt');
    assert.deepEqual(shown(s, files, a, offsetOf(files.get(a)!, 'Văn An')), [
      'a.txt: Nguyễn Văn An',
      'a.txt: Nguyễn Văn An',
      'b.txt: Nguyễn Văn An',
    ]);
    assert.deepEqual(s.staleDiagnostics().map(nameOf).sort(), ['a.txt', 'b.txt']);
  });

  it('Go to Definition lands on the entry in the knowledge file', async () => {
    const { service: s, files } = await service();
    s.setKnowledgeFile(KNOWLEDGE_URI, OFFICIAL);
    const b = uriOf('b.txt');
    const [target] = s.definition(b, offsetOf(files.get(b)!, 'Văn An'));
    assert.equal(target.uri, KNOWLEDGE_URI);
    assert.equal(OFFICIAL.slice(target.start, target.end), 'Nguyễn Văn An');
  });

  it('an alias joins the mentions of the person it names', async () => {
    const { service: s, files } = await service();
    s.setKnowledgeFile(KNOWLEDGE_URI, `${OFFICIAL}aliases:\n  nguyen-van-an: [Nguyễn Văn Anh]\n`);
    const b = uriOf('b.txt');
    assert.deepEqual(shown(s, files, b, offsetOf(files.get(b)!, 'Văn Anh')), [
      'a.txt: Nguyễn Văn An',
      'a.txt: Nguyễn Văn An',
      'b.txt: Nguyễn Văn An',
      'b.txt: Nguyễn Văn Anh',
    ]);
  });

  it('"not an entity" in one file removes the mention there only', async () => {
    const { service: s, files } = await service();
    s.setKnowledgeFile(KNOWLEDGE_URI, `${OFFICIAL}notEntities:\n  - text: Nguyễn Văn An\n    file: b.txt\n`);
    const a = uriOf('a.txt');
    assert.deepEqual(shown(s, files, a, offsetOf(files.get(a)!, 'Văn An')), ['a.txt: Nguyễn Văn An', 'a.txt: Nguyễn Văn An']);
    assert.equal(s.article(uriOf('b.txt'))!.mentions.filter((m) => m.kind === 'person').length, 0);
  });

  it('removing the file takes the taught names away again, and reports the articles that change', async () => {
    const { service: s } = await service();
    s.setKnowledgeFile(KNOWLEDGE_URI, OFFICIAL);
    s.staleDiagnostics();
    assert.deepEqual(s.setKnowledgeFile(KNOWLEDGE_URI, undefined), []);
    assert.equal(s.article(uriOf('a.txt'))!.mentions.filter((m) => m.kind === 'person').length, 0);
    assert.deepEqual(s.staleDiagnostics().map(nameOf).sort(), ['a.txt', 'b.txt']);
  });

  it('a malformed file gives its error at its place and keeps the bundled knowledge', async () => {
    const { service: s } = await service();
    const text = 'people:\n  - id: x\n    name: [unclosed\n';
    const issues = s.setKnowledgeFile(KNOWLEDGE_URI, text);
    assert.deepEqual(
      issues.map((i) => `${i.start} ${i.message}`),
      [`${text.length} Flow sequence in block collection must be sufficiently indented and end with a ]`],
    );
    assert.equal(s.knowledge().personById('truong-thi-mai')?.name, 'Trương Thị Mai');
    assert.equal(s.article(uriOf('a.txt'))!.mentions.filter((m) => m.kind === 'person').length, 0);
  });

  it('an alias for an unknown id is reported on that id', async () => {
    const { service: s } = await service();
    const text = 'aliases:\n  no-such-person: [Ai Đó]\n';
    const issues = s.setKnowledgeFile(KNOWLEDGE_URI, text).map((i) => `«${text.slice(i.start, i.end)}» ${i.message}`);
    assert.deepEqual(issues, ['«[Ai Đó]» No person has the id "no-such-person", so its aliases are not used.']);
  });

  it('changing only a post re-checks the articles that mention the person, without re-reading any', async () => {
    const { service: s } = await service();
    s.setKnowledgeFile(KNOWLEDGE_URI, OFFICIAL);
    s.staleDiagnostics();
    const before = s.article(uriOf('a.txt'));
    s.setKnowledgeFile(KNOWLEDGE_URI, OFFICIAL.replace('start: 2020-10', 'start: 2020-11'));
    assert.equal(s.article(uriOf('a.txt')), before);
    assert.deepEqual(s.staleDiagnostics().map(nameOf).sort(), ['a.txt', 'b.txt']);
  });
});

describe('core/knowledge/taught: namesakes of the knowledge base', () => {
  /** The fixtures are written for this test: the same name, three articles, three different officials or none. */
  const NAMESAKES = `
//- standing.txt
Thứ Hai, 04-01-2021, 08:00
Đồng chí Nguyễn Thanh Bình, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương báo cáo. Sau đó Nguyễn Thanh Bình kết luận.
//- province.txt
Thứ Hai, 16-03-2026, 08:00
Phó Bí thư Tỉnh ủy Ninh Bình Nguyễn Thanh Bình dự họp.
//- unknown.txt
Thứ Năm, 23-06-2022, 18:22
Ông Nguyễn Thanh Bình phát biểu tại hội nghị.
`;

  it('gives each official the evidence fits an entity of its own, and marks the rest ambiguous with the candidates', async () => {
    const { files } = parseFixture(NAMESAKES);
    const s = createReportLensService({ files: memoryFiles(files) });
    await s.indexWorkspace();
    const exported = s
      .exportAnnotations('jsonl')[0]
      .content.trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; entities: { id: string; kind: string; identity?: unknown }[] });
    const identities = exported.map((a) => [nameOf(a.file), a.entities.filter((e) => e.kind === 'person').map((e) => [e.id, e.identity])]);
    const standing = 'person:nguyễn thanh bình#nguyen-thanh-binh-btctw-standing';
    assert.deepEqual(identities, [
      ['province.txt', [['person:nguyễn thanh bình#nguyen-thanh-binh-ninh-binh', { id: 'person:nguyễn thanh bình#nguyen-thanh-binh-ninh-binh' }]]],
      // The bare mention of the same name in the same article is the same official.
      ['standing.txt', [[standing, { id: standing }], [standing, { id: standing }]]],
      [
        'unknown.txt',
        [
          [
            'person:nguyễn thanh bình',
            {
              ambiguous: true,
              candidates: [standing, 'person:nguyễn thanh bình#nguyen-thanh-binh-1975', 'person:nguyễn thanh bình#nguyen-thanh-binh-ninh-binh'],
            },
          ],
        ],
      ],
    ]);
  });
});
