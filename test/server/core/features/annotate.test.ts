import * as assert from 'node:assert/strict';
import { memoryFiles, nameOf, offsetOf, parseFixture, seedFiles, uriOf } from '../../../support/fixture';
import { createReportLensService, type CodeFix, type ReportLensService } from '../../../../server/src/core/service';
import { applyEdits } from '../../../../server/src/core/rules/engine';
import { parseWorkspaceKnowledge, WORKSPACE_KNOWLEDGE_PATH } from '../../../../server/src/core/knowledge/workspaceKnowledge';

/**
 * Annotation code actions: each writes the workspace knowledge file in one
 * edit whose result parses back cleanly, and once the file is saved every
 * article follows it.
 */

const KNOWLEDGE_URI = uriOf(WORKSPACE_KNOWLEDGE_PATH);

const FOLDER = `
//- a.txt
Thứ Năm, 23-06-2022, 18:22
Hội nghị do Nguyễn Văn An chủ trì. Tiếp tục thực hiện Nghị quyết Trung ương 5 khóa 13 về đổi mới phương thức lãnh đạo.
//- b.txt
Thứ Sáu, 24-06-2022, 08:00
Theo Nguyễn Văn An, Nguyễn Văn Anh cũng dự. Nghị quyết số 15-NQ/TW ngày 30-7-2007 của Ban Chấp hành Trung ương.
`;

interface Folder {
  readonly service: ReportLensService;
  readonly files: ReadonlyMap<string, string>;
  /** The knowledge file's text as the editor would have it after applying and saving an action. */
  apply(fix: CodeFix): string;
}

async function folder(initial?: string): Promise<Folder> {
  const { files } = parseFixture(FOLDER);
  const service = createReportLensService({ files: memoryFiles(files) });
  await service.indexWorkspace();
  let text = initial;
  service.setKnowledgeFile(KNOWLEDGE_URI, text);
  return {
    service,
    files,
    apply(fix) {
      assert.equal(fix.kind, 'quickfix');
      assert.equal(fix.edits.length, 1, 'one edit, so one undo');
      assert.equal(fix.edits[0].uri, KNOWLEDGE_URI);
      text = applyEdits(text ?? '', fix.edits);
      assert.deepEqual(parseWorkspaceKnowledge(text).errors, []);
      assert.deepEqual(service.setKnowledgeFile(KNOWLEDGE_URI, text), []);
      return text;
    },
  };
}

function actionsAt(f: Folder, file: string, needle: string, selectAll = true): CodeFix[] {
  const uri = uriOf(file);
  const start = offsetOf(f.files.get(uri)!, needle);
  return f.service.codeFixes(uri, selectAll ? start : start + 2, selectAll ? start + needle.length : start + 2);
}

function titled(fixes: readonly CodeFix[], title: string): CodeFix {
  const fix = fixes.find((f) => f.title === title);
  assert.ok(fix, `no action "${title}" among ${JSON.stringify(fixes.map((f) => f.title))}`);
  return fix;
}

function references(f: Folder, file: string, needle: string): string[] {
  const uri = uriOf(file);
  return f.service.references(uri, offsetOf(f.files.get(uri)!, needle) + 2, true).map((l) => `${nameOf(l.uri)}: ${f.files.get(l.uri)!.slice(l.start, l.end)}`);
}

describe('core/features/annotate', () => {
  it('"Add as official…" creates the knowledge file with the person, who is then found in every article', async () => {
    const f = await folder();
    const fix = titled(actionsAt(f, 'a.txt', 'Nguyễn Văn An'), 'Add “Nguyễn Văn An” as an official (in .report-lens/knowledge.yaml)');
    assert.equal(fix.createsFile, KNOWLEDGE_URI);
    assert.equal(f.apply(fix), 'people:\n  - id: nguyen-van-an\n    name: Nguyễn Văn An\n');
    assert.deepEqual(references(f, 'a.txt', 'Nguyễn Văn An'), ['a.txt: Nguyễn Văn An', 'b.txt: Nguyễn Văn An']);
  });

  it('"Add alias of…" offers the known people of the article and joins the alias to the person', async () => {
    const f = await folder('# Officials of this folder.\npeople:\n  - id: nguyen-van-an\n    name: Nguyễn Văn An # provincial\n');
    const fix = titled(actionsAt(f, 'b.txt', 'Nguyễn Văn Anh'), 'Add “Nguyễn Văn Anh” as an alias of Nguyễn Văn An (nguyen-van-an)');
    assert.equal(fix.createsFile, undefined);
    assert.equal(
      f.apply(fix),
      '# Officials of this folder.\npeople:\n  - id: nguyen-van-an\n    name: Nguyễn Văn An # provincial\naliases:\n  nguyen-van-an:\n    - Nguyễn Văn Anh\n',
    );
    assert.deepEqual(references(f, 'b.txt', 'Nguyễn Văn Anh'), ['a.txt: Nguyễn Văn An', 'b.txt: Nguyễn Văn An', 'b.txt: Nguyễn Văn Anh']);
  });

  it('"Not an entity here" removes the mention in that file only', async () => {
    const f = await folder('people:\n  - id: nguyen-van-an\n    name: Nguyễn Văn An\n');
    const fix = titled(actionsAt(f, 'a.txt', 'Nguyễn Văn An', false), '“Nguyễn Văn An” is not an entity here (in .report-lens/knowledge.yaml)');
    assert.match(f.apply(fix), /notEntities:\n {2}- text: Nguyễn Văn An\n {4}file: a.txt\n$/);
    assert.deepEqual(references(f, 'b.txt', 'Nguyễn Văn An'), ['b.txt: Nguyễn Văn An']);
  });

  it('"Link to document…" offers the resolutions of that plenum, the written term first, and links the citation', async () => {
    const f = await folder();
    const fixes = actionsAt(f, 'a.txt', 'Nghị quyết Trung ương 5', false).filter((x) => x.title.startsWith('Link'));
    assert.deepEqual(
      fixes.map((x) => x.title),
      [
        'Link “Nghị quyết Trung ương 5 khóa 13” to Nghị quyết 21-NQ/TW of 2022-06-16 (in .report-lens/knowledge.yaml)',
        'Link “Nghị quyết Trung ương 5 khóa 13” to Nghị quyết 15-NQ/TW of 2007-07-30 (in .report-lens/knowledge.yaml)',
      ],
    );
    assert.equal(f.apply(fixes[1]), 'documentAliases:\n  nq-15-tw-2007:\n    - Nghị quyết Trung ương 5 khóa 13\n');
    assert.deepEqual(references(f, 'a.txt', 'Nghị quyết Trung ương 5'), [
      'a.txt: Nghị quyết Trung ương 5 khóa 13',
      'b.txt: Nghị quyết số 15-NQ/TW',
    ]);
    const hover = f.service.hover(uriOf('a.txt'), offsetOf(f.files.get(uriOf('a.txt'))!, 'Nghị quyết Trung ương 5') + 2);
    assert.ok(hover?.markdown.split('\n').includes('Subject: tiếp tục đổi mới phương thức lãnh đạo của Đảng đối với hoạt động của hệ thống chính trị'));
  });

  it('teaching a recognised official keeps the titles the article gives, attested on its date, and the hover shows them', async () => {
    const files = seedFiles();
    const service = createReportLensService({ files: memoryFiles(files) });
    await service.indexWorkspace();
    service.setKnowledgeFile(KNOWLEDGE_URI, undefined);
    const uri = uriOf('003_c3f5d0e4081dce2b.txt');
    const at = offsetOf(files.get(uri)!, 'Phạm Văn Thuần') + 3;
    const fix = titled(service.codeFixes(uri, at, at), 'Add “Phạm Văn Thuần” as an official (in .report-lens/knowledge.yaml)');
    const text = applyEdits('', fix.edits);
    assert.deepEqual(service.setKnowledgeFile(KNOWLEDGE_URI, text), []);
    const lines = service.hover(uri, at)!.markdown.split('\n');
    const posts = lines.slice(lines.indexOf('Known posts:') + 2, lines.indexOf('Known posts:') + 4);
    assert.deepEqual(posts, [
      '- Phó Vụ trưởng Vụ V: unknown – unknown (attested 2021-01-04) · [003_c3f5d0e4081dce2b.txt](003_c3f5d0e4081dce2b.txt)',
      '- Chủ tịch Công đoàn cơ quan Ban Tổ chức Trung ương: unknown – unknown (attested 2021-01-04) · [003_c3f5d0e4081dce2b.txt](003_c3f5d0e4081dce2b.txt)',
    ]);
  });

  it('offers nothing that would rewrite a knowledge file that does not parse', async () => {
    const f = await folder('people: [unclosed\n');
    assert.deepEqual(actionsAt(f, 'a.txt', 'Nguyễn Văn An'), []);
  });
});
