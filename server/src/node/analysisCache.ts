import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileAnalysis } from '../core/host';
import type { Lexicon } from '../core/lexicon';
import { analyseBytes } from '../core/analyseFile';
import { isMarkdown } from '../core/text/markdownProse';

/**
 * Bumped by hand when the layout of a cache entry changes. Changes to the
 * article model, the recognisers or the bundled data need no bump: they
 * change the analysis script, whose hash is part of every key.
 */
const CACHE_FORMAT = 1;

/** The script that analyses files in worker threads; in a bundled build it holds the recognisers, lexicons and bundled knowledge. */
export const ANALYSIS_SCRIPT = path.join(__dirname, 'analysisWorker.js');

let scriptVersion: string | undefined;

/**
 * The version every cache key includes: the cache format and a hash of the
 * analysis script, so a new build of the tool, its lexicons or its bundled
 * knowledge base never reads what an older one wrote.
 */
export function analysisVersion(): string {
  if (scriptVersion === undefined) {
    let script: Buffer;
    try {
      script = fs.readFileSync(ANALYSIS_SCRIPT);
    } catch {
      // Without the worker script (a test run from sources) the version is the process's own code, which cannot be hashed: never reuse across runs.
      script = Buffer.from(`${process.pid}:${Date.now()}`);
    }
    scriptVersion = `${CACHE_FORMAT}:${crypto.createHash('sha256').update(script).digest('hex').slice(0, 16)}`;
  }
  return scriptVersion;
}

/** What a cache lookup found, for statistics and tests. */
export type CacheOutcome = 'hit' | 'miss' | 'rejected';

/**
 * Per-file analysis results on disk, addressed by a hash of the file's bytes
 * and the analysis version. An entry is one file: a header line (format,
 * version, checksum of the body) and the analysis as JSON, the whole Article
 * model as data, so a change to the model needs no code here. An entry that
 * does not parse, whose checksum or version does not match, or whose article
 * is not shaped like one, is deleted and the file analysed again: the cache
 * is never trusted over the text.
 */
export class AnalysisCache {
  constructor(
    readonly dir: string,
    readonly version: string = analysisVersion(),
  ) {}

  /**
   * The content address of a file's bytes under this version. A file analysed whatever its text has an address of
   * its own, and so has a Markdown file: its code and markup are read as blanks, so the same bytes analyse otherwise.
   */
  key(bytes: Uint8Array, anyText = false, markdown = false): string {
    const hash = crypto.createHash('sha256').update(this.version).update(anyText ? '\0any\0' : '\0');
    if (markdown) hash.update('markdown\0');
    return hash.update(bytes).digest('hex');
  }

  /** The analysis stored under a key, given the URI of the file it is now for. */
  get(key: string, uri: string): { analysis?: FileAnalysis; outcome: CacheOutcome } {
    const file = this.entryPath(key);
    let content: string;
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch {
      return { outcome: 'miss' };
    }
    const analysis = this.parse(content, key);
    if (!analysis) {
      fs.rmSync(file, { force: true });
      return { outcome: 'rejected' };
    }
    return { analysis: { ...analysis, article: { ...analysis.article, uri } }, outcome: 'hit' };
  }

  /** Stores an analysis; written to a temporary file and renamed, so a reader never sees half an entry. */
  put(key: string, analysis: FileAnalysis): void {
    const body = JSON.stringify({ ...analysis, article: { ...analysis.article, uri: '' } });
    const header = JSON.stringify({ format: CACHE_FORMAT, version: this.version, key, sum: checksum(body) });
    const file = this.entryPath(key);
    const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(temporary, `${header}\n${body}`);
      fs.renameSync(temporary, file);
    } catch {
      // A full disk or a read-only folder makes the cache useless, not the analysis wrong.
      fs.rmSync(temporary, { force: true });
    }
  }

  private entryPath(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }

  private parse(content: string, key: string): FileAnalysis | undefined {
    const newline = content.indexOf('\n');
    if (newline === -1) return undefined;
    try {
      const header = JSON.parse(content.slice(0, newline)) as { format?: unknown; version?: unknown; key?: unknown; sum?: unknown };
      const body = content.slice(newline + 1);
      if (header.format !== CACHE_FORMAT || header.version !== this.version || header.key !== key || header.sum !== checksum(body)) return undefined;
      const analysis = JSON.parse(body) as FileAnalysis;
      return isAnalysis(analysis) ? analysis : undefined;
    } catch {
      return undefined;
    }
  }
}

function checksum(body: string): string {
  return crypto.createHash('sha1').update(body).digest('hex');
}

/** The shape every consumer of an article relies on: text, and mentions that lie inside it. */
function isAnalysis(value: unknown): value is FileAnalysis {
  if (typeof value !== 'object' || value === null) return false;
  if ('skipped' in value && (typeof value.skipped !== 'object' || value.skipped === null)) return false;
  if ('notProse' in value && typeof value.notProse !== 'string') return false;
  if (!('article' in value) || typeof value.article !== 'object' || value.article === null) return false;
  const article = value.article as { text?: unknown; version?: unknown; mentions?: unknown };
  if (typeof article.text !== 'string' || typeof article.version !== 'number' || !Array.isArray(article.mentions)) return false;
  const length = article.text.length;
  return article.mentions.every((m: { start?: unknown; end?: unknown; key?: unknown }) => {
    return typeof m.start === 'number' && typeof m.end === 'number' && m.start >= 0 && m.start <= m.end && m.end <= length && typeof m.key === 'string';
  });
}

/** A file's analysis from the cache when it holds one for these bytes, otherwise analysed here and stored. */
export function cachedAnalysis(
  uri: string,
  bytes: Uint8Array,
  lexicon: Lexicon,
  cache: AnalysisCache | undefined,
  anyText = false,
): { analysis: FileAnalysis; outcome: CacheOutcome | 'off'; key?: string } {
  if (!cache) return { analysis: analyseBytes(uri, bytes, lexicon, anyText), outcome: 'off' };
  const { key, analysis: found, outcome } = lookUp(uri, bytes, cache, anyText);
  if (found) return { analysis: found, outcome: 'hit', key };
  const analysis = analyseBytes(uri, bytes, lexicon, anyText);
  cache.put(key, analysis);
  return { analysis, outcome, key };
}

/** A file's entry in the cache: the key of its bytes (a Markdown file's apart), and what is stored under it. */
function lookUp(uri: string, bytes: Uint8Array, cache: AnalysisCache, anyText: boolean): { key: string; analysis?: FileAnalysis; outcome: CacheOutcome } {
  const key = cache.key(bytes, anyText, isMarkdown(uri));
  return { key, ...cache.get(key, uri) };
}

/**
 * The cache's analysis of a text the editor opened, when the cache holds one
 * for that text's UTF-8 bytes (the file as written on disk, most often), or
 * undefined. Nothing is analysed or stored here: the caller analyses on a
 * miss, as it does for every edit.
 */
export function keptTextAnalysis(uri: string, text: string, cache: AnalysisCache, anyText = false): FileAnalysis | undefined {
  return lookUp(uri, Buffer.from(text, 'utf8'), cache, anyText).analysis;
}
