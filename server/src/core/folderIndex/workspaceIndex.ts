import type { Article, Mention } from '../model';
import { compareDates } from '../calendar';
import { groupBy, keptList } from '../groupBy';
import { FileNumbers, placeOfFile } from './fileNumbers';

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

/**
 * The files that mention one entity, and the entity's key string, which its
 * mentions share. The files are kept by number (see FileNumbers), sorted, with
 * each file's mentions at the same place of a second list: a map from URI to
 * mentions took 38 bytes per file in its hash table, these lists 16.
 */
class Posting {
  private readonly files: number[] = [];
  private readonly mentions: FileMentions[] = [];

  constructor(readonly key: string) {}

  get size(): number {
    return this.files.length;
  }

  /** Where a file is, or would be, among the posting's files. */
  private place(file: number): number {
    return placeOfFile(this.files.length, (k) => this.files[k], file);
  }

  get(file: number): FileMentions | undefined {
    const at = this.place(file);
    return this.files[at] === file ? this.mentions[at] : undefined;
  }

  set(file: number, mentions: FileMentions): void {
    const at = this.place(file);
    if (this.files[at] === file) {
      this.mentions[at] = mentions;
    } else if (at === this.files.length) {
      this.files.push(file);
      this.mentions.push(mentions);
    } else {
      this.files.splice(at, 0, file);
      this.mentions.splice(at, 0, mentions);
    }
  }

  delete(file: number): void {
    const at = this.place(file);
    if (this.files[at] !== file) return;
    this.files.splice(at, 1);
    this.mentions.splice(at, 1);
  }

  /** The files in the order of their numbers, each with its mentions. */
  *entries(): Generator<[number, FileMentions]> {
    for (let k = 0; k < this.files.length; k++) yield [this.files[k], this.mentions[k]];
  }
}

/** A posting's files read as a map from each file's URI to its list of mentions, the list of one made when asked for. */
class MentionsByFile implements ReadonlyMap<string, readonly Mention[]> {
  constructor(
    private readonly posting: Posting,
    private readonly numbers: FileNumbers,
  ) {}

  get size(): number {
    return this.posting.size;
  }

  get(uri: string): readonly Mention[] | undefined {
    const file = this.numbers.find(uri);
    const mentions = file === undefined ? undefined : this.posting.get(file);
    return mentions === undefined ? undefined : listOf(mentions);
  }

  has(uri: string): boolean {
    const file = this.numbers.find(uri);
    return file !== undefined && this.posting.get(file) !== undefined;
  }

  *keys(): MapIterator<string> {
    for (const [file] of this.posting.entries()) yield this.numbers.uriOf(file);
  }

  *values(): MapIterator<readonly Mention[]> {
    for (const [, mentions] of this.posting.entries()) yield listOf(mentions);
  }

  *entries(): MapIterator<[string, readonly Mention[]]> {
    for (const [file, mentions] of this.posting.entries()) yield [this.numbers.uriOf(file), listOf(mentions)];
  }

  [Symbol.iterator](): MapIterator<[string, readonly Mention[]]> {
    return this.entries();
  }

  forEach(callback: (mentions: readonly Mention[], uri: string, map: ReadonlyMap<string, readonly Mention[]>) => void): void {
    for (const [uri, mentions] of this.entries()) callback(mentions, uri, this);
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
  private readonly numbers = new FileNumbers();

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
    const file = this.numbers.numberOf(article.uri);
    const byKey = groupBy(article.mentions, (mention) => mention.key);
    const old = this.articles.get(article.uri);
    // The entities the new text no longer mentions leave their postings. Those it still mentions have the file's entry
    // replaced in place below: taking it out and putting it back would move every later file of a posting twice, and
    // the entities an edited article names most are the ones with the most files.
    if (old) for (const mention of old.mentions) if (!byKey.has(mention.key)) this.unpost(mention.key, file);
    this.articles.set(article.uri, article);
    for (const [key, list] of byKey) {
      let posting = this.postings.get(key);
      if (!posting) {
        posting = new Posting(key);
        this.postings.set(key, posting);
      }
      // A folder names the same entities thousands of times: its mentions share the entity's one key string instead of a copy each.
      for (const mention of list) (mention as { key: string }).key = posting.key;
      posting.set(file, list.length === 1 ? list[0] : keptList(list));
    }
  }

  delete(uri: string): void {
    const old = this.articles.get(uri);
    if (!old) return;
    this.articles.delete(uri);
    const file = this.numbers.numberOf(uri);
    for (const mention of old.mentions) this.unpost(mention.key, file);
  }

  /** Takes a file out of an entity's posting, and the posting out of the index once no file is left in it. */
  private unpost(key: string, file: number): void {
    const posting = this.postings.get(key);
    if (!posting) return;
    posting.delete(file);
    if (posting.size === 0) this.postings.delete(key);
  }

  /** Files that mention the entity, with their mentions in text order. */
  filesOf(key: string): ReadonlyMap<string, readonly Mention[]> {
    const posting = this.postings.get(key);
    return posting ? new MentionsByFile(posting, this.numbers) : NO_FILES;
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
