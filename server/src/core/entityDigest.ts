import type { Article } from './model';
import type { ArticleOrder } from './articleOrder';

/** One title of a person across the folder: the files giving it, and the first and last of them in reading order. */
export interface TitleSpan {
  readonly title: string;
  readonly files: number;
  readonly first: string;
  readonly last: string;
}

interface TitleFiles {
  readonly files: Set<string>;
  /** First and last file in reading order, worked out when asked and kept until the set or the order of its files changes. */
  ends?: { first: string; last: string };
}

interface PersonDigest {
  /** Each file giving the person titles, with its distinct titles in text order. */
  readonly filesWithTitles: Map<string, readonly string[]>;
  readonly titles: Map<string, TitleFiles>;
}

/**
 * Per-entity summaries kept in step with the index, so a hover reads a few
 * numbers instead of walking every file that mentions the entity: the number
 * of mentions of each entity, and for each person the titles the articles
 * give them, each with its files. Setting an article only touches what
 * changed between its old and new text, so an ordinary keystroke leaves the
 * summaries as they were.
 */
export class EntityDigest {
  private readonly mentions = new Map<string, number>();
  private readonly people = new Map<string, PersonDigest>();

  constructor(private readonly reading: ArticleOrder) {}

  /** The index took a new text of an article; `old` is the one it replaced. */
  articleSet(old: Article | undefined, article: Article): void {
    if (old) this.count(old, -1);
    this.count(article, 1);
    const before = old ? titlesByPerson(old) : new Map<string, readonly string[]>();
    const after = titlesByPerson(article);
    // An article moved in reading order may now be the first or last of its titles' files.
    const moved = old !== undefined && !samePublication(old, article);
    for (const [key, titles] of before) {
      const now = after.get(key);
      if (!now) this.removeTitles(key, article.uri, titles);
      else if (!sameList(titles, now)) this.removeTitles(key, article.uri, titles.filter((t) => !now.includes(t)));
    }
    for (const [key, titles] of after) {
      const was = before.get(key);
      if (!was || !sameList(was, titles) || moved) this.addTitles(key, article.uri, titles, moved);
    }
  }

  articleDeleted(old: Article): void {
    this.count(old, -1);
    for (const [key, titles] of titlesByPerson(old)) this.removeTitles(key, old.uri, titles);
  }

  /** How many times the folder mentions the entity. */
  mentionCount(key: string): number {
    return this.mentions.get(key) ?? 0;
  }

  /** The files giving the person titles, with their titles; undefined when none does. */
  filesWithTitles(key: string): ReadonlyMap<string, readonly string[]> | undefined {
    return this.people.get(key)?.filesWithTitles;
  }

  /** Each title the articles give the person, with its first and last file in reading order, earliest first. */
  titleSpans(key: string): TitleSpan[] {
    const person = this.people.get(key);
    if (!person) return [];
    const rank = this.reading.ranking();
    const spans: TitleSpan[] = [];
    for (const [title, entry] of person.titles) {
      entry.ends ??= ends(entry.files, rank);
      spans.push({ title, files: entry.files.size, ...entry.ends });
    }
    // Titles first seen in the same article keep the order that article writes them in.
    const written = (span: TitleSpan) => person.filesWithTitles.get(span.first)?.indexOf(span.title) ?? 0;
    return spans.sort((a, b) => rank(a.first) - rank(b.first) || written(a) - written(b));
  }

  private count(article: Article, delta: number): void {
    for (const mention of article.mentions) {
      const count = (this.mentions.get(mention.key) ?? 0) + delta;
      if (count > 0) this.mentions.set(mention.key, count);
      else this.mentions.delete(mention.key);
    }
  }

  private addTitles(key: string, uri: string, titles: readonly string[], moved: boolean): void {
    let person = this.people.get(key);
    if (!person) {
      person = { filesWithTitles: new Map(), titles: new Map() };
      this.people.set(key, person);
    }
    person.filesWithTitles.set(uri, titles);
    for (const title of titles) {
      let entry = person.titles.get(title);
      if (!entry) {
        entry = { files: new Set() };
        person.titles.set(title, entry);
      }
      if (!entry.files.has(uri) || moved) {
        entry.files.add(uri);
        entry.ends = undefined;
      }
    }
  }

  private removeTitles(key: string, uri: string, titles: readonly string[]): void {
    const person = this.people.get(key);
    if (!person) return;
    for (const title of titles) {
      const entry = person.titles.get(title);
      if (!entry?.files.delete(uri)) continue;
      entry.ends = undefined;
      if (entry.files.size === 0) person.titles.delete(title);
    }
    const left = person.filesWithTitles.get(uri)?.filter((t) => !titles.includes(t));
    if (left && left.length > 0) person.filesWithTitles.set(uri, left);
    else person.filesWithTitles.delete(uri);
    if (person.filesWithTitles.size === 0) this.people.delete(key);
  }
}

/** Each person of the article with the distinct titles it gives them, in text order. */
function titlesByPerson(article: Article): Map<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const mention of article.mentions) {
    if (mention.data.kind !== 'person' || mention.data.titles.length === 0) continue;
    let titles = out.get(mention.key);
    if (!titles) {
      titles = [];
      out.set(mention.key, titles);
    }
    for (const t of mention.data.titles) if (!titles.includes(t)) titles.push(t);
  }
  return out;
}

function ends(files: ReadonlySet<string>, rank: (uri: string) => number): { first: string; last: string } {
  let first = '';
  let last = '';
  let low = Infinity;
  let high = -Infinity;
  for (const uri of files) {
    const at = rank(uri);
    if (first === '' || at < low) [first, low] = [uri, at];
    if (last === '' || at > high) [last, high] = [uri, at];
  }
  return { first, last };
}

function samePublication(a: Article, b: Article): boolean {
  const da = a.publication?.date;
  const db = b.publication?.date;
  return da === db || (da !== undefined && db !== undefined && da.year === db.year && da.month === db.month && da.day === db.day);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
