import { lowerBound } from '../lowerBound';
import { FileNumbers, placeOfFile } from './fileNumbers';
import type { Article, Span } from '../model';
import type { Lexicon } from '../lexicon';
import { articleSource } from '../text/articleText';
import type { Source } from '../text/source';
import type { Rule } from '../rules/rule';
import type { PreferredForms } from '../rules/config';

/**
 * Folder-wide counts for the rules whose preferred form is the folder's
 * majority (title-variant, spelling-variant, term-numeral…) or that compare
 * one article with the others (document-conflict, edition-year, name-variant).
 *
 * Each such rule lists an article's contributions: (group, variant, span).
 * The aggregate keeps, per rule, group → variant → file → count, and the
 * contributions of every file, so adding or removing one article costs time
 * proportional to that article, and a request reads a handful of counters.
 */

export interface Contribution extends Span {
  /** What is being counted, e.g. a canonical title or a document identity. */
  readonly group: string;
  /** One way of writing it, e.g. the title as written, or a document's date. */
  readonly variant: string;
  /**
   * How many times the file writes it (1 when left out). A rule that lists
   * many groups per occurrence counts the repeats of one file at once, and
   * the span is then that of the first occurrence.
   */
  readonly times?: number;
  /**
   * Further groups that count this variant with exactly these occurrences, and in which no other contribution
   * counts it (a name's one-letter deletions). They share the group's one count and list of files instead of
   * keeping a copy each: a name with twenty letters would otherwise keep twenty lists of the same files. A
   * variant of a group has the same further groups in every file that writes it (they are worked out from it), so
   * they are linked to its record once, when the record is made.
   */
  readonly alsoIn?: readonly string[];
}

export interface VariantStats {
  /** How often the variant is written in the folder. */
  readonly count: number;
  /** How many files write it. */
  readonly fileCount: number;
}

/** Numbers per entry of `FileCounts.packed`: the file, its count, and the start and end of its first occurrence. */
const ENTRY = 4;

/**
 * Where a variant occurs in each of its files: how often, and the span of
 * its first occurrence there. Each file's four numbers are an entry of one
 * typed array, sorted by file number (see FileNumbers) and found by binary
 * search: 16 bytes per file, where a map from URI to a slot took 38 besides
 * the slot's 12, and an object per file 48.
 */
class FileCounts {
  private packed = new Int32Array(ENTRY * 4);
  /** How many entries are in use, from the start of `packed`. */
  size = 0;

  constructor(first: number, count: number, span: Span) {
    this.set(first, count, span);
  }

  /** The file's entry, or -1 when the variant is not written there. */
  entry(file: number): number {
    const at = this.place(file);
    return at < this.size && this.file(at) === file ? at : -1;
  }

  /** Where a file's entry is, or would be, in the sorted entries. */
  private place(file: number): number {
    return placeOfFile(this.size, (k) => this.packed[ENTRY * k], file);
  }

  file(entry: number): number {
    return this.packed[ENTRY * entry];
  }

  count(entry: number): number {
    return this.packed[ENTRY * entry + 1];
  }

  span(entry: number): Span {
    return { start: this.packed[ENTRY * entry + 2], end: this.packed[ENTRY * entry + 3] };
  }

  addTo(entry: number, times: number): void {
    this.packed[ENTRY * entry + 1] += times;
  }

  /** Gives the file an entry if it has none, and sets its count and span. */
  set(file: number, count: number, span: Span): void {
    const entry = this.place(file);
    if (entry === this.size || this.file(entry) !== file) {
      if (ENTRY * (this.size + 1) > this.packed.length) {
        const grown = new Int32Array(2 * this.packed.length);
        grown.set(this.packed);
        this.packed = grown;
      }
      this.packed.copyWithin(ENTRY * (entry + 1), ENTRY * entry, ENTRY * this.size);
      this.packed[ENTRY * entry] = file;
      this.size++;
    }
    this.packed[ENTRY * entry + 1] = count;
    this.packed[ENTRY * entry + 2] = span.start;
    this.packed[ENTRY * entry + 3] = span.end;
  }

  delete(file: number): void {
    const entry = this.entry(file);
    if (entry < 0) return;
    this.packed.copyWithin(ENTRY * entry, ENTRY * (entry + 1), ENTRY * this.size);
    this.size--;
  }
}

/** No file: the first file of a variant not yet counted anywhere. */
const NO_FILE = -1;

/**
 * A variant's count and the files that write it. Most variants (a name's
 * one-letter deletions above all) occur in one file, so the first file is
 * kept in fields of its own, and the files' counts are made only when a second
 * file writes the variant; they then keep every file.
 */
class Counted implements VariantStats {
  count = 0;
  /** How many files write the variant now (an emptied file, kept in place until purged, does not count). */
  fileCount = 0;
  private file = NO_FILE;
  private inFile = 0;
  private start = 0;
  private end = 0;
  private files: FileCounts | undefined;
  /**
   * The files' URIs in URI order, made when an example is first asked for and kept in order as files come and go:
   * sorting again for each file that comes would make indexing a folder quadratic once examples are asked for during
   * it (a document opened while the folder is read).
   */
  private sorted: string[] | undefined;

  constructor(private readonly numbers: FileNumbers) {}

  /**
   * Counts `times` occurrences in a file; the first ones counted there give the file's span. A file emptied by
   * `emptyFile` and counted again keeps its entry, so re-counting an edited file leaves the sorted list of files
   * (see `example`) as it was.
   */
  addIn(file: number, span: Span, times: number): void {
    this.count += times;
    if (this.files) {
      const entry = this.files.entry(file);
      if (entry < 0) {
        this.files.set(file, times, span);
        if (this.sorted) {
          const uri = this.numbers.uriOf(file);
          this.sorted.splice(this.place(uri), 0, uri);
        }
        this.fileCount++;
      } else if (this.files.count(entry) === 0) {
        this.files.set(file, times, span);
        this.fileCount++;
      } else this.files.addTo(entry, times);
    } else if (this.file === file && this.inFile > 0) {
      this.inFile += times;
    } else if (this.file === NO_FILE || this.file === file) {
      this.file = file;
      this.inFile = times;
      this.start = span.start;
      this.end = span.end;
      this.fileCount++;
    } else {
      this.fileCount++;
      this.files = new FileCounts(this.file, this.inFile, { start: this.start, end: this.end });
      this.files.set(file, times, span);
      this.file = NO_FILE;
      this.sorted = undefined;
    }
  }

  /** Where a URI stands, or would stand, in the sorted list of files. */
  private place(uri: string): number {
    const sorted = this.sorted as string[];
    return lowerBound(sorted.length, (i) => sorted[i] < uri);
  }

  /** Takes a file's occurrences off the count, keeping its place until `purgeFile`. */
  emptyFile(file: number, times: number): void {
    this.count -= times;
    const entry = this.files ? this.files.entry(file) : -1;
    if (this.files && entry >= 0) {
      if (this.files.count(entry) > 0) this.fileCount--;
      this.files.addTo(entry, -this.files.count(entry));
    } else if (this.file === file) {
      if (this.inFile > 0) this.fileCount--;
      this.inFile = 0;
    }
  }

  /** Forgets a file that was emptied and not counted again. */
  purgeFile(file: number): void {
    const entry = this.files ? this.files.entry(file) : -1;
    if (this.files && entry >= 0) {
      if (this.files.count(entry) > 0) return;
      this.files.delete(file);
      this.sorted?.splice(this.place(this.numbers.uriOf(file)), 1);
    } else if (this.file === file && this.inFile === 0) this.file = NO_FILE;
  }

  /**
   * The occurrence in the first file by URI that is not `preferNot` (or in
   * `preferNot` when no other file writes the variant). The order of URIs,
   * not the order counted, chooses, so the example depends only on what the
   * folder holds, never on the order it was indexed and edited in. The
   * sorted list is kept in order as files come and go; a file being re-counted
   * (emptied, then counted again) keeps its entry, so editing a file does
   * not sort the variant's files again.
   */
  example(preferNot: string | undefined): Occurrence | undefined {
    const files = this.files;
    if (!files) return this.file === NO_FILE || this.inFile === 0 ? undefined : { uri: this.numbers.uriOf(this.file), start: this.start, end: this.end };
    this.sorted ??= [...this.fileUris()].sort();
    let fallback = -1;
    let fallbackUri = '';
    for (const uri of this.sorted) {
      const entry = files.entry(this.numbers.numberOf(uri));
      if (files.count(entry) === 0) continue;
      if (uri !== preferNot) return { uri, ...files.span(entry) };
      fallback = entry;
      fallbackUri = uri;
    }
    return fallback < 0 ? undefined : { uri: fallbackUri, ...files.span(fallback) };
  }

  /** The files that write the variant (a file being re-counted among them with no occurrences, until it is purged). */
  *fileUris(): Iterable<string> {
    const { files } = this;
    if (!files) {
      if (this.file !== NO_FILE) yield this.numbers.uriOf(this.file);
      return;
    }
    for (let entry = 0; entry < files.size; entry++) yield this.numbers.uriOf(files.file(entry));
  }
}

/** A variant seen somewhere in the folder. */
export interface Occurrence extends Span {
  readonly uri: string;
}

export interface Tally {
  /** The variants of a group with their counts (empty when the group is unknown). */
  variants(group: string): ReadonlyMap<string, VariantStats>;
  /** The variant more files write than any other, then the one written more often; undefined on a tie. */
  majority(group: string): string | undefined;
  /** One occurrence of a variant, in another file than `preferNot` when there is one. */
  example(group: string, variant: string, preferNot?: string): Occurrence | undefined;
  /**
   * Grows with every change of the counts: what a rule works out from the tally alone (not from an
   * article) holds for every article until it grows, and may be kept for the next one.
   */
  readonly generation: number;
}

class CountingTally implements Tally {
  private readonly groups = new Map<string, Map<string, Counted>>();
  generation = 0;

  constructor(private readonly numbers: FileNumbers) {}

  add(file: number, contributions: readonly Contribution[]): void {
    this.generation++;
    for (const c of contributions) {
      const variants = this.groupOf(c.group);
      let stats = variants.get(c.variant);
      if (!stats) {
        variants.set(c.variant, (stats = new Counted(this.numbers)));
        // A group sharing the count holds the same record: counting it once counts it in every group. The record is
        // shared when it is made: a variant has the same further groups in every file (a name's deletions are the
        // name's), and `purge` forgets the record in all of them at once, so a record found is shared already.
        for (const group of c.alsoIn ?? []) {
          const shared = this.groupOf(group);
          if (!shared.has(c.variant)) shared.set(c.variant, stats);
        }
      }
      stats.addIn(file, c, c.times ?? 1);
    }
  }

  private groupOf(group: string): Map<string, Counted> {
    let variants = this.groups.get(group);
    if (!variants) this.groups.set(group, (variants = new Map()));
    return variants;
  }

  /** Takes a file's contributions off the counts; `purge` then forgets what the file did not contribute again. */
  remove(file: number, contributions: readonly Contribution[]): void {
    this.generation++;
    for (const c of contributions) this.groups.get(c.group)?.get(c.variant)?.emptyFile(file, c.times ?? 1);
  }

  purge(file: number, contributions: readonly Contribution[]): void {
    this.generation++;
    for (const c of contributions) {
      const stats = this.groups.get(c.group)?.get(c.variant);
      if (!stats) continue;
      stats.purgeFile(file);
      if (stats.count > 0) continue;
      for (const group of [c.group, ...(c.alsoIn ?? [])]) {
        const variants = this.groups.get(group);
        variants?.delete(c.variant);
        if (variants?.size === 0) this.groups.delete(group);
      }
    }
  }

  variants(group: string): ReadonlyMap<string, Counted> {
    return this.groups.get(group) ?? EMPTY;
  }

  majority(group: string): string | undefined {
    // Written by more files, then more often: one article that repeats a form does not outvote several that do not.
    let best: Counted | undefined;
    let bestVariant: string | undefined;
    let tied = false;
    for (const [variant, stats] of this.variants(group)) {
      const order = best === undefined ? 1 : stats.fileCount - best.fileCount || stats.count - best.count;
      if (order > 0) {
        best = stats;
        bestVariant = variant;
        tied = false;
      } else if (order === 0) {
        tied = true;
      }
    }
    return tied || best === undefined || best.count === 0 ? undefined : bestVariant;
  }

  example(group: string, variant: string, preferNot?: string): Occurrence | undefined {
    return this.variants(group).get(variant)?.example(preferNot);
  }
}

const EMPTY: ReadonlyMap<string, Counted> = new Map();

/** The tallies of every folder-wide rule, kept in step with the workspace index. */
export class WorkspaceAggregates {
  private readonly tallies = new Map<string, CountingTally>();
  private readonly numbers = new FileNumbers();
  private readonly folderRules: readonly Rule[];
  /**
   * Per file: the article counted. Its contributions are not kept: they are
   * many small objects (a name has a group per one-letter deletion), and the
   * rules list them again from the article, the same each time.
   */
  private readonly counted = new Map<string, Article>();
  private readonly stale = new Set<string>();
  /**
   * True until the stale files are first taken: every file counted is stale
   * then, so no change of a group's shape can add to them, and indexing a
   * folder skips looking for such changes.
   */
  private everyFileStale = true;
  /** The forms the configuration prefers, which some rules' readings depend on (see `Rule.readsOf`). */
  private preferred: PreferredForms = {};

  constructor(
    readonly lexicon: Lexicon,
    rules: readonly Rule[],
  ) {
    this.folderRules = rules.filter((r) => r.contribute);
    for (const rule of this.folderRules) this.tallies.set(rule.id, new CountingTally(this.numbers));
  }

  /**
   * The configuration's preferred forms, for the readings of the groups an edit touches. Every file is
   * republished when the configuration changes, so a reading never compares two configurations.
   */
  prefer(preferred: PreferredForms): void {
    this.preferred = preferred;
  }

  /** Counts an article, replacing what its previous version contributed. */
  set(article: Article): void {
    const byRule = this.contributionsOf(article);
    this.replace(article.uri, byRule, () => {
      const file = this.numbers.numberOf(article.uri);
      for (const [id, contributions] of byRule) this.tallies.get(id)?.add(file, contributions);
      this.counted.set(article.uri, article);
    });
  }

  delete(uri: string): void {
    this.replace(uri, new Map(), () => undefined);
  }

  /**
   * Files whose findings may have changed since the last call: the files
   * changed themselves, and every file of a group whose majority or set of
   * variants changed with them. The language server republishes just these.
   */
  takeStale(): string[] {
    const stale = [...this.stale];
    this.stale.clear();
    this.everyFileStale = false;
    return stale;
  }

  /**
   * A folder is being indexed: every file counted so far, and every file counted until the stale files are next
   * taken, is stale, so no group needs watching for changes meanwhile (watching them for each article entering the
   * index would cost as much as the index itself).
   */
  markEveryFileStale(): void {
    this.everyFileStale = true;
    for (const uri of this.counted.keys()) this.stale.add(uri);
  }

  /** Removes a file's old contributions and runs `add`, noting the files whose groups changed for them. */
  private replace(uri: string, incoming: ReadonlyMap<string, Contribution[]>, add: () => void): void {
    const counted = this.counted.get(uri);
    const old = counted && this.contributionsOf(counted);
    const touched = this.everyFileStale ? [] : this.touchedGroups(old, incoming);
    // A file never counted has no old contributions and needs no number.
    const file = old ? this.numbers.numberOf(uri) : NO_FILE;
    if (old) for (const [id, contributions] of old) this.tallies.get(id)?.remove(file, contributions);
    this.counted.delete(uri);
    add();
    if (old) for (const [id, contributions] of old) this.tallies.get(id)?.purge(file, contributions);
    this.stale.add(uri);
    for (const group of touched) group.noteChanged(this.stale);
  }

  /**
   * The groups whose counts a file's new contributions change from its old ones, and the groups whose files read them,
   * each with what its files read before the change. What a file reads of the tally depends on the counts and on which
   * files write each variant, never on where in them, so a group in which the file writes each variant as often as
   * before is unchanged for every reader: typing outside the words a rule counts touches no group at all.
   */
  private touchedGroups(old: ReadonlyMap<string, Contribution[]> | undefined, incoming: ReadonlyMap<string, Contribution[]>): TouchedGroup[] {
    const touched: TouchedGroup[] = [];
    for (const [id, tally] of this.tallies) {
      const rule = this.folderRules.find((r) => r.id === id);
      const readsOf = rule?.readsOf;
      const groups = new Map<string, TouchedGroup>();
      const touch = (key: string): TouchedGroup => {
        let group = groups.get(key);
        if (!group) {
          group = readsOf ? new ReadGroup(tally, key, (t, g) => readsOf(t, g, this.preferred)) : new ShapedGroup(tally, key);
          groups.set(key, group);
          touched.push(group);
        }
        return group;
      };
      for (const changed of changedCounts(old?.get(id) ?? [], incoming.get(id) ?? [])) {
        for (const key of changed.alsoIn ? [changed.group, ...changed.alsoIn] : [changed.group]) {
          touch(key).written?.(changed.variant);
          for (const reader of rule?.readersOf?.(key) ?? []) touch(reader);
        }
      }
    }
    return touched;
  }

  tally(ruleId: string): Tally {
    return this.tallies.get(ruleId) ?? EMPTY_TALLY;
  }

  /** The article's contributions to one rule, listed from the matching source the caller made of it (linting makes one for all rules). */
  own(ruleId: string, article: Article, source: Source): readonly Contribution[] {
    const rule = this.folderRules.find((r) => r.id === ruleId);
    return rule?.contribute?.(article, source, this.lexicon) ?? [];
  }

  private contributionsOf(article: Article): Map<string, Contribution[]> {
    const byRule = new Map<string, Contribution[]>();
    if (this.folderRules.length === 0) return byRule;
    const source = articleSource(article);
    for (const rule of this.folderRules) byRule.set(rule.id, rule.contribute?.(article, source, this.lexicon) ?? []);
    return byRule;
  }
}

const EMPTY_TALLY: Tally = new CountingTally(new FileNumbers());

/**
 * The contributions (one per group and variant) whose number of occurrences in a file differs between its old and
 * its new contributions, old or new. The groups sharing a count (`alsoIn`) change with it and are not compared.
 */
function changedCounts(old: readonly Contribution[], incoming: readonly Contribution[]): Contribution[] {
  const times = new Map<string, { contribution: Contribution; difference: number }>();
  const count = (contributions: readonly Contribution[], sign: number) => {
    for (const c of contributions) {
      const key = `${c.group}\u0000${c.variant}`;
      const counted = times.get(key);
      if (counted) counted.difference += sign * (c.times ?? 1);
      else times.set(key, { contribution: c, difference: sign * (c.times ?? 1) });
    }
  };
  count(old, -1);
  count(incoming, 1);
  return [...times.values()].filter((t) => t.difference !== 0).map((t) => t.contribution);
}

/** A group a changed file writes in, taken before the change; after it, it adds the files the change affects. */
interface TouchedGroup {
  /** The changed file writes this variant of the group (before or after the change); a group that compares every variant ignores it. */
  written?(variant: string): void;
  noteChanged(stale: Set<string>): void;
}

/**
 * A group of a rule that says what each variant's files read: the reading of
 * every variant is taken before the change and compared after it, and only
 * the files of a variant whose reading changed are affected. A group has a
 * few variants and may have thousands of files, so this costs the variants.
 */
class ReadGroup implements TouchedGroup {
  private readonly before = new Map<string, string>();

  constructor(
    private readonly tally: CountingTally,
    private readonly group: string,
    private readonly readsOf: (tally: Tally, group: string) => (variant: string) => string,
  ) {
    const read = readsOf(tally, group);
    for (const variant of tally.variants(group).keys()) this.before.set(variant, read(variant));
  }

  noteChanged(stale: Set<string>): void {
    const read = this.readsOf(this.tally, this.group);
    for (const [variant, stats] of this.tally.variants(this.group)) {
      if (this.before.get(variant) === read(variant)) continue;
      for (const file of stats.fileUris()) stale.add(file);
    }
  }
}

/**
 * A group of a rule that does not say what its files read: its shape (its
 * majority, its set of variants, and the first two files of each variant the
 * changed file writes, in which other files find their examples) is
 * compared, and when it changed, every file of the group is affected. Only
 * the variants the changed file writes can appear, vanish or be reordered, so
 * those alone are compared: reading every variant of a large group for each
 * file indexed would make indexing quadratic.
 */
class ShapedGroup implements TouchedGroup {
  private readonly majority: string;
  private readonly variants: string[] = [];
  private readonly had: string[] = [];

  constructor(
    private readonly tally: CountingTally,
    private readonly group: string,
  ) {
    this.majority = tally.majority(group) ?? '';
  }

  written(variant: string): void {
    // A file writes few variants of a group, so a list is searched faster than a map is built.
    if (this.variants.includes(variant)) return;
    this.variants.push(variant);
    this.had.push(firstFiles(this.tally, this.group, variant));
  }

  noteChanged(stale: Set<string>): void {
    const same = (this.tally.majority(this.group) ?? '') === this.majority && this.variants.every((variant, k) => firstFiles(this.tally, this.group, variant) === this.had[k]);
    // A variant that disappeared was the changed file's own, so the files still listed are all the others affected.
    if (same) return;
    for (const stats of this.tally.variants(this.group).values()) for (const file of stats.fileUris()) stale.add(file);
  }
}

/**
 * The first two files writing a variant of a group (empty when the folder writes it nowhere): every file's example of
 * it is in one of them (the first, or the second for the first file itself). Their offsets are left out: typing in the
 * first file would otherwise re-check every file reading the example at each keystroke, for an example whose place
 * moved by a few characters. For a rule's `readsOf` and for the groups of rules without one.
 */
export function firstFiles(tally: Tally, group: string, variant: string): string {
  const first = tally.example(group, variant)?.uri;
  return first === undefined ? '' : `${first} ${tally.example(group, variant, first)?.uri}`;
}

/**
 * The reading of a group whose files are told only when they write another variant than the preferred one (the
 * group's majority unless given), with an example of the preferred one from another file: the preferred variant's own
 * files read nothing, the others read which variant is preferred and its first two files. For a rule's `readsOf`.
 */
export function readsPreferred(tally: Tally, group: string, preferred = tally.majority(group)): (variant: string) => string {
  if (preferred === undefined) return () => '';
  const reading = `${preferred}\n${firstFiles(tally, group, preferred)}`;
  return (variant) => (variant === preferred ? '' : reading);
}
