import type { Article, Mention } from '../model';
import { throwIfCancelled, type CancellationToken } from '../host';
import { toIso } from '../calendar';
import { publicationText } from '../recognise/publication';
import { lowerBound } from '../lowerBound';

/**
 * Export of the folder's annotations for NLP work, in three formats:
 * - jsonl: one line per article, `{file, length, published, entities: [{id, kind, start, end, text, …}]}`:
 *   `published` is `{date, evidence}` (date `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as precise as the article is,
 *   or null when nothing dates the article),
 *   and each entity carries the attributes of its kind (see `attributesOf`);
 * - brat: standoff `.ann` files beside each article (`T1<TAB>person 10 24<TAB>Trương Thị Mai`,
 *   with the entity id as an AnnotatorNotes line); each title a person mention carries is a
 *   relation `R1<TAB>Title Arg1:T1 Arg2:T2` to the title's annotation, and each of its
 *   modifiers an attribute of that title (`A1<TAB>Former T2`);
 * - conll: one token per line with its IOB tag, a blank line between sentences,
 *   and `-DOCSTART-` before each article.
 * Every offset is counted in Unicode code points, as brat and Python count
 * them, not in the UTF-16 units the rest of the core uses; `length` is the
 * article's length in code points too.
 */

export type ExportFormat = 'jsonl' | 'brat' | 'conll';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'brat', 'conll'];

export interface ExportedFile {
  /** Where the file goes: beside its article for brat; absent for the single jsonl or conll stream. */
  readonly uri?: string;
  readonly content: string;
}

/** `fileName` says how a jsonl line names its article (the CLI prints paths relative to the working folder). */
export function exportAnnotations(
  articles: Iterable<Article>,
  format: ExportFormat,
  token: CancellationToken,
  fileName: (uri: string) => string = (uri) => uri,
): ExportedFile[] {
  const sorted = [...articles].sort((a, b) => a.uri.localeCompare(b.uri));
  const out: string[] = [];
  const files: ExportedFile[] = [];
  for (const article of sorted) {
    throwIfCancelled(token);
    if (format === 'jsonl') out.push(jsonLine(article, fileName(article.uri)));
    else if (format === 'conll') out.push(conll(article));
    else files.push({ uri: annUri(article.uri), content: brat(article) });
  }
  return format === 'brat' ? files : [{ content: out.join('') }];
}

/** Converts UTF-16 offsets into one text to code point offsets. */
export function codePoints(text: string): (offset: number) => number {
  // Only astral characters (surrogate pairs) make the two counts differ; most articles have none.
  const pairs: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) pairs.push(++i);
    }
  }
  if (pairs.length === 0) return (offset) => offset;
  // Less the number of pairs whose low surrogate lies before the offset.
  return (offset) => offset - lowerBound(pairs.length, (i) => pairs[i] < offset);
}

function jsonLine(article: Article, file: string): string {
  const cp = codePoints(article.text);
  const entities = article.mentions.map((m) => ({ id: m.key, kind: m.kind, start: cp(m.start), end: cp(m.end), text: m.text, ...attributesOf(m, cp) }));
  return `${JSON.stringify({ file, length: cp(article.text.length), published: published(article), entities })}\n`;
}

/**
 * The article's publication date and what it was taken from; `date` is `YYYY-MM-DD`, or `YYYY-MM` /
 * `YYYY` when the article gives only that, and null when nothing dates the article.
 */
function published(article: Article): { date: string | null; evidence: string } {
  const publication = article.publication;
  if (!publication) return { date: null, evidence: 'nothing in the article dates it' };
  return { date: publicationText(publication), evidence: publication.evidence };
}

/**
 * What was recognised in a mention beyond its span, by kind: part of the
 * export's interface (documented in the README), so NLP users and the
 * quality gate read the same attributes. A person carries its titles
 * (offsets in code points, like the entity's), its identity: the entity
 * id, or the candidates when same-name officials cannot be told apart, and
 * the year a narrative sets for its posts when one does.
 * `cp` converts the article's UTF-16 offsets to code points.
 */
export function attributesOf(m: Mention, cp: (offset: number) => number): Record<string, unknown> {
  switch (m.data.kind) {
    case 'person': {
      const { titles, ambiguity, heldIn } = m.data;
      return {
        titles: titles.map((t) => ({ text: t.text, start: cp(t.start), end: cp(t.end), modifiers: t.modifiers })),
        identity: ambiguity ? { ambiguous: true, candidates: ambiguity.candidates } : { id: m.key },
        ...(heldIn !== undefined ? { heldIn } : {}),
      };
    }
    case 'document': {
      const d = m.data;
      // `shortOf` is the span (in code points) of the full citation a short name ("Quy định 114") stands for.
      const shortOf = d.shortOf && { start: cp(d.shortOf.start), end: cp(d.shortOf.end) };
      return { document: { type: d.type, number: d.number, code: d.code, date: d.date ? toIso(d.date) : d.year?.toString(), issuer: d.issuer, term: d.term, plenum: d.plenum, congress: d.congress, shortOf } };
    }
    case 'congress':
      return { congress: { body: m.data.body, ordinal: m.data.ordinal, years: m.data.years } };
    default:
      return {};
  }
}

function annUri(uri: string): string {
  return uri.endsWith('.txt') ? `${uri.slice(0, -4)}.ann` : `${uri}.ann`;
}

/**
 * A brat text-bound annotation. A span crossing a line break becomes
 * fragments (`start end;start end`), since the text field is one line.
 */
function brat(article: Article): string {
  const cp = codePoints(article.text);
  const lines: string[] = [];
  article.mentions.forEach((m, i) => {
    const fragments: string[] = [];
    const texts: string[] = [];
    const re = /[^\r\n]+/g;
    const inner = article.text.slice(m.start, m.end);
    for (let match = re.exec(inner); match; match = re.exec(inner)) {
      const start = m.start + match.index;
      fragments.push(`${cp(start)} ${cp(start + match[0].length)}`);
      texts.push(match[0]);
    }
    if (fragments.length === 0) return;
    const id = `T${i + 1}`;
    lines.push(`${id}\t${m.kind} ${fragments.join(';')}\t${texts.join(' ')}`);
    lines.push(`#${i + 1}\tAnnotatorNotes ${id}\t${m.key}`);
  });
  lines.push(...titleRelations(article));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * brat relations from each person mention to the title annotations it
 * carries, and the modifiers of each title as its attributes (a title
 * shared by the names of a list has one annotation and one relation per name).
 */
function titleRelations(article: Article): string[] {
  const titleIds = new Map<string, string>();
  article.mentions.forEach((m, i) => {
    if (m.kind === 'title') titleIds.set(`${m.start}:${m.end}`, `T${i + 1}`);
  });
  const lines: string[] = [];
  const attributed = new Set<string>();
  article.mentions.forEach((m, i) => {
    if (m.kind !== 'person') return;
    for (const title of m.data.titles) {
      const target = titleIds.get(`${title.start}:${title.end}`);
      if (!target) continue;
      lines.push(`R${lines.length + 1}\tTitle Arg1:T${i + 1} Arg2:${target}`);
      // A Set: a title shared by several names has its modifiers once.
      for (const modifier of title.modifiers) attributed.add(`${modifier[0].toUpperCase()}${modifier.slice(1)} ${target}`);
    }
  });
  return [...lines, ...[...attributed].map((attribute, k) => `A${k + 1}\t${attribute}`)];
}

/** Words, numbers, and single punctuation marks. */
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * The spans IOB can carry: no nesting, so where mentions overlap the
 * outermost (longest) one wins ("Chỉ thị số 35-CT/TW ngày 30-5-2019 …" over
 * the date inside it).
 */
export function flatMentions(mentions: readonly Mention[]): Mention[] {
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Mention[] = [];
  for (const m of byLength) if (!taken.some((t) => t.start < m.end && m.start < t.end)) taken.push(m);
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * The article as tokens with their mention: the text is cut at every
 * mention boundary first, so a token never straddles one ("1Trưởng" glued
 * by a scraper still tags "Trưởng" as the start of a title).
 */
function* tokens(text: string, spans: readonly Mention[]): Generator<{ start: number; token: string; span?: Mention }> {
  let at = 0;
  const pieces: { start: number; end: number; span?: Mention }[] = [];
  for (const span of spans) {
    if (span.start > at) pieces.push({ start: at, end: span.start });
    pieces.push({ start: span.start, end: span.end, span });
    at = span.end;
  }
  pieces.push({ start: at, end: text.length });
  for (const piece of pieces) {
    for (const match of text.slice(piece.start, piece.end).matchAll(TOKEN)) {
      yield { start: piece.start + match.index, token: match[0], span: piece.span };
    }
  }
}

function conll(article: Article): string {
  const lines = ['-DOCSTART-\tO', ''];
  const text = article.text;
  let previous: Mention | undefined;
  let sentenceOpen = false;
  let previousEnd = 0;
  const endSentence = () => {
    if (sentenceOpen) lines.push('');
    sentenceOpen = false;
    previous = undefined;
  };
  for (const { start, token, span } of tokens(text, flatMentions(article.mentions))) {
    // Paragraphs are lines, so a line break between two tokens ends a sentence (unless a mention spans it).
    if (text.slice(previousEnd, start).includes('\n') && !(span && span === previous)) endSentence();
    previousEnd = start + token.length;
    lines.push(`${token}\t${span ? `${span === previous ? 'I' : 'B'}-${span.kind}` : 'O'}`);
    sentenceOpen = true;
    previous = span;
    // A full stop inside a mention ("Đ/c.", a date) does not end the sentence.
    if (!span && /^[.!?]$/.test(token)) endSentence();
  }
  endSentence();
  return `${lines.join('\n')}\n`;
}
