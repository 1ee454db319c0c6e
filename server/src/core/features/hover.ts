import type { Article, AwardData, DateData, DocumentData, Mention, PersonData, Span, TitleData } from '../model';
import { toIso, toRoman, weekday, WEEKDAY_NAMES_EN, WEEKDAY_NAMES_VI, compareDates } from '../calendar';
import { throwIfCancelled, type CancellationToken } from '../host';
import type { WorkspaceIndex } from '../workspaceIndex';
import type { ArticleOrders } from '../articleOrder';
import type { DocumentFields, EntityDigest } from '../entityDigest';
import { targetAt } from './navigation';
import { congressFacts, documentName, documentTypeInWords, entityName } from './describe';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { awardKnowledge, citationKnowledge, personKnowledge, titleKnowledge } from './hoverKnowledge';
import { codeSpan, escapeMarkdown as md } from '../text/markdown';

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

function dateOf(article: Article | undefined): string {
  const date = article?.publication?.date;
  return date ? toIso(date) : 'undated';
}

function usage(index: WorkspaceIndex, digest: EntityDigest, key: string): string {
  const count = digest.mentionCount(key);
  const files = index.filesOf(key).size;
  return `${count} mention${count === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
}

export function hover(
  index: WorkspaceIndex,
  orders: ArticleOrders,
  digest: EntityDigest,
  uri: string,
  offset: number,
  token: CancellationToken,
  knowledge: KnowledgeBase,
): HoverResult | undefined {
  const target = targetAt(index, uri, offset);
  if (!target) return undefined;
  throwIfCancelled(token);
  const { article, mention } = target;
  const lines = hoverLines(index, orders, digest, article, mention, knowledge);
  return { markdown: lines.join('\n'), span: { start: mention.start, end: mention.end } };
}

function hoverLines(index: WorkspaceIndex, orders: ArticleOrders, digest: EntityDigest, article: Article, mention: Mention, knowledge: KnowledgeBase): string[] {
  const data = mention.data;
  switch (data.kind) {
    case 'person':
      return withKnowledge(personHover(index, orders, digest, mention.key, data), personKnowledge(index, article, mention, data, knowledge));
    case 'title':
      return withKnowledge(titleHover(index, digest, article, mention, data), titleKnowledge(article, data, knowledge));
    case 'document':
      return withKnowledge(documentHover(index, digest, mention.key, data), citationKnowledge(article, mention, knowledge));
    case 'date':
      return dateHover(data);
    case 'congress':
      return [`**${md(entityName(mention))}** — congress / term`, '', congressFacts(data), '', usage(index, digest, mention.key)];
    case 'award':
      return withKnowledge(awardHover(index, digest, mention.key, data), awardKnowledge(data, knowledge));
    case 'organization':
      return [`**${md(data.canonical)}** — organisation`, '', usage(index, digest, mention.key)];
    case 'author':
      return [`**${md(data.name)}** — byline (${data.role}), not an official`, '', usage(index, digest, mention.key)];
  }
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
function personHover(index: WorkspaceIndex, orders: ArticleOrders, digest: EntityDigest, key: string, data: PersonData): string[] {
  const lines = [`**${md(data.name)}** — official`, ''];
  const withTitles = digest.filesWithTitles(key);
  const seen = (uri: string) => `${dateOf(index.article(uri))} · ${fileLabel(uri)}`;
  if (withTitles && withTitles.size > MAX_TIMELINE_FILES) {
    lines.push(`Titles in the articles (first and last seen, ${withTitles.size} files):`, '');
    for (const span of digest.titleSpans(key)) {
      const last = span.last === span.first ? '' : ` – ${seen(span.last)}`;
      lines.push(`- ${seen(span.first)}${last}: ${md(span.title)} (${span.files} file${span.files === 1 ? '' : 's'})`);
    }
    lines.push('');
  } else if (withTitles) {
    lines.push('Titles in the articles:', '');
    orders.reading.forEach(withTitles, (uri, titles) => lines.push(`- ${seen(uri)}: ${titles.map(md).join(', ')}`));
    lines.push('');
  }
  lines.push(usage(index, digest, key));
  return lines;
}

/**
 * A title: who holds it at the article's date, going by the people the
 * folder gives this title in the articles nearest that date.
 */
function titleHover(index: WorkspaceIndex, digest: EntityDigest, article: Article, mention: Mention, data: TitleData): string[] {
  const lines = [`**${md(data.canonical)}** — title`, ''];
  if (data.holder) {
    lines.push(`Held here by ${md(data.holder)}.`);
  } else {
    const holders = digest
      .holdersNear(mention.key, article)
      .map((h) => ({ name: md(h.name), evidence: `${fileLabel(h.uri)}, ${dateOf(index.article(h.uri))}` }));
    if (holders.length > 0) {
      const when = article.publication ? ` on ${toIso(article.publication.date)}` : '';
      lines.push(`Held${when} by: ${holders.map((h) => `${h.name} (${h.evidence})`).join('; ')}`);
    } else {
      lines.push('No holder of this title is named in the folder.');
    }
    if (article.publication) lines.push(`Article dated from its ${md(article.publication.evidence)}.`);
    else lines.push(UNDATED);
  }
  lines.push('', usage(index, digest, mention.key));
  return lines;
}

/** A document: what it is, merged from every citation of it in the folder. */
function documentHover(index: WorkspaceIndex, digest: EntityDigest, key: string, data: DocumentData): string[] {
  const byFile = index.filesOf(key);
  const written = digest.documentFields(key, byFile);
  const pick = <K extends keyof DocumentFields>(field: K): DocumentData[K] | undefined => data[field] ?? written[field];
  const code = pick('code');
  const date = pick('date');
  const rows: [string, string | undefined][] = [
    ['Type', documentTypeInWords(data.type)],
    ['Number', escaped(pick('number'))],
    ['Code', code !== undefined ? md(code) : data.number ? '*not written*' : undefined],
    ['Issuer', escaped(pick('issuer'))],
    ['Date', date ? toIso(date) : undefined],
    ['Term', pick('term') !== undefined ? `khóa ${toRoman(pick('term') as number)}` : undefined],
    ['Subject', escaped(pick('subject'))],
  ];
  const lines = [`**${md(documentName({ ...data, code }))}** — document`, ''];
  for (const [label, value] of rows) if (value) lines.push(`- ${label}: ${value}`);
  lines.push('', `Cited in: ${citedIn(byFile)}`);
  return lines;
}

/**
 * The files citing a document by name. A long list names the first few in
 * URI order, picked in one pass without sorting every URI, then says how
 * many more there are.
 */
function citedIn(byFile: ReadonlyMap<string, unknown>): string {
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
  return `${smallest.map(fileLabel).join(', ')} … and ${byFile.size - MAX_CITED_FILES} more files`;
}

function escaped(value: string | undefined): string | undefined {
  return value === undefined ? undefined : md(value);
}

/** Why a hover that needs the article's date cannot use one. */
const UNDATED = 'This article is undated: nothing in it (no dateline, no dated event in its lead) says when it was published, so checks that need its date stay silent.';

function dateHover(data: DateData): string[] {
  const single = compareDates(data.from, data.to) === 0;
  const head = single
    ? `**${toIso(data.from)}** — ${WEEKDAY_NAMES_EN[weekday(data.from)]} (${WEEKDAY_NAMES_VI[weekday(data.from)]})`
    : `**${toIso(data.from)} – ${toIso(data.to)}** — ${data.granularity}`;
  const lines = [head, ''];
  if (data.time) lines.push(`Time: ${md(data.time)}`);
  if (data.dateline) lines.push(data.dateline === 'published' ? 'Publication date (dateline).' : 'Update time (dateline).');
  lines.push(`Resolved: ${md(data.resolution)}`);
  return lines;
}

function awardHover(index: WorkspaceIndex, digest: EntityDigest, key: string, data: AwardData): string[] {
  const lines = [`**Giải ${md(data.name)} lần thứ ${toRoman(data.edition)}** — award`, ''];
  lines.push(`Edition ${data.edition}${data.year !== undefined ? `, year ${data.year}` : ''}.`);
  lines.push('', usage(index, digest, key));
  return lines;
}
