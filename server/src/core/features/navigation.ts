import type { Article, Mention, Span } from '../model';
import { compareDates } from '../calendar';
import { throwIfCancelled, type CancellationToken } from '../host';
import { mentionAt, type WorkspaceIndex } from '../workspaceIndex';

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

/** Earliest publication first; articles without a known date last; then by URI. */
export function compareArticles(a: Article | undefined, b: Article | undefined): number {
  const da = a?.publication?.date;
  const db = b?.publication?.date;
  if (da && db) {
    const byDate = compareDates(da, db);
    if (byDate !== 0) return byDate;
  } else if (da || db) {
    return da ? -1 : 1;
  }
  return (a?.uri ?? '').localeCompare(b?.uri ?? '');
}

/**
 * The introductions of an entity, one per article (its first full
 * introduction there), earliest article first. When no article introduces it
 * in full, the first mention in each article stands in.
 */
export function introductions(index: WorkspaceIndex, key: string): Location[] {
  const byFile = index.filesOf(key);
  const uris = [...byFile.keys()].sort((a, b) => compareArticles(index.article(a), index.article(b)));
  const intros: Location[] = [];
  for (const uri of uris) {
    const intro = byFile.get(uri)?.find((m) => m.introduction);
    if (intro) intros.push(locate(uri, intro));
  }
  if (intros.length > 0) return intros;
  return uris.map((uri) => locate(uri, (byFile.get(uri) ?? [])[0]));
}

function locate(uri: string, mention: Mention): Location {
  return { uri, start: mention.start, end: mention.end };
}

/**
 * Go to Definition: the entity's entry in the workspace knowledge file when
 * it has one; else the introductions in every article, the earliest first
 * (F12 jumps to it, Peek lists all).
 */
export function definition(
  index: WorkspaceIndex,
  uri: string,
  offset: number,
  token: CancellationToken,
  knowledgeEntry?: (mention: Mention) => Location | undefined,
): Location[] {
  const target = targetAt(index, uri, offset);
  if (!target) return [];
  throwIfCancelled(token);
  const entry = knowledgeEntry?.(target.mention);
  return entry ? [entry] : introductions(index, target.mention.key);
}

/** Every mention of the entity in every file; without the declaration, the earliest introduction is left out. */
export function references(
  index: WorkspaceIndex,
  uri: string,
  offset: number,
  includeDeclaration: boolean,
  token: CancellationToken,
): Location[] {
  const target = targetAt(index, uri, offset);
  if (!target) return [];
  const all = index.mentionsOf(target.mention.key).map(({ uri: u, mention }) => locate(u, mention));
  throwIfCancelled(token);
  if (includeDeclaration) return all;
  const [first] = introductions(index, target.mention.key);
  return all.filter((l) => !(first && l.uri === first.uri && l.start === first.start));
}

/** Document highlights: the entity's mentions in this file. */
export function highlights(index: WorkspaceIndex, uri: string, offset: number, token: CancellationToken): Span[] {
  const target = targetAt(index, uri, offset);
  if (!target) return [];
  throwIfCancelled(token);
  return (index.filesOf(target.mention.key).get(uri) ?? []).map((m) => ({ start: m.start, end: m.end }));
}
