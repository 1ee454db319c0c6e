import type { Article, Span } from '../model';
import { looseKey, matchKey } from '../text/source';
import { firstFiles, type Contribution, type Tally } from '../folderIndex/aggregates';
import type { NameVariantMessages } from '../messages/catalogue';
import type { Problem, Rule } from './rule';
import { quote, replaceFix } from './edits';
import { isLowerCodePoint, isUpperCodePoint } from './chars';
import { COMPOUNDS } from '../text/compounds';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Lexicon } from '../lexicon';

/**
 * name-variant: a person's name one or two diacritics or letters away from a
 * much more frequent name in the folder ("Trương Thị Mại" among many
 * "Trương Thị Mai"). Near names are found with a deletion neighbourhood: each
 * name is counted under its letters without diacritics and under every
 * one-letter deletion of them, so two names within one edit share a group and
 * a lookup costs a few map reads per name, whatever the size of the folder.
 *
 * Also a well-known name (of the knowledge base's officials, or of
 * data/well-known-names.json) written with the same letters but other
 * diacritics ("Hồ Chí Mình", "Trần Cầm Tú"), wherever it stands in the text:
 * runs of capitalised words are looked up by their letters without
 * diacritics. Renaming a person may be wrong (a namesake), so every fix of
 * this rule is a suggestion.
 *
 * A name that the folder gives posts none of which the frequent name ever
 * holds there ("Nguyễn Văn Hưng, Giám đốc Sở Y tế tỉnh Bình Định" beside
 * "Nguyễn Văn Hùng, Bí thư Tỉnh ủy Quảng Trị") is another person's: common
 * names one diacritic apart are both real names, so it is not reported.
 * Nor is a name whose frequent neighbour only one other article writes: that
 * is the article's spelling of its own subject, not the folder's.
 */

const OWN = 'name ';
const DELETION = 'minus one ';
/** The posts the folder gives a name, each counted once per article: "posts of Nguyễn Văn Hùng" → "bí thư tỉnh ủy quảng trị". */
const POSTS = 'posts of ';
/** A known name must be this frequent, and this many times more frequent than the variant, to be taken as the right spelling. */
const KNOWN_AT_LEAST = 3;
const RATIO = 3;

export const nameVariant: Rule = {
  id: 'name-variant',
  defaultSeverity: 'warning',
  contribute(article: Article): Contribution[] {
    // An article names the same person several times, and each name has a
    // group per deletion: the repeats are counted at once, at the first occurrence.
    const named = new Map<string, { start: number; end: number; times: number }>();
    for (const { start, end, name } of people(article)) {
      const seen = named.get(name);
      if (seen) seen.times++;
      else named.set(name, { start, end, times: 1 });
    }
    const out: Contribution[] = [];
    for (const [name, { start, end, times }] of named) {
      const loose = looseKey(name);
      // The deletions count the name exactly as its own group does, so they share that group's count.
      out.push({ group: OWN + loose, variant: name, start, end, times, alsoIn: [...deletions(loose)].map((d) => DELETION + d) });
    }
    for (const [name, posts] of postsByName(article)) {
      // Counted at the name's first occurrence, as the name is; a name not written exactly is not counted at all.
      const at = named.get(name);
      if (at) for (const post of posts) out.push({ group: POSTS + name, variant: post, start: at.start, end: at.end });
    }
    return out;
  },
  readsOf(tally: Tally, group: string) {
    // A file is told about a name of its own the much more frequent name near it, how often the folder writes that,
    // where, and the posts the folder gives it. Nothing of the posts of a name is read by the files giving them.
    if (group.startsWith(POSTS)) return () => '';
    const nearest = nearestOf(tally);
    return (name) => {
      const best = nearestFor(tally, nearest, name);
      return best ? `${best.name}\n${best.count}\n${firstFiles(tally, best.group, best.name)}\n${[...tally.variants(POSTS + best.name).keys()].sort().join('\n')}` : '';
    };
  },
  readersOf(group: string) {
    // A name's count and posts are read by the names one letter away from it, in the groups of its neighbourhood.
    if (group.startsWith(OWN)) return neighbourhood(group.slice(OWN.length));
    if (group.startsWith(POSTS)) return neighbourhood(looseKey(group.slice(POSTS.length)));
    return [];
  },
  check({ article, tally, source, knowledge, lexicon, messages }) {
    const m = messages.nameVariant;
    const problems: Problem[] = misspeltKnownNames(article, source.norm, (at) => source.toOriginal(at), knownNames(knowledge, lexicon), m);
    const reported = new Set(problems.map((p) => p.start));
    const nearest = nearestOf(tally);
    // Listed when a near name is first found: most articles have none.
    let posts: Map<string, Set<string>> | undefined;
    const named = people(article);
    for (const { start, end, name } of named) {
      const best = nearestFor(tally, nearest, name);
      if (!best || reported.has(start) || anotherPerson(tally, (posts ??= postsByName(article)).get(name), best.name)) continue;
      // One other article naming someone often is that article's spelling of its own subject, not the folder's: the
      // name here may be another person's ("Nguyễn Xuân Thao" of the police beside a hospital's "Nguyễn Xuân Tạo").
      if (best.files < 2 && !named.some((p) => p.name === best.name)) continue;
      const example = tally.example(best.group, best.name, article.uri);
      problems.push({
        start,
        end,
        message: m.nearFrequent(quote(name), quote(best.name), best.count),
        related: example ? [{ ...example, message: m.namedHere(quote(best.name)) }] : [],
        fixes: [replaceFix(m.changeTo(quote(best.name)), article.uri, start, end, best.name, false)],
      });
    }
    return problems;
  },
};

type Nearest = { name: string; count: number; files: number; group: string } | undefined;

/**
 * The nearest frequent name of each name looked up since the tally last changed. It depends on the
 * name and the tally alone, and a folder names the same people in thousands of articles: checking
 * them one after the other, as indexing a folder does, looks each name up once, not once per article.
 */
const nearestByTally = new WeakMap<Tally, { generation: number; nearest: Map<string, Nearest> }>();

function nearestOf(tally: Tally): Map<string, Nearest> {
  let kept = nearestByTally.get(tally);
  if (!kept || kept.generation !== tally.generation) nearestByTally.set(tally, (kept = { generation: tally.generation, nearest: new Map() }));
  return kept.nearest;
}

/** The nearest frequent name of `name`, looked up once per state of the tally (kept in `nearest`, see nearestOf). */
function nearestFor(tally: Tally, nearest: Map<string, Nearest>, name: string): Nearest {
  if (nearest.has(name)) return nearest.get(name);
  const best = nearestKnown(tally, name);
  nearest.set(name, best);
  return best;
}

/** The name much more frequent than `name` and one edit away from it, if any. */
function nearestKnown(tally: Tally, name: string): Nearest {
  const loose = looseKey(name);
  const own = tally.variants(OWN + loose).get(name)?.count ?? 1;
  let best: Nearest;
  for (const group of neighbourhood(loose)) {
    for (const [other, stats] of tally.variants(group)) {
      // The counts are compared first: they rule out nearly every variant, and comparing names costs more.
      if (stats.count < KNOWN_AT_LEAST || stats.count < RATIO * own || (best && stats.count <= best.count)) continue;
      if (matchKey(other) === matchKey(name) || words(other) !== words(name)) continue;
      best = { name: other, count: stats.count, files: stats.fileCount, group };
    }
  }
  return best;
}

/** The posts an article gives each name it names with posts, as match keys, each once. */
function postsByName(article: Article): Map<string, Set<string>> {
  const byName = new Map<string, Set<string>>();
  for (const m of article.mentions) {
    if (m.kind !== 'person' || m.data.titles.length === 0) continue;
    const name = m.data.name.normalize('NFC');
    let posts = byName.get(name);
    if (!posts) byName.set(name, (posts = new Set()));
    for (const t of m.data.titles) posts.add(matchKey(t.canonical));
  }
  return byName;
}

/**
 * Whether a name given these posts is another person than the frequent name: the folder gives the frequent name
 * posts, and none of them is one of these, or a longer or shorter form of one ("Bí thư Tỉnh ủy" of "Bí thư Tỉnh ủy Quảng Trị").
 */
function anotherPerson(tally: Tally, posts: ReadonlySet<string> | undefined, frequent: string): boolean {
  if (!posts || posts.size === 0) return false;
  const held = [...tally.variants(POSTS + frequent).keys()];
  if (held.length === 0) return false;
  // A shorter form the frequent name holds ("Chủ tịch UBND tỉnh") is the longer one only where the folder gives it no
  // other completion: "Chủ tịch UBND tỉnh Tiền Giang" says which province its "Chủ tịch UBND tỉnh" is, not Lào Cai.
  const completes = (h: string, p: string) => p.startsWith(`${h} `) && !held.some((other) => other !== p && other.startsWith(`${h} `) && !p.startsWith(other));
  return !held.some((h) => [...posts].some((p) => h === p || h.startsWith(`${p} `) || completes(h, p)));
}

/** Person mentions with the span of just the name (the mention may include an honorific). */
function people(article: Article): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  for (const m of article.mentions) {
    if (m.kind !== 'person') continue;
    const name = m.data.name.normalize('NFC');
    const composed = m.text.normalize('NFC');
    const at = composed.indexOf(name);
    // Only when the name is written exactly (NFC text) can its span be cut out of the mention.
    if (at === -1 || m.text.length !== composed.length) continue;
    out.push({ start: m.start + at, end: m.start + at + name.length, name });
  }
  return out;
}

/**
 * The groups holding the names one edit away from a name's letters (or with the same letters): the names with those
 * letters or one of their deletions, and the names with a deletion equal to those letters or to one of theirs.
 */
function neighbourhood(loose: string): string[] {
  return [OWN + loose, DELETION + loose, ...[...deletions(loose)].flatMap((d) => [OWN + d, DELETION + d])];
}

function deletions(key: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < key.length; i++) if (key[i] !== ' ') out.add(key.slice(0, i) + key.slice(i + 1));
  return out;
}

function words(name: string): number {
  return name.split(/\s+/).length;
}

/** looseKey → the well-known names with those letters; rebuilt only when the knowledge base or the lexicon changes. */
const knownByLetters = new WeakMap<KnowledgeBase, WeakMap<Lexicon, ReadonlyMap<string, string>>>();

function knownNames(knowledge: KnowledgeBase, lexicon: Lexicon): ReadonlyMap<string, string> {
  let byLexicon = knownByLetters.get(knowledge);
  if (!byLexicon) knownByLetters.set(knowledge, (byLexicon = new WeakMap()));
  let map = byLexicon.get(lexicon);
  if (!map) {
    const byLetters = new Map<string, Set<string>>();
    const names = [...lexicon.wellKnownNames, ...knowledge.people.flatMap((p) => [p.name, ...p.aliases])];
    for (const name of names) {
      if (name.trim().split(/\s+/).length < 2) continue;
      const key = looseKey(name);
      byLetters.set(key, (byLetters.get(key) ?? new Set()).add(name.normalize('NFC')));
    }
    // Letters shared by two different well-known names say nothing about which is meant.
    map = new Map([...byLetters].flatMap(([key, set]) => (set.size === 1 ? [[key, [...set][0]] as const] : [])));
    byLexicon.set(lexicon, map);
  }
  return map;
}

/** The first words of the well-known names' loose keys; made once per knowledge base, with the names. */
const firstWordsOf = new WeakMap<ReadonlyMap<string, string>, ReadonlySet<string>>();

function firstWords(known: ReadonlyMap<string, string>): ReadonlySet<string> {
  let firsts = firstWordsOf.get(known);
  if (!firsts) {
    firsts = new Set([...known.keys()].map((key) => key.split(' ')[0]));
    firstWordsOf.set(known, firsts);
  }
  return firsts;
}

/**
 * The runs of capitalised words, of which any two to four in a row may be a
 * name: each run as its words' spans, what
 * /\p{Lu}\p{Ll}*(?:[ \u00a0]+\p{Lu}\p{Ll}*){1,63}/gu finds, read code point by code point from a
 * table rather than by trying the pattern's property escapes at every offset.
 * A run has at least two words and is cut after 64: a longer one is taken in
 * pieces of 64 words, and only a name split between two pieces of such a
 * run, which is no prose, is missed.
 */
function capitalisedRuns(norm: string): Span[][] {
  const runs: Span[][] = [];
  let at = 0;
  while (at < norm.length) {
    const code = norm.codePointAt(at) as number;
    if (!isUpperCodePoint(code)) {
      at += code > 0xffff ? 2 : 1;
      continue;
    }
    const words: Span[] = [{ start: at, end: lowerRunEnd(norm, at + (code > 0xffff ? 2 : 1)) }];
    while (words.length < MAX_RUN_WORDS) {
      let next = words[words.length - 1].end;
      while (next < norm.length && (norm.charCodeAt(next) === 0x20 || norm.charCodeAt(next) === 0xa0)) next++;
      const first = norm.codePointAt(next);
      if (next === words[words.length - 1].end || first === undefined || !isUpperCodePoint(first)) break;
      words.push({ start: next, end: lowerRunEnd(norm, next + (first > 0xffff ? 2 : 1)) });
    }
    // A word alone is no run; the pattern would try again after its capital, where only lower-case letters follow it.
    if (words.length > 1) runs.push(words);
    at = words[words.length - 1].end;
  }
  return runs;
}

/** Where the lower-case letters from `at` end. */
function lowerRunEnd(text: string, at: number): number {
  let end = at;
  for (let code = text.codePointAt(end); code !== undefined && isLowerCodePoint(code); code = text.codePointAt(end)) end += code > 0xffff ? 2 : 1;
  return end;
}

/** A name's letters with their tone marks dropped: the marks that make ă, â, ê, ô, ơ, ư and đ letters of their own stay. */
function withoutTones(name: string): string {
  return matchKey(name).normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
}

const MAX_RUN_WORDS = 64;
const LONGEST_NAME = 4;

/** Whether a word and the lower-case word after it make a two-syllable word ("Chính trị" of "Trường Chính trị"). */
function endsInCompound(norm: string, word: Span): boolean {
  const next = NEXT_LOWER_CASE_WORD.exec(norm.slice(word.end, word.end + NEXT_WORD_REACH));
  return next !== null && COMPOUNDS.has(`${norm.slice(word.start, word.end).toLowerCase()} ${next[1]}`);
}

/** The lower-case word right after a space. */
const NEXT_LOWER_CASE_WORD = /^ (\p{Ll}[\p{L}\p{M}]*)/u;
/** How far a word after a name is read: one syllable and its space. */
const NEXT_WORD_REACH = 12;

function misspeltKnownNames(article: Article, norm: string, toOriginal: (at: number) => number, known: ReadonlyMap<string, string>, messages: NameVariantMessages): Problem[] {
  const firsts = firstWords(known);
  const problems: Problem[] = [];
  for (const words of capitalisedRuns(norm)) {
    for (let i = 0; i < words.length; i++) {
      // Most capitalised words begin no well-known name ("Ban", "Tỉnh"): the loose key of a name begins with
      // that of its first word, so one lookup per word spares making the key of every window it begins.
      if (!firsts.has(looseKey(norm.slice(words[i].start, words[i].end)))) continue;
      for (let n = Math.min(LONGEST_NAME, words.length - i); n >= 2; n--) {
        const start = words[i].start;
        const end = words[i + n - 1].end;
        const written = norm.slice(start, end).replace(/\s+/g, ' ');
        const name = known.get(looseKey(written));
        if (name === undefined || endsInCompound(norm, words[i + n - 1])) continue;
        // A name without any diacritic is a transliteration ("Ho Chi Minh City"), not a misspelling; one with another
        // letter (u and ư, o and ơ are letters of their own: "Lê Minh Hùng" beside "Lê Minh Hưng") is another name.
        if (matchKey(name) !== matchKey(written) && /[^\x00-\x7f]/.test(written) && withoutTones(name) === withoutTones(written)) {
          const [from, to] = [toOriginal(start), toOriginal(end)];
          problems.push({
            start: from,
            end: to,
            message: messages.wellKnown(quote(written), quote(name)),
            fixes: [replaceFix(messages.changeTo(quote(name)), article.uri, from, to, name, false)],
          });
        }
        i += n - 1;
        break;
      }
    }
  }
  return problems;
}
