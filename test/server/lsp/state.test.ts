import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { InitializeParams } from 'vscode-languageserver';
import { SILENT_LOGGER, messagesFor } from '../../../server/src/core';
import { pathToUri } from '../../../server/src/node/uri';
import { DEFAULT_SETTINGS, ServerState } from '../../../server/src/lsp/state';
import { AnalysisCache } from '../../../server/src/node/analysisCache';
import type { Article } from '../../../server/src/core/model';

describe('lsp/state', () => {
  let state: ServerState;
  beforeEach(() => {
    state = new ServerState(SILENT_LOGGER);
  });
  afterEach(async () => {
    await state.close();
  });

  it('keeps what was published per file: the status total, and the files a full republication must clear', () => {
    state.recordPublished('file:///a.txt', 2);
    state.recordPublished('file:///b.txt', 3);
    state.recordPublished('file:///a.txt', 1);
    assert.equal(state.publishedFindings(), 4);
    state.recordPublished('file:///b.txt', undefined);
    assert.deepEqual(state.publishedFiles(), ['file:///a.txt']);
    assert.equal(state.publishedFindings(), 1);
  });

  it('takes the client, the user and the folders from initialize', () => {
    const folder = path.join(os.tmpdir(), 'report-lens-state');
    state.initialize({
      processId: null,
      rootUri: null,
      locale: 'vi',
      workspaceFolders: [{ uri: pathToUri(folder), name: 'articles' }, { uri: 'untitled:scratch', name: 'scratch' }],
      capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } },
      initializationOptions: { statusBar: true, trusted: false },
    } satisfies InitializeParams);
    assert.equal(state.messages, messagesFor('vi'));
    assert.deepEqual(
      Object.entries(state.support).filter(([, supported]) => supported).map(([what]) => what),
      ['configuration', 'documentChanges', 'createFiles'],
    );
    assert.equal(state.clientShowsStatus, true);
    assert.equal(state.trusted, false);
    // Only file URIs are folders the server can read; the workspace files live in the first.
    assert.deepEqual(state.folders, [folder]);
    assert.equal(state.configUri(), pathToUri(path.join(folder, '.report-lens', 'config.json')));
  });

  it('trusts an editor that says nothing of trust, and falls back to the root URI for the folder', () => {
    const folder = path.join(os.tmpdir(), 'report-lens-root');
    state.initialize({ processId: null, rootUri: pathToUri(folder), capabilities: {} } satisfies InitializeParams);
    assert.deepEqual(Object.entries(state.support).filter(([, supported]) => supported), [], 'a client that claims nothing gets no optional behaviour');
    assert.equal(state.trusted, true);
    assert.equal(state.clientShowsStatus, false);
    assert.equal(state.messages, messagesFor(undefined));
    assert.deepEqual(state.folders, [folder]);
  });

  it('says when new settings change which files are articles, so the folder is indexed again', () => {
    assert.equal(state.applySettings({ ...DEFAULT_SETTINGS, rules: { 'text-artifact': 'off' }, inlayHints: { dates: false } }), false);
    assert.equal(state.settings.inlayHints.dates, false);
    assert.equal(state.applySettings({ ...DEFAULT_SETTINGS, exclude: [...DEFAULT_SETTINGS.exclude, 'drafts/**'] }), true);
    assert.equal(state.applySettings({ ...DEFAULT_SETTINGS, alwaysAnalyse: ['notes/*.txt'] }), true);
    assert.equal(state.applySettings({ ...DEFAULT_SETTINGS, alwaysAnalyse: ['notes/*.txt'] }), false);
  });

  it('leaves an edit pending on a plain read, analyses it for a request, and publishes only after the request', async () => {
    const uri = 'file:///typed.txt';
    let publications = 0;
    state.onAnalysed(() => publications++);
    state.openDocument(uri, 'plaintext', 1, 'Công tác đào tạo.\n');
    state.changeDocument(uri, [{ text: 'Sáng 12/1, hội nghị.\nCông tác đào tạo.\n' }], 2);
    // A plain read converts against the text the core holds: the one before the edit.
    assert.equal(state.positions(uri)?.text, 'Công tác đào tạo.\n');
    assert.equal(state.service.version(uri), 1);
    // A request on the document answers about the editor's newest text.
    assert.equal(state.positionsAfterEdits(uri)?.text, 'Sáng 12/1, hội nghị.\nCông tác đào tạo.\n');
    assert.equal(state.service.version(uri), 2);
    assert.equal(publications, 0, 'nothing is published from inside the request');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(publications, 1, 'the analysed edit is published once, after the request');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(publications, 1, 'the edit is not analysed and published a second time');
  });

  it('analyses a burst of edits once, on the newest text, and forgets a closed document that is no article of the folder', async () => {
    const uri = 'file:///burst.txt';
    let publications = 0;
    state.onAnalysed(() => publications++);
    state.openDocument(uri, 'plaintext', 1, '');
    for (const [version, text] of ['Công', 'Công tác', 'Công tác đào', 'Công tác đào tạo.\n'].entries()) state.changeDocument(uri, [{ text }], version + 2);
    assert.equal(state.openVersion(uri), 5);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual([state.service.version(uri), state.service.text(uri), publications], [5, 'Công tác đào tạo.\n', 1]);
    await state.closeDocument(uri);
    assert.equal(state.isOpen(uri), false);
    assert.equal(state.service.version(uri), undefined);
  });

  /** The texts the state rehearses, recorded as the service's own rehearsal runs. */
  function recordRehearsals(): string[] {
    const rehearsed: string[] = [];
    const rehearse = state.service.rehearse.bind(state.service);
    state.service.rehearse = (uri, text) => {
      rehearsed.push(`${uri} ${text}`);
      rehearse(uri, text);
    };
    return rehearsed;
  }

  /** Lets the event loop turn until nothing more is rehearsed. */
  async function idle(rehearsed: readonly string[]): Promise<void> {
    for (let seen = -1; seen !== rehearsed.length; ) {
      seen = rehearsed.length;
      for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  it('rehearses the analysis of edits on an open document once the folder is indexed, ten times, once, keeping nothing', async () => {
    const uri = 'file:///open.txt';
    const text = 'Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, dự hội nghị.\n';
    let publications = 0;
    state.onAnalysed(() => publications++);
    const rehearsed = recordRehearsals();
    state.openDocument(uri, 'plaintext', 1, text);
    await idle(rehearsed);
    assert.deepEqual(rehearsed, [], 'nothing is rehearsed before the folder is indexed');
    const mentions = state.service.mentions(uri);
    state.folderIndexed();
    await idle(rehearsed);
    assert.deepEqual(rehearsed, Array(10).fill(`${uri} ${text}`));
    assert.deepEqual([state.service.version(uri), state.service.mentions(uri), publications], [1, mentions, 0], 'the index holds what it held, and nothing was published');
    state.folderIndexed();
    await idle(rehearsed);
    assert.equal(rehearsed.length, 10, 'a second indexing of the session rehearses nothing more');
  });

  it('rehearses on the start of a huge document only', async () => {
    const text = 'Công tác cán bộ năm 2024. '.repeat(4000);
    const rehearsed = recordRehearsals();
    state.openDocument('file:///huge.txt', 'plaintext', 1, text);
    state.folderIndexed();
    await idle(rehearsed);
    assert.deepEqual(rehearsed, Array(10).fill(`file:///huge.txt ${text.slice(0, 20_000)}`));
  });

  it('rehearses on the first article of the index when no document is open, and gives way to an edit at once', async () => {
    const article = 'file:///indexed.txt';
    state.service.setText(article, 'Quốc hội khóa XV họp.\n', 0);
    const rehearsed = recordRehearsals();
    state.folderIndexed();
    await new Promise((resolve) => setImmediate(resolve));
    // A document opened and typed into while the rehearsal runs: the edit is analysed, and the rehearsal ends.
    state.openDocument('file:///typed.txt', 'plaintext', 1, 'Công tác');
    state.changeDocument('file:///typed.txt', [{ text: 'Công tác đào tạo.\n' }], 2);
    await idle(rehearsed);
    assert.deepEqual(rehearsed, [`${article} Quốc hội khóa XV họp.\n`]);
    assert.equal(state.service.version('file:///typed.txt'), 2);
  });

  it('reads a document the editor opens from the analysis cache in workspace storage, unless the workspace is untrusted', async () => {
    const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-storage-'));
    const uri = 'file:///opened.txt';
    const text = 'Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, dự hội nghị.\n';
    // An entry as an earlier session would leave it for these bytes, planted without mentions so that reading it shows.
    const cache = new AnalysisCache(path.join(storage, 'analysis-cache'));
    cache.put(cache.key(Buffer.from(text)), { article: { uri: '', text, version: 0, mentions: [] } as unknown as Article });
    try {
      const mentionsWhenOpened = async (trusted: boolean) => {
        const opened = new ServerState(SILENT_LOGGER);
        opened.initialize({ processId: null, rootUri: null, capabilities: {}, initializationOptions: { storageUri: pathToUri(storage), trusted } });
        opened.openDocument(uri, 'plaintext', 1, text);
        const count = opened.service.mentions(uri)?.length;
        await opened.close();
        return count;
      };
      assert.equal(await mentionsWhenOpened(true), 0);
      // In Restricted Mode the server keeps no cache, and analyses the text.
      assert.ok(((await mentionsWhenOpened(false)) ?? 0) > 0);
    } finally {
      fs.rmSync(storage, { recursive: true, force: true });
    }
  });
});
