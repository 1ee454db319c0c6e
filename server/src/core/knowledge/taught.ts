import { currentPosts, type Article, type Mention, type PersonData } from '../model';
import { createSource, matchKey } from '../text/source';
import type { KnowledgeBase, NotEntity, PartyDocument } from './knowledgeBase';
import type { ResolutionReason } from './reasons';
import { documentKey, personKey, resolvedPersonKey } from '../entityKeys';

/**
 * What the knowledge base teaches the recognisers, applied to an article
 * after recognition: names and aliases of workspace people become person
 * mentions wherever they are written, an alias becomes a mention of the
 * person it names, a citation linked to a document takes that document's
 * key, a text marked "not an entity" loses its mention, and a name the
 * knowledge base gives to several officials (the three Nguyễn Thanh Bình)
 * is resolved: by the posts the article gives that name and the article's
 * date, to the one official they fit (a key of its own, so namesakes are
 * never one entity), or, when they fit several, left on the name's key and
 * marked ambiguous with the candidates.
 *
 * Why after recognition rather than inside it: the recognisers depend only
 * on the text and the lexicon, so an article is analysed once; when the
 * knowledge file is saved only this cheap step runs again, and only on
 * articles it changes (the taught forms are few, so each article costs a
 * handful of substring searches and a pass over its mentions).
 */

export interface TaughtForms {
  /** Surface forms (NFC, spaces folded) that are written names of a known person → that person's key. */
  readonly names: ReadonlyMap<string, string>;
  /** matchKey(name or alias) → the canonical person key, where it differs from the name's own key. */
  readonly personKeys: ReadonlyMap<string, string>;
  /** matchKey(citation as written) → the document key it is linked to. */
  readonly documentKeys: ReadonlyMap<string, string>;
  readonly notEntities: readonly NotEntity[];
  /** matchKey(name or alias) of the names several officials of the knowledge base share. */
  readonly namesakes: ReadonlySet<string>;
  /** Which official a name is, from the posts an article gives it and the article's date. */
  readonly resolvePerson: KnowledgeBase['resolvePerson'];
  /** A fingerprint: two sets of taught forms with the same signature change articles alike. */
  readonly signature: string;
}

/** The index key of a knowledge-base document, as the citation recogniser builds it. */
export function documentKeyOf(document: PartyDocument): string | undefined {
  return document.term === undefined ? undefined : documentKey(document.codeType, document.number, document.codeIssuer, document.term);
}

function fold(text: string): string {
  return createSource(text).norm.replace(/\s+/g, ' ').trim();
}

export function taughtForms(knowledge: KnowledgeBase): TaughtForms {
  const names = new Map<string, string>();
  const personKeys = new Map<string, string>();
  for (const person of knowledge.people) {
    const key = personKey(person.name);
    // Bundled names are the recognisers' business; workspace names are what the user taught.
    if (person.origin === 'workspace') names.set(fold(person.name), key);
    for (const alias of person.aliases) {
      names.set(fold(alias), key);
      if (personKey(alias) !== key) personKeys.set(matchKey(alias), key);
    }
  }
  const documentKeys = new Map<string, string>();
  for (const [citation, document] of knowledge.documentAliases) {
    const key = documentKeyOf(document);
    if (key) documentKeys.set(citation, key);
  }
  const namesakes = new Set<string>();
  for (const person of knowledge.people) {
    for (const name of [person.name, ...person.aliases]) if (knowledge.peopleNamed(name).length > 1) namesakes.add(matchKey(name));
  }
  const notEntities = knowledge.notEntities;
  // The namesakes' posts decide how their mentions resolve, so they are part of what the forms change.
  const namesakePosts = knowledge.people.filter((p) => namesakes.has(matchKey(p.name))).map((p) => [p.id, p.posts]);
  const signature = JSON.stringify([[...names].sort(), [...personKeys].sort(), [...documentKeys].sort(), notEntities, namesakePosts]);
  return { names, personKeys, documentKeys, notEntities, namesakes, resolvePerson: (name, titles, date) => knowledge.resolvePerson(name, titles, date), signature };
}

/** Whether a "not an entity" entry applies to a file: everywhere, or a path the URI ends with. */
function appliesTo(entry: NotEntity, uri: string): boolean {
  if (entry.file === undefined) return true;
  const file = entry.file.replace(/\\/g, '/').replace(/^\.?\//, '');
  return decodeURIComponent(uri).endsWith(`/${file}`);
}

const LETTER = /[\p{L}\p{N}]/u;

/** Combining marks (decomposed Vietnamese) and the spaces createSource folds: text with none is its own matching text. */
const NEEDS_NORMALISING = /[\u0300-\u036f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;

/**
 * The article with the taught forms applied; the very same object when they
 * change nothing, so a caller can tell cheaply whether to re-index it.
 */
export function applyTaught(article: Article, taught: TaughtForms): Article {
  const identities = namesakeIdentities(article, taught);
  if (taught.names.size === 0 && taught.personKeys.size === 0 && taught.documentKeys.size === 0 && taught.notEntities.length === 0 && identities.size === 0) return article;
  const { text } = article;
  const notHere = new Set(taught.notEntities.filter((e) => appliesTo(e, article.uri)).map((e) => matchKey(e.text)));
  // Text without combining marks or special spaces matches as written; only other text is normalised first.
  const searchable = taught.names.size === 0 ? '' : NEEDS_NORMALISING.test(text) ? createSource(text).norm : text;
  const present = [...taught.names.keys()].filter((form) => searchable.includes(form));
  const dropped = (m: Mention) => notHere.size > 0 && notHere.has(matchKey(m.text));
  const rekey = identities.size > 0 || article.mentions.some((m) => mentionKey(m, taught) !== m.key || dropped(m));
  if (present.length === 0 && !rekey) return article;

  const mentions: Mention[] = [];
  for (const m of article.mentions) {
    if (dropped(m)) continue;
    const identity = m.kind === 'person' ? identities.get(matchKey(m.data.name)) : undefined;
    if (m.kind === 'person' && identity) {
      mentions.push(identity.key !== undefined ? { ...m, key: identity.key } : { ...m, data: { ...m.data, ambiguity: identity.ambiguity } });
      continue;
    }
    const key = mentionKey(m, taught);
    mentions.push(key === m.key ? m : { ...m, key });
  }
  if (present.length > 0) {
    const source = createSource(text);
    const taken = mentions.filter((m) => m.kind !== 'organization' && m.kind !== 'date' && m.kind !== 'congress');
    for (const form of present) {
      const key = taught.names.get(form) as string;
      for (let at = source.norm.indexOf(form); at !== -1; at = source.norm.indexOf(form, at + form.length)) {
        // Whole words only: "Văn A" must not match inside "Văn An".
        if (LETTER.test(source.norm[at - 1] ?? '') || LETTER.test(source.norm[at + form.length] ?? '')) continue;
        const start = source.toOriginal(at);
        const end = source.toOriginal(at + form.length);
        if (notHere.has(matchKey(text.slice(start, end)))) continue;
        if (taken.some((m) => m.start < end && start < m.end)) continue;
        const data: PersonData = { kind: 'person', name: text.slice(start, end).replace(/\s+/g, ' '), titles: [] };
        const added: Mention = { kind: 'person', start, end, text: text.slice(start, end), key, introduction: false, data };
        mentions.push(added);
        taken.push(added);
      }
    }
  }
  // Names found only where the recognisers already put a mention change nothing.
  if (!rekey && mentions.length === article.mentions.length) return article;
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...article, mentions };
}

/** What a name shared by several officials of the knowledge base resolves to in one article: a key of its own, or the candidates. */
interface NamesakeIdentity {
  readonly key?: string;
  readonly ambiguity?: { readonly candidates: readonly string[]; readonly reason: ResolutionReason };
}

/**
 * The identity of each name of the article that several officials share.
 * One article means one person by one name, so the evidence is every post
 * the article gives the name at any of its mentions (current ones only: a
 * former post says nothing about the article's date).
 */
function namesakeIdentities(article: Article, taught: TaughtForms): Map<string, NamesakeIdentity> {
  const out = new Map<string, NamesakeIdentity>();
  if (taught.namesakes.size === 0) return out;
  const posts = new Map<string, { name: string; titles: string[] }>();
  for (const m of article.mentions) {
    if (m.kind !== 'person') continue;
    const name = matchKey(m.data.name);
    if (!taught.namesakes.has(name)) continue;
    const entry = posts.get(name) ?? { name: m.data.name, titles: [] };
    for (const post of currentPosts(m.data)) if (!entry.titles.includes(post)) entry.titles.push(post);
    posts.set(name, entry);
  }
  for (const [name, { name: written, titles }] of posts) {
    const resolution = taught.resolvePerson(written, titles, article.publication?.date);
    if (resolution.person && !resolution.ambiguous) out.set(name, { key: resolvedPersonKey(resolution.person.name, resolution.person.id) });
    else out.set(name, { ambiguity: { candidates: resolution.candidates.map((p) => resolvedPersonKey(p.name, p.id)), reason: resolution.reason } });
  }
  return out;
}

function mentionKey(mention: Mention, taught: TaughtForms): string {
  if (mention.kind === 'person' && taught.personKeys.size > 0) return taught.personKeys.get(matchKey(mention.data.name)) ?? mention.key;
  if (mention.kind === 'document' && taught.documentKeys.size > 0) {
    return taught.documentKeys.get(matchKey(mention.text)) ?? mention.key;
  }
  return mention.key;
}
