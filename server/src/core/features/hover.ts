import { narrativeYearOf, type Article, type AwardData, type DateData, type DocumentData, type Mention, type PersonData, type Span, type TitleData } from '../model';
import { toIso, toRoman, weekday, WEEKDAY_NAMES_EN, WEEKDAY_NAMES_VI, compareDates } from '../calendar';
import { throwIfCancelled, type CancellationToken } from '../host';
import type { WorkspaceIndex } from '../folderIndex/workspaceIndex';
import type { ArticleOrders } from '../folderIndex/articleOrder';
import type { DocumentFields, EntityDigest } from '../folderIndex/entityDigest';
import { targetAt } from './navigation';
import { congressFacts, documentName, documentTypeInWords, entityName } from './describe';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Snapshot } from '../folderIndex/snapshot';
import { awardKnowledge, citationKnowledge, personKnowledge, titleKnowledge } from './hoverKnowledge';
import type { HoverMessages, KnowledgeMessages } from '../messages/catalogue';
import { EN } from '../messages/en';
import { codeSpan, escapeMarkdown as md } from '../text/markdown';
import { explain } from '../messages/sentences';

/**
 * Names, titles, subjects and datelines come from the articles, which are
 * anyone's text, and file names from the folder: every such value is escaped
 * (md) or put in a code span, so an article holding `![x](https://…)` or HTML
 * can never make a hover load remote content.
 */

export interface HoverResult {
  /** Markdown shown in the hover. */
  readonly markdown: string;
  readonly span: Span;
}

/** The file name of a URI, which is how hovers name articles. */
export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** A file as hovers show it: its name in a code span. */
function fileLabel(uri: string): string {
  return codeSpan(fileName(uri));
}

function dateOf(article: Article | undefined, m: HoverMessages): string {
  const date = article?.publication?.date;
  return date ? toIso(date) : m.undated;
}

function usage(index: WorkspaceIndex, digest: EntityDigest, key: string, m: HoverMessages): string {
  return m.usage(digest.mentionCount(key), index.filesOf(key).size);
}

export function hover(
  { index, orders, digest, knowledge }: Snapshot,
  uri: string,
  offset: number,
  token: CancellationToken,
  m: HoverMessages = EN.hover,
  k: KnowledgeMessages = EN.knowledge,
): HoverResult | undefined {
  const target = targetAt(index, uri, offset);
  if (!target) return undefined;
  throwIfCancelled(token);
  const { article, mention } = target;
  const lines = hoverLines(index, orders, digest, article, mention, knowledge, m, k);
  return { markdown: lines.join('\n'), span: { start: mention.start, end: mention.end } };
}

function hoverLines(
  index: WorkspaceIndex,
  orders: ArticleOrders,
  digest: EntityDigest,
  article: Article,
  mention: Mention,
  knowledge: KnowledgeBase,
  m: HoverMessages,
  k: KnowledgeMessages,
): string[] {
  const data = mention.data;
  switch (data.kind) {
    case 'person':
      return withKnowledge(personHover(index, orders, digest, mention.key, data, m), [...folderIdentity(data, k), ...personKnowledge(index, article, mention, data, knowledge, k)]);
    case 'title':
      return withKnowledge(titleHover(index, digest, article, mention, data, m), titleKnowledge(article, data, knowledge, k));
    case 'document':
      return withKnowledge(documentHover(index, digest, mention.key, data, m), citationKnowledge(article, mention, knowledge, k));
    case 'date':
      return dateHover(data, m);
    case 'congress':
      return [`**${md(entityName(mention))}** — ${m.congress}`, '', congressFacts(data), '', usage(index, digest, mention.key, m)];
    case 'award':
      return withKnowledge(awardHover(index, digest, mention.key, data, m), awardKnowledge(data, knowledge, k));
    case 'organization':
      return [`**${md(data.canonical)}** — ${m.organisation}`, '', usage(index, digest, mention.key, m)];
    case 'author':
      return [`**${md(data.name)}** — ${m.byline(data.role)}`, '', usage(index, digest, mention.key, m)];
  }
}

/** Why the folder keyed this official apart from namesakes, or could not tell which one this is (folderIndex/namesakes.ts). */
function folderIdentity(data: PersonData, k: KnowledgeMessages): string[] {
  if (data.toldApart) return [k.resolved(md(explain(k.reasons, data.toldApart))), ''];
  if (data.ambiguity?.reason.kind === 'namesakeUntold') return [k.ambiguous(md(explain(k.reasons, data.ambiguity.reason))), ''];
  return [];
}

/** Knowledge-base lines go before the last line of a hover (its mention count or where it is cited). */
function withKnowledge(lines: string[], facts: readonly string[]): string[] {
  if (facts.length === 0) return lines;
  const last = lines.length - 1;
  return [...lines.slice(0, last), ...facts, '', lines[last]];
}

/**
 * A timeline longer than this many articles is summed up per title (first
 * and last article, number of articles), so a person named across a large
 * folder still gets a hover that fits on the screen and is built in time.
 */
const MAX_TIMELINE_FILES = 12;
/** "Cited in" names at most this many files, then how many more there are. */
const MAX_CITED_FILES = 12;

/**
 * A person: the titles each article gives them, as a timeline ordered by the
 * articles' dates, then how often they are mentioned.
 */
function personHover(index: WorkspaceIndex, orders: ArticleOrders, digest: EntityDigest, key: string, data: PersonData, m: HoverMessages): string[] {
  const lines = [`**${md(data.name)}** — ${m.official}`, ''];
  const withTitles = digest.filesWithTitles(key);
  const seen = (uri: string) => `${dateOf(index.article(uri), m)} · ${fileLabel(uri)}`;
  // A history dates its posts by the years it tells ("Năm 1956, …"), not by the day it was published.
  const heldOn = (uri: string) => {
    const article = index.article(uri);
    const year = narrativeYearOf(index.filesOf(key).get(uri) ?? [], article);
    return year === undefined ? seen(uri) : `${m.heldInNarrative(year, dateOf(article, m))} · ${fileLabel(uri)}`;
  };
  if (withTitles && withTitles.size > MAX_TIMELINE_FILES) {
    lines.push(m.titlesSummed(withTitles.size), '');
    for (const span of digest.titleSpans(key)) {
      const last = span.last === span.first ? '' : ` – ${heldOn(span.last)}`;
      lines.push(`- ${heldOn(span.first)}${last}: ${md(span.title)} (${m.files(span.files)})`);
    }
    lines.push('');
  } else if (withTitles) {
    lines.push(m.titlesInArticles, '');
    // Posts are separated by semicolons: a post may hold a comma of its own ("Trưởng phòng Tổ chức cán bộ, Sở Nội vụ").
    orders.reading.forEach(withTitles, (uri, titles) => lines.push(`- ${heldOn(uri)}: ${titles.map(md).join('; ')}`));
    lines.push('');
  }
  // An obituary or a biography gives mostly past posts, and news of a change the posts left, which the timeline above
  // leaves out: the hovered mention's are listed.
  const listHere = (heading: string, kept: (modifiers: readonly string[]) => boolean) => {
    const posts = [...new Set(data.titles.filter((t) => kept(t.modifiers)).map((t) => t.canonical))];
    if (posts.length > 0) lines.push(heading, '', `- ${posts.map(md).join('; ')}`, '');
  };
  listHere(m.formerHere, (modifiers) => modifiers.includes('former'));
  listHere(m.leftHere, (modifiers) => modifiers.includes('left') && !modifiers.includes('former'));
  lines.push(usage(index, digest, key, m));
  return lines;
}

/**
 * A title: who holds it at the article's date, going by the people the
 * folder gives this title in the articles nearest that date.
 */
function titleHover(index: WorkspaceIndex, digest: EntityDigest, article: Article, mention: Mention, data: TitleData, m: HoverMessages): string[] {
  const lines = [`**${md(data.canonical)}** — ${m.title}`, ''];
  if (data.holder) {
    lines.push(m.heldHereBy(md(data.holder)));
  } else {
    const holders = digest
      .holdersNear(mention.key, article)
      .map((h) => ({ name: md(h.name), evidence: `${fileLabel(h.uri)}, ${dateOf(index.article(h.uri), m)}` }));
    if (holders.length > 0) {
      const when = article.publication ? toIso(article.publication.date) : undefined;
      lines.push(m.heldBy(when, holders.map((h) => `${h.name} (${h.evidence})`).join('; ')));
    } else {
      lines.push(m.noHolder);
    }
    if (article.publication) lines.push(`Article dated from its ${md(article.publication.evidence)}.`);
    else lines.push(UNDATED);
  }
  lines.push('', usage(index, digest, mention.key, m));
  return lines;
}

/** A document: what it is, merged from every citation of it in the folder. */
function documentHover(index: WorkspaceIndex, digest: EntityDigest, key: string, data: DocumentData, m: HoverMessages): string[] {
  const byFile = index.filesOf(key);
  const written = digest.documentFields(key);
  const pick = <K extends keyof DocumentFields>(field: K): DocumentData[K] | undefined => data[field] ?? written[field];
  const code = pick('code');
  const date = pick('date');
  const rows: [string, string | undefined][] = [
    [m.fields.type, documentTypeInWords(data.type)],
    [m.fields.number, escaped(pick('number'))],
    [m.fields.code, code !== undefined ? md(code) : data.number ? m.notWritten : undefined],
    [m.fields.issuer, escaped(pick('issuer'))],
    [m.fields.date, date ? toIso(date) : pick('year')?.toString()],
    [m.fields.term, pick('term') !== undefined ? `khóa ${toRoman(pick('term') as number)}` : undefined],
    [m.fields.subject, escaped(pick('subject'))],
  ];
  const lines = [`**${md(documentName({ ...data, code }))}** — ${m.document}`, ''];
  for (const [label, value] of rows) if (value) lines.push(`- ${label}: ${value}`);
  lines.push('', m.citedIn(citedIn(byFile, m)));
  return lines;
}

/**
 * The files citing a document by name. A long list names the first few in
 * URI order, picked in one pass without sorting every URI, then says how
 * many more there are.
 */
function citedIn(byFile: ReadonlyMap<string, unknown>, m: HoverMessages): string {
  if (byFile.size <= MAX_CITED_FILES) {
    return [...new Set([...byFile.keys()].map(fileName))].sort().map(codeSpan).join(', ');
  }
  const smallest: string[] = [];
  for (const uri of byFile.keys()) {
    if (smallest.length === MAX_CITED_FILES && uri >= smallest[MAX_CITED_FILES - 1]) continue;
    let at = smallest.length;
    while (at > 0 && smallest[at - 1] > uri) at--;
    smallest.splice(at, 0, uri);
    if (smallest.length > MAX_CITED_FILES) smallest.pop();
  }
  return m.andMore(smallest.map(fileLabel).join(', '), byFile.size - MAX_CITED_FILES);
}

function escaped(value: string | undefined): string | undefined {
  return value === undefined ? undefined : md(value);
}

/** Why a hover that needs the article's date cannot use one. */
const UNDATED = 'This article is undated: nothing in it (no dateline, no dated event in its lead) says when it was published, so checks that need its date stay silent.';

function dateHover(data: DateData, m: HoverMessages): string[] {
  const single = compareDates(data.from, data.to) === 0;
  const head = single
    ? `**${toIso(data.from)}** — ${WEEKDAY_NAMES_EN[weekday(data.from)]} (${WEEKDAY_NAMES_VI[weekday(data.from)]})`
    : `**${toIso(data.from)} – ${toIso(data.to)}** — ${data.granularity}`;
  const lines = [head, ''];
  if (data.time) lines.push(m.time(md(data.time)));
  if (data.dateline) lines.push(data.dateline === 'published' ? m.publicationDateline : m.updateDateline);
  lines.push(m.resolved(md(data.resolution)));
  return lines;
}

function awardHover(index: WorkspaceIndex, digest: EntityDigest, key: string, data: AwardData, m: HoverMessages): string[] {
  const lines = [`**Giải ${md(data.name)} lần thứ ${toRoman(data.edition)}** — ${m.award}`, ''];
  lines.push(m.edition(data.edition, data.year));
  lines.push('', usage(index, digest, key, m));
  return lines;
}
