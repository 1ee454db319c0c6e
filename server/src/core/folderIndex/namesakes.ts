import { currentPosts, type Article, type Mention, type PersonData } from '../model';
import { namesakeKey, personKey } from '../entityKeys';
import { matchKey } from '../text/source';
import { firstSessionTerm } from '../recognise/firstSession';
import type { ResolutionReason } from '../knowledge/reasons';
import { groupBy } from '../groupBy';
import type { Lexicon } from '../lexicon';

/**
 * Officials the folder tells apart although the knowledge base does not know
 * them. The SPEC's rule is that a person is a name plus a consistent title
 * and time context, and that ambiguous evidence is said, not merged. Three
 * kinds of evidence set two people of one name apart:
 * - different birth years ("ông A, sinh năm 1965", "A (SN 1972)");
 * - a man and a woman: Vietnamese names one "ông A" and the other "bà A",
 *   and the press never calls a man "bà" nor a woman "ông";
 * - posts in two provinces at the same time: both reported at the first
 *   session of the councils of one term, which every province holds within
 *   weeks of the same general election;
 * - posts held further apart in time than one career lasts: a history's
 *   "Năm 1956, … ông A - Trưởng Ban …" and a report that A was elected in
 *   2022. A post is dated only by a year the narrative opens a sentence with,
 *   or, when the article reports it as an event (elected, appointed, left),
 *   by the article's date: a post merely named at the article's date may be
 *   the title a person is remembered by.
 *
 * For each name, the provinces and birth years its articles give are joined
 * into groups: an article that gives one person posts in two provinces (an
 * official moved from Kiên Giang to Cần Thơ) says they are one career. Groups
 * that nothing sets apart stay one entity, since an official may have moved
 * between provinces and no article here says so. A group whose provinces join
 * two birth years is split by birth year alone, and one that joins an "ông"
 * and a "bà" by that word alone: the provinces joined different people.
 * Articles that give a name only an honorific are one official per honorific,
 * the one a group with that honorific is, when there is one such group.
 *
 * When a name splits, each group set apart gets its own key, and a mention in
 * an article that ties it to no such group stays on the name's key, marked
 * ambiguous with the groups as candidates.
 *
 * Kept per file and updated as articles change; a name's decision is taken
 * again only when the evidence of one of its files changes. While a folder is
 * being indexed, decisions wait for settle(), so a name in thousands of files
 * is decided once, not once per file.
 */

/** What one article says of one name. */
interface Evidence {
  /** Canonical provinces of any post the article gives the name (former ones too: they are the same career). */
  readonly places: readonly string[];
  readonly born?: number;
  /** The honorific the article gives the name: "ông" (a man) or "bà" (a woman). */
  readonly sex?: Sex;
  /** The term of the first council session the article reports, with the provinces of the posts held then. */
  readonly session?: { readonly term: string; readonly places: readonly string[] };
  /** The first and last year the article dates a post of the name in. */
  readonly era?: Era;
}

/** Years in which posts were held, first and last. */
interface Era {
  readonly from: number;
  readonly to: number;
}

/** No one holds posts for longer: a career from a youth union at twenty to old age. Posts further apart are two people's. */
const CAREER_YEARS = 60;

/** A man ("ông") or a woman ("bà"), as the honorific before the name says. */
type Sex = 'ông' | 'bà';

/**
 * Why one official is not the others: different birth years, posts in different provinces at one term's
 * first sessions, or one is called "ông" and the other "bà".
 */
type Apart =
  | { readonly by: 'birth'; readonly others: readonly number[] }
  | { readonly by: 'place'; readonly others: readonly string[]; readonly term: string }
  | { readonly by: 'sex'; readonly sex: Sex }
  | { readonly by: 'era'; readonly others: readonly Era[] };

interface Group {
  readonly key: string;
  readonly places: readonly string[];
  readonly born?: number;
  readonly sex?: Sex;
  readonly era?: Era;
  readonly apart: Apart;
}

/** How a name's mentions are keyed when the folder tells its officials apart. */
interface Decision {
  /** A province ("p:Hà Giang"), birth year ("b:1965"), an article's years ("y:1956-1956") or honorific ("s:bà") → the official it names; absent when it names none for certain. */
  readonly groupOf: ReadonlyMap<string, Group>;
  readonly groups: readonly Group[];
  readonly signature: string;
}

/** Levels after which a province's name follows in a post ("UBND tỉnh Hà Giang", "Thành ủy Cần Thơ"). */
const PLACE_LEVEL = /(?:^|[\s.])(?:tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|tỉnh đoàn|thành đoàn|tỉnh|thành phố|tp)\.?\s*/gu;
/** The longest province name, in words ("Bà Rịa - Vũng Tàu"). */
const MAX_PLACE_WORDS = 5;
/** A birth year right after a name: "A sinh năm 1972", "A, sinh ngày 15/5/1953", "A (SN 1961)". */
const BORN_AFTER = /^\s*[,(]?\s*(?:sinh năm|sinh ngày\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]|SN:?)\s*((?:19|20)\d\d)(?!\d)/iu;
/** How far after a name its birth year is looked for. */
const BORN_CHARS = 40;
/** The honorific right before a name: "ông A", "Bà A". */
const HONORIFIC_BEFORE = /(?<!\p{L})(ông|bà)\s+$/iu;
/** Both honorifics before a name ("các ông, bà A, B", "ông bà A") say nothing of that one person. */
const BOTH_HONORIFICS_BEFORE = /(?:ông|bà)\s*[,/]?\s*(?:và\s+)?(?:ông|bà)\s+$/iu;
/** How far before a name its honorific is looked for: "ông, bà " in decomposed letters, with spaces to spare. */
const HONORIFIC_CHARS = 16;
/** What an article that gives a name only an honorific says of it; shared, since most articles say only that. */
const ONLY_SEX: Readonly<Record<Sex, Evidence>> = { ông: { places: [], sex: 'ông' }, bà: { places: [], sex: 'bà' } };

export class FolderNamesakes {
  /** Person key → URI → the evidence of that article, for articles that give the name a province, a birth year or an honorific. */
  private readonly evidence = new Map<string, Map<string, Evidence>>();
  /** URI → the person keys it has evidence for, to forget it. */
  private readonly keysOf = new Map<string, readonly string[]>();
  private readonly decisions = new Map<string, Decision>();
  private readonly pending = new Set<string>();
  private deferred = false;

  /** The lexicon's provinces: matchKey of any spelling → canonical name. */
  private readonly placeByKey: ReadonlyMap<string, string>;
  /**
   * The keys of the names every reader knows: each is one leader, whom articles go on naming by their
   * posts for decades after ("Năm 2021, … tấm gương Chủ tịch Hồ Chí Minh"), so the years of those posts
   * set no one apart.
   */
  private readonly wellKnown: ReadonlySet<string>;

  constructor(lexicon: Pick<Lexicon, 'placeByKey' | 'wellKnownNames'>) {
    this.placeByKey = lexicon.placeByKey;
    this.wellKnown = new Set(lexicon.wellKnownNames.map(personKey));
  }

  /** Decisions wait for settle() (indexing a folder). */
  defer(): void {
    this.deferred = true;
  }

  /** Takes the waiting decisions; returns the entity keys whose files must be keyed again (see decide). */
  settle(): string[] {
    this.deferred = false;
    const changed = [...this.pending].flatMap((key) => this.decide(key));
    this.pending.clear();
    return changed;
  }

  /** Records what an article (with the knowledge base's names applied) says; returns the entity keys whose files must be keyed again. */
  articleSet(article: Article): string[] {
    const found = this.read(article);
    const old = this.keysOf.get(article.uri) ?? [];
    const touched: string[] = [];
    for (const key of old) {
      if (found.has(key)) continue;
      this.evidence.get(key)?.delete(article.uri);
      touched.push(key);
    }
    for (const [key, evidence] of found) {
      const byFile = this.evidence.get(key) ?? new Map<string, Evidence>();
      if (sameEvidence(byFile.get(article.uri), evidence)) continue;
      byFile.set(article.uri, evidence);
      this.evidence.set(key, byFile);
      touched.push(key);
    }
    if (found.size > 0) this.keysOf.set(article.uri, [...found.keys()]);
    else this.keysOf.delete(article.uri);
    return this.touch(touched);
  }

  /** Forgets an article; returns the entity keys whose files must be keyed again. */
  articleDeleted(uri: string): string[] {
    const keys = this.keysOf.get(uri) ?? [];
    this.keysOf.delete(uri);
    for (const key of keys) this.evidence.get(key)?.delete(uri);
    return this.touch(keys);
  }

  /** The article with its mentions of split names keyed to their official, or marked ambiguous; the same object when no name of it splits. */
  apply(article: Article): Article {
    if (this.decisions.size === 0) return article;
    if (!article.mentions.some((m) => m.kind === 'person' && this.decisions.has(m.key))) return article;
    const mentions = article.mentions.map((m): Mention => {
      const decision = m.kind === 'person' ? this.decisions.get(m.key) : undefined;
      if (m.kind !== 'person' || !decision) return m;
      const evidence = this.evidence.get(m.key)?.get(article.uri);
      const group = evidence && groupOf(decision, evidence);
      const data: PersonData = m.data;
      if (group) return { ...m, key: group.key, data: { ...data, toldApart: apartReason(data.name, group) } };
      // The honorifics and the years are said only when they tell the officials apart.
      const bySex = decision.groups.some((g) => g.sex === 'ông') && decision.groups.some((g) => g.sex === 'bà');
      const byEra = decision.groups.some((g) => g.apart.by === 'era');
      const officials = decision.groups.map((g) => ({
        places: g.places.join(', '),
        born: g.born,
        sex: bySex ? g.sex : undefined,
        years: byEra && g.era ? eraText(g.era) : undefined,
      }));
      const reason: ResolutionReason = { kind: 'namesakeUntold', name: data.name, officials };
      return { ...m, data: { ...data, ambiguity: { candidates: decision.groups.map((g) => g.key), reason } } };
    });
    return { ...article, mentions };
  }

  private touch(keys: readonly string[]): string[] {
    if (this.deferred) {
      for (const key of keys) this.pending.add(key);
      return [];
    }
    return keys.flatMap((key) => this.decide(key));
  }

  /**
   * Decides a name again. When the decision changed, returns the keys its mentions may have had or
   * may now have (the name's own and its groups' before and after), whose files must be keyed again.
   */
  private decide(key: string): string[] {
    const byFile = this.evidence.get(key);
    if (byFile?.size === 0) this.evidence.delete(key);
    const next = byFile && byFile.size > 1 ? split(key, byFile) : undefined;
    const old = this.decisions.get(key);
    if (next) this.decisions.set(key, next);
    else this.decisions.delete(key);
    if (old?.signature === next?.signature) return [];
    return [key, ...(old?.groups ?? []).map((g) => g.key), ...(next?.groups ?? []).map((g) => g.key)];
  }

  /** Person key → what the article says of it, for the names it gives a province, a birth year or an honorific. */
  private read(article: Article): Map<string, Evidence> {
    const places = new Map<string, Set<string>>();
    const held = new Map<string, Set<string>>();
    const births = new Map<string, Set<number>>();
    const sexes = new Map<string, Set<Sex>>();
    const years = new Map<string, Set<number>>();
    const published = article.publication?.date.year;
    for (const m of article.mentions) {
      // A name the knowledge base resolved has a key of its own: the knowledge base has told its namesakes apart.
      if (m.kind !== 'person' || m.key !== personKey(m.data.name)) continue;
      if (!this.wellKnown.has(m.key) && m.data.titles.some((t) => !t.modifiers.includes('former'))) {
        const event = m.data.titles.some((t) => t.modifiers.includes('appointed') || t.modifiers.includes('left'));
        const year = m.data.heldIn ?? (event ? published : undefined);
        if (year !== undefined) add(years, m.key, year);
      }
      const born = BORN_AFTER.exec(article.text.slice(m.end, m.end + BORN_CHARS).normalize('NFC'));
      if (born) add(births, m.key, Number(born[1]));
      const sex = honorificBefore(article.text, m.start);
      if (sex) add(sexes, m.key, sex);
      // The posts held now are worked out only for a mention whose posts name a province: most name none.
      let current: ReadonlySet<string> | undefined;
      for (const title of m.data.titles) {
        const place = this.placeOf(title.text);
        if (place === undefined) continue;
        add(places, m.key, place);
        current ??= new Set(currentPosts(m.data));
        if (current.has(title.canonical)) add(held, m.key, place);
      }
    }
    const found = new Map<string, Evidence>();
    if (places.size === 0 && births.size === 0 && sexes.size === 0 && years.size === 0) return found;
    const term = places.size > 0 ? firstSessionTerm(article.text) : undefined;
    for (const key of new Set([...places.keys(), ...births.keys(), ...sexes.keys(), ...years.keys()])) {
      const atSession = held.get(key);
      // Two birth years, or an "ông" and a "bà", for one name in one article are two people in it: that article sets no one apart.
      const born = only(births.get(key));
      const sex = only(sexes.get(key));
      const dated = years.get(key);
      const evidence: Evidence = {
        places: [...(places.get(key) ?? [])].sort(),
        born,
        sex,
        session: term && atSession ? { term: `${term.from}–${term.to}`, places: [...atSession].sort() } : undefined,
        era: eraOf(dated),
      };
      if (evidence.places.length > 0 || born !== undefined || evidence.era !== undefined) found.set(key, evidence);
      else if (sex !== undefined) found.set(key, ONLY_SEX[sex]);
    }
    return found;
  }

  /** The province a post names after its level ("Chủ tịch UBND tỉnh Hà Giang" → Hà Giang), or undefined. */
  private placeOf(title: string): string | undefined {
    const key = matchKey(title);
    for (const level of key.matchAll(PLACE_LEVEL)) {
      const words = key.slice((level.index ?? 0) + level[0].length).split(' ');
      for (let n = Math.min(MAX_PLACE_WORDS, words.length); n > 0; n--) {
        const place = this.placeByKey.get(words.slice(0, n).join(' '));
        if (place !== undefined) return place;
      }
    }
    return undefined;
  }
}

/** The honorific right before a name at `start`, or undefined when there is none or the text names both. */
function honorificBefore(text: string, start: number): Sex | undefined {
  const before = text.slice(Math.max(0, start - HONORIFIC_CHARS), start).normalize('NFC');
  const found = HONORIFIC_BEFORE.exec(before);
  if (!found || BOTH_HONORIFICS_BEFORE.test(before)) return undefined;
  return found[1].toLowerCase() === 'bà' ? 'bà' : 'ông';
}

/** The years an article dates a name's posts in, or undefined when it dates none, or dates them further apart than one career (two people in it). */
function eraOf(years: ReadonlySet<number> | undefined): Era | undefined {
  if (!years) return undefined;
  const era = { from: Math.min(...years), to: Math.max(...years) };
  return span(era, era) <= CAREER_YEARS ? era : undefined;
}

/** How many years two eras cover together. */
function span(a: Era, b: Era): number {
  return Math.max(a.to, b.to) - Math.min(a.from, b.from);
}

function joinEras(a: Era | undefined, b: Era): Era {
  return a ? { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) } : b;
}

/** "1956", or "1956–1960". */
function eraText(era: Era): string {
  return era.from === era.to ? String(era.from) : `${era.from}–${era.to}`;
}

/** The label of an article that dates a name's posts and gives nothing else of it. */
function eraLabel(era: Era): string {
  return `y:${era.from}-${era.to}`;
}

/**
 * Articles that only date a name's posts, as units: in order of their years, each joins the unit before
 * while their years together fit one career, and starts a new one when they do not.
 */
function careers(dated: readonly { readonly era: Era; readonly sex?: Sex }[]): (Unit & { readonly era: Era })[] {
  const units: (Unit & { readonly era: Era })[] = [];
  for (const { era, sex } of [...dated].sort((a, b) => a.era.from - b.era.from)) {
    const last = units.at(-1);
    if (last && span(last.era, era) <= CAREER_YEARS) {
      // An honorific the joined articles do not all give is not the unit's.
      units[units.length - 1] = { ...last, labels: [...last.labels, eraLabel(era)], era: joinEras(last.era, era), sex: last.sex === sex ? sex : undefined };
    } else units.push({ labels: [eraLabel(era)], places: [], era, sex });
  }
  return units;
}

/** The one value of a set, or undefined when it holds none or several. */
function only<T>(values: ReadonlySet<T> | undefined): T | undefined {
  return values?.size === 1 ? values.values().next().value : undefined;
}

function add<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key) ?? new Set<T>();
  set.add(value);
  map.set(key, set);
}

function sameEvidence(a: Evidence | undefined, b: Evidence): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/** The official an article's evidence names: by its birth year first, else by a province of its posts, else by the years of its posts, else by its honorific. */
function groupOf(decision: Decision, evidence: Evidence): Group | undefined {
  const byBirth = evidence.born !== undefined ? decision.groupOf.get(`b:${evidence.born}`) : undefined;
  const byPlace = () => evidence.places.map((p) => decision.groupOf.get(`p:${p}`)).find((g) => g !== undefined);
  const byEra = () => (evidence.era !== undefined ? decision.groupOf.get(eraLabel(evidence.era)) : undefined);
  return byBirth ?? byPlace() ?? byEra() ?? (evidence.sex !== undefined ? decision.groupOf.get(`s:${evidence.sex}`) : undefined);
}

function apartReason(name: string, group: Group): ResolutionReason {
  switch (group.apart.by) {
    case 'birth':
      return { kind: 'apartByBirth', name, born: group.born as number, others: group.apart.others.join(', ') };
    case 'place':
      return { kind: 'apartByPlace', name, places: group.places.join(', '), others: group.apart.others.join('; '), term: group.apart.term };
    case 'sex':
      return { kind: 'apartBySex', name, sex: group.apart.sex, places: group.places.join(', ') };
    case 'era':
      return { kind: 'apartByEra', name, years: group.era ? eraText(group.era) : '', places: group.places.join(', '), others: group.apart.others.map(eraText).join('; ') };
  }
}

/** An official as the evidence shows it: provinces, a birth year, an honorific and the years of posts that articles join, and the labels ("p:…", "b:…", "y:…", "s:…") that name it. */
interface Unit {
  readonly labels: readonly string[];
  readonly places: readonly string[];
  readonly born?: number;
  readonly sex?: Sex;
  readonly era?: Era;
}

/**
 * The officials a name's evidence sets apart: provinces and birth years joined
 * by the articles that give several, then units with different birth years,
 * in office in different provinces at the first sessions of one term, in
 * office further apart in time than one career, or called "ông" and "bà".
 * Articles that date posts and give nothing else join the one unit whose
 * years they fit, or else are units of their own, one per career's span.
 * Articles that give only an honorific are one unit per honorific, unless a
 * unit with that honorific is known.
 * Undefined when nothing sets two units apart.
 */
function split(key: string, byFile: ReadonlyMap<string, Evidence>): Decision | undefined {
  const parent = new Map<string, string>();
  const root = (label: string): string => {
    let r = label;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(label, r);
    return r;
  };
  const labelsOf = (e: Evidence) => [...e.places.map((p) => `p:${p}`), ...(e.born !== undefined ? [`b:${e.born}`] : [])];
  const onlySex = new Set<Sex>();
  const onlyEra: { readonly era: Era; readonly sex?: Sex }[] = [];
  for (const e of byFile.values()) {
    const labels = labelsOf(e);
    if (labels.length === 0 && e.era !== undefined) onlyEra.push({ era: e.era, sex: e.sex });
    else if (labels.length === 0 && e.sex !== undefined) onlySex.add(e.sex);
    for (const label of labels) if (!parent.has(label)) parent.set(label, label);
    for (const label of labels.slice(1)) parent.set(root(label), root(labels[0]));
  }
  /** Root label → the honorifics its articles give, and the years they date its posts in (once every label is joined). */
  const sexesOf = new Map<string, Set<Sex>>();
  const erasOf = new Map<string, Era>();
  for (const e of byFile.values()) {
    const [label] = labelsOf(e);
    if (label === undefined) continue;
    if (e.sex !== undefined) add(sexesOf, root(label), e.sex);
    if (e.era !== undefined) erasOf.set(root(label), joinEras(erasOf.get(root(label)), e.era));
  }
  const members = groupBy([...parent.keys()].sort(), root);
  const units: Unit[] = [];
  for (const [r, labels] of members) {
    const places = labels.filter((l) => l.startsWith('p:')).map((l) => l.slice(2));
    const births = labels.filter((l) => l.startsWith('b:')).map((l) => Number(l.slice(2)));
    const sexes = [...(sexesOf.get(r) ?? [])].sort();
    // Provinces that join two birth years, or an "ông" and a "bà", joined two people: only the birth years or honorifics tell them apart.
    if (births.length > 1) for (const born of births) units.push({ labels: [`b:${born}`], places: [], born });
    else if (sexes.length > 1) for (const sex of sexes) units.push({ labels: [`s:${sex}`], places: [], sex });
    else units.push({ labels, places, born: births[0], sex: sexes[0], era: erasOf.get(r) });
  }
  for (const dated of careers(onlyEra)) {
    // Articles that only date posts belong to the one official whose years they fit, when there is one.
    const fits = units.filter((u) => u.era !== undefined && span(u.era, dated.era) <= CAREER_YEARS);
    if (fits.length === 1) units[units.indexOf(fits[0])] = { ...fits[0], labels: [...fits[0].labels, ...dated.labels], era: joinEras(fits[0].era, dated.era) };
    else units.push(dated);
  }
  for (const sex of onlySex) if (!units.some((u) => u.sex === sex)) units.push({ labels: [`s:${sex}`], places: [], sex });
  const unitOf = new Map<string, Unit>();
  for (const unit of units) for (const label of unit.labels) unitOf.set(label, unit);

  const apart = new Map<Unit, Apart>();
  const born = units.filter((u) => u.born !== undefined);
  if (born.length > 1) for (const u of born) apart.set(u, { by: 'birth', others: born.filter((o) => o !== u).map((o) => o.born as number) });
  // Term → the units in office at its first sessions.
  const atSession = new Map<string, Set<Unit>>();
  for (const { session } of byFile.values()) {
    if (!session) continue;
    const inOffice = atSession.get(session.term) ?? new Set<Unit>();
    for (const p of session.places) {
      const unit = unitOf.get(`p:${p}`);
      if (unit) inOffice.add(unit);
    }
    atSession.set(session.term, inOffice);
  }
  for (const [term, inOffice] of [...atSession].sort(([a], [b]) => a.localeCompare(b))) {
    if (inOffice.size < 2) continue;
    for (const u of inOffice) if (!apart.has(u)) apart.set(u, { by: 'place', term, others: [...inOffice].filter((o) => o !== u).map((o) => o.places.join(', ')) });
  }
  for (const u of units) {
    const era = u.era;
    if (era === undefined || apart.has(u)) continue;
    const others = units.flatMap((o) => (o.era !== undefined && span(era, o.era) > CAREER_YEARS ? [o.era] : []));
    if (others.length > 0) apart.set(u, { by: 'era', others });
  }
  if (units.some((u) => u.sex === 'ông') && units.some((u) => u.sex === 'bà')) for (const u of units) if (u.sex !== undefined && !apart.has(u)) apart.set(u, { by: 'sex', sex: u.sex });
  if (apart.size === 0) return undefined;

  const name = key.slice('person:'.length);
  const groupOf = new Map<string, Group>();
  const groups: Group[] = [];
  for (const unit of units) {
    const why = apart.get(unit);
    if (!why) continue;
    const groupKey = namesakeKey(name, unit.born !== undefined ? String(unit.born) : (unit.places[0] ?? (unit.era && `năm ${unit.era.from}`) ?? unit.sex ?? ''));
    // Two units split by honorific out of different provinces share their key: nothing sets them apart.
    const group = groups.find((g) => g.key === groupKey) ?? { key: groupKey, places: unit.places, born: unit.born, sex: unit.sex, era: unit.era, apart: why };
    if (!groups.includes(group)) groups.push(group);
    for (const label of unit.labels) groupOf.set(label, group);
  }
  // An article that gives only an honorific names the one official called so, when there is one.
  for (const sex of ['ông', 'bà'] as const) {
    const called = groups.filter((g) => g.sex === sex);
    if (called.length === 1 && !groupOf.has(`s:${sex}`)) groupOf.set(`s:${sex}`, called[0]);
  }
  return { groupOf, groups, signature: JSON.stringify(groups) };
}
