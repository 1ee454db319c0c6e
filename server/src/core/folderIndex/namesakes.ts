import { currentPosts, type Article, type Mention, type PersonData } from '../model';
import { personKey, placedPersonKey } from '../entityKeys';
import { matchKey } from '../text/source';
import { firstSessionTerm } from '../recognise/firstSession';
import type { ResolutionReason } from '../knowledge/reasons';

/**
 * Officials the folder tells apart although the knowledge base does not know
 * them: two people of one name who held posts in two provinces at the same
 * time. The SPEC's rule is that a person is a name plus a consistent title
 * and time context, and that ambiguous evidence is said, not merged.
 *
 * For each name, the provinces its posts name are joined into groups: an
 * article that gives one person posts in two provinces (an official moved
 * from Kiên Giang to Cần Thơ) says they are one career. Two groups are two
 * people only when the folder shows them in office at the same time: both
 * reported at the first session of the councils of one term, which every
 * province holds within weeks of the same general election. Groups that
 * nothing dates together stay one entity, since an official may have moved
 * between provinces and no article here says so.
 *
 * When a name splits, each conflicting group gets its own key, and a mention
 * in an article that ties it to no group (no province, or a province of a
 * group that conflicts with none) stays on the name's key, marked ambiguous
 * with the groups as candidates.
 *
 * Kept per file and updated as articles change; a name's decision is taken
 * again only when the evidence of one of its files changes. While a folder is
 * being indexed, decisions wait for settle(), so a name in thousands of files
 * is decided once, not once per file.
 */

/** What one article says of one name: the provinces of its posts, and those it held at a first council session. */
interface Evidence {
  /** Canonical provinces of any post the article gives the name (former ones too: they are the same career). */
  readonly places: readonly string[];
  /** The term of the first council session the article reports, with the provinces of the posts held then. */
  readonly session?: { readonly term: string; readonly places: readonly string[] };
}

interface Group {
  readonly key: string;
  readonly places: readonly string[];
}

/** How a name's mentions are keyed when the folder tells its officials apart. */
interface Decision {
  /** Canonical province → the group that holds it; a group without a key conflicts with none. */
  readonly groupOf: ReadonlyMap<string, Group | undefined>;
  readonly groups: readonly Group[];
  /** The term whose first sessions set the groups apart. */
  readonly term: string;
  readonly signature: string;
}

/** Levels after which a province's name follows in a post ("UBND tỉnh Hà Giang", "Thành ủy Cần Thơ"). */
const PLACE_LEVEL = /(?:^|[\s.])(?:tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|tỉnh đoàn|thành đoàn|tỉnh|thành phố|tp)\.?\s*/gu;
/** The longest province name, in words ("Bà Rịa - Vũng Tàu"). */
const MAX_PLACE_WORDS = 5;

export class FolderNamesakes {
  /** Person key → URI → the evidence of that article, for articles that tie the name to a province. */
  private readonly evidence = new Map<string, Map<string, Evidence>>();
  /** URI → the person keys it has evidence for, to forget it. */
  private readonly keysOf = new Map<string, readonly string[]>();
  private readonly decisions = new Map<string, Decision>();
  private readonly pending = new Set<string>();
  private deferred = false;

  /** `placeByKey`: the lexicon's provinces, matchKey of any spelling → canonical name. */
  constructor(private readonly placeByKey: ReadonlyMap<string, string>) {}

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
    const keys = this.keysOf.get(article.uri);
    const splits = article.mentions.some((m) => m.kind === 'person' && this.decisions.has(m.key));
    if (!splits) return article;
    const mentions = article.mentions.map((m): Mention => {
      const decision = m.kind === 'person' ? this.decisions.get(m.key) : undefined;
      if (m.kind !== 'person' || !decision) return m;
      const evidence = keys?.includes(m.key) ? this.evidence.get(m.key)?.get(article.uri) : undefined;
      const group = evidence?.places.map((p) => decision.groupOf.get(p)).find((g) => g !== undefined);
      const data: PersonData = m.data;
      if (group) {
        const others = decision.groups.filter((g) => g !== group).map((g) => g.places.join(', '));
        const toldApart: ResolutionReason = { kind: 'apartByPlace', name: data.name, places: group.places.join(', '), others: others.join('; '), term: decision.term };
        return { ...m, key: group.key, data: { ...data, toldApart } };
      }
      const reason: ResolutionReason = { kind: 'placeUntold', name: data.name, count: decision.groups.length, places: decision.groups.map((g) => g.places.join(', ')).join('; ') };
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

  /** Person key → what the article says of it, for the names its posts tie to a province. */
  private read(article: Article): Map<string, Evidence> {
    const places = new Map<string, Set<string>>();
    const held = new Map<string, Set<string>>();
    for (const m of article.mentions) {
      // A name the knowledge base resolved has a key of its own: the knowledge base has told its namesakes apart.
      if (m.kind !== 'person' || m.data.kind !== 'person' || m.data.titles.length === 0 || m.key !== personKey(m.data.name)) continue;
      const current = new Set(currentPosts(m.data));
      for (const title of m.data.titles) {
        const place = this.placeOf(title.text);
        if (place === undefined) continue;
        add(places, m.key, place);
        if (current.has(title.canonical)) add(held, m.key, place);
      }
    }
    const found = new Map<string, Evidence>();
    if (places.size === 0) return found;
    const term = firstSessionTerm(article.text);
    for (const [key, set] of places) {
      const atSession = held.get(key);
      found.set(key, {
        places: [...set].sort(),
        session: term && atSession ? { term: `${term.from}–${term.to}`, places: [...atSession].sort() } : undefined,
      });
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

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

function sameEvidence(a: Evidence | undefined, b: Evidence): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The officials a name's evidence shows: provinces joined by the articles that
 * name several, then groups in office at the same first council session in
 * different provinces. Undefined when nothing sets two groups apart.
 */
function split(key: string, byFile: ReadonlyMap<string, Evidence>): Decision | undefined {
  const parent = new Map<string, string>();
  const root = (p: string): string => {
    let r = p;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(p, r);
    return r;
  };
  for (const { places } of byFile.values()) {
    for (const p of places) if (!parent.has(p)) parent.set(p, p);
    for (const p of places.slice(1)) parent.set(root(p), root(places[0]));
  }
  // Term → the roots of the groups in office at its first sessions.
  const atSession = new Map<string, Set<string>>();
  for (const { session } of byFile.values()) {
    if (!session) continue;
    const roots = atSession.get(session.term) ?? new Set<string>();
    for (const p of session.places) roots.add(root(p));
    atSession.set(session.term, roots);
  }
  const conflicting = [...atSession].filter(([, roots]) => roots.size > 1).sort(([a], [b]) => a.localeCompare(b));
  if (conflicting.length === 0) return undefined;
  const [term, roots] = conflicting[0];
  const members = new Map<string, string[]>();
  for (const p of [...parent.keys()].sort()) {
    const r = root(p);
    members.set(r, [...(members.get(r) ?? []), p]);
  }
  const name = key.slice('person:'.length);
  const groupOf = new Map<string, Group | undefined>();
  const groups: Group[] = [];
  for (const [r, places] of members) {
    const group = roots.has(r) ? { key: placedPersonKey(name, places[0]), places } : undefined;
    if (group) groups.push(group);
    for (const p of places) groupOf.set(p, group);
  }
  return { groupOf, groups, term, signature: JSON.stringify([term, groups]) };
}
