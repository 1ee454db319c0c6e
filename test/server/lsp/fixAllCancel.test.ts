import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { CancelledError, SILENT_LOGGER } from '../../../server/src/core/host';
import { fixAllInFolder } from '../../../server/src/lsp/executeCommand';
import { ServerState } from '../../../server/src/lsp/state';

/**
 * A fix-all cancelled while it computes applies nothing (issue 10). Driven
 * in-process, so the cancellation lands half-way through for sure: over
 * stdio it races the server's work.
 */
describe('lsp/executeCommand fix-all cancelled half-way', () => {
  let dir: string;
  let state: ServerState | undefined;
  after(async () => {
    await state?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('throws CancelledError and sends no workspace edit', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-cancel-'));
    for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(dir, `a${i}.txt`), 'Công tác tác đào tạo.\n');
    state = new ServerState(SILENT_LOGGER);
    state.setFolders([dir]);
    await state.service.indexWorkspace();
    const applied: unknown[] = [];
    const connection = { workspace: { applyEdit: async (edit: unknown) => (applied.push(edit), { applied: true }) } } as unknown as Connection;
    const never: CancellationToken = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
    const { preview } = await fixAllInFolder(connection, state, undefined, undefined, never);
    assert.equal(preview?.files.length, 20);
    // The token turns cancelled after the core has looked at it a few times: in the middle of the folder.
    let reads = 0;
    const halfway = { get isCancellationRequested() { return ++reads > 5; }, onCancellationRequested: () => ({ dispose() {} }) } as CancellationToken;
    await assert.rejects(fixAllInFolder(connection, state, undefined, preview!.fingerprint, halfway), CancelledError);
    assert.ok(reads > 5, 'the token was read');
    assert.deepEqual(applied, []);
  });
});
