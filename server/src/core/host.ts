/**
 * What the analysis core needs from the outside world. The LSP layer, the CLI
 * and the tests each supply their own implementation; the core itself does no
 * I/O and knows nothing of LSP or VS Code.
 */

import type { Article } from './model';

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const NEVER_CANCELLED: CancellationToken = { isCancellationRequested: false };

/** Thrown by core methods that notice their token was cancelled. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new CancelledError();
}

export interface FileAccess {
  /** URIs of every article file of the workspace (include/exclude already applied by the host). */
  listArticles(): Promise<string[]>;
  /** The file's bytes, or undefined when it no longer exists. */
  readFile(uri: string): Promise<Uint8Array | undefined>;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const SILENT_LOGGER: Logger = { info() {}, warn() {}, error() {} };

/** Progress of a long operation: `done` of `total` files. */
export type ProgressReporter = (done: number, total: number) => void;

/**
 * What indexing made of one file: its article (a file in a legacy encoding is
 * an article that only carries its reason), or why the file is not an article
 * (binary), for the log.
 */
export type FileAnalysis = { readonly article: Article } | { readonly skipped: string };

/**
 * Reads and analyses one file somewhere else than the caller's thread: in
 * worker threads, or from a cache of earlier analyses. Resolves to undefined
 * when the file no longer exists.
 */
export type FileAnalyser = (uri: string) => Promise<FileAnalysis | undefined>;
