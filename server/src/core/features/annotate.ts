import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { currentPosts, type Article, type Mention, type PersonMention } from '../model';
import { toIso } from '../calendar';
import { matchKey } from '../text/source';
import type { KnowledgeBase, PartyDocument, Person } from '../knowledge/knowledgeBase';
import { WORKSPACE_KNOWLEDGE_PATH } from '../knowledge/workspaceKnowledge';
import { resolveCitation } from '../knowledge/citations';
import { CODE_OF_TYPE } from '../documentTypes';
import { mentionAt, type WorkspaceIndex } from '../folderIndex/workspaceIndex';
import type { CodeFix } from './diagnostics';
import type { Snapshot } from '../folderIndex/snapshot';

/**
 * Annotation from the editor: code actions that teach the workspace
 * knowledge file a new official, an alias of a known one, that a text is no
 * entity in this file, or which document a citation means. Each action is
 * one edit that rewrites the file through the YAML document model, so
 * comments and layout survive and the result parses back to what was added.
 * When the file is saved the service applies it to every article at once.
 */

export interface KnowledgeFile {
  readonly uri: string;
  /** Undefined when the file does not exist yet: the action creates it. */
  readonly text?: string;
}

/** At most this many people are offered as the owner of an alias, the nearest first. */
const MAX_ALIAS_TARGETS = 5;

/** A selection this long or longer is no name. */
const MAX_NAME_LENGTH = 60;

export function annotationFixes(
  { index, knowledge }: Snapshot,
  uri: string,
  start: number,
  end: number,
  file: KnowledgeFile | undefined,
): CodeFix[] {
  const article = index.article(uri);
  if (!article || !file) return [];
  // A file that does not parse is not rewritten: its diagnostics ask the user to repair it first.
  if (parsed(file.text).errors.length > 0) return [];
  const mention = mentionAt(article, start);
  const covering = mention && mention.start <= start && end <= mention.end ? mention : undefined;
  const selected = article.text.slice(start, end).replace(/\s+/g, ' ').trim();
  const fixes: CodeFix[] = [];

  // The name to teach: the selection, else the person mention under the cursor.
  const name = selected !== '' ? selected : covering?.kind === 'person' ? covering.data.name : '';
  if (isName(name) && knowledge.peopleNamed(name).length === 0) {
    fixes.push(addOfficial(article, covering, name, knowledge, file));
    for (const person of aliasTargets(index, article, start, knowledge, name)) fixes.push(addAlias(person, name, file));
  }
  if (covering && (selected === '' || matchKey(selected) === matchKey(covering.text))) {
    fixes.push(notAnEntity(article, covering, file));
    if (covering.kind === 'document') fixes.push(...linkToDocument(article, covering, knowledge, file));
  }
  return fixes;
}

/** Two to six capitalised words: what a Vietnamese personal name looks like. */
function isName(text: string): boolean {
  if (text.length === 0 || text.length > MAX_NAME_LENGTH) return false;
  const words = text.split(' ');
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}[\p{L}.]*$/u.test(w));
}

function addOfficial(article: Article, mention: Mention | undefined, name: string, knowledge: KnowledgeBase, file: KnowledgeFile): CodeFix {
  const date = article.publication?.date;
  const titles = mention?.kind === 'person' ? currentPosts(mention.data) : [];
  const source = relativePath(article.uri, file.uri);
  const entry: Record<string, unknown> = { id: uniqueId(slug(name), knowledge), name };
  if (titles.length > 0) {
    // The article shows the posts held on its date, not when they began or ended.
    entry.posts = titles.map((title) => ({ title, start: 'unknown', end: 'unknown', ...(date ? { attested: [toIso(date)] } : {}), sources: [source] }));
  }
  return edit(`Add “${name}” as an official (in ${WORKSPACE_KNOWLEDGE_PATH})`, file, (doc) => appendTo(doc, 'people', entry));
}

/** The people of this article known to the knowledge base, nearest to the cursor first. */
function aliasTargets(index: WorkspaceIndex, article: Article, offset: number, knowledge: KnowledgeBase, alias: string): Person[] {
  const people = article.mentions
    .filter((m): m is PersonMention => m.kind === 'person' && matchKey(m.data.name) !== matchKey(alias))
    .sort((a, b) => Math.abs(a.start - offset) - Math.abs(b.start - offset));
  const out: Person[] = [];
  for (const m of people) {
    const data = m.data;
    const titles = (index.filesOf(m.key).get(article.uri) ?? []).flatMap((other) => (other.kind === 'person' ? currentPosts(other.data) : []));
    const person = knowledge.resolvePerson(data.name, titles, article.publication?.date).person;
    if (person && !out.includes(person)) out.push(person);
    if (out.length === MAX_ALIAS_TARGETS) break;
  }
  return out;
}

function addAlias(person: Person, alias: string, file: KnowledgeFile): CodeFix {
  return edit(`Add “${alias}” as an alias of ${person.name} (${person.id})`, file, (doc) => {
    const existing = doc.getIn(['aliases', person.id], true);
    if (isSeq(existing)) existing.add(doc.createNode(alias));
    else if (isMap(doc.get('aliases', true))) doc.setIn(['aliases', person.id], doc.createNode([alias], { flow: true }));
    else doc.set('aliases', doc.createNode({ [person.id]: [alias] }, { flow: false }));
  });
}

function notAnEntity(article: Article, mention: Mention, file: KnowledgeFile): CodeFix {
  const text = mention.text.replace(/\s+/g, ' ');
  const entry = { text, file: relativePath(article.uri, file.uri) };
  return edit(`“${text}” is not an entity here (in ${WORKSPACE_KNOWLEDGE_PATH})`, file, (doc) => appendTo(doc, 'notEntities', entry));
}

/**
 * Documents a citation may mean, when it has not resolved to one: those of
 * the same type and number (any issuing body), or for a named resolution
 * ("Nghị quyết Trung ương 5 khóa 13") those adopted by a plenum of that
 * number, the term written first: writers often give the wrong term.
 */
function linkToDocument(article: Article, mention: Mention, knowledge: KnowledgeBase, file: KnowledgeFile): CodeFix[] {
  if (mention.data.kind !== 'document') return [];
  const data = mention.data;
  if (resolveCitation(article, mention, knowledge)?.document) return [];
  const type = CODE_OF_TYPE.get(matchKey(data.type));
  const candidates = knowledge.documents.filter((d: PartyDocument) =>
    data.number !== undefined
      ? d.number.replace(/^0+(?=\d)/, '') === data.number.replace(/^0+(?=\d)/, '') && (type === undefined || matchKey(d.codeType) === matchKey(type))
      : data.plenum !== undefined && d.plenum === data.plenum,
  );
  candidates.sort((a, b) => Number(b.term === data.term) - Number(a.term === data.term));
  const text = mention.text.replace(/\s+/g, ' ');
  return candidates.map((d) =>
    edit(`Link “${text}” to ${d.type} ${d.code}${d.date ? ` of ${d.date.text}` : ''} (in ${WORKSPACE_KNOWLEDGE_PATH})`, file, (doc) => {
      const existing = doc.getIn(['documentAliases', d.id], true);
      if (isSeq(existing)) existing.add(doc.createNode(text));
      else if (isMap(doc.get('documentAliases', true))) doc.setIn(['documentAliases', d.id], doc.createNode([text]));
      else doc.set('documentAliases', doc.createNode({ [d.id]: [text] }));
    }),
  );
}

/** Appends an entry to a top-level list of the file, creating the list when absent. */
function appendTo(doc: Document, key: string, entry: object): void {
  const list = doc.get(key, true);
  if (isSeq(list)) list.add(doc.createNode(entry));
  else doc.set(key, doc.createNode([entry]));
}

/**
 * The knowledge file parsed, kept for its last text: the editor asks for
 * code actions at every move of the cursor, and the file rarely changes.
 */
let lastParsed: { text: string; doc: Document } | undefined;

function parsed(text = ''): Document {
  if (lastParsed?.text !== text) lastParsed = { text, doc: parseDocument(text) };
  return lastParsed.doc;
}

/** One code action: the whole knowledge file rewritten in a single edit, so one undo reverts it. */
function edit(title: string, file: KnowledgeFile, change: (doc: Document) => void): CodeFix {
  const doc = parsed(file.text).clone();
  if (!isMap(doc.contents)) doc.contents = doc.createNode({});
  change(doc);
  const newText = doc.toString({ lineWidth: 0 });
  return {
    title,
    kind: 'quickfix',
    edits: [{ uri: file.uri, start: 0, end: file.text?.length ?? 0, newText }],
    ...(file.text === undefined ? { createsFile: file.uri } : {}),
  };
}

/** An id from a name: lower case, without diacritics, words joined by hyphens ("Nguyễn Văn Á" → "nguyen-van-a"). */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function uniqueId(base: string, knowledge: KnowledgeBase): string {
  const taken = new Set(knowledge.people.map((p) => p.id));
  let id = base || 'person';
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** An article's path relative to the folder holding the knowledge file, as "not an entity" entries name files. */
export function relativePath(articleUri: string, knowledgeUri: string): string {
  const root = knowledgeUri.endsWith(WORKSPACE_KNOWLEDGE_PATH) ? knowledgeUri.slice(0, -WORKSPACE_KNOWLEDGE_PATH.length) : undefined;
  return decodeURIComponent(root && articleUri.startsWith(root) ? articleUri.slice(root.length) : articleUri);
}
