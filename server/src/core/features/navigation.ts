import type { Article, Mention, Span } from '../model';
import { throwIfCancelled, type CancellationToken } from '../host';
import { mentionAt, type WorkspaceIndex } from '../folderIndex/workspaceIndex';
import type { ArticleOrder } from '../folderIndex/articleOrder';
import type { Snapshot } from '../folderIndex/snapshot';

export interface Location extends Span {
  readonly uri: string;
}

/** The mention under the cursor, with its article; undefined when there is none. */
export function targetAt(index: WorkspaceIndex, uri: string, offset: number): { article: Article; mention: Mention } | undefined {
  const article = index.article(uri);
  if (!article) return undefined;
  const mention = mentionAt(article, offset);
  return mention ? { article, mention } : undefined;
}

/**
 * The introductions of an entity, one per article (its first full
 * introduction there), earliest article first. When no article introduces it
 * in full, the first mention in each article stands in.
 */
export function introductions(index: WorkspaceIndex, reading: ArticleOrder, key: string): Location[] {
  const intros: Location[] = [];
  const firsts: Location[] = [];
  reading.forEach(index.filesOf(key), (uri, mentions) => {
    const intro = firstIntroduction(mentions);
    if (intro) intros.push(locate(uri, intro));
    else if (intros.length === 0 && mentions.length > 0) firsts.push(locate(uri, mentions[0]));
  });
  return intros.length > 0 ? intros : firsts;
}

function firstIntroduction(mentions: readonly Mention[]): Mention | undefined {
  for (const mention of mentions) if (mention.introduction) return mention;
  return undefined;
}

export function locate(uri: string, mention: Mention): Location {
  return { uri, start: mention.start, end: mention.end };
}

/**
 * Go to Definition: the entity's entry in the workspace knowledge file when
 * it has one; else, with `all`, the introductions in every article, the
 * earliest first (Peek lists all), or only the earliest (F12 jumps to it),
 * read from the snapshot's table without walking the entity's files.
 */
export function definition(
  snapshot: Snapshot,
  uri: string,
  offset: number,
  token: CancellationToken,
  all: boolean,
  knowledgeEntry?: (mention: Mention) => Location | undefined,
): Location[] {
  const { index, orders } = snapshot;
  const target = targetAt(index, uri, offset);
  if (!target) return [];
  throwIfCancelled(token);
  const entry = knowledgeEntry?.(target.mention);
  if (entry) return [entry];
  if (all) return introductions(index, orders.reading, target.mention.key);
  const first = snapshot.earliest(target.mention.key);
  return first ? [locate(first.uri, first.mention)] : [];
}

/** An entity's mentions in one file, with the text of the file their offsets are in. */
export interface FileReferences {
  readonly uri: string;
  readonly text: string;
  readonly spans: readonly Span[];
}

/**
 * Every mention of the entity in every file, files in URI order, each file
 * with its text; without the declaration, the earliest introduction is left
 * out. The spans are the index's own lists, kept as they are until the file
 * changes, so the answer stays the folder as of this call however long its
 * caller takes to convert and send it.
 */
export function referencesByFile(
  { index, orders, earliest }: Snapshot,
  uri: string,
  offset: number,
  includeDeclaration: boolean,
  token: CancellationToken,
): FileReferences[] {
  const target = targetAt(index, uri, offset);
  if (!target) return [];
  const key = target.mention.key;
  const byFile = index.filesOf(key);
  const first = includeDeclaration ? undefined : earliest(key);
  throwIfCancelled(token);
  const files: FileReferences[] = [];
  orders.byUri.forEach(byFile, (file, mentions) => {
    const spans = first && file === first.uri ? mentions.filter((m) => m.start !== first.mention.start) : mentions;
    const text = index.article(file)?.text;
    if (spans.length > 0 && text !== undefined) files.push({ uri: file, text, spans });
  });
  return files;
}

/** Every reference as one list of locations: referencesByFile, flattened. */
export function references(snapshot: Snapshot, uri: string, offset: number, includeDeclaration: boolean, token: CancellationToken): Location[] {
  return referencesByFile(snapshot, uri, offset, includeDeclaration, token).flatMap((file) => file.spans.map((span) => ({ uri: file.uri, start: span.start, end: span.end })));
}

/** Document highlights: the entity's mentions in this file. */
export function highlights({ index }: Snapshot, uri: string, offset: number, token: CancellationToken): Span[] {
  const target = targetAt(index, uri, offset);
  if (!target) return [];
  throwIfCancelled(token);
  return (index.filesOf(target.mention.key).get(uri) ?? []).map((m) => ({ start: m.start, end: m.end }));
}
