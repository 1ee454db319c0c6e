import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FileAccess, type FileAnalyser, type ProgressReporter } from '../core';
import { AnalysisCache, analysisVersion } from '../node/analysisCache';
import { createAnalysisPool } from '../node/analysisPool';
import type { CliIo } from './files';

/**
 * How the CLI analyses a folder: in worker threads on every core, through
 * the persistent cache, and for a huge archive one shard at a time, the
 * shards merged later from their caches (possibly made on other machines).
 */

export interface AnalysisOptions {
  /** Folder of the persistent cache; null turns the cache off, undefined picks the default. */
  readonly cacheDir?: string | null;
  /** Worker threads; undefined picks one per core for folders large enough to pay for starting them. */
  readonly jobs?: number;
  /** This run analyses the files whose position in the sorted list, modulo `count`, is `index - 1`. */
  readonly shard?: { readonly index: number; readonly count: number };
  readonly quiet: boolean;
}

/** Starting a worker and loading its lexicon costs about as much as analysing this many articles. */
const FILES_PER_WORKER_START = 100;

/** `node_modules/.cache/report-lens` when the working folder has node_modules, else `.report-lens/cache`. */
export function defaultCacheDir(cwd: string): string {
  return fs.existsSync(path.join(cwd, 'node_modules')) ? path.join(cwd, 'node_modules', '.cache', 'report-lens') : path.join(cwd, '.report-lens', 'cache');
}

/**
 * The cache folder, created with a .gitignore so it never ends up in the
 * archive's repository; false when it cannot be created (a read-only working
 * folder), and the run goes on without a cache.
 */
function prepareCacheDir(dir: string): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const ignore = path.join(dir, '.gitignore');
    if (!fs.existsSync(ignore)) fs.writeFileSync(ignore, '# Report Lens analysis cache: safe to delete.\n*\n');
    return true;
  } catch {
    return false;
  }
}

/** Parses `--shard 2/8`. */
export function parseShard(value: string | undefined): { index: number; count: number } | string {
  const match = /^(\d+)\/(\d+)$/.exec(value ?? '');
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  return match && count >= 1 && index >= 1 && index <= count ? { index, count } : `--shard takes i/n with 1 ≤ i ≤ n, not ${value ?? 'nothing'}`;
}

export interface Analysis {
  readonly analyse: FileAnalyser;
  readonly progress?: ProgressReporter;
  /** Stops the workers and the progress bar; returns the cache's answers for a summary. */
  finish(): Promise<{ hit: number; analysed: number; keys: ReadonlyMap<string, string> }>;
}

/** Worker threads (and the cache) over the given files, with a progress bar on a terminal. */
export function startAnalysis(files: FileAccess, fileCount: number, options: AnalysisOptions, io: CliIo): Analysis & { readonly cacheDir?: string } {
  const wanted = options.cacheDir === null ? undefined : path.resolve(io.cwd, options.cacheDir ?? defaultCacheDir(io.cwd));
  const cacheDir = wanted !== undefined && prepareCacheDir(wanted) ? wanted : undefined;
  const workers = options.jobs ?? (fileCount < FILES_PER_WORKER_START ? 0 : Math.min(Math.ceil(fileCount / FILES_PER_WORKER_START), os.availableParallelism()));
  const pool = createAnalysisPool(files, { workers, cacheDir, logger: { info() {}, warn: (m) => io.err(`${m}\n`), error: (m) => io.err(`${m}\n`) } });
  const bar = !options.quiet && io.terminal === true ? progressBar(io) : undefined;
  return {
    cacheDir,
    analyse: pool.analyse,
    progress: bar?.update,
    async finish() {
      bar?.clear();
      await pool.close();
      return { hit: pool.stats.hit, analysed: pool.stats.miss + pool.stats.rejected + pool.stats.off, keys: pool.keys };
    },
  };
}

/** One line on stderr, redrawn at most ten times a second: done/total, articles per second, time left. */
function progressBar(io: CliIo): { update: ProgressReporter; clear(): void } {
  const started = performance.now();
  let drawn = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - drawn < 100 && done < total) return;
      drawn = now;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const left = rate > 0 ? (total - done) / rate : 0;
      const width = 30;
      const filled = total === 0 ? width : Math.round((done * width) / total);
      io.err(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} articles, ${Math.round(rate)}/s, ${Math.ceil(left)} s left \x1b[K`);
      shown = true;
    },
    clear() {
      if (shown) io.err('\r\x1b[K');
    },
  };
}

/** Where a shard writes the list of its files and their cache keys. */
function manifestPath(cacheDir: string, shard: { index: number; count: number }): string {
  return path.join(cacheDir, 'shards', `${shard.index}-of-${shard.count}.json`);
}

interface Manifest {
  readonly version: string;
  readonly shard: { readonly index: number; readonly count: number };
  readonly files: readonly { readonly uri: string; readonly key: string }[];
}

/** Records which files a shard analysed under which keys, for `check --merge`. */
export function writeManifest(cacheDir: string, shard: { index: number; count: number }, keys: ReadonlyMap<string, string>): string {
  const manifest: Manifest = { version: analysisVersion(), shard, files: [...keys].map(([uri, key]) => ({ uri, key })) };
  const file = manifestPath(cacheDir, shard);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(manifest));
  return file;
}

/**
 * The files of every shard in a cache folder, analysed from the cache alone:
 * no article is read or analysed again. Fails, naming what is wrong, when a
 * shard is missing, was made by another version of the tool, or an entry is
 * missing or corrupt.
 */
export function mergedShards(cacheDir: string): { uris: string[]; files: FileAccess; analyse: FileAnalyser } | string {
  const folder = path.join(cacheDir, 'shards');
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter((n) => n.endsWith('.json'));
  } catch {
    return `no shards in ${cacheDir} (run check --shard i/n --cache-dir ${cacheDir} first)`;
  }
  const version = analysisVersion();
  const keys = new Map<string, string>();
  let count: number | undefined;
  const seen = new Set<number>();
  for (const name of names) {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as Manifest;
    } catch {
      return `${name}: not a shard manifest`;
    }
    if (manifest.version !== version) return `${name}: made by another version of Report Lens; run that shard again`;
    if (count !== undefined && manifest.shard.count !== count) return `${name}: shards of ${manifest.shard.count} and of ${count} are mixed`;
    count = manifest.shard.count;
    seen.add(manifest.shard.index);
    for (const { uri, key } of manifest.files) keys.set(uri, key);
  }
  const missing = count === undefined ? [] : Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (count === undefined || missing.length > 0) return `shard${missing.length === 1 ? '' : 's'} ${missing.join(', ') || '?'} of ${count ?? '?'} missing in ${cacheDir}`;
  const cache = new AnalysisCache(cacheDir, version);
  const uris = [...keys.keys()].sort();
  return {
    uris,
    files: { listArticles: async () => uris, readFile: async () => undefined },
    async analyse(uri) {
      const { analysis } = cache.get(keys.get(uri) ?? '', uri);
      if (!analysis) throw new Error(`the cache entry of ${displayUri(uri)} is missing or corrupt; run its shard again`);
      return analysis;
    },
  };
}

function displayUri(uri: string): string {
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}
