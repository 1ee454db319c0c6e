/**
 * What the analysis core needs from the outside world. The LSP layer, the CLI
 * and the tests each supply their own implementation; the core itself does no
 * I/O and knows nothing of LSP or VS Code.
 */

import type { Article } from './model';
import type { FileReason } from './fileReason';

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

/**
 * A file the host listed but did not read, and why (not a regular file,
 * over the size limit, unreadable): the core keeps it so the user sees one
 * finding on it instead of silence.
 */
export interface SkippedFile {
  readonly skipped: FileReason;
}

export interface FileAccess {
  /** URIs of every article file of the workspace (include/exclude already applied by the host). */
  listArticles(): Promise<string[]>;
  /** The file's bytes, why it was skipped, or undefined when it no longer exists. */
  readFile(uri: string): Promise<Uint8Array | SkippedFile | undefined>;
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
 * What indexing made of one file: its article (a file that could not be
 * decoded or read is an article that only carries its reason), and that
 * reason again for the log when there is one.
 */
export interface FileAnalysis {
  readonly article: Article;
  readonly skipped?: FileReason;
  /** Why the file is left out of the index (it is not Vietnamese prose); its article is then empty. */
  readonly notProse?: string;
}

/**
 * Reads and analyses one file somewhere else than the caller's thread: in
 * worker threads, or from a cache of earlier analyses. Resolves to undefined
 * when the file no longer exists. With `anyText` the file is analysed even
 * when it is not Vietnamese prose.
 */
export type FileAnalyser = (uri: string, anyText?: boolean) => Promise<FileAnalysis | undefined>;
