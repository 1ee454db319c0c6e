import { parentPort, workerData } from 'node:worker_threads';
import { createLexicon } from '../core/lexicon';
import { AnalysisCache, cachedAnalysis } from './analysisCache';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './analysisPool';

/**
 * A worker thread of the analysis pool: it analyses the bytes it is sent
 * (through the cache when there is one) and replies with the analysis, which
 * the main thread enters into its index. It keeps no state between files
 * except the lexicon and the cache.
 */

const setup = workerData as WorkerSetup;
const lexicon = createLexicon();
const cache = setup.cacheDir === undefined ? undefined : new AnalysisCache(setup.cacheDir, setup.version);

parentPort?.on('message', ({ id, uri, bytes, anyText }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const { analysis, outcome, key } = cachedAnalysis(uri, bytes, lexicon, cache, anyText);
    reply = { id, analysis: JSON.stringify(analysis), outcome, key };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
