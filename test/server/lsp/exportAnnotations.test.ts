import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import type { ExportResult } from '../../../server/src/lsp/protocolShapes';
import { LspSession } from './lspClient';

/**
 * The editor's export (issue 10, never overwrite what the tool did not
 * write). The client asks for the jsonl or conll file with VS Code's save
 * dialog, which itself asks before replacing a file; the dialog needs a real
 * VS Code, so these tests send the server the command the client sends once
 * a path is chosen, and check what the server does with that path.
 */
describe('lsp export of the annotations', () => {
  let dir: string;
  let session: LspSession;
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const ARTICLE = 'Đồng chí Trương Thị Mai dự họp.\n';
  const HAND_MADE = 'T1\tPerson 0 4\tNam\n';
  const exportAs = async (...args: string[]) =>
    (await session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'reportLens.server.exportAnnotations', arguments: args })) as ExportResult;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-export-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'b.txt'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'b.ann'), HAND_MADE);
    session = await LspSession.start(dir);
    await session.indexed();
  });

  after(async () => {
    await session?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to write the export over an article of the folder, leaving it as it was', async () => {
    assert.deepEqual(await exportAs('jsonl', uri('a.txt')), { files: 0, error: 'a.txt is an article of the folder: choose another file' });
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), ARTICLE);
  });

  it('writes nothing without the path chosen in the save dialog', async () => {
    assert.deepEqual(await exportAs('conll'), { files: 0, error: 'choose the conll file to write' });
  });

  it('writes one jsonl file at the path chosen, one line per article', async () => {
    const result = await exportAs('jsonl', uri('annotations.jsonl'));
    assert.deepEqual(result, { files: 1, format: 'jsonl', refused: [] });
    const lines = fs.readFileSync(path.join(dir, 'annotations.jsonl'), 'utf8').trimEnd().split('\n');
    // Articles are named relative to the folder, with their length in code points.
    assert.deepEqual(lines.map((l) => { const { file, length } = JSON.parse(l) as { file: string; length: number }; return [file, length]; }), [
      ['a.txt', [...ARTICLE].length],
      ['b.txt', [...ARTICLE].length],
    ]);
  });

  it('writes brat .ann files beside the articles but never replaces a hand-made one', async () => {
    const result = await exportAs('brat');
    assert.equal(result.files, 1);
    assert.deepEqual(result.refused?.map((r) => r.uri), [uri('b.ann')]);
    assert.equal(fs.readFileSync(path.join(dir, 'b.ann'), 'utf8'), HAND_MADE);
    assert.match(fs.readFileSync(path.join(dir, 'a.ann'), 'utf8'), /^#0\tAnnotatorNotes T1\t.*Report Lens export/);
  });
});
