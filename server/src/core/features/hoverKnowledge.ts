import { currentPosts, type Article, type AwardData, type Mention, type PersonData, type TitleData } from '../model';
import { toIso, toRoman } from '../calendar';
import type { AwardEdition, KnowledgeBase, PartyDocument, Post } from '../knowledge/knowledgeBase';
import { resolveCitation } from '../knowledge/citations';
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

function period(post: Post): string {
  const attested = post.attested.length > 0 ? ` (attested ${post.attested.map((a) => md(a.date.text)).join(', ')})` : '';
  return `${md(post.start.text)} – ${post.end ? md(post.end.text) : 'present'}${attested}`;
}

function postLine(post: Post): string {
  const term = post.term !== undefined ? ` (khóa ${toRoman(post.term)})` : '';
  return `- ${md(post.title)}${term}: ${period(post)} · ${sourceLink(post.sources[0])}`;
}

/**
 * The person's posts from the knowledge base. Namesakes are told apart by
 * the titles this article gives the person and the article's date; when
 * those do not decide, the hover says so instead of picking one.
 */
export function personKnowledge(index: WorkspaceIndex, article: Article, mention: Mention, data: PersonData, knowledge: KnowledgeBase): string[] {
  const titles: string[] = [];
  for (const m of index.filesOf(mention.key).get(article.uri) ?? []) {
    if (m.kind === 'person') for (const t of currentPosts(m.data)) if (!titles.includes(t)) titles.push(t);
  }
  const date = article.publication?.date;
  const resolution = knowledge.resolvePerson(data.name, titles, date);
  if (resolution.candidates.length === 0) return ['Not in the knowledge base.'];
  if (resolution.ambiguous || !resolution.person) {
    return [`Ambiguous: ${md(resolution.reason)}`, '', `Candidates: ${resolution.candidates.map((p) => `${md(p.id)} (${p.posts.map((post) => md(post.title)).join(', ') || 'no posts'})`).join('; ')}`];
  }
  const person = resolution.person;
  const lines: string[] = [];
  if (knowledge.peopleNamed(data.name).length > 1) lines.push(`Resolved: ${md(resolution.reason)}`, '');
  // The knowledge base is not complete, so a title it does not record is unknown to it, not wrong.
  if (resolution.unsupportedTitles.length > 0 && date) {
    lines.push(`Not recorded in the knowledge base on ${toIso(date)}: ${resolution.unsupportedTitles.map(md).join(', ')}`, '');
  }
  lines.push(person.name === data.name ? 'Known posts:' : `Known posts of ${md(person.name)}:`, '');
  for (const post of person.posts) lines.push(postLine(post));
  return lines;
}

/** Who held the title on the article's date, as far as the knowledge base knows. */
export function titleKnowledge(article: Article, data: TitleData, knowledge: KnowledgeBase): string[] {
  const date = article.publication?.date;
  if (!date) return [];
  const holders = knowledge.holdersAt(data.canonical, date);
  if (holders.length === 0) return [];
  const shown = holders.map((h) => `${md(h.person.name)} (${period(h.post)}${h.certainty === 'possible' ? ', possibly' : ''}) · ${sourceLink(h.sources[0])}`);
  return [`Knowledge base, on ${toIso(date)}: ${shown.join('; ')}`];
}

function describeDocument(document: PartyDocument): string {
  const parts = [
    document.issuer && `issued by ${md(document.issuer)}`,
    document.date && `dated ${md(document.date.text)}`,
    document.term !== undefined && `khóa ${toRoman(document.term)}`,
  ].filter(Boolean);
  return `${md(document.type)} ${md(document.code)}${parts.length ? `, ${parts.join(', ')}` : ''}`;
}

/** The document a citation resolves to, and why, when another shares its number. */
export function citationKnowledge(article: Article, mention: Mention, knowledge: KnowledgeBase): string[] {
  const resolution = resolveCitation(article, mention, knowledge);
  if (!resolution) return [];
  if (!resolution.document) {
    return resolution.candidates.length > 0 ? [`Ambiguous: ${md(resolution.reason)}`] : [];
  }
  const document = resolution.document;
  const lines = [`Knowledge base: ${describeDocument(document)} · ${sourceLink(document.sources[0])}`];
  if (document.subject) lines.push(`Subject: ${md(document.subject)}`);
  const namesakes = knowledge.documentsByCode(document.codeType, document.number, document.codeIssuer).filter((d) => d !== document);
  if (namesakes.length > 0) {
    lines.push(`Resolved: ${md(resolution.reason)} Not the same as ${namesakes.map(describeDocument).join('; ')}.`);
  }
  return lines;
}

/** The knowledge base's edition of an award ("Búa liềm vàng" is filed as "Giải Búa liềm vàng"). */
export function awardEdition(data: AwardData, knowledge: KnowledgeBase): AwardEdition | undefined {
  return knowledge.award(data.edition, `Giải ${data.name}`) ?? knowledge.award(data.edition, data.name);
}

/** The edition's year and award date from the knowledge base, with its source. */
export function awardKnowledge(data: AwardData, knowledge: KnowledgeBase): string[] {
  const edition = awardEdition(data, knowledge);
  if (!edition) return [];
  const awarded = edition.awarded ? `, awarded ${md(edition.awarded.text)}` : '';
  const year = data.year !== undefined && data.year !== edition.year ? ` (not ${data.year} as written here)` : '';
  return [`Knowledge base: edition ${toRoman(edition.edition)} covers ${edition.year}${year}${awarded} · ${sourceLink(edition.sources[0])}`];
}
