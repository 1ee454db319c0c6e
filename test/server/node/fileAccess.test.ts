import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BLOCKING_READS, DEFAULT_FILTER, NONBLOCKING_READS, nodeFileAccess, readArticleFile } from '../../../server/src/node/fileAccess';
import { canonicalUri, pathToUri, uriToPath } from '../../../server/src/node/uri';
import type { SkippedFile } from '../../../server/src/core/host';
import { LANGUAGES } from '../../../server/src/core/messages/catalogue';
import { explain } from '../../../server/src/core/messages/sentences';

describe('node/fileAccess', () => {
  let dir: string;
  const warnings: string[] = [];
  const logger = { info() {}, warn: (m: string) => warnings.push(m), error() {} };
  const names = (uris: string[]) => uris.map((u) => path.relative(dir, uriToPath(u)!).split(path.sep).join('/'));

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-files-'));
    const files: Record<string, string> = {
      'a.txt': 'A',
      'sub/b.txt': 'B',
      'sub/notes.md': 'not an article',
      'node_modules/pkg/readme.txt': 'dependency',
      '.git/x.txt': 'git',
      'drafts/c.txt': 'draft',
      'big.txt': 'x'.repeat(2000),
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists the .txt and .md articles under the folders, leaving out excluded folders and dot-folders', async () => {
    const files = nodeFileAccess([dir], DEFAULT_FILTER, logger);
    // Markdown reports are articles by default.
    assert.deepEqual(names(await files.listArticles()), ['a.txt', 'big.txt', 'drafts/c.txt', 'sub/b.txt', 'sub/notes.md']);
  });

  it('applies the include and exclude globs, also to single files', async () => {
    const files = nodeFileAccess([dir], { include: ['**/*.txt'], exclude: ['**/node_modules/**', 'drafts/**', '**/big.txt'] }, logger);
    assert.deepEqual(names(await files.listArticles()), ['a.txt', 'sub/b.txt']);
    assert.equal(files.isArticle(pathToUri(path.join(dir, 'sub/b.txt'))), true);
    assert.equal(files.isArticle(pathToUri(path.join(dir, 'drafts/c.txt'))), false);
    assert.equal(files.isArticle(pathToUri(path.join(os.tmpdir(), 'elsewhere.txt'))), false);
    assert.equal(files.isArticle('untitled:Untitled-1'), false);
  });

  it('forces the files the alwaysAnalyse globs name, in the folders only', () => {
    const files = nodeFileAccess([dir], { ...DEFAULT_FILTER, alwaysAnalyse: ['sub/**'] }, logger);
    assert.equal(files.alwaysAnalyse(pathToUri(path.join(dir, 'sub/notes.md'))), true);
    assert.equal(files.alwaysAnalyse(pathToUri(path.join(dir, 'a.txt'))), false);
    assert.equal(nodeFileAccess([dir], DEFAULT_FILTER, logger).alwaysAnalyse(pathToUri(path.join(dir, 'sub/notes.md'))), false);
  });

  it('reads bytes; a missing file reads as undefined; an oversized one is skipped with its reason', async () => {
    const files = nodeFileAccess([dir], DEFAULT_FILTER, logger, 1000);
    assert.equal(new TextDecoder().decode((await files.readFile(pathToUri(path.join(dir, 'a.txt')))) as Uint8Array), 'A');
    assert.equal(await files.readFile(pathToUri(path.join(dir, 'gone.txt'))), undefined);
    // The reason now reaches the user as a finding on the file, not only the log (issue 10).
    const big = await files.readFile(pathToUri(path.join(dir, 'big.txt')));
    assert.deepEqual(big, { skipped: { kind: 'tooLarge', size: 2000, limit: 1000 } });
    // The reason is a code, so the analysis cache holds no language; each reader gets it in theirs.
    const reason = (big as SkippedFile).skipped;
    assert.equal(explain(LANGUAGES.en.files.reasons, reason), 'This file is 0.0 MB, over the 0.0 MB limit for an article: skipped.');
    assert.equal(explain(LANGUAGES.vi.files.reasons, reason), 'Tệp này có dung lượng 0,0 MB, vượt giới hạn 0,0 MB của một bài viết: bỏ qua.');
  });

  it('reads a file the same with blocking calls (the CLI) as without (the editor): bytes, a link, a pipe, a missing or oversized file', async () => {
    const link = path.join(dir, 'link.txt');
    const pipe = path.join(dir, 'pipe.txt');
    fs.symlinkSync(path.join(dir, 'a.txt'), link);
    execFileSync('mkfifo', [pipe]);
    try {
      for (const name of ['a.txt', 'big.txt', 'link.txt', 'pipe.txt', 'gone.txt']) {
        const file = path.join(dir, name);
        const blocking = await readArticleFile(file, 1000, BLOCKING_READS);
        assert.deepEqual(blocking, await readArticleFile(file, 1000, NONBLOCKING_READS), name);
      }
      assert.deepEqual(await readArticleFile(pipe, 1000, BLOCKING_READS), { skipped: { kind: 'notRegular', what: 'fifo', opened: false } });
      // A file the kernel makes up says it has 0 bytes, and is read to its end.
      const made = (await readArticleFile('/proc/version', 1000, BLOCKING_READS)) as Uint8Array;
      assert.ok(made.length > 0);
      assert.deepEqual(made, await readArticleFile('/proc/version', 1000, NONBLOCKING_READS));
      const long = 'Ban Tổ chức Trung ương. '.repeat(20_000);
      fs.writeFileSync(path.join(dir, 'long.txt'), long);
      assert.equal(new TextDecoder().decode((await readArticleFile(path.join(dir, 'long.txt'), undefined, BLOCKING_READS)) as Uint8Array), long);
    } finally {
      fs.rmSync(link);
      fs.rmSync(pipe);
      fs.rmSync(path.join(dir, 'long.txt'), { force: true });
    }
  });

  it('brings differently spelt file URIs of one file to the same key', () => {
    const file = path.join(dir, 'Bài viết (1).txt');
    assert.equal(canonicalUri(pathToUri(file)), pathToUri(file));
    // VS Code percent-encodes parentheses, which Node leaves as they are.
    assert.equal(canonicalUri(pathToUri(file).replace('(', '%28').replace(')', '%29')), pathToUri(file));
    assert.equal(canonicalUri('untitled:Untitled-1'), 'untitled:Untitled-1');
  });
});
