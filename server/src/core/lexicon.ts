import titlesData from '../../../data/titles.json';
import organizationsData from '../../../data/organizations.json';
import { matchKey } from './text/source';

/**
 * The title and organisation lexicon, loaded from data files. Variant spellings
 * map to one canonical form; `byKey` is keyed by `matchKey` of every spelling.
 */
export interface LexiconEntry {
  readonly canonical: string;
  readonly variants: readonly string[];
}

export interface Lexicon {
  readonly titles: readonly LexiconEntry[];
  readonly organizations: readonly LexiconEntry[];
  /** matchKey(any spelling) → canonical title. */
  readonly titleByKey: ReadonlyMap<string, string>;
  /** matchKey(any spelling) → canonical organisation. */
  readonly organizationByKey: ReadonlyMap<string, string>;
}

function index(entries: readonly LexiconEntry[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of entries) {
    map.set(matchKey(entry.canonical), entry.canonical);
    for (const variant of entry.variants) map.set(matchKey(variant), entry.canonical);
  }
  return map;
}

export function createLexicon(
  titles: readonly LexiconEntry[] = titlesData.titles,
  organizations: readonly LexiconEntry[] = organizationsData.organizations,
): Lexicon {
  return {
    titles,
    organizations,
    titleByKey: index(titles),
    organizationByKey: index(organizations),
  };
}
