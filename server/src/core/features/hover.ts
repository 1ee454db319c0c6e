import type { Article, AwardData, DateData, DocumentData, Mention, PersonData, Span, TitleData } from '../model';
import { toIso, toRoman, weekday, WEEKDAY_NAMES_EN, WEEKDAY_NAMES_VI, compareDates, daysBetween } from '../calendar';
import { throwIfCancelled, type CancellationToken } from '../host';
import type { WorkspaceIndex } from '../workspaceIndex';
import { compareArticles, targetAt } from './navigation';
import { congressFacts, documentName, documentTypeInWords, entityName } from './describe';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { awardKnowledge, citationKnowledge, personKnowledge, titleKnowledge } from './hoverKnowledge';

export interface HoverResult {
  /** Markdown shown in the hover. */
  readonly markdown: string;
  readonly span: Span;
}

/** The file name of a URI, which is how hovers name articles. */
export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

function dateOf(article: Article | undefined): string {
  const date = article?.publication?.date;
  return date ? toIso(date) : 'undated';
}

function usage(index: WorkspaceIndex, key: string): string {
  const byFile = index.filesOf(key);
  let count = 0;
  for (const mentions of byFile.values()) count += mentions.length;
  const files = byFile.size;
  return `${count} mention${count === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
}

export function hover(
  index: WorkspaceIndex,
  uri: string,
  offset: number,
  token: CancellationToken,
  knowledge: KnowledgeBase,
): HoverResult | undefined {
  const target = targetAt(index, uri, offset);
  if (!target) return undefined;
  throwIfCancelled(token);
  const { article, mention } = target;
  const lines = hoverLines(index, article, mention, knowledge);
  return { markdown: lines.join('\n'), span: { start: mention.start, end: mention.end } };
}

function hoverLines(index: WorkspaceIndex, article: Article, mention: Mention, knowledge: KnowledgeBase): string[] {
  const data = mention.data;
  switch (data.kind) {
    case 'person':
      return withKnowledge(personHover(index, mention.key, data), personKnowledge(index, article, mention, data, knowledge));
    case 'title':
      return withKnowledge(titleHover(index, article, mention, data), titleKnowledge(article, data, knowledge));
    case 'document':
      return withKnowledge(documentHover(index, mention.key, data), citationKnowledge(article, mention, knowledge));
    case 'date':
      return dateHover(data);
    case 'congress':
      return [`**${entityName(mention)}** — congress / term`, '', congressFacts(data), '', usage(index, mention.key)];
    case 'award':
      return withKnowledge(awardHover(index, mention.key, data), awardKnowledge(data, knowledge));
    case 'organization':
      return [`**${data.canonical}** — organisation`, '', usage(index, mention.key)];
    case 'author':
      return [`**${data.name}** — byline (${data.role}), not an official`, '', usage(index, mention.key)];
  }
}

/** Knowledge-base lines go before the last line of a hover (its mention count or where it is cited). */
function withKnowledge(lines: string[], facts: readonly string[]): string[] {
  if (facts.length === 0) return lines;
  const last = lines.length - 1;
  return [...lines.slice(0, last), ...facts, '', lines[last]];
}

/**
 * A person: the titles each article gives them, as a timeline ordered by the
 * articles' dates, then how often they are mentioned.
 */
function personHover(index: WorkspaceIndex, key: string, data: PersonData): string[] {
  const lines = [`**${data.name}** — official`, ''];
  const timeline: { article: Article | undefined; uri: string; titles: string[] }[] = [];
  for (const [uri, mentions] of index.filesOf(key)) {
    const titles: string[] = [];
    for (const m of mentions) {
      if (m.data.kind !== 'person') continue;
      for (const t of m.data.titles) if (!titles.includes(t)) titles.push(t);
    }
    if (titles.length > 0) timeline.push({ article: index.article(uri), uri, titles });
  }
  timeline.sort((a, b) => compareArticles(a.article, b.article));
  if (timeline.length > 0) {
    lines.push('Titles in the articles:', '');
    for (const entry of timeline) {
      lines.push(`- ${dateOf(entry.article)} · \`${fileName(entry.uri)}\`: ${entry.titles.join(', ')}`);
    }
    lines.push('');
  }
  lines.push(usage(index, key));
  return lines;
}

/**
 * A title: who holds it at the article's date, going by the people the
 * folder gives this title in the articles nearest that date.
 */
function titleHover(index: WorkspaceIndex, article: Article, mention: Mention, data: TitleData): string[] {
  const lines = [`**${data.canonical}** — title`, ''];
  if (data.holder) {
    lines.push(`Held here by ${data.holder}.`);
  } else {
    const holders = holdersNear(index, mention.key, article);
    if (holders.length > 0) {
      const when = article.publication ? ` on ${toIso(article.publication.date)}` : '';
      lines.push(`Held${when} by: ${holders.map((h) => `${h.name} (${h.evidence})`).join('; ')}`);
    } else {
      lines.push('No holder of this title is named in the folder.');
    }
  }
  lines.push('', usage(index, mention.key));
  return lines;
}

function holdersNear(index: WorkspaceIndex, titleKey: string, article: Article): { name: string; evidence: string }[] {
  const date = article.publication?.date;
  let best: { name: string; evidence: string; distance: number }[] = [];
  for (const [uri, mentions] of index.filesOf(titleKey)) {
    const other = index.article(uri);
    const otherDate = other?.publication?.date;
    const distance = uri === article.uri ? -1 : date && otherDate ? Math.abs(daysBetween(date, otherDate)) : Infinity;
    for (const m of mentions) {
      if (m.data.kind !== 'title' || !m.data.holder) continue;
      const candidate = { name: m.data.holder, evidence: `\`${fileName(uri)}\`, ${dateOf(other)}`, distance };
      if (best.length === 0 || distance < best[0].distance) best = [candidate];
      else if (distance === best[0].distance && !best.some((b) => b.name === candidate.name)) best.push(candidate);
    }
  }
  return best;
}

/** A document: what it is, merged from every citation of it in the folder. */
function documentHover(index: WorkspaceIndex, key: string, data: DocumentData): string[] {
  const citations: { uri: string; data: DocumentData }[] = [];
  for (const [uri, mentions] of index.filesOf(key)) {
    for (const m of mentions) if (m.data.kind === 'document') citations.push({ uri, data: m.data });
  }
  const pick = <K extends keyof DocumentData>(field: K): DocumentData[K] | undefined =>
    data[field] ?? citations.find((c) => c.data[field] !== undefined)?.data[field];
  const code = pick('code');
  const date = pick('date');
  const rows: [string, string | undefined][] = [
    ['Type', documentTypeInWords(data.type)],
    ['Number', pick('number')],
    ['Code', code ?? (data.number ? '*not written*' : undefined)],
    ['Issuer', pick('issuer')],
    ['Date', date ? toIso(date) : undefined],
    ['Term', pick('term') !== undefined ? `khóa ${toRoman(pick('term') as number)}` : undefined],
    ['Subject', pick('subject')],
  ];
  const lines = [`**${documentName({ ...data, code })}** — document`, ''];
  for (const [label, value] of rows) if (value) lines.push(`- ${label}: ${value}`);
  const files = [...new Set(citations.map((c) => fileName(c.uri)))].sort();
  lines.push('', `Cited in: ${files.map((f) => `\`${f}\``).join(', ')}`);
  return lines;
}

function dateHover(data: DateData): string[] {
  const single = compareDates(data.from, data.to) === 0;
  const head = single
    ? `**${toIso(data.from)}** — ${WEEKDAY_NAMES_EN[weekday(data.from)]} (${WEEKDAY_NAMES_VI[weekday(data.from)]})`
    : `**${toIso(data.from)} – ${toIso(data.to)}** — ${data.granularity}`;
  const lines = [head, ''];
  if (data.time) lines.push(`Time: ${data.time}`);
  if (data.dateline) lines.push(data.dateline === 'published' ? 'Publication date (dateline).' : 'Update time (dateline).');
  lines.push(`Resolved: ${data.resolution}`);
  return lines;
}

function awardHover(index: WorkspaceIndex, key: string, data: AwardData): string[] {
  const lines = [`**Giải ${data.name} lần thứ ${toRoman(data.edition)}** — award`, ''];
  lines.push(`Edition ${data.edition}${data.year !== undefined ? `, year ${data.year}` : ''}.`);
  lines.push('', usage(index, key));
  return lines;
}
