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

/** An entity's references: how many there are, and the files that hold them. */
export interface References {
  readonly count: number;
  /**
   * Each file with its spans and its text, in URI order, read from the folder
   * when the file is reached: a caller that converts the first few files pays
   * for those alone. Read within one step, the files are the folder of the
   * call; a caller that pauses between files (pages sent one by one) gets the
   * later ones as the folder is then, each file's spans with the text they
   * were found in.
   */
  readonly files: Iterable<FileReferences>;
}

/**
 * Every mention of the entity in every file, files in URI order; without the
 * declaration, the earliest introduction is left out. The count is the
 * digest's, so it costs no walk over the entity's files.
 */
export function referencesByFile(
  { index, orders, digest, earliest }: Snapshot,
  uri: string,
  offset: number,
  includeDeclaration: boolean,
  token: CancellationToken,
): References {
  const target = targetAt(index, uri, offset);
  if (!target) return { count: 0, files: [] };
  const key = target.mention.key;
  const first = includeDeclaration ? undefined : earliest(key);
  throwIfCancelled(token);
  return { count: digest.mentionCount(key) - (first ? 1 : 0), files: filesReferring(index, orders.byUri, key, first) };
}

function* filesReferring(index: WorkspaceIndex, order: ArticleOrder, key: string, left?: { readonly uri: string; readonly mention: Mention }): Generator<FileReferences> {
  for (const [file, mentions] of order.entries(index.filesOf(key))) {
    // The index replaces a file's list and its text together, so both are of the same version of the file; the
    // declaration left out is that version's own mention object, so a later version of its file keeps all of its own.
    const spans = left && file === left.uri ? mentions.filter((m) => m !== left.mention) : mentions;
    const text = index.article(file)?.text;
    if (spans.length > 0 && text !== undefined) yield { uri: file, text, spans };
  }
}

/** Every reference as one list of locations: referencesByFile, flattened. */
export function references(snapshot: Snapshot, uri: string, offset: number, includeDeclaration: boolean, token: CancellationToken): Location[] {
  const locations: Location[] = [];
  for (const file of referencesByFile(snapshot, uri, offset, includeDeclaration, token).files) {
    for (const span of file.spans) locations.push({ uri: file.uri, start: span.start, end: span.end });
  }
  return locations;
}

/** Document highlights: the entity's mentions in this file. */
export function highlights({ index }: Snapshot, uri: string, offset: number, token: CancellationToken): Span[] {
  const target = targetAt(index, uri, offset);
  if (!target) return [];
  throwIfCancelled(token);
  return (index.filesOf(target.mention.key).get(uri) ?? []).map((m) => ({ start: m.start, end: m.end }));
}
