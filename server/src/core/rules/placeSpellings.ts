import type { Source } from '../text/source';
import type { Contribution, Tally } from '../folderIndex/aggregates';
import type { Lexicon } from '../lexicon';
import type { Problem } from './rule';
import type { SpellingVariantMessages } from '../messages/catalogue';
import { minorityFormProblems } from './minorityForms';
import { escapeRegExp } from '../text/regExp';

/**
 * The place-name part of spelling-variant: a province the press writes
 * several ways ("Đắk Lắk", "Đăk Lăk", "Đắc Lắc"; data/organizations.json)
 * should be written one way in one folder. Each spelling an article writes
 * is counted across the folder, and an article writing a less usual one is
 * reported with a safe fix to the usual one. Only the spellings as the data
 * writes them are read (capitalised): a headline in capitals is left alone,
 * since the fix would change its case.
 */

const GROUP = 'place ';

/** One expression per lexicon, over every spelling of every name, the longest first. */
const patterns = new WeakMap<Lexicon, { readonly pattern: RegExp; readonly placeOf: ReadonlyMap<string, string> }>();

function patternOf(lexicon: Lexicon): { readonly pattern: RegExp; readonly placeOf: ReadonlyMap<string, string> } | undefined {
  if (lexicon.placeSpellings.length === 0) return undefined;
  let found = patterns.get(lexicon);
  if (!found) {
    const placeOf = new Map<string, string>();
    for (const spellings of lexicon.placeSpellings) for (const spelling of spellings) placeOf.set(spelling.normalize('NFC'), spellings[0]);
    const alternatives = [...placeOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    found = { pattern: new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}])`, 'gu'), placeOf };
    patterns.set(lexicon, found);
  }
  return found;
}

/** The article's spellings of such places: group (the place) and the spelling written, in original offsets. */
export function placeContributions(source: Source, lexicon: Lexicon): Contribution[] {
  const found = patternOf(lexicon);
  if (!found) return [];
  const out: Contribution[] = [];
  for (const m of source.norm.matchAll(found.pattern)) {
    out.push({
      group: `${GROUP}${found.placeOf.get(m[0]) as string}`,
      variant: m[0],
      start: source.toOriginal(m.index),
      end: source.toOriginal(m.index + m[0].length),
    });
  }
  return out;
}

/** A group of a place name's spellings (of all spelling-variant's groups). */
export function isPlaceGroup(group: string): boolean {
  return group.startsWith(GROUP);
}

/** The findings for an article's place names written in the folder's less usual spelling. */
export function placeProblems(uri: string, text: string, own: readonly Contribution[], tally: Tally, messages: SpellingVariantMessages): Problem[] {
  return minorityFormProblems(uri, text, own, tally, messages, (_written, usual) => usual, messages.placeOnly);
}
