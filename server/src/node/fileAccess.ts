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

export interface NodeFileAccess extends FileAccess {
  /** Whether a file is an article of one of the folders (matches include, not exclude). */
  isArticle(uri: string): boolean;
  /** Whether a setting forces the file to be analysed even when it is not Vietnamese prose. */
  alwaysAnalyse(uri: string): boolean;
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
 * articles whatever the globs say, under the same policy.
 */
export function nodeFileAccess(
  folders: readonly string[],
  filter: ArticleFilter,
  logger: Logger,
  maxBytes = MAX_ARTICLE_BYTES,
  named: readonly string[] = [],
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

  return {
    async listArticles() {
      unlisted.clear();
      const out: string[] = named.map(pathToUri);
      for (const folder of folders) await walk(folder, folder, out);
      return [...new Set(out)].sort();
    },
    async readFile(uri) {
      const file = uriToPath(uri);
      if (file === undefined) return undefined;
      const reason = unlisted.get(uri);
      if (reason !== undefined) return reason;
      return readArticleFile(file, maxBytes);
    },
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
 * Reads one article file under the shared policy: lstat first, so links are
 * not followed and pipes and devices are never opened; then open without
 * blocking (a file swapped for a pipe in between cannot hang the run) and
 * check again on the open handle before reading.
 */
export async function readArticleFile(file: string, maxBytes = MAX_ARTICLE_BYTES): Promise<Uint8Array | SkippedFile | undefined> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    const before = await fs.promises.lstat(file);
    const kind = kindOf(before);
    if (kind !== undefined) return { skipped: { kind: 'notRegular', what: kind, opened: false } };
    if (before.size > maxBytes) return { skipped: { kind: 'tooLarge', size: before.size, limit: maxBytes } };
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOFOLLOW);
    const stat = await handle.stat();
    const now = kindOf(stat);
    if (now !== undefined) return { skipped: { kind: 'notRegular', what: now, opened: true } };
    if (stat.size > maxBytes) return { skipped: { kind: 'tooLarge', size: stat.size, limit: maxBytes } };
    return await handle.readFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return { skipped: { kind: 'unreadable', error: readError(error) } };
  } finally {
    await handle?.close();
  }
}
