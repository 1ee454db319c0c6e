import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileAccess, FileAnalyser, FileAnalysis, Logger, SkippedFile } from '../core/host';
import type { LocalFile } from './fileAccess';
import { createLexicon } from '../core/lexicon';
import { skippedFileAnalysis } from '../core/analyseFile';
import { ANALYSIS_SCRIPT, AnalysisCache, analysisVersion, cachedAnalysis, type CacheOutcome } from './analysisCache';

/** What a worker is told when it starts. */
export interface WorkerSetup {
  readonly cacheDir?: string;
  readonly version: string;
}
export interface WorkerRequest {
  readonly id: number;
  readonly uri: string;
  /** The file's bytes, read by the main thread; when absent, the worker reads `file` itself. */
  readonly bytes?: Uint8Array;
  readonly file?: LocalFile;
  /** Analyse the file even when it is not Vietnamese prose. */
  readonly anyText: boolean;
}
/**
 * A worker's answer. The analysis comes as JSON rather than as a structured
 * clone: V8 rebuilds a cloned object one property at a time, which leaves
 * most mentions with their later properties in a separate backing store,
 * while JSON.parse makes each object at its final size. On 3,000 generated
 * articles that store was about 9 of the main thread's 93 MiB. The cache
 * keeps analyses as JSON too, so both ways in give the same objects.
 */
export type WorkerReply =
  | { readonly id: number; readonly analysis: string; readonly outcome: CacheOutcome | 'off'; readonly key?: string; readonly error?: undefined }
  /** The worker read no bytes: the file is gone (null), or skipped with its reason. */
  | { readonly id: number; readonly unread: SkippedFile | null; readonly error?: undefined }
  | { readonly id: number; readonly error: string };

/** A FileAccess that may also say where a worker can read a file itself (the language server's does). */
export type PoolFiles = FileAccess & { readonly localFile?: (uri: string) => LocalFile | undefined };

export interface PoolOptions {
  /** Worker threads to start; 0 analyses in the calling thread. Defaults to one per core. */
  readonly workers?: number;
  /** Folder of the persistent analysis cache; none when undefined. */
  readonly cacheDir?: string;
  /** The cache's version key (tests set it; by default the hash of the analysis script). */
  readonly version?: string;
  /**
   * Milliseconds without work after which the workers stop, to start again when work comes. Each
   * holds its own lexicon and heap (tens of MiB), and the language server needs them only while it
   * reads files (indexing, files changed on disk), not for the hours it sits idle in between.
   * Undefined: they run until close() (the CLI, which closes them when it is done).
   */
  readonly idleMs?: number;
  readonly logger: Logger;
}

export interface AnalysisPool {
  /** The service's `analyse` option: reads a file and analyses it in a worker or takes it from the cache. */
  readonly analyse: FileAnalyser;
  /** How the cache answered so far. */
  readonly stats: Record<CacheOutcome | 'off', number>;
  /** The cache key of each file analysed through the cache, by URI (for a shard's manifest). */
  readonly keys: ReadonlyMap<string, string>;
  /** How many worker threads run now (none before work comes or after an idle stop, see idleMs). */
  running(): number;
  /** Stops the workers (the process cannot exit while they run). */
  close(): Promise<void>;
}

/**
 * The young generation of a worker's heap, in MiB. A worker holds the lexicon
 * and one article at a time, and its results leave it as soon as they are
 * made; V8's default young generation (tens of MiB, sized for a main thread)
 * only kept that much garbage resident per worker, which is most of what
 * workers added to the process's peak memory. Measured on 3,000 generated
 * articles: the CLI's peak fell by about 50 MiB, at the same speed. Below
 * 16 MiB, though, a worker collects too often: on 10,000 generated articles,
 * 16 MiB against 8 checked the folder 0.4 s faster (11.2-11.4 s against
 * 11.7-11.8 s) at the same peak; 32 MiB was 0.2 s faster again, but 30 MiB larger.
 */
const WORKER_YOUNG_GENERATION_MB = 16;

interface Pending {
  readonly uri: string;
  /** The bytes the main thread read, or none when the worker reads the file itself. */
  readonly bytes?: Uint8Array;
  readonly anyText: boolean;
  resolve(analysis: FileAnalysis | undefined): void;
  reject(error: Error): void;
}

/**
 * Analyses files on every core: the least busy worker thread answers from the
 * persistent cache or analyses a file, and the main thread only merges the
 * results into its index. Who reads the file is the caller's choice: a
 * worker reads it itself when `files` says where (`localFile`), else the
 * main thread reads the bytes and sends them. The language server reads
 * without blocking, four calls through the thread pool per file, which
 * bound its main thread on a warm cache: with its workers reading, a
 * re-opened server indexed 10,000 generated articles from its cache in
 * 17.6–19.4 s against 21.2–21.7 s. The CLI reads blocking, which costs its
 * main thread little: with its workers reading, `check` on a warm cache of
 * those articles took 0.5–1.5 s longer (a worker woken for every file), so
 * it reads the files itself. A worker that dies is replaced by analysis in
 * the main thread, so a crash costs speed, never files.
 */
export function createAnalysisPool(files: PoolFiles, options: PoolOptions): AnalysisPool {
  const version = options.version ?? analysisVersion();
  const stats: Record<CacheOutcome | 'off', number> = { hit: 0, miss: 0, rejected: 0, off: 0 };
  const keys = new Map<string, string>();
  let local: { lexicon: ReturnType<typeof createLexicon>; cache?: AnalysisCache } | undefined;
  const analyseHere = (uri: string, bytes: Uint8Array, anyText: boolean): FileAnalysis => {
    local ??= { lexicon: createLexicon(), cache: options.cacheDir === undefined ? undefined : new AnalysisCache(options.cacheDir, version) };
    const { analysis, outcome, key } = cachedAnalysis(uri, bytes, local.lexicon, local.cache, anyText);
    stats[outcome]++;
    if (key !== undefined) keys.set(uri, key);
    return analysis;
  };
  /** A file a worker was to analyse, read and analysed here instead (its worker died). */
  const readAndAnalyseHere = async (uri: string, bytes: Uint8Array | undefined, anyText: boolean): Promise<FileAnalysis | undefined> => {
    const read = bytes ?? (await files.readFile(uri));
    if (read === undefined) return undefined;
    return read instanceof Uint8Array ? analyseHere(uri, read, anyText) : skippedFileAnalysis(uri, read);
  };

  const count = options.workers ?? os.availableParallelism();
  const setup: WorkerSetup = { cacheDir: options.cacheDir, version };
  const workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
  let nextId = 0;
  /** Set once a worker has died: the pool then analyses in the main thread and starts no more workers. */
  let failed = false;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const busy = () => workers.some((entry) => entry.pending.size > 0);
  /** After the last reply, the workers stop once idleMs pass without new work. */
  const stopWhenIdle = () => {
    if (options.idleMs === undefined || busy()) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (!busy()) for (const entry of workers.splice(0)) void entry.worker.terminate();
    }, options.idleMs);
    // The timer must not keep the process alive either.
    idleTimer.unref();
  };
  const startWorker = () => {
    const entry = { worker: new Worker(ANALYSIS_SCRIPT, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } }), pending: new Map<number, Pending>() };
    // An idle worker must not keep the process alive (a test, or a host that forgets close(), would never exit):
    // it holds the event loop only while it has work in hand.
    entry.worker.unref();
    entry.worker.on('message', (reply: WorkerReply) => {
      const pending = entry.pending.get(reply.id);
      if (!pending) return;
      entry.pending.delete(reply.id);
      if (entry.pending.size === 0) entry.worker.unref();
      if (reply.error !== undefined) {
        pending.reject(new Error(`analysing ${pending.uri}: ${reply.error}`));
        return;
      }
      if ('unread' in reply) {
        pending.resolve(reply.unread === null ? undefined : skippedFileAnalysis(pending.uri, reply.unread));
      } else {
        stats[reply.outcome]++;
        if (reply.key !== undefined) keys.set(pending.uri, reply.key);
        pending.resolve(JSON.parse(reply.analysis) as FileAnalysis);
      }
      stopWhenIdle();
    });
    entry.worker.on('error', (error) => {
      options.logger.error(`analysis worker failed, analysing in the main thread instead: ${error.message}`);
      failed = true;
      workers.splice(workers.indexOf(entry), 1);
      for (const pending of entry.pending.values()) readAndAnalyseHere(pending.uri, pending.bytes, pending.anyText).then(pending.resolve, pending.reject);
      entry.pending.clear();
    });
    workers.push(entry);
  };
  const startWorkers = () => {
    for (let i = 0; i < count; i++) startWorker();
  };
  // With an idle stop the workers start with the first work; without, at once, as the CLI wants them.
  if (options.idleMs === undefined) startWorkers();

  return {
    stats,
    keys,
    async analyse(uri, anyText = false) {
      clearTimeout(idleTimer);
      if (workers.length === 0 && !failed && options.idleMs !== undefined) startWorkers();
      const file = files.localFile?.(uri);
      let bytes: Uint8Array | undefined;
      if (file === undefined) {
        const read = await files.readFile(uri);
        if (read === undefined) return undefined;
        if (!(read instanceof Uint8Array)) return skippedFileAnalysis(uri, read);
        bytes = read;
      }
      // With no workers (none asked for, all dead, or stopped idle while the bytes were read), the file is read, if it
      // was not, and analysed here.
      if (workers.length === 0) return readAndAnalyseHere(uri, bytes, anyText);
      let target = workers[0];
      for (const entry of workers) if (entry.pending.size < target.pending.size) target = entry;
      const id = nextId++;
      return new Promise<FileAnalysis | undefined>((resolve, reject) => {
        if (target.pending.size === 0) target.worker.ref();
        target.pending.set(id, { uri, bytes, anyText, resolve, reject });
        target.worker.postMessage({ id, uri, anyText, ...(bytes ? { bytes } : { file }) } satisfies WorkerRequest);
      });
    },
    running: () => workers.length,
    async close() {
      clearTimeout(idleTimer);
      await Promise.all(workers.splice(0).map((entry) => entry.worker.terminate()));
    },
  };
}
