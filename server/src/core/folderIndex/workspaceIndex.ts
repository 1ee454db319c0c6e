import type { Article, Mention } from '../model';
import { compareDates } from '../calendar';
import { groupBy, keptList } from '../groupBy';

/** One mention of an entity, with the file it is in. */
export interface Located {
  readonly uri: string;
  readonly mention: Mention;
}

/**
 * A file's mentions of one entity: the mention itself when there is one, as
 * for most entities in most files, or the list of them in text order. A list
 * of one took 56 bytes beside its mention, and the folder keeps hundreds of
 * thousands of these.
 */
type FileMentions = Mention | readonly Mention[];

function listOf(mentions: FileMentions): readonly Mention[] {
  return isList(mentions) ? mentions : [mentions];
}

function isList(mentions: FileMentions): mentions is readonly Mention[] {
  return Array.isArray(mentions);
}

/** The files that mention one entity, and the entity's key string, which its mentions share. */
interface Posting {
  readonly key: string;
  readonly files: Map<string, FileMentions>;
}

/** A posting's files read as a map from each file to its list of mentions, the list of one made when asked for. */
class MentionsByFile implements ReadonlyMap<string, readonly Mention[]> {
  constructor(private readonly files: ReadonlyMap<string, FileMentions>) {}

  get size(): number {
    return this.files.size;
  }

  get(uri: string): readonly Mention[] | undefined {
    const mentions = this.files.get(uri);
    return mentions === undefined ? undefined : listOf(mentions);
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  keys(): MapIterator<string> {
    return this.files.keys();
  }

  *values(): MapIterator<readonly Mention[]> {
    for (const mentions of this.files.values()) yield listOf(mentions);
  }

  *entries(): MapIterator<[string, readonly Mention[]]> {
    for (const [uri, mentions] of this.files) yield [uri, listOf(mentions)];
  }

  [Symbol.iterator](): MapIterator<[string, readonly Mention[]]> {
    return this.entries();
  }

  forEach(callback: (mentions: readonly Mention[], uri: string, map: ReadonlyMap<string, readonly Mention[]>) => void): void {
    for (const [uri, mentions] of this.files) callback(listOf(mentions), uri, this);
  }
}

const NO_FILES: ReadonlyMap<string, readonly Mention[]> = new Map();

/**
 * The cross-file index: every analysed article, and for each entity key the
 * mentions per file. Replacing one article touches only that article's
 * mentions, so an edit costs time proportional to the edited file.
 */
export class WorkspaceIndex {
  private readonly articles = new Map<string, Article>();
  private readonly postings = new Map<string, Posting>();

  get size(): number {
    return this.articles.size;
  }

  article(uri: string): Article | undefined {
    return this.articles.get(uri);
  }

  allArticles(): IterableIterator<Article> {
    return this.articles.values();
  }

  set(article: Article): void {
    this.delete(article.uri);
    this.articles.set(article.uri, article);
    for (const [key, list] of groupBy(article.mentions, (mention) => mention.key)) {
      let posting = this.postings.get(key);
      if (!posting) {
        posting = { key, files: new Map() };
        this.postings.set(key, posting);
      }
      // A folder names the same entities thousands of times: its mentions share the entity's one key string instead of a copy each.
      for (const mention of list) (mention as { key: string }).key = posting.key;
      posting.files.set(article.uri, list.length === 1 ? list[0] : keptList(list));
    }
  }

  delete(uri: string): void {
    const old = this.articles.get(uri);
    if (!old) return;
    this.articles.delete(uri);
    for (const mention of old.mentions) {
      const posting = this.postings.get(mention.key);
      if (!posting) continue;
      posting.files.delete(uri);
      if (posting.files.size === 0) this.postings.delete(mention.key);
    }
  }

  /** Files that mention the entity, with their mentions in text order. */
  filesOf(key: string): ReadonlyMap<string, readonly Mention[]> {
    const files = this.postings.get(key)?.files;
    return files ? new MentionsByFile(files) : NO_FILES;
  }

  /** Every mention of the entity across the workspace, files in URI order. */
  mentionsOf(key: string): Located[] {
    const out: Located[] = [];
    const byFile = this.filesOf(key);
    for (const uri of [...byFile.keys()].sort()) {
      for (const mention of byFile.get(uri) ?? []) out.push({ uri, mention });
    }
    return out;
  }

  get entityCount(): number {
    return this.postings.size;
  }

  entityKeys(): IterableIterator<string> {
    return this.postings.keys();
  }
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

/** The innermost mention covering an offset (the cursor may sit at its end). */
export function mentionAt(article: Article, offset: number): Mention | undefined {
  let best: Mention | undefined;
  for (const mention of article.mentions) {
    if (mention.start > offset) break;
    if (offset <= mention.end && (!best || mention.end - mention.start < best.end - best.start)) best = mention;
  }
  return best;
}
