import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AnalysisCache, cachedAnalysis, keptTextAnalysis } from '../../../server/src/node/analysisCache';
import { createAnalysisPool, type PoolFiles } from '../../../server/src/node/analysisPool';
import { BLOCKING_READS, DEFAULT_FILTER, nodeFileAccess } from '../../../server/src/node/fileAccess';
import { pathToUri } from '../../../server/src/node/uri';
import { analyseBytes, skippedFileAnalysis } from '../../../server/src/core/analyseFile';
import { createLexicon } from '../../../server/src/core/lexicon';

/** An analysis as data: the cache keeps JSON, where a field set to undefined is simply absent. */
const asData = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
import type { FileAccess } from '../../../server/src/core/host';

const lexicon = createLexicon();
const TEXT = 'Hà Nội, ngày 12/1/2024\nChủ tịch nước Nguyễn Văn An dự họp theo Chỉ thị số 35-CT/TW ngày 14/6/2019 của Bộ Chính trị.\n';
const bytes = new TextEncoder().encode(TEXT);

/** Every entry file under a cache folder. */
function entries(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f));
}

describe('node/analysisCache', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives back the stored article, whole, for the same bytes under another URI', () => {
    const cache = new AnalysisCache(dir, 'v1');
    const first = cachedAnalysis('file:///a.txt', bytes, lexicon, cache);
    assert.equal(first.outcome, 'miss');
    assert.ok('article' in first.analysis && first.analysis.article.mentions.length > 0);
    const again = cachedAnalysis('file:///copy/b.txt', bytes, lexicon, cache);
    assert.equal(again.outcome, 'hit');
    assert.deepEqual(asData(again.analysis), asData(analyseBytes('file:///copy/b.txt', bytes, lexicon)));
  });

  it('keeps a Markdown file apart from a text file of the same bytes: its code is not read as prose', () => {
    const fenced = new TextEncoder().encode('Hà Nội, ngày 12/1/2024\n\n```\nChủ tịch nước Nguyễn Văn An dự họp.\n```\n');
    const cache = new AnalysisCache(dir, 'v1');
    const people = (analysis: { article: { mentions: readonly { kind: string }[] } }) => analysis.article.mentions.filter((m) => m.kind === 'person').length;
    const plain = cachedAnalysis('file:///a.txt', fenced, lexicon, cache);
    assert.equal(people(plain.analysis), 1);
    const markdown = cachedAnalysis('file:///a.md', fenced, lexicon, cache);
    assert.equal(markdown.outcome, 'miss');
    assert.equal(people(markdown.analysis), 0);
    assert.equal(cachedAnalysis('file:///b.md', fenced, lexicon, cache).outcome, 'hit');
    assert.equal(people(cachedAnalysis('file:///b.txt', fenced, lexicon, cache).analysis), 1);
  });

  it('misses for other bytes, and for the same bytes under another tool version', () => {
    cachedAnalysis('file:///a.txt', bytes, lexicon, new AnalysisCache(dir, 'v1'));
    assert.equal(cachedAnalysis('file:///a.txt', new TextEncoder().encode(`${TEXT} `), lexicon, new AnalysisCache(dir, 'v1')).outcome, 'miss');
    assert.equal(cachedAnalysis('file:///a.txt', bytes, lexicon, new AnalysisCache(dir, 'v2')).outcome, 'miss');
  });

  const corruptions: [string, (content: string) => string][] = [
    ['a truncated entry', (c) => c.slice(0, c.length / 2)],
    ['a changed body that is still JSON', (c) => c.replace('"start":', '"start": ')],
    ['an entry claiming another version', (c) => c.replace('"version":"v1"', '"version":"v0"')],
    ['an empty file', () => ''],
  ];
  for (const [what, corrupt] of corruptions) {
    it(`rejects ${what}, deletes it and analyses the file again`, () => {
      const cache = new AnalysisCache(dir, 'v1');
      cachedAnalysis('file:///a.txt', bytes, lexicon, cache);
      const [entry] = entries(dir);
      fs.writeFileSync(entry, corrupt(fs.readFileSync(entry, 'utf8')));
      const found = cachedAnalysis('file:///a.txt', bytes, lexicon, cache);
      assert.equal(found.outcome, 'rejected');
      assert.deepEqual(found.analysis, analyseBytes('file:///a.txt', bytes, lexicon));
      // The rebuilt entry is sound again.
      assert.equal(cachedAnalysis('file:///a.txt', bytes, lexicon, cache).outcome, 'hit');
    });
  }

  it('finds the analysis of a file the editor opens by its text, the same as that of its bytes on disk', () => {
    const cache = new AnalysisCache(dir, 'v1');
    assert.equal(keptTextAnalysis('file:///a.txt', TEXT, cache), undefined);
    cachedAnalysis('file:///a.txt', bytes, lexicon, cache);
    assert.deepEqual(asData(keptTextAnalysis('file:///b.txt', TEXT, cache)), asData(analyseBytes('file:///b.txt', bytes, lexicon)));
    assert.equal(keptTextAnalysis('file:///a.txt', `${TEXT} `, cache), undefined);
    // A Markdown file's text is analysed otherwise, and the analysis of a whatever-the-text file is kept apart.
    assert.equal(keptTextAnalysis('file:///a.md', TEXT, cache), undefined);
    assert.equal(keptTextAnalysis('file:///a.txt', TEXT, cache, true), undefined);
  });

  it('rejects an entry whose mentions lie outside its text, even with a matching checksum', () => {
    const cache = new AnalysisCache(dir, 'v1');
    const key = cache.key(bytes);
    const analysis = analyseBytes('file:///a.txt', bytes, lexicon);
    assert.ok('article' in analysis);
    cache.put(key, { article: { ...analysis.article, text: 'short' } });
    assert.equal(cache.get(key, 'file:///a.txt').outcome, 'rejected');
    assert.deepEqual(entries(dir), []);
  });
});

describe('node/analysisPool', () => {
  let dir: string;
  const texts: Record<string, string> = {
    'file:///one.txt': TEXT,
    'file:///two.txt': 'Ngày 3/2/2025, Tổng Bí thư Trần Văn Bình làm việc.\n',
    'file:///bin.txt': 'a\0b',
  };
  const files: FileAccess = {
    listArticles: async () => Object.keys(texts),
    readFile: async (uri) => (uri in texts ? new TextEncoder().encode(texts[uri]) : undefined),
  };
  const logger = { info() {}, warn() {}, error() {} };
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-pool-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('analyses in a worker thread exactly as in this one, then answers from the cache', async () => {
    const expected = Object.keys(texts).map((uri) => analyseBytes(uri, new TextEncoder().encode(texts[uri]), lexicon));
    for (const round of [1, 2]) {
      const pool = createAnalysisPool(files, { workers: 1, cacheDir: dir, version: 'test', logger });
      try {
        assert.deepEqual(asData(await Promise.all(Object.keys(texts).map((uri) => pool.analyse(uri)))), asData(expected));
        assert.equal(await pool.analyse('file:///gone.txt'), undefined);
        assert.deepEqual(pool.stats, round === 1 ? { hit: 0, miss: 3, rejected: 0, off: 0 } : { hit: 3, miss: 0, rejected: 0, off: 0 });
      } finally {
        await pool.close();
      }
    }
  });

  it('stops idle workers after idleMs and starts them again when work comes, with the same answers', async () => {
    const pool = createAnalysisPool(files, { workers: 1, version: 'test', idleMs: 20, logger });
    try {
      const uri = Object.keys(texts)[0];
      const expected = asData(analyseBytes(uri, new TextEncoder().encode(texts[uri]), lexicon));
      assert.equal(pool.running(), 0);
      assert.deepEqual(asData(await pool.analyse(uri)), expected);
      assert.equal(pool.running(), 1);
      for (let waited = 0; pool.running() > 0 && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
      assert.equal(pool.running(), 0);
      assert.deepEqual(asData(await pool.analyse(uri)), expected);
      assert.equal(pool.running(), 1);
    } finally {
      await pool.close();
    }
    assert.equal(pool.running(), 0);
  });

  it('leaves English text out in a worker as in this thread, and analyses it when anyText asks, each cached apart', async () => {
    const note = 'This folder holds the drafts. Please read the guidelines before you edit the the files.\n';
    const english: FileAccess = { listArticles: async () => ['file:///NOTES.txt'], readFile: async () => new TextEncoder().encode(note) };
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-pool-prose-'));
    try {
      for (const round of [1, 2]) {
        const pool = createAnalysisPool(english, { workers: 1, cacheDir, version: 'test', logger });
        try {
          const left = await pool.analyse('file:///NOTES.txt');
          assert.match(left?.notProse ?? '', /^not Vietnamese prose/);
          assert.equal(left?.article.text, '');
          const forced = await pool.analyse('file:///NOTES.txt', true);
          assert.equal(forced?.notProse, undefined);
          assert.equal(forced?.article.text, note);
          assert.deepEqual(pool.stats, round === 1 ? { hit: 0, miss: 2, rejected: 0, off: 0 } : { hit: 2, miss: 0, rejected: 0, off: 0 });
        } finally {
          await pool.close();
        }
      }
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('lets the workers read the files of a folder themselves, under the same policy as the main thread', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-pool-read-'));
    try {
      fs.writeFileSync(path.join(folder, 'one.txt'), TEXT);
      fs.writeFileSync(path.join(folder, 'big.txt'), TEXT.repeat(40));
      fs.symlinkSync(path.join(folder, 'one.txt'), path.join(folder, 'link.txt'));
      const onDisk = nodeFileAccess([folder], DEFAULT_FILTER, logger, 1000, [], BLOCKING_READS);
      const uri = (name: string) => pathToUri(path.join(folder, name));
      // Read here: what the main thread would give the core.
      const here = async (name: string) => {
        const read = await onDisk.readFile(uri(name));
        return read === undefined ? undefined : read instanceof Uint8Array ? analyseBytes(uri(name), read, lexicon) : skippedFileAnalysis(uri(name), read);
      };
      let readHere = 0;
      const counted: PoolFiles = { ...onDisk, readFile: (u) => (readHere++, onDisk.readFile(u)), localFile: (u) => onDisk.localFile(u) };
      const pool = createAnalysisPool(counted, { workers: 1, version: 'test', logger });
      try {
        for (const name of ['one.txt', 'big.txt', 'link.txt']) assert.deepEqual(asData(await pool.analyse(uri(name))), asData(await here(name)), name);
        assert.equal(await pool.analyse(uri('gone.txt')), undefined);
        assert.equal(readHere, 0, 'the worker read every file');
      } finally {
        await pool.close();
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
