import * as assert from 'node:assert/strict';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { CancelledError } from '../../../server/src/core/host';
import { guard, guardDocument } from '../../../server/src/lsp/guard';
import { ServerState } from '../../../server/src/lsp/state';

describe('lsp/guard', () => {
  const errors: string[] = [];
  const logger = { info() {}, warn() {}, error: (m: string) => errors.push(m) };
  const live = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };

  it('passes results through', async () => {
    assert.deepEqual(await guard(logger, 'hover', live, () => ({ contents: 'x' })), { contents: 'x' });
  });

  it('answers RequestCancelled when the core gives up or the client already cancelled, without logging', async () => {
    const fromCore = await guard(logger, 'hover', live, () => {
      throw new CancelledError();
    });
    assert.ok(fromCore instanceof ResponseError);
    assert.equal(fromCore.code, LSPErrorCodes.RequestCancelled);
    let ran = false;
    const early = await guard(logger, 'hover', { ...live, isCancellationRequested: true }, () => (ran = true));
    assert.ok(early instanceof ResponseError && early.code === LSPErrorCodes.RequestCancelled);
    assert.equal(ran, false);
    assert.deepEqual(errors, []);
  });

  it('turns any other error into a logged null', async () => {
    const result = await guard(logger, 'hover', live, async () => {
      throw new RangeError('offset out of range');
    });
    assert.equal(result, null);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^hover failed: RangeError: offset out of range/);
  });

  it('runs a request on a document with its canonical URI and its newest text, and answers null for a file the core does not know', async () => {
    const state = new ServerState(logger);
    const logged = errors.length;
    try {
      state.openDocument('file:///a%20b.txt', 'plaintext', 1, 'Công tác đào tạo.\n');
      state.changeDocument('file:///a%20b.txt', [{ text: 'Sáng 12/1, hội nghị.\n' }], 2);
      // VS Code percent-encodes characters Node leaves alone: the same file either way.
      const seen = await guardDocument(state, 'hover', { uri: 'file:///%61%20b.txt' }, live, (uri, positions) => [uri, positions.text]);
      assert.deepEqual(seen, ['file:///a%20b.txt', 'Sáng 12/1, hội nghị.\n']);
      let ran = false;
      assert.equal(await guardDocument(state, 'hover', { uri: 'file:///unknown.txt' }, live, () => (ran = true)), null);
      assert.equal(ran, false);
      assert.equal(errors.length, logged);
    } finally {
      await state.close();
    }
  });
});
