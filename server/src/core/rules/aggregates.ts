import type { Article, Span } from '../model';
import type { Lexicon } from '../lexicon';
import { createSource } from '../text/source';
import type { Rule } from './rule';

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
}

/** Where a variant occurs in one file: how often, and its first occurrence. */
export interface FileCount {
  count: number;
  readonly first: Span;
}

export interface VariantStats {
  count: number;
  readonly files: Map<string, FileCount>;
}

/** A variant seen somewhere in the folder. */
export interface Occurrence extends Span {
  readonly uri: string;
}

export interface Tally {
  /** The variants of a group with their counts (empty when the group is unknown). */
  variants(group: string): ReadonlyMap<string, VariantStats>;
  /** The variant written more often than any other, or undefined on a tie. */
  majority(group: string): string | undefined;
  /** One occurrence of a variant, in another file than `preferNot` when there is one. */
  example(group: string, variant: string, preferNot?: string): Occurrence | undefined;
}

class CountingTally implements Tally {
  private readonly groups = new Map<string, Map<string, VariantStats>>();

  add(uri: string, contributions: readonly Contribution[]): void {
    for (const c of contributions) {
      let variants = this.groups.get(c.group);
      if (!variants) this.groups.set(c.group, (variants = new Map()));
      let stats = variants.get(c.variant);
      if (!stats) variants.set(c.variant, (stats = { count: 0, files: new Map() }));
      stats.count++;
      const inFile = stats.files.get(uri);
      if (inFile) inFile.count++;
      else stats.files.set(uri, { count: 1, first: { start: c.start, end: c.end } });
    }
  }

  remove(uri: string, contributions: readonly Contribution[]): void {
    for (const c of contributions) {
      const variants = this.groups.get(c.group);
      const stats = variants?.get(c.variant);
      if (!variants || !stats) continue;
      stats.count--;
      // Every contribution of the file goes at once, so the file's entry goes too.
      stats.files.delete(uri);
      if (stats.count <= 0) variants.delete(c.variant);
      if (variants.size === 0) this.groups.delete(c.group);
    }
  }

  variants(group: string): ReadonlyMap<string, VariantStats> {
    return this.groups.get(group) ?? EMPTY;
  }

  /** What other files' findings depend on: the majority and which variants exist (not their exact counts). */
  shape(group: string): string {
    return `${this.majority(group) ?? ''}\u0000${[...this.variants(group).keys()].sort().join('\u0000')}`;
  }

  majority(group: string): string | undefined {
    let best: string | undefined;
    let bestCount = 0;
    let tied = false;
    for (const [variant, stats] of this.variants(group)) {
      if (stats.count > bestCount) {
        best = variant;
        bestCount = stats.count;
        tied = false;
      } else if (stats.count === bestCount) {
        tied = true;
      }
    }
    return tied ? undefined : best;
  }

  example(group: string, variant: string, preferNot?: string): Occurrence | undefined {
    const files = this.variants(group).get(variant)?.files;
    if (!files) return undefined;
    // The first file counted that is not `preferNot`: constant time, however many files share the variant.
    let fallback: Occurrence | undefined;
    for (const [uri, count] of files) {
      if (uri !== preferNot) return { uri, ...count.first };
      fallback = { uri, ...count.first };
    }
    return fallback;
  }
}

const EMPTY: ReadonlyMap<string, VariantStats> = new Map();

/** The tallies of every folder-wide rule, kept in step with the workspace index. */
export class WorkspaceAggregates {
  private readonly tallies = new Map<string, CountingTally>();
  private readonly folderRules: readonly Rule[];
  /** Per file: the article counted, and its contributions per rule. */
  private readonly counted = new Map<string, { article: Article; byRule: Map<string, Contribution[]> }>();
  private readonly stale = new Set<string>();

  constructor(
    readonly lexicon: Lexicon,
    rules: readonly Rule[],
  ) {
    this.folderRules = rules.filter((r) => r.contribute);
    for (const rule of this.folderRules) this.tallies.set(rule.id, new CountingTally());
  }

  /** Counts an article, replacing what its previous version contributed. */
  set(article: Article): void {
    const byRule = this.contributionsOf(article);
    this.replace(article.uri, byRule, () => {
      for (const [id, contributions] of byRule) this.tallies.get(id)?.add(article.uri, contributions);
      this.counted.set(article.uri, { article, byRule });
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
    return stale;
  }

  /** Removes a file's old contributions and runs `add`, noting the files whose groups changed shape. */
  private replace(uri: string, incoming: ReadonlyMap<string, Contribution[]>, add: () => void): void {
    const old = this.counted.get(uri);
    const touched: [CountingTally, string][] = [];
    for (const byRule of [old?.byRule, incoming]) {
      for (const [id, contributions] of byRule ?? []) {
        const tally = this.tallies.get(id);
        if (tally) for (const group of new Set(contributions.map((c) => c.group))) touched.push([tally, group]);
      }
    }
    const before = touched.map(([tally, group]) => tally.shape(group));
    if (old) for (const [id, contributions] of old.byRule) this.tallies.get(id)?.remove(uri, contributions);
    this.counted.delete(uri);
    add();
    this.stale.add(uri);
    touched.forEach(([tally, group], i) => {
      // A variant that disappeared was the changed file's own, so the files still listed are all the others affected.
      if (tally.shape(group) === before[i]) return;
      for (const stats of tally.variants(group).values()) for (const file of stats.files.keys()) this.stale.add(file);
    });
  }

  tally(ruleId: string): Tally {
    return this.tallies.get(ruleId) ?? EMPTY_TALLY;
  }

  /** The article's contributions to one rule: the counted ones when this very article was counted. */
  own(ruleId: string, article: Article): readonly Contribution[] {
    const counted = this.counted.get(article.uri);
    if (counted?.article === article) return counted.byRule.get(ruleId) ?? [];
    const rule = this.folderRules.find((r) => r.id === ruleId);
    return rule?.contribute?.(article, createSource(article.text), this.lexicon) ?? [];
  }

  private contributionsOf(article: Article): Map<string, Contribution[]> {
    const byRule = new Map<string, Contribution[]>();
    if (this.folderRules.length === 0) return byRule;
    const source = createSource(article.text);
    for (const rule of this.folderRules) byRule.set(rule.id, rule.contribute?.(article, source, this.lexicon) ?? []);
    return byRule;
  }
}

const EMPTY_TALLY: Tally = new CountingTally();
