import titlesData from '../../../data/titles.json';
import organizationsData from '../../../data/organizations.json';
import peopleData from '../../../data/people.json';
import { matchKey } from './text/source';
import { addPhrase, createTrie, type PhraseTrie } from './text/phrases';

/**
 * The lexicon of titles, organisations, honorifics and bylines, loaded from
 * data files. Variant spellings map to one canonical form. Matching is
 * case-insensitive, so variants only need to cover other spellings
 * (abbreviations, old tone placement). Spellings may hold slots ("Bí thư Tỉnh ủy {place}", "Trưởng {organization}",
 * "Vụ {numeral}", see text/phrases.ts), so one entry covers a family of posts.
 * The word tries the recognisers walk are built here, once per lexicon.
 */
export interface LexiconEntry {
  readonly canonical: string;
  readonly variants: readonly string[];
}

export interface Honorific extends LexiconEntry {
  /** "ông", "bà": common words too, so the name after them must begin with a known surname. */
  readonly surnameRequired?: boolean;
}

export interface BylineLabel extends LexiconEntry {
  readonly role: 'text' | 'photo';
}

/** What the people and byline recognisers need besides titles. */
export interface PeopleLexicon {
  readonly honorifics: readonly Honorific[];
  /** Family names, to tell a name written after a title from other capitalised words. */
  readonly surnames: readonly string[];
  readonly bylineLabels: readonly BylineLabel[];
  /** Wire agencies and newsrooms credited in parentheses: "(TTXVN/Vietnam+)". */
  readonly agencies: readonly LexiconEntry[];
}

export interface Lexicon {
  readonly titles: readonly LexiconEntry[];
  readonly organizations: readonly LexiconEntry[];
  /** matchKey(any spelling without slots) → canonical title. */
  readonly titleByKey: ReadonlyMap<string, string>;
  /** matchKey(any spelling without slots) → canonical organisation. */
  readonly organizationByKey: ReadonlyMap<string, string>;
  readonly people: PeopleLexicon;
  /** Word tries over every spelling, for matching in text. */
  readonly tries: {
    readonly titles: PhraseTrie;
    readonly organizations: PhraseTrie;
    readonly places: PhraseTrie;
    readonly honorifics: PhraseTrie;
    readonly bylineLabels: PhraseTrie;
    readonly agencies: PhraseTrie;
  };
  /** matchKey of every family name. */
  readonly surnames: ReadonlySet<string>;
  /** Canonical honorifics after which a name must begin with a known surname. */
  readonly weakHonorifics: ReadonlySet<string>;
}

/** Spellings written out in full; a spelling with slots is a family of posts, found only through the tries. */
function index(entries: readonly LexiconEntry[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of entries) {
    for (const spelling of [entry.canonical, ...entry.variants]) if (!spelling.includes('{')) map.set(matchKey(spelling), entry.canonical);
  }
  return map;
}

function trie(entries: readonly LexiconEntry[], value: (entry: LexiconEntry) => string = (e) => e.canonical): PhraseTrie {
  const root = createTrie();
  for (const entry of entries) {
    addPhrase(root, entry.canonical, value(entry));
    for (const variant of entry.variants) addPhrase(root, variant, value(entry));
  }
  return root;
}

export function createLexicon(
  titles: readonly LexiconEntry[] = titlesData.titles,
  organizations: readonly LexiconEntry[] = organizationsData.organizations,
  people: PeopleLexicon = peopleData as PeopleLexicon,
  places: readonly LexiconEntry[] = organizationsData.places,
): Lexicon {
  return {
    titles,
    organizations,
    titleByKey: index(titles),
    organizationByKey: index(organizations),
    people,
    tries: {
      titles: trie(titles),
      organizations: trie(organizations),
      places: trie(places),
      honorifics: trie(people.honorifics),
      bylineLabels: trie(people.bylineLabels, (e) => (e as BylineLabel).role),
      agencies: trie(people.agencies),
    },
    surnames: new Set(people.surnames.map((s) => matchKey(s))),
    weakHonorifics: new Set(people.honorifics.filter((h) => h.surnameRequired).map((h) => h.canonical)),
  };
}
