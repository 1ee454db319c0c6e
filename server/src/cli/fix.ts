import * as fs from 'node:fs';
import * as path from 'node:path';
import { type ReportLensService, type TextEdit, decodeArticle, encodeArticle, explain, LineIndex, type Position } from '../core';
import { contentHash, writeFileAtomic } from '../node/atomicWrite';
import { readArticleFile } from '../node/fileAccess';
import { uriToPath } from '../node/uri';
import type { OpenedFolder } from './files';

/**
 * `check --fix`: the safe fixes of the folder, applied until none is left,
 * then written file by file, each write atomic and only over the bytes the
 * fixes were computed from.
 */

/** One edit a fix made, where it stood in the text it was applied to. */
export interface FixChange {
  readonly uri: string;
  readonly rule: string;
  readonly title: string;
  readonly at: Position;
  readonly oldText: string;
  readonly newText: string;
  /** 1 for the first pass; later passes fix what earlier fixes revealed (a word repeated three times, a normalised spelling). */
  readonly pass: number;
}

export interface FixPlan {
  readonly changes: readonly FixChange[];
  /** Each changed file's text before the first pass and after the last. */
  readonly texts: ReadonlyMap<string, { readonly before: string; readonly after: string }>;
  /** Files whose fixes were not applied, with the reason. */
  readonly refused: ReadonlyMap<string, string>;
  /** False when fixes still appeared after the last pass allowed. */
  readonly settled: boolean;
}

/**
 * Passes are bounded: each pass only removes problems, so a handful settles
 * any real article; the bound stops a pair of fixes that undo each other.
 */
const MAX_PASSES = 10;

/**
 * Applies the folder's safe fixes in memory, re-analysing after each pass,
 * until no safe fix remains: one `--fix` reaches the fixed point, and a
 * second one changes nothing. Folder-wide majorities are recounted between
 * passes, as they would be between two runs.
 */
export function planFixes(service: ReportLensService): FixPlan {
  const changes: FixChange[] = [];
  const texts = new Map<string, { before: string; after: string }>();
  const refused = new Map<string, string>();
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const byUri = new Map<string, TextEdit[]>();
    for (const edit of service.fixAll()) {
      if (refused.has(edit.uri)) continue;
      const list = byUri.get(edit.uri);
      if (list) list.push(edit);
      else byUri.set(edit.uri, [edit]);
    }
    if (byUri.size === 0) return { changes, texts, refused, settled: true };
    for (const [uri, edits] of byUri) {
      const article = service.article(uri);
      if (!article) continue;
      if (article.invalidUtf8) {
        // Writing the text back would turn each invalid byte into U+FFFD for good.
        refused.set(uri, service.messages().fix.invalidUtf8);
        continue;
      }
      const causes = service.fixCauses(uri);
      const lines = new LineIndex(article.text);
      for (const e of edits) {
        const cause = causes(e);
        changes.push({ uri, ...cause, at: lines.positionAt(e.start), oldText: article.text.slice(e.start, e.end), newText: e.newText, pass });
      }
      const after = service.applyEdits(article.text, edits);
      texts.set(uri, { before: texts.get(uri)?.before ?? article.text, after });
      service.setText(uri, after, pass);
    }
  }
  return { changes, texts, refused, settled: false };
}

/**
 * Writes the planned texts. A file is written only when it still has the
 * bytes it was read with (same hash), is a regular file inside the folders
 * given (never through a symbolic link), and its encoding can hold the text
 * back unchanged elsewhere (UTF-8 with its BOM kept, or UTF-16 with one).
 * Any other file is left as it is, reported, and re-analysed from disk.
 */
export async function writeFixes(plan: FixPlan, opened: OpenedFolder): Promise<{ written: string[]; refused: Map<string, string> }> {
  const written: string[] = [];
  const refused = new Map(plan.refused);
  const roots = opened.roots.map((root) => fs.realpathSync(root));
  for (const [uri, { after }] of plan.texts) {
    const file = uriToPath(uri);
    const reason = file === undefined ? opened.service.messages().fix.notOnDisk : await writeOne(file, uri, after, opened, roots);
    if (reason === undefined) written.push(uri);
    else refused.set(uri, reason);
  }
  // Refused files go back to what the disk holds, so the report describes them as they are.
  for (const uri of refused.keys()) await opened.service.refreshFile(uri);
  return { written, refused };
}

async function writeOne(file: string, uri: string, text: string, opened: OpenedFolder, roots: readonly string[]): Promise<string | undefined> {
  const m = opened.service.messages();
  let folder: string;
  try {
    folder = fs.realpathSync(path.dirname(file));
  } catch {
    // The file's folder was renamed or removed since the file was read.
    return m.fix.vanished;
  }
  if (!roots.some((root) => folder === root || folder.startsWith(`${root}${path.sep}`))) return m.fix.outside;
  const current = await readArticleFile(file);
  if (current === undefined) return m.fix.vanished;
  if (!(current instanceof Uint8Array)) return explain(m.files.reasons, current.skipped);
  if (contentHash(current) !== opened.readHashes.get(uri)) return m.fix.changed;
  const decoded = decodeArticle(current);
  if (!decoded.ok || decoded.invalid) return m.fix.cannotWriteBack;
  try {
    await writeFileAtomic(file, encodeArticle(text, decoded.encoding, decoded.bom === true));
    return undefined;
  } catch (error) {
    return m.fix.writeFailed((error as Error).message);
  }
}
