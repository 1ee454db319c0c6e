import type { Article, Mention, Span } from '../model';
import { matchKey } from '../text/source';
import { throwIfCancelled, type CancellationToken } from '../host';
import type { TextEdit } from '../rules/rule';
import type { Snapshot } from '../folderIndex/snapshot';
import { targetAt } from './navigation';

/**
 * Rename (F2) of a person or a document everywhere in the folder: the way
 * to fix a misspelt name or a wrong document code across every article at
 * once. A person's mentions written with the same name are rewritten (an
 * alias is a different way of writing the person and stays); a document's
 * citations have their code rewritten, or their bare number where no code
 * was written, so renaming "138" to "138-QĐ/TW" also completes the code.
 */

export interface RenameTarget extends Span {
  /** The text the rename box starts with. */
  readonly placeholder: string;
}

/** What part of a mention a rename rewrites, in offsets of the article; undefined when it cannot be renamed. */
function renamePart(article: Article, mention: Mention): Span | undefined {
  const data = mention.data;
  if (data.kind === 'person') return { start: mention.start, end: mention.end };
  if (data.kind !== 'document') return undefined;
  const inner = article.text.slice(mention.start, mention.end);
  const written = data.code ?? data.number;
  if (written === undefined) return undefined;
  // The number as a whole word: "số 138" and not the "138" inside a date.
  const at = data.code ? inner.indexOf(data.code) : inner.search(new RegExp(`(?<![\\p{N}])${written}(?![\\p{N}])`, 'u'));
  return at === -1 ? undefined : { start: mention.start + at, end: mention.start + at + written.length };
}

export function prepareRename(snapshot: Snapshot, uri: string, offset: number): RenameTarget | undefined {
  const target = targetAt(snapshot.index, uri, offset);
  if (!target) return undefined;
  const part = renamePart(target.article, target.mention);
  return part && { ...part, placeholder: target.article.text.slice(part.start, part.end) };
}

/** Where the workspace knowledge file names the entity, so the rename keeps it in step. */
export interface KnowledgeName extends Span {
  readonly uri: string;
  readonly text: string;
}

export function rename(
  snapshot: Snapshot,
  uri: string,
  offset: number,
  newName: string,
  token: CancellationToken,
  knowledgeNames: (mention: Mention) => readonly KnowledgeName[] = () => [],
): TextEdit[] {
  const { index } = snapshot;
  const target = targetAt(index, uri, offset);
  const name = newName.replace(/\s+/g, ' ').trim();
  if (!target || name === '') return [];
  const old = prepareRename(snapshot, uri, offset);
  if (!old) return [];
  const oldKey = matchKey(old.placeholder);
  const edits: TextEdit[] = [];
  for (const [file, mentions] of index.filesOf(target.mention.key)) {
    throwIfCancelled(token);
    const article = index.article(file);
    if (!article) continue;
    for (const mention of mentions) {
      if (mention.kind !== target.mention.kind) continue;
      const part = renamePart(article, mention);
      // An alias or a different code of the same entity is left as written.
      if (!part || (mention.kind === 'person' && matchKey(article.text.slice(part.start, part.end)) !== oldKey)) continue;
      edits.push({ uri: file, start: part.start, end: part.end, newText: name });
    }
  }
  for (const entry of knowledgeNames(target.mention)) {
    if (matchKey(entry.text) === oldKey) edits.push({ uri: entry.uri, start: entry.start, end: entry.end, newText: name });
  }
  return edits.sort((a, b) => a.uri.localeCompare(b.uri) || a.start - b.start);
}
