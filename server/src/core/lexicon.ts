import titlesData from '../../../data/titles.json';
import organizationsData from '../../../data/organizations.json';
import peopleData from '../../../data/people.json';
import wellKnownData from '../../../data/well-known-names.json';
import { matchKey } from './text/source';
import { addPhrase, createTrie, type PhraseTrie } from './text/phrases';
import { TITLE_MODIFIERS, type TitleModifier } from './model';

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

/** An organisation of data/organizations.json. */
export interface OrganizationEntry extends LexiconEntry {
  /** A ministry ("Bộ Tài chính"), which a minister's title may name without its "Bộ" ("Bộ trưởng Tài chính"). */
  readonly ministry?: boolean;
}

export interface Honorific extends LexiconEntry {
  /** "ông", "bà": common words too, so the name after them must begin with a known surname. */
  readonly surnameRequired?: boolean;
  /** "đại biểu": a place written after it is the place it represents ("đại biểu Hà Nội"), never a person so named. */
  readonly beforePlaces?: boolean;
  /** An academic degree or honour ("PGS", "TS", "NGƯT"): it may be joined to the honorific before it, as in "PGS.TS.NGƯT" or "Đại tá, TS". */
  readonly degree?: boolean;
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
  /** Middle names ("Thị", "Văn") that mark capitalised words as a person's name, not a place. */
  readonly middleNames?: readonly string[];
  /** Family names of the Central Highlands' peoples, which no province's name begins with ("Ksor", "Siu", "Rơ Mah"). */
  readonly highlandFamilyNames?: readonly string[];
  /** Wire agencies and newsrooms credited in parentheses: "(TTXVN/Vietnam+)". */
  readonly agencies: readonly LexiconEntry[];
}

/** A title head: a post that takes an organisation after it ("Bí thư", "Phó Chủ tịch"). */
export interface TitleHead extends LexiconEntry {
  /** "Trưởng", "Ủy viên": a post only with its organisation, never alone before a name. */
  readonly needsOrganization?: boolean;
  /** "Thủ tướng" (Chính phủ): the one body the head alone names, so a post written without it is complete. */
  readonly impliedBody?: string;
}

/** What a word before a post, or a verb phrase between a name and a post, says about it. */
export interface TitleModifierWord {
  readonly word: string;
  readonly modifier: TitleModifier;
}

export interface TitlePredicate {
  readonly phrase: string;
  /** Null for a predicate that says the post is held ("đang giữ chức vụ", "là"). */
  readonly modifier: TitleModifier | null;
}

export interface Lexicon {
  readonly titles: readonly LexiconEntry[];
  readonly organizations: readonly LexiconEntry[];
  /** matchKey(any spelling without slots) → canonical title. */
  readonly titleByKey: ReadonlyMap<string, string>;
  /** matchKey(any spelling without slots) → canonical organisation. */
  readonly organizationByKey: ReadonlyMap<string, string>;
  /** matchKey(any spelling) → canonical province or centrally governed city. */
  readonly placeByKey: ReadonlyMap<string, string>;
  /** The spellings of each province written several ways in the press ("Đắk Lắk", "Đăk Lăk"), as written in the data. */
  readonly placeSpellings: readonly (readonly string[])[];
  readonly people: PeopleLexicon;
  /** Word tries over every spelling, for matching in text. */
  readonly tries: {
    /** Posts written out in full, and every head followed by an {organization} slot. */
    readonly titles: PhraseTrie;
    /** Heads alone ("Chủ tịch" in "Chủ tịch Hồ Chí Minh"); the value is the canonical head, or "!" + it when it needs an organisation. */
    readonly heads: PhraseTrie;
    /** Modifier words before a post ("nguyên"); the value is the modifier. */
    readonly modifiers: PhraseTrie;
    /** Predicates between a name and a post ("được bầu giữ chức"); the value is the modifier, or "" for a post held. */
    readonly predicates: PhraseTrie;
    /** Active verbs before a post that heads the names it goes to ("bầu", "bổ nhiệm"); the value is the modifier. */
    readonly objectVerbs: PhraseTrie;
    /** Bodies that meet, as the agent of a passive predicate other than an organisation ("được Đại hội bầu …"). */
    readonly agents: PhraseTrie;
    readonly predicateFillers: PhraseTrie;
    /** Verbs that join, leave or move to bodies rather than posts ("tham gia", "chuyển công tác về"). */
    readonly bodyVerbs: PhraseTrie;
    /** Verbs and function words of a clause that never continue an organisation's name ("phát biểu", "được"). */
    readonly clauseVerbs: PhraseTrie;
    /** Heads of posts held for another official, who is named after them ("Trợ lý", "Thư ký"). */
    readonly aides: PhraseTrie;
    readonly organizations: PhraseTrie;
    /** Words that open an organisation the lexicon does not list ("Sở", "Hội"). */
    readonly organizationHeads: PhraseTrie;
    /** Heads of units inside a larger body ("Phòng", "Vụ"), whose body may follow after a comma. */
    readonly unitHeads: PhraseTrie;
    /** Words before a place name ("tỉnh", "huyện"). */
    readonly placeLevels: PhraseTrie;
    /** Words that continue an unlisted organisation wherever they stand ("Trung ương"). */
    readonly organizationWords: PhraseTrie;
    readonly places: PhraseTrie;
    /** Names every reader knows (data/well-known-names.json), some of them pen names without a family name ("Trường Chinh"). */
    readonly wellKnownNames: PhraseTrie;
    /** The ministries of the organisations, written without their "Bộ" ("Tài chính"); the value is the ministry ("Bộ Tài chính"). */
    readonly ministries: PhraseTrie;
    readonly honorifics: PhraseTrie;
    /** The honorifics that are degrees or honours (Honorific.degree), which may continue a run of honorifics. */
    readonly degrees: PhraseTrie;
    readonly bylineLabels: PhraseTrie;
    readonly agencies: PhraseTrie;
  };
  /**
   * Names every reader knows (data/well-known-names.json), some of them pen names without a family
   * name ("Trường Chinh"): each is one leader, named by their posts for decades after.
   */
  readonly wellKnownNames: readonly string[];
  /** matchKey of every family name. */
  readonly surnames: ReadonlySet<string>;
  /** matchKey of the middle names that mark a name ("thị", "văn"). */
  readonly middleNames: ReadonlySet<string>;
  /** matchKey of the first word of the Central Highlands' family names ("ksor", "siu", "rơ"). */
  readonly highlandFamilyNames: ReadonlySet<string>;
  /** Canonical honorifics after which a name must begin with a known surname. */
  readonly weakHonorifics: ReadonlySet<string>;
  /** Canonical honorifics after which a place's name stays the place (see Honorific.beforePlaces). */
  readonly placeHonorifics: ReadonlySet<string>;
  /** matchKey of each head that names one body by itself, with that body's matchKey (TitleHead.impliedBody). */
  readonly impliedBodies: ReadonlyMap<string, string>;
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
    for (const spelling of [entry.canonical, ...entry.variants]) for (const written of withCentralAbbreviations(spelling)) addPhrase(root, written, value(entry));
  }
  return root;
}

/** The abbreviations of "Trung ương" the press writes in any post or body ("Bí thư T.Ư Đảng", "Ban Nội chính TW"). */
const CENTRAL_ABBREVIATIONS = ['T.Ư', 'TƯ', 'TW'];

/** A spelling, and when it writes "Trung ương", the same with each abbreviation of it. */
function withCentralAbbreviations(spelling: string): string[] {
  if (!spelling.includes('Trung ương')) return [spelling];
  return [spelling, ...CENTRAL_ABBREVIATIONS.map((short) => spelling.replaceAll('Trung ương', short))];
}

/** A trie of spellings, each with its own value. */
function valueTrie(pairs: readonly (readonly [string, string])[]): PhraseTrie {
  const root = createTrie();
  for (const [spelling, value] of pairs) addPhrase(root, spelling, value);
  return root;
}

/** Each spelling of a ministry without its "Bộ" ("Tài chính"), paired with the ministry's canonical name. */
function ministryNames(organizations: readonly OrganizationEntry[]): [string, string][] {
  const withoutHead = (spelling: string) => /^Bộ\s+(.+)$/u.exec(spelling)?.[1] ?? [];
  return organizations.filter((entry) => entry.ministry).flatMap((entry) => [entry.canonical, ...entry.variants].flatMap(withoutHead).map((name): [string, string] => [name, entry.canonical]));
}

/**
 * A ministry with its fields joined by a dash as well, as the press often writes them instead of "và" or a comma
 * ("Bộ Giáo dục - Đào tạo", "Bộ trưởng Văn hóa - Thể thao và Du lịch"). Other organisations as they are.
 */
function withDashedFields(entry: OrganizationEntry): OrganizationEntry {
  if (!entry.ministry) return entry;
  const spellings = [entry.canonical, ...entry.variants];
  const dashed = spellings.flatMap((spelling) => [spelling.replace(' và ', ' - '), spelling.replace(/, /g, ' - ')]).filter((d) => !spellings.includes(d));
  return dashed.length === 0 ? entry : { ...entry, variants: [...entry.variants, ...new Set(dashed)] };
}

/** The words of a list as trie entries whose value is the word itself. */
function wordList(words: readonly string[]): LexiconEntry[] {
  return words.map((word) => ({ canonical: word, variants: [] }));
}

/**
 * Each predicate written with one noun for a post also written with every other ("thôi giữ chức vụ", "thôi giữ chức
 * danh"), and one that ends in the noun "chức" alone with each noun too: "giữ chức", "giữ chức vụ" and "giữ chức danh"
 * say the same ("được điều động giữ chức vụ"). A verb that appoints or removes may name the post with any of them ("được bầu
 * bổ sung chức danh", "miễn nhiệm chức vụ", "bổ nhiệm các vị trí"), so it is read with each too, unless it names the post already ("giữ
 * chức") or says what the person becomes ("bầu làm").
 */
function withPostNouns(predicates: readonly TitlePredicate[], nouns: readonly string[]): TitlePredicate[] {
  const out: TitlePredicate[] = [];
  for (const predicate of predicates) {
    const noun = nouns.find((n) => predicate.phrase.endsWith(` ${n}`) || predicate.phrase.includes(` ${n} `));
    if (noun !== undefined) {
      for (const other of nouns) out.push({ ...predicate, phrase: predicate.phrase.replace(noun, other) });
      continue;
    }
    out.push(predicate);
    // The "chức" of "cách chức" (dismiss) is the verb's own, no noun: "tư cách chức vụ" is no dismissal.
    if (predicate.phrase.endsWith(' chức') && !predicate.phrase.endsWith('cách chức')) {
      for (const other of nouns) out.push({ ...predicate, phrase: `${predicate.phrase.slice(0, -' chức'.length)} ${other}` });
    }
    const namesPost = /(?:^| )(?:chức|làm|là)$/u.test(predicate.phrase) || predicate.phrase.includes(' chức ');
    // A list of posts takes the plural: "phê chuẩn việc bổ nhiệm các vị trí Bộ trưởng là: …".
    if (predicate.modifier !== null && !namesPost) for (const other of nouns) out.push({ ...predicate, phrase: `${predicate.phrase} ${other}` }, { ...predicate, phrase: `${predicate.phrase} các ${other}` });
  }
  return out;
}

/**
 * The heads of `heads` with every deputy's head ("Phó …") followed by each qualifier ("Phó Giám đốc phụ trách",
 * "Phó Bí thư Thường trực chuyên trách"), unless listed already or qualified by it already. A qualified head the data
 * does not list needs its organisation: "Phó Giám đốc phụ trách" alone says nothing of where.
 */
function qualifiedDeputies(heads: readonly TitleHead[], qualifiers: readonly string[]): TitleHead[] {
  const listed = new Set(heads.map((head) => matchKey(head.canonical)));
  const out = [...heads];
  for (const head of heads) {
    const key = matchKey(head.canonical);
    if (!key.startsWith('phó ') || key.endsWith(' trách')) continue;
    for (const qualifier of qualifiers) {
      const canonical = `${head.canonical} ${qualifier}`;
      if (key.includes(matchKey(qualifier).split(' ')[0]) || listed.has(matchKey(canonical))) continue;
      listed.add(matchKey(canonical));
      out.push({ canonical, variants: head.variants.map((variant) => `${variant} ${qualifier}`), needsOrganization: true });
    }
  }
  return out;
}

/** Every head followed by an organisation slot: the grammar's "head + organisation" as phrases of the title trie. */
function headTemplates(heads: readonly TitleHead[]): LexiconEntry[] {
  return heads.map((head) => ({
    canonical: `${head.canonical} {organization}`,
    variants: head.variants.map((variant) => `${variant} {organization}`),
  }));
}

/**
 * Every head of `levelPosts` followed by a place's level, with and without the place's name ("Chủ tịch tỉnh {place}",
 * "Chủ tịch tỉnh"), in every spelling of the head and the level.
 */
function levelTemplates(levelPosts: LevelPosts | undefined, heads: readonly TitleHead[]): LexiconEntry[] {
  if (!levelPosts) return [];
  return levelPosts.heads.flatMap((name) => {
    const head = heads.find((h) => h.canonical === name);
    const headSpellings = head ? head.variants : [];
    return levelPosts.levels.flatMap((level) =>
      ['', ' {place}'].map((place) => ({
        canonical: `${name} ${level.canonical}${place}`,
        variants: [name, ...headSpellings]
          .flatMap((h) => [level.canonical, ...level.variants].map((l) => `${h} ${l}${place}`))
          .filter((spelling) => spelling !== `${name} ${level.canonical}${place}`),
      })),
    );
  });
}

/** Heads that name the post of a place's body by the place's level alone ("Chủ tịch tỉnh"; see data/titles.json). */
export interface LevelPosts {
  readonly heads: readonly string[];
  readonly levels: readonly LexiconEntry[];
}

/** The title data: posts in full, heads, modifier words and predicates (data/titles.json). */
export interface TitleGrammar {
  readonly titles: readonly LexiconEntry[];
  readonly levelPosts?: LevelPosts;
  readonly heads: readonly TitleHead[];
  readonly modifiers: readonly TitleModifierWord[];
  readonly predicates: readonly TitlePredicate[];
  readonly objectVerbs: readonly TitlePredicate[];
  readonly agents: readonly string[];
  readonly predicateFillers: readonly string[];
  readonly bodyVerbs: readonly string[];
  readonly clauseVerbs: readonly string[];
  /** Heads of posts held for another official, named after them ("Trợ lý đồng chí …"). */
  readonly aides: readonly string[];
  /** Nouns that name a post in a predicate, one as well as another ("chức vụ", "chức danh"). */
  readonly postNouns: readonly string[];
  /** Words between a deputy's head and its organisation ("phụ trách", "Thường trực"): see `qualifiedDeputies`. */
  readonly deputyQualifiers?: readonly string[];
}

/** The organisation data: organisations, the heads of unlisted ones, places and their levels (data/organizations.json). */
export interface OrganizationGrammar {
  readonly organizations: readonly OrganizationEntry[];
  readonly organizationHeads: readonly string[];
  readonly unitHeads: readonly string[];
  readonly places: readonly LexiconEntry[];
  readonly placeLevels: readonly string[];
  readonly organizationWords: readonly string[];
  /** Provinces written several ways in the press: the spellings of each name (data/organizations.json). */
  readonly placeSpellings?: { readonly names: readonly (readonly string[])[] };
}

const bundledTitles: TitleGrammar = {
  ...titlesData,
  modifiers: titlesData.modifiers.map((m) => ({ word: m.word, modifier: modifierOf(m.modifier) })),
  predicates: titlesData.predicates.map((p) => ({ phrase: p.phrase, modifier: p.modifier === null ? null : modifierOf(p.modifier) })),
  objectVerbs: titlesData.objectVerbs.map((p) => ({ phrase: p.phrase, modifier: modifierOf(p.modifier) })),
};

function modifierOf(name: string): TitleModifier {
  const modifier = TITLE_MODIFIERS.find((m) => m === name);
  if (modifier === undefined) throw new Error(`Unknown title modifier "${name}" in data/titles.json`);
  return modifier;
}

export function createLexicon(
  titleGrammar: TitleGrammar = bundledTitles,
  organizationGrammar: OrganizationGrammar = organizationsData,
  people: PeopleLexicon = peopleData as PeopleLexicon,
  wellKnownNames: readonly string[] = wellKnownData.names,
): Lexicon {
  const heads = qualifiedDeputies(titleGrammar.heads, titleGrammar.deputyQualifiers ?? []);
  const titles = [...titleGrammar.titles, ...levelTemplates(titleGrammar.levelPosts, titleGrammar.heads), ...headTemplates(heads)];
  const organizations = organizationGrammar.organizations.map(withDashedFields);
  const places = organizationGrammar.places;
  return {
    titles,
    organizations,
    titleByKey: index(titles),
    organizationByKey: index(organizations),
    placeByKey: index(places),
    placeSpellings: organizationGrammar.placeSpellings?.names ?? [],
    people,
    tries: {
      titles: trie(titles),
      heads: trie(heads, (e) => ((e as TitleHead).needsOrganization ? `!${e.canonical}` : e.canonical)),
      modifiers: valueTrie(titleGrammar.modifiers.map((m) => [m.word, m.modifier])),
      predicates: valueTrie(withPostNouns(titleGrammar.predicates, titleGrammar.postNouns).map((p) => [p.phrase, p.modifier ?? ''])),
      objectVerbs: valueTrie(withPostNouns(titleGrammar.objectVerbs, titleGrammar.postNouns).map((p) => [p.phrase, p.modifier ?? ''])),
      agents: trie(wordList(titleGrammar.agents)),
      predicateFillers: trie(wordList(titleGrammar.predicateFillers)),
      bodyVerbs: trie(wordList(titleGrammar.bodyVerbs)),
      clauseVerbs: trie(wordList(titleGrammar.clauseVerbs)),
      aides: trie(wordList(titleGrammar.aides)),
      organizations: trie(organizations),
      organizationHeads: trie(wordList(organizationGrammar.organizationHeads)),
      unitHeads: trie(wordList(organizationGrammar.unitHeads)),
      placeLevels: trie(wordList(organizationGrammar.placeLevels)),
      organizationWords: trie(wordList(organizationGrammar.organizationWords)),
      places: trie(places),
      wellKnownNames: trie(wordList(wellKnownNames)),
      ministries: valueTrie(ministryNames(organizations)),
      honorifics: trie(people.honorifics),
      degrees: trie(people.honorifics.filter((h) => h.degree)),
      bylineLabels: trie(people.bylineLabels, (e) => (e as BylineLabel).role),
      agencies: trie(people.agencies),
    },
    wellKnownNames,
    surnames: new Set(people.surnames.map((s) => matchKey(s))),
    middleNames: new Set((people.middleNames ?? []).map((s) => matchKey(s))),
    highlandFamilyNames: new Set((people.highlandFamilyNames ?? []).map((s) => matchKey(s.split(' ')[0]))),
    weakHonorifics: new Set(people.honorifics.filter((h) => h.surnameRequired).map((h) => h.canonical)),
    placeHonorifics: new Set(people.honorifics.filter((h) => h.beforePlaces).map((h) => h.canonical)),
    impliedBodies: new Map(titleGrammar.heads.flatMap((h) => (h.impliedBody ? [[matchKey(h.canonical), matchKey(h.impliedBody)] as const] : []))),
  };
}
