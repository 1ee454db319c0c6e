import * as assert from 'node:assert/strict';
import { memoryFiles, nameOf, offsetOf, parseFixture, uriOf } from '../../../support/fixture';
import { createReportLensService } from '../../../../server/src/core/service';
import { applyEdits } from '../../../../server/src/core/rules/engine';
import { WORKSPACE_KNOWLEDGE_PATH } from '../../../../server/src/core/knowledge/workspaceKnowledge';

/** Rename (F2): the exact text of every file after the edits are applied. */

const KNOWLEDGE_URI = uriOf(WORKSPACE_KNOWLEDGE_PATH);

async function renamed(fixture: string, needle: string, newName: string, knowledge?: string): Promise<Record<string, string>> {
  const { files } = parseFixture(fixture);
  const service = createReportLensService({ files: memoryFiles(files) });
  await service.indexWorkspace();
  if (knowledge !== undefined) service.setKnowledgeFile(KNOWLEDGE_URI, knowledge);
  const uri = uriOf('a.txt');
  const offset = offsetOf(files.get(uri)!, needle) + 2;
  assert.ok(service.prepareRename(uri, offset), 'expected a renamable entity');
  const edits = service.rename(uri, offset, newName);
  const texts = new Map(files);
  if (knowledge !== undefined) texts.set(KNOWLEDGE_URI, knowledge);
  const out: Record<string, string> = {};
  for (const file of new Set(edits.map((e) => e.uri))) {
    out[nameOf(file)] = applyEdits(texts.get(file)!, edits.filter((e) => e.uri === file));
  }
  return out;
}

describe('core/features/rename', () => {
  it('renaming a bare document number completes the code in every citation of that document, and no other', async () => {
    const out = await renamed(
      `//- a.txt
Thứ Sáu, 29-03-2024, 08:00
Quy định số 138 ngày 1-12-2023 của Ban Bí thư. Quy định số 137-QĐ/TW ngày 1-12-2023.
//- b.txt
Thứ Bảy, 30-03-2024, 08:00
Thực hiện Quy định số 138 của Ban Bí thư.
`,
      'Quy định số 138',
      '138-QĐ/TW',
    );
    assert.deepEqual(out, {
      'a.txt': 'Thứ Sáu, 29-03-2024, 08:00\nQuy định số 138-QĐ/TW ngày 1-12-2023 của Ban Bí thư. Quy định số 137-QĐ/TW ngày 1-12-2023.\n',
      'b.txt': 'Thứ Bảy, 30-03-2024, 08:00\nThực hiện Quy định số 138-QĐ/TW của Ban Bí thư.\n',
    });
  });

  it('renaming a misspelt official rewrites every mention in the folder and the knowledge file entry', async () => {
    const out = await renamed(
      `//- a.txt
Thứ Năm, 23-06-2022, 18:22
Hội nghị do Nguyễn Văn Ann chủ trì. Nguyễn Văn Ann kết luận.
//- b.txt
Thứ Sáu, 24-06-2022, 08:00
Theo Nguyễn Văn Ann, công tác tốt.
`,
      'Nguyễn Văn Ann',
      'Nguyễn Văn An',
      'people:\n  - id: nguyen-van-an\n    name: Nguyễn Văn Ann\n',
    );
    assert.deepEqual(out, {
      '.report-lens/knowledge.yaml': 'people:\n  - id: nguyen-van-an\n    name: Nguyễn Văn An\n',
      'a.txt': 'Thứ Năm, 23-06-2022, 18:22\nHội nghị do Nguyễn Văn An chủ trì. Nguyễn Văn An kết luận.\n',
      'b.txt': 'Thứ Sáu, 24-06-2022, 08:00\nTheo Nguyễn Văn An, công tác tốt.\n',
    });
  });

  it('a date cannot be renamed', async () => {
    const { files } = parseFixture('Thứ Năm, 23-06-2022, 18:22\nNgày 23/6, hội nghị diễn ra.\n');
    const service = createReportLensService({ files: memoryFiles(files) });
    await service.indexWorkspace();
    const uri = uriOf('a.txt');
    const offset = offsetOf(files.get(uri)!, '23/6') + 1;
    assert.equal(service.prepareRename(uri, offset), undefined);
    assert.deepEqual(service.rename(uri, offset, '24/6'), []);
  });
});
