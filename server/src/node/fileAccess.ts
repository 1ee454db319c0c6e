import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { FileAccess, Logger } from '../core/host';
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

/**
 * The core's FileAccess over the local disk: lists the article files of the
 * workspace folders and reads their bytes. Oversized files are skipped with a
 * logged reason, and a file that vanished reads as undefined, never as an error.
 */
export function nodeFileAccess(folders: readonly string[], filter: ArticleFilter, logger: Logger, maxBytes = MAX_ARTICLE_BYTES): NodeFileAccess {
  // Dot-folders (.git, .report-lens, .vscode) are not matched by `**` unless a pattern names them.
  const included = picomatch(filter.include.length > 0 ? [...filter.include] : [...DEFAULT_FILTER.include]);
  const excluded = filter.exclude.length > 0 ? picomatch([...filter.exclude]) : () => false;
  const matches = (relative: string) => included(relative) && !excluded(relative);
  const forced = filter.alwaysAnalyse && filter.alwaysAnalyse.length > 0 ? picomatch([...filter.alwaysAnalyse]) : () => false;

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
      logger.warn(`cannot list ${dir}: ${(error as Error).message}`);
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(folder, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        // A folder is pruned when the exclude globs take every file directly inside it (`**/node_modules/**`).
        if (!excluded(`${relative}/\0`)) await walk(folder, full, out);
      } else if (entry.isFile() && matches(relative)) {
        out.push(pathToUri(full));
      }
    }
  }

  return {
    async listArticles() {
      const out: string[] = [];
      for (const folder of folders) await walk(folder, folder, out);
      return [...new Set(out)].sort();
    },
    async readFile(uri) {
      const file = uriToPath(uri);
      if (file === undefined) return undefined;
      let handle: fs.promises.FileHandle | undefined;
      try {
        handle = await fs.promises.open(file, 'r');
        const { size } = await handle.stat();
        if (size > maxBytes) {
          logger.warn(`skipping ${uri}: ${size} bytes is over the ${maxBytes}-byte limit for an article`);
          return undefined;
        }
        return await handle.readFile();
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'EISDIR') logger.warn(`cannot read ${uri}: ${(error as Error).message}`);
        return undefined;
      } finally {
        await handle?.close();
      }
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
