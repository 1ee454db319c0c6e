import * as assert from 'node:assert/strict';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { CancelledError } from '../../../server/src/core/host';
import { guard } from '../../../server/src/lsp/guard';

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
});
