import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, ExecuteCommandRequest, HoverRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import type { ExportResult, FixAllResult } from '../../../server/src/lsp/protocolShapes';
import { RESTRICTED_MESSAGE } from '../../../server/src/lsp/protocolShapes';
import { LANGUAGES } from '../../../server/src/core/messages/catalogue';
import { LspSession } from './lspClient';

/**
 * Restricted Mode (an untrusted workspace, `trusted: false`): hovers and
 * diagnostics work; fix-all, suppressions, knowledge-file actions and
 * exports write nothing, and say why.
 */
describe('lsp server in Restricted Mode', () => {
  let dir: string;
  let session: LspSession;
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-restricted-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Đồng chí Trương Thị Mai dự họp. Công tác tác đào tạo.\n');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Công tác tác đào tạo.\n');
    session = await LspSession.start(dir, { trusted: false });
    await session.indexed();
  });

  after(async () => {
    await session?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is declared to VS Code as limited in Restricted Mode and as unsupported in virtual workspaces, with the reasons shown', () => {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8')) as {
      capabilities: Record<string, { supported: unknown; description: string }>;
    };
    const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities;
    assert.equal(untrustedWorkspaces.supported, 'limited');
    assert.match(untrustedWorkspaces.description, /writes no file/);
    // The server reads articles from the local disk, which a virtual workspace does not have.
    assert.equal(virtualWorkspaces.supported, false);
    assert.match(virtualWorkspaces.description, /local disk/);
  });

  it('publishes diagnostics and answers hovers', async () => {
    assert.deepEqual((session.diagnostics.get(uri('a.txt')) ?? []).map((d) => d.code), ['text-artifact']);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('a.txt') }, position: { line: 0, character: 12 } });
    assert.ok(hover, 'a hover on the official');
  });

  it('offers only the quick fix of the finding: no fix-all, no suppression, no knowledge-file action', async () => {
    const diagnostic = session.diagnostics.get(uri('a.txt'))![0];
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uri('a.txt') },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 60 } },
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => [a.kind, a.title]), [['quickfix', 'Delete the repeated word']]);
  });

  it('refuses fix-all and export with the reason, writing nothing', async () => {
    const fix = (await session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'reportLens.server.fixAllInFolder', arguments: [null] })) as FixAllResult;
    assert.deepEqual(fix, { applied: false, edits: 0, restricted: RESTRICTED_MESSAGE });
    const exported = (await session.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'reportLens.server.exportAnnotations',
      arguments: ['jsonl', uri('out.jsonl')],
    })) as ExportResult;
    assert.deepEqual(exported, { files: 0, error: RESTRICTED_MESSAGE });
    assert.deepEqual(session.appliedEdits, []);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.txt', 'b.txt']);
  });
});

describe('lsp server in Restricted Mode, in Vietnamese', () => {
  let dir: string;
  let session: LspSession;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-restricted-vi-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Công tác tác đào tạo cán bộ.\n');
    session = await LspSession.start(dir, { trusted: false }, undefined, 'vi');
    await session.indexed();
  });

  after(async () => {
    await session?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says in Vietnamese why fix-all and export write nothing', async () => {
    const reason = LANGUAGES.vi.restricted;
    assert.match(reason, /^Ở Chế độ hạn chế/);
    const fix = (await session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'reportLens.server.fixAllInFolder', arguments: [null] })) as FixAllResult;
    assert.deepEqual(fix, { applied: false, edits: 0, restricted: reason });
    const exported = (await session.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'reportLens.server.exportAnnotations',
      arguments: ['jsonl', pathToFileURL(path.join(dir, 'out.jsonl')).href],
    })) as ExportResult;
    assert.deepEqual(exported, { files: 0, error: reason });
    assert.deepEqual(fs.readdirSync(dir), ['a.txt']);
  });
});
