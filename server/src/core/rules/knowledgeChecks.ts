import type { Article, CalendarDate } from '../model';
import { addDays, compareDates, toIso } from '../calendar';
import { looseKey, matchKey } from '../text/source';
import type { DateBound, KnowledgeBase, Person } from '../knowledge/knowledgeBase';
import { issuerKey, resolveCitation, sameIssuer } from '../knowledge/citations';
import type { KnowledgeCheckMessages } from '../messages/catalogue';
import type { Problem } from './rule';
import type { WrittenTitle } from './titles';
import { quote } from './edits';
import { issuerOf } from './documents';

/**
 * The checks title-conflict and document-conflict make against the
 * knowledge base rather than against the folder: a single post given to
 * someone while the knowledge base has another person certainly in it on
 * the article's date, and a citation whose date or issuer contradicts the
 * document it resolves to. Only certain facts contradict: a post whose dates
 * are imprecise or unknown never does, and neither does a namesake who may
 * have held it.
 */

/** How long after an appointment reported in the news the knowledge base may start the tenure. */
const TAKING_UP_DAYS = 92;

/** A person's single posts that the knowledge base gives someone else on the article's date. */
export function postsHeldByOthers(article: Article, titles: readonly WrittenTitle[], knowledge: KnowledgeBase, messages: KnowledgeCheckMessages): Problem[] {
  const date = article.publication?.date;
  if (!date) return [];
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const t of titles) {
    const holder = t.holder;
    if (!holder || !knowledge.isSinglePost(t.canonical)) continue;
    const seen = `${matchKey(t.canonical)} ${matchKey(holder)}`;
    if (reported.has(seen)) continue;
    const holders = knowledge.holdersAt(t.canonical, date);
    const others = holders.filter((h) => h.certainty === 'certain' && !isNamed(h.person, holder));
    if (others.length === 0 || holders.some((h) => isNamed(h.person, holder))) continue;
    // A post the text says the holder takes up is theirs from then, though the knowledge base may date the tenure (or
    // the end of the one before) from a decision or an oath some weeks later.
    const later = t.taken ? knowledge.holdersAt(t.canonical, addDays(date, TAKING_UP_DAYS)) : [];
    if (t.taken && (later.some((h) => isNamed(h.person, holder)) || !later.some((h) => others.some((o) => o.person === h.person)))) continue;
    reported.add(seen);
    const iso = toIso(date);
    const held = others.map((h) => `${h.person.name} (${messages.tenure(h.post.start, h.post.end)}; ${h.sources[0] ?? messages.noSource})`).join('; ');
    const own = ownTenure(knowledge, holder, t.canonical, messages);
    problems.push({
      start: t.start,
      end: t.end,
      message: messages.heldByOthers(holder, t.canonical, iso, held, own),
    });
  }
  return problems;
}

/** Whether a person goes by a name (as written in an article). */
function isNamed(person: Person, name: string): boolean {
  const key = matchKey(name);
  // The same letters with other diacritics ("Trần Cầm Tú") are the person misspelt: name-variant reports that.
  const loose = looseKey(name);
  return matchKey(person.name) === key || person.aliases.some((a) => matchKey(a) === key) || looseKey(person.name) === loose;
}

/** When the named person held the post, if the knowledge base knows: it explains the mistake. */
function ownTenure(knowledge: KnowledgeBase, name: string, title: string, messages: KnowledgeCheckMessages): string | undefined {
  const periods = knowledge
    .peopleNamed(name)
    .flatMap((p) => p.posts.filter((post) => matchKey(post.title) === matchKey(title)))
    .map((post) => messages.tenure(post.start, post.end));
  return periods.length > 0 ? periods.join(', ') : undefined;
}

/** Citations whose date or issuer contradicts the knowledge-base document they resolve to. */
export function citationContradictions(article: Article, knowledge: KnowledgeBase, messages: KnowledgeCheckMessages): Problem[] {
  const problems: Problem[] = [];
  for (const mention of article.mentions) {
    if (mention.data.kind !== 'document') continue;
    const document = resolveCitation(article, mention, knowledge)?.document;
    if (!document) continue;
    const data = mention.data;
    const source = document.sources[0] ?? messages.noSource;
    const name = `${document.type} ${document.code}`;
    if (data.date && document.date && outside(data.date, document.date)) {
      problems.push({
        start: mention.start,
        end: mention.end,
        message: messages.dated(quote(mention.text), toIso(data.date), name, document.date.text, source),
      });
    }
    const issuer = issuerOf(article, mention);
    if (issuer && document.issuer && !sameIssuer(issuerKey(issuer), issuerKey(document.issuer))) {
      problems.push({
        start: mention.start,
        end: mention.end,
        message: messages.issuer(quote(mention.text), issuer, name, document.issuer, source),
      });
    }
    // A subject the knowledge base only believes (low confidence) contradicts nothing.
    if (data.subject && document.subject && document.confidence !== 'low' && differentSubjects(data.subject, document.subject)) {
      problems.push({
        start: mention.start,
        end: mention.end,
        message: messages.subject(quote(mention.text), quote(data.subject, 90), name, document.date?.text, quote(document.subject, 90), source),
      });
    }
  }
  return problems;
}

/**
 * Two subjects of one document that cannot both be right: they name
 * different congresses, terms or years ("… tiến tới Đại hội XIII" and "…
 * tiến tới Đại hội XIV": numbers restart every term, so that is another
 * document), or share few of their words.
 */
function differentSubjects(cited: string, known: string): boolean {
  const a = subjectWords(cited);
  const b = subjectWords(known);
  const numbers = (words: Set<string>) => [...words].filter((w) => /^(?:[ivxl]+|\d{2,4})$/.test(w));
  const [na, nb] = [numbers(a), numbers(b)];
  if (na.length > 0 && nb.length > 0 && !na.some((n) => nb.includes(n))) return true;
  if (a.size < MIN_SUBJECT_WORDS || b.size < MIN_SUBJECT_WORDS) return false;
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / Math.min(a.size, b.size) < SHARED_AT_LEAST;
}

/** Subjects shorter than this (in distinct words) are not compared by their words: too little to tell. */
const MIN_SUBJECT_WORDS = 4;
/** Two wordings of one subject share at least this part of the shorter one's words. */
const SHARED_AT_LEAST = 0.34;

function subjectWords(subject: string): Set<string> {
  return new Set(matchKey(subject).split(/[^\p{L}\d]+/u).filter((w) => w !== '' && w !== 'về' && w !== 'của'));
}

/**
 * One finding per span: when the folder and the knowledge base both
 * contradict the same mention (or its date and its issuer both do), their
 * messages are joined, so the editor shows one squiggle that says it all.
 */
export function oneProblemPerSpan(problems: readonly Problem[]): Problem[] {
  const bySpan = new Map<string, Problem>();
  for (const p of problems) {
    const key = `${p.start}:${p.end}`;
    const seen = bySpan.get(key);
    bySpan.set(
      key,
      seen
        ? { ...seen, message: `${seen.message} ${p.message}`, related: [...(seen.related ?? []), ...(p.related ?? [])], fixes: [...(seen.fixes ?? []), ...(p.fixes ?? [])] }
        : p,
    );
  }
  return [...bySpan.values()];
}

/** A date that cannot be the bound's date (a bound without both ends contradicts nothing). */
function outside(date: CalendarDate, bound: DateBound): boolean {
  if (!bound.earliest || !bound.latest) return false;
  return compareDates(date, bound.earliest) < 0 || compareDates(bound.latest, date) < 0;
}
