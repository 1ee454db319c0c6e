import * as assert from 'node:assert/strict';
import { SILENT_LOGGER } from '../../../server/src/core';
import { ServerState } from '../../../server/src/lsp/state';

describe('lsp/state', () => {
  it('keeps what was published per file: the status total, and the files a full republication must clear', async () => {
    const state = new ServerState(SILENT_LOGGER);
    try {
      state.recordPublished('file:///a.txt', 2);
      state.recordPublished('file:///b.txt', 3);
      state.recordPublished('file:///a.txt', 1);
      assert.equal(state.publishedFindings(), 4);
      state.recordPublished('file:///b.txt', undefined);
      assert.deepEqual(state.publishedFiles(), ['file:///a.txt']);
      assert.equal(state.publishedFindings(), 1);
    } finally {
      await state.close();
    }
  });
});
