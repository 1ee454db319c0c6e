import { currentPosts, narrativeYearOf, type Article, type AwardData, type Mention, type PersonData, type TitleData } from '../model';
import { toIso, toRoman } from '../calendar';
import type { AwardEdition, KnowledgeBase, PartyDocument, Post } from '../knowledge/knowledgeBase';
import { resolveCitation } from '../knowledge/citations';
import { explain } from '../messages/sentences';
import type { KnowledgeMessages } from '../messages/catalogue';
import { EN } from '../messages/en';
import { escapeMarkdown as md, sourceLink } from '../text/markdown';
import type { WorkspaceIndex } from '../folderIndex/workspaceIndex';

/**
 * The knowledge-base part of the hovers: a person's known posts, who held a
 * title on the article's date, and which document a citation means. Every
 * fact carries a link to its first source, so the user can check it.
 * Every value from the knowledge base or the article is escaped (md), since
 * the workspace knowledge file is the user's or anyone's.
 */

export { sourceLink };

function period(post: Post, k: KnowledgeMessages): string {
  const attested = post.attested.length > 0 ? k.attested(post.attested.map((a) => md(k.date(a.date))).join(', ')) : '';
  return `${md(k.date(post.start))} – ${post.end ? md(k.date(post.end)) : k.present}${attested}`;
}

function postLine(post: Post, k: KnowledgeMessages): string {
  const term = post.term !== undefined ? ` (khóa ${toRoman(post.term)})` : '';
  return `- ${md(post.title)}${term}: ${period(post, k)} · ${sourceLink(post.sources[0])}`;
}

/**
 * The person's posts from the knowledge base. Namesakes are told apart by
 * the titles this article gives the person and the article's date; when
 * those do not decide, the hover says so instead of picking one.
 */
export function personKnowledge(index: WorkspaceIndex, article: Article, mention: Mention, data: PersonData, knowledge: KnowledgeBase, k: KnowledgeMessages = EN.knowledge): string[] {
  const titles: string[] = [];
  const here = index.filesOf(mention.key).get(article.uri) ?? [];
  for (const m of here) {
    if (m.kind === 'person') for (const t of currentPosts(m.data)) if (!titles.includes(t)) titles.push(t);
  }
  // Posts a history dates to another year ("Năm 2005, …") are matched by their titles alone: the article's date is not theirs.
  const date = narrativeYearOf(here, article) === undefined ? article.publication?.date : undefined;
  const resolution = knowledge.resolvePerson(data.name, titles, date);
  if (resolution.candidates.length === 0) return [k.notInKnowledge];
  if (resolution.ambiguous || !resolution.person) {
    return [k.ambiguous(md(explain(k.reasons, resolution.reason))), '', k.candidates(resolution.candidates.map((p) => `${md(p.id)} (${p.posts.map((post) => md(post.title)).join(', ') || k.noPosts})`).join('; '))];
  }
  const person = resolution.person;
  const lines: string[] = [];
  if (knowledge.peopleNamed(data.name).length > 1) lines.push(k.resolved(md(explain(k.reasons, resolution.reason))), '');
  // The knowledge base is not complete, so a title it does not record is unknown to it, not wrong.
  if (resolution.unsupportedTitles.length > 0 && date) {
    lines.push(k.notRecorded(toIso(date), resolution.unsupportedTitles.map(md).join('; ')), '');
  }
  lines.push(k.knownPosts(person.name === data.name ? undefined : md(person.name)), '');
  for (const post of person.posts) lines.push(postLine(post, k));
  return lines;
}

/** Who held the title on the article's date, as far as the knowledge base knows. */
export function titleKnowledge(article: Article, data: TitleData, knowledge: KnowledgeBase, k: KnowledgeMessages = EN.knowledge): string[] {
  const date = article.publication?.date;
  if (!date) return [];
  const holders = knowledge.holdersAt(data.canonical, date);
  if (holders.length === 0) return [];
  const shown = holders.map((h) => `${md(h.person.name)} (${period(h.post, k)}${h.certainty === 'possible' ? k.possibly : ''}) · ${sourceLink(h.sources[0])}`);
  return [k.heldOn(toIso(date), shown.join('; '))];
}

function describeDocument(document: PartyDocument, k: KnowledgeMessages): string {
  const parts = [
    document.issuer && k.issuedBy(md(document.issuer)),
    document.date && k.dated(md(k.date(document.date))),
    document.term !== undefined && `khóa ${toRoman(document.term)}`,
  ].filter(Boolean);
  return `${md(document.type)} ${md(document.code)}${parts.length ? `, ${parts.join(', ')}` : ''}`;
}

/** The document a citation resolves to, and why, when another shares its number. */
export function citationKnowledge(article: Article, mention: Mention, knowledge: KnowledgeBase, k: KnowledgeMessages = EN.knowledge): string[] {
  const resolution = resolveCitation(article, mention, knowledge);
  if (!resolution) return [];
  if (!resolution.document) {
    return resolution.candidates.length > 0 ? [k.ambiguous(md(explain(k.reasons, resolution.reason)))] : [];
  }
  const document = resolution.document;
  const lines = [`${k.document(describeDocument(document, k))} · ${sourceLink(document.sources[0])}`];
  if (document.subject) lines.push(k.subject(md(document.subject)));
  const namesakes = knowledge.documentsByCode(document.codeType, document.number, document.codeIssuer).filter((d) => d !== document);
  if (namesakes.length > 0) {
    lines.push(k.notSameAs(md(explain(k.reasons, resolution.reason)), namesakes.map((d) => describeDocument(d, k)).join('; ')));
  }
  return lines;
}

/** The knowledge base's edition of an award ("Búa liềm vàng" is filed as "Giải Búa liềm vàng"). */
export function awardEdition(data: AwardData, knowledge: KnowledgeBase): AwardEdition | undefined {
  return knowledge.award(data.edition, `Giải ${data.name}`) ?? knowledge.award(data.edition, data.name);
}

/** The edition's year and award date from the knowledge base, with its source. */
export function awardKnowledge(data: AwardData, knowledge: KnowledgeBase, k: KnowledgeMessages = EN.knowledge): string[] {
  const edition = awardEdition(data, knowledge);
  if (!edition) return [];
  const awarded = edition.awarded ? md(k.date(edition.awarded)) : undefined;
  const written = data.year !== undefined && data.year !== edition.year ? data.year : undefined;
  return [`${k.edition(toRoman(edition.edition), edition.year, written, awarded)} · ${sourceLink(edition.sources[0])}`];
}
