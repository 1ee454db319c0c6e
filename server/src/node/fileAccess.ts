import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { FileAccess, Logger, SkippedFile } from '../core/host';
import type { NotRegular } from '../core/fileReason';
import { pathToUri, uriToPath } from './uri';

/** Which files of a folder are articles: include and exclude globs, relative to the folder. */
export interface ArticleFilter {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Files analysed even when their text is not Vietnamese prose. */
  readonly alwaysAnalyse?: readonly string[];
}

export const DEFAULT_FILTER: ArticleFilter = { include: ['**/*.txt', '**/*.md'], exclude: ['**/node_modules/**', '**/.git/**'] };

/**
 * Files larger than this are not analysed. The spec's targets are about
 * articles of a few kilobytes; a multi-megabyte "article" is almost always a
 * dump or a log, and analysing it on every keystroke would stall the editor.
 */
export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

/** A file another thread may read itself, as `readArticleFile(path, maxBytes)` reads it here. */
export interface LocalFile {
  readonly path: string;
  readonly maxBytes: number;
}

export interface NodeFileAccess extends FileAccess {
  /** Whether a file is an article of one of the folders (matches include, not exclude). */
  isArticle(uri: string): boolean;
  /** Whether a setting forces the file to be analysed even when it is not Vietnamese prose. */
  alwaysAnalyse(uri: string): boolean;
  /**
   * Where a worker thread may read the file itself, under the same policy
   * as `readFile`; undefined when only `readFile` can read it (its folder
   * could not be listed, or its URI names no local file).
   */
  localFile(uri: string): LocalFile | undefined;
}

/** What a directory entry that is not a regular file is, for the reason a file was skipped. */
function kindOf(stat: fs.Stats | fs.Dirent): NotRegular | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isSymbolicLink()) return 'link';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  return stat.isDirectory() ? 'folder' : 'other';
}

/** Why a file could not be read: the error code, which the catalogue puts in words (the message names the path, which the report already shows). */
function readError(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/**
 * The core's FileAccess over the local disk, and the one file policy the CLI
 * and the editor share:
 * - articles are the files matching the include globs and not the exclude
 *   globs, relative to their folder; globs ignore case, so `A.TXT` is an
 *   article wherever `a.txt` would be;
 * - symbolic links are never followed, to files or folders, so no run reads
 *   or writes outside the folder it was given; a link that matches the
 *   globs is listed and reported as skipped;
 * - FIFOs, devices and sockets that match are listed and skipped without
 *   being opened (lstat first), so a named pipe can never block a run;
 * - files over the size limit, and files or folders that cannot be read,
 *   are skipped with their reason;
 * - a file that vanished reads as undefined, never as an error.
 * `named` lists files given by name (on the command line): they are
 * articles whatever the globs say, under the same policy. `calls` reads
 * blocking or not (see ReadCalls).
 */
export function nodeFileAccess(
  folders: readonly string[],
  filter: ArticleFilter,
  logger: Logger,
  maxBytes = MAX_ARTICLE_BYTES,
  named: readonly string[] = [],
  calls: ReadCalls = NONBLOCKING_READS,
): NodeFileAccess {
  // Dot-folders (.git, .report-lens, .vscode) are not matched by `**` unless a pattern names them.
  const included = picomatch(filter.include.length > 0 ? [...filter.include] : [...DEFAULT_FILTER.include], { nocase: true });
  const excluded = filter.exclude.length > 0 ? picomatch([...filter.exclude], { nocase: true }) : () => false;
  const matches = (relative: string) => included(relative) && !excluded(relative);
  const forced = filter.alwaysAnalyse && filter.alwaysAnalyse.length > 0 ? picomatch([...filter.alwaysAnalyse], { nocase: true }) : () => false;
  // Folders the last listing could not read, with the reason: they are listed, and read as skipped.
  const unlisted = new Map<string, SkippedFile>();

  const relativeTo = (file: string): string | undefined => {
    for (const folder of folders) {
      const relative = path.relative(folder, file);
      if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) return relative.split(path.sep).join('/');
    }
    return undefined;
  };

  const relativeOf = (uri: string): string | undefined => {
    const file = uriToPath(uri);
    return file === undefined ? undefined : relativeTo(file);
  };

  async function walk(folder: string, dir: string, out: string[]): Promise<void> {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch (error) {
      const reason: SkippedFile = { skipped: { kind: 'unlisted', error: readError(error) } };
      logger.warn(`cannot list ${dir}: ${(error as Error).message}`);
      const uri = pathToUri(dir);
      unlisted.set(uri, reason);
      out.push(uri);
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(folder, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        // A folder is pruned when the exclude globs take every file directly inside it (`**/node_modules/**`).
        if (!excluded(`${relative}/\0`)) await walk(folder, full, out);
      } else if (matches(relative)) {
        // Regular files, and links, pipes and devices that look like articles (reported as skipped when read).
        out.push(pathToUri(full));
      }
    }
  }

  const localFile = (uri: string): LocalFile | undefined => {
    const file = uriToPath(uri);
    return file === undefined || unlisted.has(uri) ? undefined : { path: file, maxBytes };
  };

  return {
    async listArticles() {
      unlisted.clear();
      const out: string[] = named.map(pathToUri);
      for (const folder of folders) await walk(folder, folder, out);
      return [...new Set(out)].sort();
    },
    async readFile(uri) {
      const reason = unlisted.get(uri);
      if (reason !== undefined) return reason;
      // Read exactly as a worker told where by localFile reads it.
      const local = localFile(uri);
      return local && readArticleFile(local.path, local.maxBytes, calls);
    },
    localFile,
    isArticle(uri) {
      const relative = relativeOf(uri);
      return relative !== undefined && matches(relative);
    },
    alwaysAnalyse(uri) {
      const relative = relativeOf(uri);
      return relative !== undefined && forced(relative);
    },
  };
}

/**
 * The system calls that read a file, blocking or not. The language server
 * reads without blocking its thread, so a slow disk never stalls its answers;
 * the CLI has nothing else to do meanwhile and reads blocking, which costs a
 * tenth of the time: for an article of a few kilobytes, four calls through
 * the thread pool and their promises cost more than the reading.
 */
export interface ReadCalls {
  lstat(file: string): fs.Stats | Promise<fs.Stats>;
  open(file: string, flags: number): number | Promise<number>;
  fstat(fd: number): fs.Stats | Promise<fs.Stats>;
  /** Reads into `buffer` from `offset` up to its end, at `position` of the file; the number of bytes read. */
  read(fd: number, buffer: Buffer, offset: number, position: number): number | Promise<number>;
  close(fd: number): void | Promise<void>;
}

export const NONBLOCKING_READS: ReadCalls = {
  lstat: (file) => fs.promises.lstat(file),
  open: (file, flags) => new Promise((resolve, reject) => fs.open(file, flags, (error, fd) => (error ? reject(error) : resolve(fd)))),
  fstat: (fd) => new Promise((resolve, reject) => fs.fstat(fd, (error, stat) => (error ? reject(error) : resolve(stat)))),
  read: (fd, buffer, offset, position) =>
    new Promise((resolve, reject) => fs.read(fd, buffer, offset, buffer.length - offset, position, (error, bytes) => (error ? reject(error) : resolve(bytes)))),
  close: (fd) => new Promise((resolve, reject) => fs.close(fd, (error) => (error ? reject(error) : resolve()))),
};

export const BLOCKING_READS: ReadCalls = {
  lstat: (file) => fs.lstatSync(file),
  open: (file, flags) => fs.openSync(file, flags),
  fstat: (fd) => fs.fstatSync(fd),
  read: (fd, buffer, offset, position) => fs.readSync(fd, buffer, offset, buffer.length - offset, position),
  close: (fd) => fs.closeSync(fd),
};

/**
 * Reads one article file under the shared policy: lstat first, so links are
 * not followed and pipes and devices are never opened; then open without
 * blocking (a file swapped for a pipe in between cannot hang the run) and
 * check again on the open file before reading.
 */
export async function readArticleFile(file: string, maxBytes = MAX_ARTICLE_BYTES, calls: ReadCalls = NONBLOCKING_READS): Promise<Uint8Array | SkippedFile | undefined> {
  let fd: number | undefined;
  try {
    const before = await calls.lstat(file);
    const kind = kindOf(before);
    if (kind !== undefined) return { skipped: { kind: 'notRegular', what: kind, opened: false } };
    if (before.size > maxBytes) return { skipped: { kind: 'tooLarge', size: before.size, limit: maxBytes } };
    fd = await calls.open(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOFOLLOW);
    const stat = await calls.fstat(fd);
    const now = kindOf(stat);
    if (now !== undefined) return { skipped: { kind: 'notRegular', what: now, opened: true } };
    if (stat.size > maxBytes) return { skipped: { kind: 'tooLarge', size: stat.size, limit: maxBytes } };
    return await readAll(fd, stat.size, calls);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return { skipped: { kind: 'unreadable', error: readError(error) } };
  } finally {
    if (fd !== undefined) await calls.close(fd);
  }
}

/**
 * The bytes of an open file of `size` bytes (as fstat gave it), as Node's
 * readFile reads them: up to that size, or, when the size says nothing (0,
 * as for files the kernel makes up), chunk by chunk to the end.
 */
async function readAll(fd: number, size: number, calls: ReadCalls): Promise<Buffer> {
  let buffer = Buffer.allocUnsafeSlow(size > 0 ? size : UNKNOWN_SIZE_CHUNK);
  let length = 0;
  for (;;) {
    const bytes = await calls.read(fd, buffer, length, length);
    length += bytes;
    if (bytes === 0 || (size > 0 && length === size)) break;
    if (length === buffer.length) {
      const bigger = Buffer.allocUnsafeSlow(buffer.length * 2);
      buffer.copy(bigger);
      buffer = bigger;
    }
  }
  return length === buffer.length ? buffer : buffer.subarray(0, length);
}

const UNKNOWN_SIZE_CHUNK = 64 * 1024;
