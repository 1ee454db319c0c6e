import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import type { WriteRefusal } from '../core/fileReason';

/**
 * Export files are outputs, but they land among the user's own files, so
 * they never replace a file the tool did not write. Brat .ann files carry a
 * mark: a first annotator note, `#0 AnnotatorNotes T… Report Lens export`,
 * which brat shows on the first annotation and any brat reader accepts.
 */

const MARK_TEXT = 'Report Lens export (rewritten by each export; delete this line to keep the file as yours)';
const MARK = /^#0\tAnnotatorNotes T\d+\tReport Lens export\b/;

/** A brat .ann with the tool's mark on its first annotation (an empty file needs none: it holds nothing to lose). */
export function markedAnn(content: string): string {
  const first = /^(T\d+)\t/m.exec(content);
  return first ? `#0\tAnnotatorNotes ${first[1]}\t${MARK_TEXT}\n${content}` : content;
}

/**
 * Writes an export file atomically. An existing file is replaced only when
 * `mayReplace` says its current content is the tool's; otherwise the reason
 * is returned and nothing is written.
 */
export async function writeExport(file: string, content: string, mayReplace: (existing: string) => boolean): Promise<WriteRefusal | undefined> {
  let existing: string | undefined;
  try {
    const stat = await fs.promises.lstat(file);
    if (!stat.isFile()) return { kind: 'notRegular' };
    existing = await fs.promises.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { kind: 'unreadable', error: (error as Error).message };
  }
  if (existing !== undefined && !mayReplace(existing)) return { kind: 'notOurs' };
  try {
    await writeFileAtomic(file, content);
    return undefined;
  } catch (error) {
    // A missing folder fails the atomic write on its temporary file, whose path would mean nothing to the user.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !(await isFolder(path.dirname(file)))) return { kind: 'noFolder' };
    return { kind: 'writeFailed', error: (error as Error).message };
  }
}

async function isFolder(dir: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** Whether an existing .ann is the tool's own: empty, or carrying the mark. */
export function isToolAnn(existing: string): boolean {
  return existing.trim() === '' || MARK.test(existing);
}
