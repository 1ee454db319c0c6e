import { currentPosts, type Article, type DocumentData } from '../model';
import type { ArticleOrder } from './articleOrder';
import { lowerBound } from '../lowerBound';
import { keptList } from '../groupBy';

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

/**
 * The holders one file names for a title, with the file's publication day (days since 1970, undefined when undated).
 * Most files name one holder, kept as the name itself: a list of one took 56 bytes beside it, and a folder keeps one
 * of these per title and file.
 */
interface HolderFile {
  readonly day: number | undefined;
  readonly names: string | readonly string[];
}

function namesOf(file: HolderFile): readonly string[] {
  return typeof file.names === 'string' ? [file.names] : file.names;
}

interface TitleHolders {
  readonly byFile: Map<string, HolderFile>;
  /** The dated files in order of their day, built when asked and dropped when a file changes. */
  byDay?: { readonly uri: string; readonly day: number; readonly file: HolderFile }[];
}

/** The parts of a citation that another citation of the same document may fill in. */
export const DOCUMENT_FIELDS = ['code', 'number', 'issuer', 'date', 'year', 'term', 'subject'] as const;
export type DocumentFields = Partial<Pick<DocumentData, (typeof DOCUMENT_FIELDS)[number]>>;

type DocumentField = (typeof DOCUMENT_FIELDS)[number];
/** Document fields as they are gathered, one field at a time. */
type FieldsFound = Partial<Record<DocumentField, unknown>>;
/** One value of a document's field, with how many citations in the folder write it. */
interface WrittenValue {
  readonly value: unknown;
  count: number;
}

/** A holder of a title named in a file, for the hover of the title used alone. */
export interface NamedHolder {
  readonly name: string;
  readonly uri: string;
}

interface PersonDigest {
  /** Each file giving the person titles, with its distinct titles in text order. */
  readonly filesWithTitles: Map<string, readonly string[]>;
  readonly titles: Map<string, TitleFiles>;
}

/**
 * Per-entity summaries kept in step with the index, so a hover reads a few
 * numbers instead of walking every file that mentions the entity: the number
 * of mentions of each entity, for each person the titles the articles give
 * them, each with its files, and for each title the holders each file names. Setting an article only touches what
 * changed between its old and new text, so an ordinary keystroke leaves the
 * summaries as they were.
 */
export class EntityDigest {
  private readonly mentions = new Map<string, number>();
  private readonly people = new Map<string, PersonDigest>();
  private readonly holders = new Map<string, TitleHolders>();
  /**
   * Per document, per field, each value its citations write with how many citations write it. A
   * citation is counted in as its file comes and out as it goes, so the hover reads a handful of
   * counters however many files cite the document, and no change leaves anything to work out later.
   */
  private readonly documents = new Map<string, Map<DocumentField, Map<string, WrittenValue>>>();

  constructor(private readonly reading: ArticleOrder) {}

  /** The index took a new text of an article; `old` is the one it replaced. */
  articleSet(old: Article | undefined, article: Article): void {
    if (old) {
      this.countDocuments(old, -1);
      this.count(old, -1);
    }
    this.countDocuments(article, 1);
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
    const heldBefore = old ? holdersByTitle(old) : new Map<string, readonly string[]>();
    const heldAfter = holdersByTitle(article);
    for (const key of heldBefore.keys()) if (!heldAfter.has(key)) this.setHolders(key, article.uri, undefined);
    for (const [key, names] of heldAfter) {
      const was = heldBefore.get(key);
      if (!was || !sameList(was, names) || moved) this.setHolders(key, article.uri, { day: dayOf(article), names: names.length === 1 ? names[0] : names });
    }
  }

  articleDeleted(old: Article): void {
    this.countDocuments(old, -1);
    this.count(old, -1);
    for (const [key, titles] of titlesByPerson(old)) this.removeTitles(key, old.uri, titles);
    for (const key of holdersByTitle(old).keys()) this.setHolders(key, old.uri, undefined);
  }

  /**
   * What the citations of a document write: each field as most of them write it (on a tie, the value
   * the folder wrote first), so one citation with a wrong date does not speak for the document.
   */
  documentFields(key: string): DocumentFields {
    const fields: FieldsFound = {};
    for (const [field, values] of this.documents.get(key) ?? []) {
      let best: WrittenValue | undefined;
      for (const written of values.values()) if (!best || written.count > best.count) best = written;
      if (best) fields[field] = best.value;
    }
    return fields as DocumentFields;
  }

  /**
   * The holders of a title named nearest an article's date: those the
   * article itself names; else those of the files whose date is closest
   * (found by a binary search over the files in order of their day); else,
   * when the article or every such file is undated, every holder named.
   */
  holdersNear(titleKey: string, article: Article): NamedHolder[] {
    const entry = this.holders.get(titleKey);
    if (!entry) return [];
    const own = entry.byFile.get(article.uri);
    if (own) return namesOf(own).map((name) => ({ name, uri: article.uri }));
    const day = dayOf(article);
    entry.byDay ??= [...entry.byFile]
      .flatMap(([uri, file]) => (file.day === undefined ? [] : [{ uri, day: file.day, file }]))
      .sort((a, b) => a.day - b.day);
    const byDay = entry.byDay;
    const out: NamedHolder[] = [];
    const add = (name: string, uri: string) => {
      if (!out.some((h) => h.name === name)) out.push({ name, uri });
    };
    if (day === undefined || byDay.length === 0) {
      for (const [uri, file] of entry.byFile) for (const name of namesOf(file)) add(name, uri);
      return out;
    }
    const lo = lowerBound(byDay.length, (i) => byDay[i].day < day);
    // The nearest files are at lo (the first on or after the day) or just before it, with their equals on either side.
    const distance = Math.min(lo < byDay.length ? byDay[lo].day - day : Infinity, lo > 0 ? day - byDay[lo - 1].day : Infinity);
    let from = lo;
    while (from > 0 && day - byDay[from - 1].day === distance) from--;
    for (let i = from; i < byDay.length && Math.abs(byDay[i].day - day) === distance; i++) {
      for (const name of namesOf(byDay[i].file)) add(name, byDay[i].uri);
    }
    return out;
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

  /** Counts the fields an article's citations write in (delta 1) or out (delta -1). */
  private countDocuments(article: Article, delta: 1 | -1): void {
    for (const mention of article.mentions) {
      if (mention.data.kind !== 'document') continue;
      const data = mention.data;
      let byField = this.documents.get(mention.key);
      for (const field of DOCUMENT_FIELDS) {
        const value = data[field];
        if (value === undefined) continue;
        if (!byField) this.documents.set(mention.key, (byField = new Map()));
        let values = byField.get(field);
        if (!values) byField.set(field, (values = new Map()));
        const key = typeof value === 'object' ? JSON.stringify(value) : String(value);
        const written = values.get(key);
        if (written) written.count += delta;
        else if (delta > 0) values.set(key, { value, count: 1 });
        if (written && written.count <= 0) values.delete(key);
        if (values.size === 0) byField.delete(field);
      }
      if (byField?.size === 0) this.documents.delete(mention.key);
    }
  }

  private setHolders(key: string, uri: string, file: HolderFile | undefined): void {
    let entry = this.holders.get(key);
    if (!entry) {
      if (!file) return;
      entry = { byFile: new Map() };
      this.holders.set(key, entry);
    }
    if (file) entry.byFile.set(uri, file);
    else entry.byFile.delete(uri);
    entry.byDay = undefined;
    if (entry.byFile.size === 0) this.holders.delete(key);
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
    if (mention.kind !== 'person') continue;
    const posts = currentPosts(mention.data);
    if (posts.length === 0) continue;
    let titles = out.get(mention.key);
    if (!titles) {
      titles = [];
      out.set(mention.key, titles);
    }
    for (const t of posts) if (!titles.includes(t)) titles.push(t);
  }
  // The lists are kept in the digest for every file, so at their exact length.
  for (const [key, titles] of out) out.set(key, keptList(titles));
  return out;
}

/** Each title of the article with the distinct holders it names for it, in text order. */
function holdersByTitle(article: Article): Map<string, readonly string[]> {
  const out = new Map<string, string[]>();
  const told = toldOfAnotherYear(article);
  for (const mention of article.mentions) {
    if (mention.data.kind !== 'title' || !mention.data.holder || told.has(mention.start)) continue;
    let names = out.get(mention.key);
    if (!names) {
      names = [];
      out.set(mention.key, names);
    }
    if (!names.includes(mention.data.holder)) names.push(mention.data.holder);
  }
  for (const [key, names] of out) out.set(key, keptList(names));
  return out;
}

/**
 * Where the titles start that a history gives for another year than the article's ("Năm 1956, … ông A -
 * Trưởng Ban …", PersonData.heldIn): they say who held a post then, not at the article's date, which
 * is what the holders of a title are kept for.
 */
function toldOfAnotherYear(article: Article): Set<number> {
  const starts = new Set<number>();
  const year = article.publication?.date.year;
  for (const mention of article.mentions) {
    if (mention.data.kind !== 'person' || mention.data.heldIn === undefined || mention.data.heldIn === year) continue;
    for (const title of mention.data.titles) starts.add(title.start);
  }
  return starts;
}

/** The article's publication day as a day count, so distances between dates are subtractions. */
function dayOf(article: Article): number | undefined {
  const date = article.publication?.date;
  return date && Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
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

