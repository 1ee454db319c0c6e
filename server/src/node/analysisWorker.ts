import { parentPort, workerData } from 'node:worker_threads';
import { createLexicon } from '../core/lexicon';
import { AnalysisCache, cachedAnalysis } from './analysisCache';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './analysisPool';
import { BLOCKING_READS, readArticleFile } from './fileAccess';

/**
 * A worker thread of the analysis pool: it reads a file (or takes the bytes
 * it is sent), analyses it through the cache when there is one, and replies
 * with the analysis, which the main thread enters into its index. It keeps
 * no state between files except the lexicon and the cache.
 */

const setup = workerData as WorkerSetup;
const lexicon = createLexicon();
const cache = setup.cacheDir === undefined ? undefined : new AnalysisCache(setup.cacheDir, setup.version);

parentPort?.on('message', (request: WorkerRequest) => {
  void answer(request).then((reply) => parentPort?.postMessage(reply));
});

async function answer({ id, uri, bytes, file, anyText }: WorkerRequest): Promise<WorkerReply> {
  try {
    let read = bytes;
    if (read === undefined) {
      // A worker has nothing else to do while it reads, so it reads blocking, without the thread pool's round trips.
      const found = file && (await readArticleFile(file.path, file.maxBytes, BLOCKING_READS));
      if (!(found instanceof Uint8Array)) return { id, unread: found ?? null };
      read = found;
    }
    const { analysis, outcome, key } = cachedAnalysis(uri, read, lexicon, cache, anyText);
    return { id, analysis: JSON.stringify(analysis), outcome, key };
  } catch (error) {
    return { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
