import type { Mention, Span } from '../model';
import { lowerBound } from '../lowerBound';

/**
 * Finding mentions by offset in an article's mentions (sorted by start) by
 * binary search, so that a rule asking about each of thousands of mentions
 * does not read the whole list for each one.
 */

/** The index of the first mention starting at or after `at` (mentions sorted by start). */
export function firstFrom<T extends Span>(mentions: readonly T[], at: number): number {
  return lowerBound(mentions.length, (i) => mentions[i].start < at);
}

/** The mention of `kind` that starts exactly at `at`, if any: mentions of several kinds may start there. */
export function mentionStartingAt<K extends Mention['kind']>(mentions: readonly Mention[], kind: K, at: number): Extract<Mention, { kind: K }> | undefined {
  for (let k = firstFrom(mentions, at); k < mentions.length && mentions[k].start === at; k++) {
    const m = mentions[k];
    if (m.kind === kind) return m as Extract<Mention, { kind: K }>;
  }
  return undefined;
}
