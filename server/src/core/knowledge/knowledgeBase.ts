import bundledJson from '../../../../data/knowledge-base.json';
import type { CalendarDate } from '../model';
import { compareDates, daysBetween, toIso } from '../calendar';
import { partyCongress, partyTermAt } from '../terms';
import { matchKey } from '../text/source';
import type { ResolutionReason } from './reasons';
import type { KnowledgeFileMessages } from '../messages/catalogue';
import { EN } from '../messages/en';
import { DEFAULT_AWARD, readKnowledgeData } from './knowledgeData';
import type { Post, Person, PartyDocument, AwardEdition, Organization, KnowledgeData, KnowledgeIssue } from './knowledgeFacts';

/**
 * The knowledge base: officials and their posts over time, Party documents,
 * award editions and organisations, each fact with its sources. The bundled
 * facts (data/knowledge-base.json, built from facts.md) can be overridden and
 * extended by a workspace file (workspaceKnowledge.ts). Everything here is
 * pure: the data comes in as values and the queries only read it.
 */

/** The fact types are part of this module's interface: callers see one knowledge module. */
export type * from './knowledgeFacts';

/**
 * A person holding a post on a date. `certain` when every reading of the
 * sources has the person in post that day; `possible` when the imprecise or
 * unknown dates allow it.
 */
export interface Holding {
  readonly person: Person;
  readonly post: Post;
  readonly certainty: 'certain' | 'possible';
  /** The post's sources followed by those of its attestations. */
  readonly sources: readonly string[];
}

export interface PersonResolution {
  readonly person?: Person;
  /** The people the evidence still allows (just the person when resolved). */
  readonly candidates: readonly Person[];
  readonly ambiguous: boolean;
  /** How the name was resolved, for the hover. */
  readonly reason: ResolutionReason;
  /** Titles from the mention the knowledge base knows but does not give the person on that date. */
  readonly unsupportedTitles: readonly string[];
}

export interface DocumentResolution {
  readonly document?: PartyDocument;
  readonly candidates: readonly PartyDocument[];
  readonly ambiguous: boolean;
  readonly reason: ResolutionReason;
}

/** When a citation was made: a date (of the citation or the article) or a Party term. */
export type DocumentWhen = CalendarDate | { readonly term: number };

/** The merged facts (people, documents, organisations, awards, texts that are not entities), and queries over them. */
export interface KnowledgeBase extends Pick<KnowledgeData, 'people' | 'documents' | 'organizations' | 'awards' | 'notEntities'> {
  /** Problems found while merging the overlay (aliases for unknown ids). */
  readonly issues: readonly KnowledgeIssue[];
  /** Citation forms linked to documents: matchKey(citation) → document. */
  readonly documentAliases: ReadonlyMap<string, PartyDocument>;
  documentById(id: string): PartyDocument | undefined;
  /** People whose name or an alias matches (case-insensitive, diacritics kept). */
  peopleNamed(name: string): readonly Person[];
  personById(id: string): Person | undefined;
  organizationNamed(name: string): Organization | undefined;
  isSinglePost(title: string): boolean;
  /** Who held a post on a date; for a single post, a certain holder rules out merely possible ones. */
  holdersAt(title: string, date: CalendarDate): readonly Holding[];
  /** The posts a person held on a date. */
  postsAt(personId: string, date: CalendarDate): readonly Holding[];
  /** Which of the people sharing a name is meant, from the mention's titles and date. */
  resolvePerson(name: string, titles: readonly string[], date?: CalendarDate): PersonResolution;
  documentsByCode(codeType: string, number: string, codeIssuer: string): readonly PartyDocument[];
  /** Which document a code means, from the citation's or article's date, or a term. */
  resolveDocument(codeType: string, number: string, codeIssuer: string, when?: DocumentWhen): DocumentResolution;
  /** An edition of an award (Giải Búa liềm vàng unless named): provincial awards number their own editions. */
  award(edition: number, name?: string): AwardEdition | undefined;
}

/** The bundled facts, converted once; data files are checked by the knowledge base tests. */
export const BUNDLED_KNOWLEDGE: KnowledgeData = readKnowledgeData(bundledJson, 'bundled').data;

let bundledBase: KnowledgeBase | undefined;

/** The bundled knowledge base alone, built on first use and shared (it never changes). */
export function bundledKnowledgeBase(): KnowledgeBase {
  bundledBase ??= createKnowledgeBase();
  return bundledBase;
}

/** Internal: a post with its person and the day ranges it is possibly and certainly held. */
interface PostEntry {
  readonly person: Person;
  readonly post: Post;
  readonly possibleFrom: number;
  readonly possibleTo: number;
  readonly certainFrom: number;
  readonly certainTo: number;
}

const EPOCH: CalendarDate = { year: 1970, month: 1, day: 1 };

function dayNumber(date: CalendarDate): number {
  return daysBetween(EPOCH, date);
}

/**
 * The day ranges of a post. With start s and end e unknown within their
 * bounds (and s ≤ e, and every attested period inside [s, e]), the post is
 * certainly held from the latest s can be to the earliest e can be, and
 * possibly held from the earliest s to the latest e.
 */
function postEntry(person: Person, post: Post): PostEntry {
  const day = (date: CalendarDate | undefined, fallback: number) => (date ? dayNumber(date) : fallback);
  const startEarliest = day(post.start.earliest, -Infinity);
  const startLatest = day(post.start.latest, Infinity);
  const ongoing = post.end === undefined;
  const endEarliest = ongoing ? Infinity : day(post.end.earliest, -Infinity);
  const endLatest = ongoing ? Infinity : day(post.end.latest, Infinity);
  const attestedFrom = Math.min(...post.attested.map((a) => day(a.date.earliest, Infinity)));
  const attestedTo = Math.max(...post.attested.map((a) => day(a.date.latest, -Infinity)));
  return {
    person,
    post,
    possibleFrom: startEarliest,
    possibleTo: endLatest,
    certainFrom: Math.min(startLatest, attestedFrom, endLatest),
    certainTo: ongoing ? Infinity : Math.max(endEarliest, attestedTo, startEarliest),
  };
}

function certaintyOn(entry: PostEntry, day: number): Holding['certainty'] | undefined {
  if (entry.certainFrom <= day && day <= entry.certainTo) return 'certain';
  if (entry.possibleFrom <= day && day <= entry.possibleTo) return 'possible';
  return undefined;
}

function holding(entry: PostEntry, certainty: Holding['certainty']): Holding {
  const sources = [...new Set([...entry.post.sources, ...entry.post.attested.flatMap((a) => a.sources)])];
  return { person: entry.person, post: entry.post, certainty, sources };
}

/** The key documents are looked up by: type, number without leading zeros, issuer. */
function codeKey(codeType: string, number: string, codeIssuer: string): string {
  return `${matchKey(codeType)}|${number.trim().replace(/^0+(?=\d)/, '')}|${matchKey(codeIssuer)}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Entries of the overlay replace bundled entries with the same key and add the rest. */
function mergeBy<T>(bundled: readonly T[], overlay: readonly T[], key: (entry: T) => string | number): T[] {
  const merged = new Map<string | number, T>();
  for (const entry of [...bundled, ...overlay]) merged.set(key(entry), entry);
  return [...merged.values()];
}

export function createKnowledgeBase(
  bundled: KnowledgeData = BUNDLED_KNOWLEDGE,
  overlay?: KnowledgeData,
  m: KnowledgeFileMessages = EN.knowledgeFile,
): KnowledgeBase {
  const issues: KnowledgeIssue[] = [];
  const people = new Map(mergeBy(bundled.people, overlay?.people ?? [], (p) => p.id).map((p) => [p.id, p]));
  for (const addition of [...bundled.aliases, ...(overlay?.aliases ?? [])]) {
    const person = people.get(addition.personId);
    if (!person) {
      const at = addition.definition ?? { start: 0, end: 0 };
      issues.push({ ...at, message: m.unknownPerson(addition.personId) });
      continue;
    }
    const known = new Set([person.name, ...person.aliases].map(matchKey));
    const added = addition.aliases.filter((alias) => !known.has(matchKey(alias)));
    people.set(person.id, { ...person, aliases: [...person.aliases, ...added] });
  }
  const documents = mergeBy(bundled.documents, overlay?.documents ?? [], (d) => d.id);
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const documentAliases = new Map<string, PartyDocument>();
  for (const addition of [...bundled.documentAliases, ...(overlay?.documentAliases ?? [])]) {
    const document = documentById.get(addition.documentId);
    if (!document) {
      const at = addition.definition ?? { start: 0, end: 0 };
      issues.push({ ...at, message: m.unknownDocument(addition.documentId) });
      continue;
    }
    for (const alias of addition.aliases) documentAliases.set(matchKey(alias), document);
  }
  const organizations = mergeBy(bundled.organizations, overlay?.organizations ?? [], (o) => o.id);
  const awards = mergeBy(bundled.awards, overlay?.awards ?? [], (a) => `${matchKey(a.name)}#${a.edition}`);
  const singlePosts = new Set([...bundled.singlePosts, ...(overlay?.singlePosts ?? [])].map(matchKey));

  const byName = new Map<string, Person[]>();
  const byTitle = new Map<string, PostEntry[]>();
  const byPerson = new Map<string, PostEntry[]>();
  for (const person of people.values()) {
    for (const name of new Set([person.name, ...person.aliases].map(matchKey))) push(byName, name, person);
    for (const post of person.posts) {
      const entry = postEntry(person, post);
      push(byTitle, matchKey(post.title), entry);
      push(byPerson, person.id, entry);
    }
  }
  const byCode = new Map<string, PartyDocument[]>();
  for (const document of documents) push(byCode, codeKey(document.codeType, document.number, document.codeIssuer), document);
  const organizationByName = new Map<string, Organization>();
  for (const organization of organizations) {
    for (const name of [organization.name, ...organization.aliases]) organizationByName.set(matchKey(name), organization);
  }

  /** Whether someone other than `entry`'s holder certainly held its single post that day. */
  function ruledOut(entry: PostEntry, day: number): boolean {
    const titleKey = matchKey(entry.post.title);
    if (!singlePosts.has(titleKey)) return false;
    return (byTitle.get(titleKey) ?? []).some((other) => other.person.id !== entry.person.id && certaintyOn(other, day) === 'certain');
  }

  function holdingsOf(entries: readonly PostEntry[], date: CalendarDate): Holding[] {
    const day = dayNumber(date);
    const result: Holding[] = [];
    for (const entry of entries) {
      const certainty = certaintyOn(entry, day);
      if (certainty === 'certain' || (certainty === 'possible' && !ruledOut(entry, day))) result.push(holding(entry, certainty));
    }
    return result;
  }

  function holdersAt(title: string, date: CalendarDate): Holding[] {
    return holdingsOf(byTitle.get(matchKey(title)) ?? [], date);
  }

  function postsAt(personId: string, date: CalendarDate): Holding[] {
    return holdingsOf(byPerson.get(personId) ?? [], date);
  }

  function peopleNamed(name: string): readonly Person[] {
    return byName.get(matchKey(name)) ?? [];
  }

  /** How strongly a person held a title: on the date, or at any time when there is no date. */
  function titleCertainty(person: Person, title: string, date: CalendarDate | undefined): Holding['certainty'] | undefined {
    const entries = (byPerson.get(person.id) ?? []).filter((e) => matchKey(e.post.title) === matchKey(title));
    if (!date) return entries.length > 0 ? 'possible' : undefined;
    const found = holdingsOf(entries, date).map((h) => h.certainty);
    return found.includes('certain') ? 'certain' : found[0];
  }

  function resolvePerson(name: string, titles: readonly string[], date?: CalendarDate): PersonResolution {
    const namesakes = peopleNamed(name);
    const when = date ? toIso(date) : undefined;
    if (namesakes.length === 0) {
      return { candidates: [], ambiguous: false, reason: { kind: 'noSuchPerson', name }, unsupportedTitles: [] };
    }
    // Only titles someone in the knowledge base holds can tell people apart.
    const known = titles.filter((t) => byTitle.has(matchKey(t)));
    const titlesListed = known.join(', ');
    if (known.length === 0) {
      if (namesakes.length === 1) {
        return { person: namesakes[0], candidates: namesakes, ambiguous: false, reason: { kind: 'onlyNamesake', name }, unsupportedTitles: [] };
      }
      return {
        candidates: namesakes,
        ambiguous: true,
        reason: { kind: 'untold', name, people: namesakes.length, date: when },
        unsupportedTitles: [],
      };
    }
    const scored = namesakes.map((person) => {
      const certainties = known.map((t) => titleCertainty(person, t, date));
      return {
        person,
        matched: certainties.filter((c) => c !== undefined).length,
        certain: certainties.filter((c) => c === 'certain').length,
        unsupported: known.filter((_, i) => certainties[i] === undefined),
      };
    });
    const bestMatched = Math.max(...scored.map((s) => s.matched));
    if (bestMatched === 0) {
      if (namesakes.length === 1) {
        return {
          person: namesakes[0],
          candidates: namesakes,
          ambiguous: false,
          reason: { kind: 'notKnownToHold', name, titles: titlesListed, date: when },
          unsupportedTitles: known,
        };
      }
      return {
        candidates: namesakes,
        ambiguous: true,
        reason: { kind: 'noneHeld', name, people: namesakes.length, titles: titlesListed, date: when },
        unsupportedTitles: known,
      };
    }
    const matching = scored.filter((s) => s.matched === bestMatched);
    const bestCertain = Math.max(...matching.map((s) => s.certain));
    const best = matching.filter((s) => s.certain === bestCertain);
    if (best.length > 1) {
      return {
        candidates: best.map((s) => s.person),
        ambiguous: true,
        reason: { kind: 'several', name, count: best.length, people: namesakes.length, titles: titlesListed, date: when },
        unsupportedTitles: [],
      };
    }
    const [chosen] = best;
    const certain = chosen.certain === known.length;
    const reason: ResolutionReason =
      namesakes.length === 1
        ? { kind: 'held', name, certain, titles: titlesListed, date: when }
        : { kind: 'onlyOne', name, people: namesakes.length, id: chosen.person.id, certain, titles: titlesListed, possibly: matching.length - 1, date: when };
    return { person: chosen.person, candidates: [chosen.person], ambiguous: false, reason, unsupportedTitles: chosen.unsupported };
  }

  function documentsByCode(codeType: string, number: string, codeIssuer: string): readonly PartyDocument[] {
    return byCode.get(codeKey(codeType, number, codeIssuer)) ?? [];
  }

  function resolveDocument(codeType: string, number: string, codeIssuer: string, when?: DocumentWhen): DocumentResolution {
    const candidates = documentsByCode(codeType, number, codeIssuer);
    const code = `${number}-${codeType}/${codeIssuer}`;
    if (candidates.length === 0) return { candidates, ambiguous: false, reason: { kind: 'noSuchDocument', code } };
    if (when === undefined) {
      return candidates.length === 1
        ? { document: candidates[0], candidates, ambiguous: false, reason: { kind: 'onlyDocument', code } }
        : { candidates, ambiguous: true, reason: { kind: 'sameNumber', code, count: candidates.length } };
    }
    if ('term' in when) {
      const inTerm = candidates.filter((d) => d.term === when.term);
      const { term } = when;
      if (inTerm.length === 1) return { document: inTerm[0], candidates: inTerm, ambiguous: false, reason: { kind: 'ofTerm', code, term } };
      return inTerm.length === 0
        ? { candidates, ambiguous: false, reason: { kind: 'noneOfTerm', code, term } }
        : { candidates: inTerm, ambiguous: true, reason: { kind: 'severalOfTerm', code, term, count: inTerm.length } };
    }
    return resolveByDate(candidates, code, when);
  }

  function award(edition: number, name = DEFAULT_AWARD): AwardEdition | undefined {
    return awards.find((a) => a.edition === edition && matchKey(a.name) === matchKey(name));
  }

  return {
    people: [...people.values()],
    documents,
    organizations,
    awards,
    issues,
    notEntities: [...bundled.notEntities, ...(overlay?.notEntities ?? [])],
    documentAliases,
    documentById: (id) => documentById.get(id),
    peopleNamed,
    personById: (id) => people.get(id),
    organizationNamed: (name) => organizationByName.get(matchKey(name)),
    isSinglePost: (title) => singlePosts.has(matchKey(title)),
    holdersAt,
    postsAt,
    resolvePerson,
    documentsByCode,
    resolveDocument,
    award,
  };
}

/** The first day a document can have been issued: its date, else the start of its term. */
function issuedFrom(document: PartyDocument): CalendarDate | undefined {
  if (document.date?.earliest) return document.date.earliest;
  return document.term !== undefined ? partyCongress(document.term)?.closed : undefined;
}

/**
 * A date picks the document issued on it, else the latest one issued by then:
 * numbers restart every term, so a citation means the newest document of
 * that number, and never one issued after the text was written.
 */
function resolveByDate(candidates: readonly PartyDocument[], code: string, date: CalendarDate): DocumentResolution {
  const iso = toIso(date);
  const term = partyTermAt(date);
  const exact = candidates.filter(
    (d) => d.date?.earliest && d.date.latest && compareDates(d.date.earliest, date) <= 0 && compareDates(date, d.date.latest) <= 0,
  );
  if (exact.length === 1) return { document: exact[0], candidates: exact, ambiguous: false, reason: { kind: 'issuedOn', code, date: iso, term } };
  const issued: { document: PartyDocument; from: CalendarDate }[] = [];
  for (const document of candidates) {
    const from = issuedFrom(document);
    if (from && compareDates(from, date) <= 0) issued.push({ document, from });
  }
  issued.sort((a, b) => compareDates(b.from, a.from));
  if (issued.length === 0) return { candidates, ambiguous: false, reason: { kind: 'noneIssuedBy', code, date: iso } };
  const [latest] = issued;
  return {
    document: latest.document,
    candidates: [latest.document],
    ambiguous: false,
    reason: { kind: 'latestBy', code, date: iso, term, latestTerm: latest.document.term, issued: latest.document.date?.text },
  };
}
