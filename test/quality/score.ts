import type { GoldArticle, GoldTitle, Located } from './gold';
import { decodeReferences } from '../../server/src/core/text/characterReferences';

/**
 * Scoring the tool's recognition against the gold. The tool's side is read
 * from its public interface (`export --format jsonl`), so the scorer needs no
 * part of the core, and judges exactly what users of the export receive.
 */

/** One article as `report-lens export --format jsonl` writes it (offsets in code points). */
export interface ToolArticle {
  readonly file: string;
  readonly published?: { readonly date: string | null; readonly evidence: string };
  readonly entities: readonly ToolEntity[];
}

export interface ToolEntity {
  readonly id: string;
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly titles?: readonly { readonly text: string; readonly modifiers?: readonly string[] }[];
  readonly identity?: { readonly id?: string; readonly ambiguous?: boolean; readonly candidates?: readonly string[] };
  readonly document?: Readonly<Record<string, unknown>>;
  readonly congress?: Readonly<Record<string, unknown>>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ScoreError {
  /** The cause, used to group errors in the report ("person missed", "document date wrong"…). */
  readonly cause: string;
  readonly file: string;
  readonly detail: string;
}

export interface Scores {
  readonly articles: number;
  readonly persons: Counts;
  readonly pairs: Counts;
  readonly modifiers: { right: number; total: number };
  readonly documents: Counts;
  readonly documentFields: Record<string, Counts>;
  readonly congresses: Counts;
  readonly congressFields: Record<string, Counts>;
  /** `unknownAllowed`: right answers that were "unknown", or coarser than the gold, where only outside evidence gives more. */
  readonly published: { right: number; wrong: number; unknownMissed: number; unknownAllowed: number; total: number };
  merges: number;
  readonly errors: ScoreError[];
}

export const DOCUMENT_FIELDS = ['type', 'number', 'code', 'date', 'issuer', 'term', 'plenum', 'congress'] as const;
export const CONGRESS_FIELDS = ['body', 'ordinal', 'years'] as const;

export function f1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function score(gold: readonly GoldArticle[], tool: ReadonlyMap<string, ToolArticle>): Scores {
  const s: Scores = {
    articles: gold.length,
    persons: zero(),
    pairs: zero(),
    modifiers: { right: 0, total: 0 },
    documents: zero(),
    documentFields: Object.fromEntries(DOCUMENT_FIELDS.map((f) => [f, zero()])),
    congresses: zero(),
    congressFields: Object.fromEntries(CONGRESS_FIELDS.map((f) => [f, zero()])),
    published: { right: 0, wrong: 0, unknownMissed: 0, unknownAllowed: 0, total: 0 },
    merges: 0,
    errors: [],
  };
  /** Tool identity → the gold identities of the mentions it was given to, across the corpus. */
  const identities = new Map<string, Map<string, string>>();
  for (const article of gold) {
    const found = tool.get(article.name);
    const entities = found ? toUtf16(article.text, found.entities) : [];
    const err = (cause: string, detail: string) => s.errors.push({ cause, file: article.name, detail });
    if (!found) err('article not analysed', 'the export has no line for this article');
    scorePublished(article, found, s, err);

    const persons = matchSpans(
      article.persons,
      entities.filter((e) => e.kind === 'person'),
    );
    s.persons.tp += persons.pairs.length;
    s.persons.fn += persons.missed.length;
    s.persons.fp += persons.spurious.length;
    for (const g of persons.missed) {
      err('person missed', `${g.locator}${g.titles.length ? `  (titles: ${g.titles.map((t) => t.text).join(' ; ')})` : ''}`);
      s.pairs.fn += g.titles.length;
      for (const t of g.titles) err('title missed (person missed)', `${g.locator}: ${t.text}`);
    }
    for (const t of persons.spurious) {
      err('person spurious', `"${t.text}" at ${t.start}`);
      for (const title of t.titles ?? []) {
        s.pairs.fp++;
        err('title spurious (person spurious)', `"${t.text}": ${title.text}`);
      }
    }
    for (const [g, t] of persons.pairs) {
      const id = t.identity?.ambiguous ? `ambiguous:${[...(t.identity.candidates ?? [])].sort().join('|')}` : (t.identity?.id ?? t.id);
      const seen = identities.get(id) ?? new Map<string, string>();
      if (!seen.has(g.identity)) seen.set(g.identity, `${article.name} ${g.locator}`);
      identities.set(id, seen);
      scoreTitles(g.locator, g.titles, t.titles ?? [], s, err);
    }

    const documents = matchKind('document', article.documents, entities, s.documents, err);
    for (const [g, t] of documents) scoreFields('document', g.locator, DOCUMENT_FIELDS, g.fields, t.document ?? {}, s.documentFields, err);
    const congresses = matchKind('congress', article.congresses, entities, s.congresses, err);
    for (const [g, t] of congresses) scoreFields('congress', g.locator, CONGRESS_FIELDS, g.fields, t.congress ?? {}, s.congressFields, err);
  }
  for (const [id, golds] of identities) {
    if (id.startsWith('ambiguous:') || golds.size < 2) continue;
    s.merges += golds.size - 1;
    s.errors.push({ cause: 'different people merged into one entity', file: '*', detail: `${id}: ${[...golds].map(([g, where]) => `${g} (${where})`).join(', ')}` });
  }
  return s;
}

/** Matches the gold and tool mentions of one kind, counts them and reports what is missed or spurious; returns the pairs. */
function matchKind<G extends Located>(kind: string, gold: readonly G[], entities: readonly ToolEntity[], counts: Counts, err: (cause: string, detail: string) => void): [G, ToolEntity][] {
  const match = matchSpans(
    gold,
    entities.filter((e) => e.kind === kind),
  );
  counts.tp += match.pairs.length;
  counts.fn += match.missed.length;
  counts.fp += match.spurious.length;
  for (const g of match.missed) err(`${kind} missed`, g.locator);
  for (const t of match.spurious) err(`${kind} spurious`, `"${t.text}"`);
  return match.pairs;
}

function scorePublished(article: GoldArticle, found: ToolArticle | undefined, s: Scores, err: (cause: string, detail: string) => void): void {
  s.published.total++;
  const goldDate = article.published.date;
  const toolDate = found?.published?.date ?? undefined;
  if (goldDate === undefined) {
    if (toolDate === undefined) s.published.right++;
    else {
      s.published.wrong++;
      err('publication date given where nothing dates the article', `tool ${toolDate} (${found?.published?.evidence}); gold: unknown (${article.published.evidence})`);
    }
    return;
  }
  if (toolDate === undefined) {
    if (article.published.basis === 'outside') {
      s.published.right++;
      s.published.unknownAllowed++;
      return;
    }
    s.published.unknownMissed++;
    err('publication date unknown to the tool, though the text gives it', `gold ${goldDate} (${article.published.evidence})`);
  } else if (toolDate.startsWith(goldDate)) s.published.right++;
  else if (goldDate.startsWith(toolDate) && article.published.basis === 'outside') {
    // The tool gives only the month (or year) the text supports, where only outside evidence gives the day: not a guess.
    s.published.right++;
    s.published.unknownAllowed++;
  }
  else {
    s.published.wrong++;
    const cause = toolDate.slice(0, 4) === goldDate.slice(0, 4) ? 'publication date wrong (right year)' : 'publication date wrong year';
    err(cause, `tool ${toolDate} from "${found?.published?.evidence}"; gold ${goldDate} (${article.published.evidence})`);
  }
}

function scoreTitles(
  locator: string,
  gold: readonly GoldTitle[],
  tool: readonly { readonly text: string; readonly modifiers?: readonly string[] }[],
  s: Scores,
  err: (cause: string, detail: string) => void,
): void {
  const left = tool.map((t) => ({ t, key: titleKey(t.text) }));
  for (const g of gold) {
    const key = titleKey(g.text);
    const i = left.findIndex((l) => l.key === key);
    if (i < 0) {
      s.pairs.fn++;
      err('title missed', `${locator}: ${g.text}${tool.length ? `  (tool: ${tool.map((t) => t.text).join(' ; ')})` : ''}`);
      continue;
    }
    const [{ t }] = left.splice(i, 1);
    s.pairs.tp++;
    s.modifiers.total++;
    const want = [...g.modifiers].sort().join(',');
    const got = [...(t.modifiers ?? [])].sort().join(',');
    if (want === got) s.modifiers.right++;
    else err('title modifiers wrong', `${locator}: ${g.text}: tool [${got}] gold [${want}]`);
  }
  for (const { t } of left) {
    s.pairs.fp++;
    err('title spurious', `${locator}: ${t.text}  (gold: ${gold.map((g) => g.text).join(' ; ') || 'none'})`);
  }
}

function scoreFields(
  kind: string,
  locator: string,
  names: readonly string[],
  gold: Readonly<Record<string, string>>,
  tool: Readonly<Record<string, unknown>>,
  counts: Record<string, Counts>,
  err: (cause: string, detail: string) => void,
): void {
  for (const name of names) {
    const g = gold[name];
    const raw = tool[name];
    const t = raw === undefined || raw === null ? undefined : Array.isArray(raw) ? raw.join('-') : String(raw);
    const c = counts[name];
    if (g === undefined && t === undefined) continue;
    if (g !== undefined && t !== undefined && sameField(name, g, t)) c.tp++;
    else {
      if (g !== undefined) c.fn++;
      if (t !== undefined) c.fp++;
      const cause = g === undefined ? `${kind} ${name} given, not in gold` : t === undefined ? `${kind} ${name} missing` : `${kind} ${name} wrong`;
      err(cause, `${locator}: tool ${t ?? '-'}, gold ${g ?? '-'}`);
    }
  }
}

function sameField(name: string, gold: string, tool: string): boolean {
  if (name === 'date') return tool.startsWith(gold);
  if (name === 'code') return codeKey(gold) === codeKey(tool);
  return fold(gold) === fold(tool);
}

/** Codes compare without spaces, with every dash alike (`21 – NQ/TW` is `21-NQ/TW`). */
function codeKey(code: string): string {
  return code.replace(/\s+/g, '').replace(/[‐-―−]/g, '-').toUpperCase();
}

/** Old tone placement (uỷ, hoà) and its new form (ủy, hòa): folded so that either spelling compares equal. */
const TONE_PLACEMENT: Readonly<Record<string, string>> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

/**
 * Lower case, tone placement folded, spaces collapsed, edge punctuation dropped, and HTML character
 * references read as their characters: the tool reports a title as written ("B&iacute; thư"), the
 * gold writes the characters the reference stands for, and both name the same post.
 */
export function fold(text: string): string {
  return decodeReferences(text)
    .normalize('NFC')
    .toLowerCase()
    .replace(/o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/g, (pair) => TONE_PLACEMENT[pair] ?? pair)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.\-–—()]+|[\s,;:.\-–—()]+$/g, '');
}

/**
 * A title's comparison key: folded, without a term qualifier ("khóa XX", "nhiệm kỳ 2020-2025") at its
 * end or before the place of its body ("Trưởng đoàn Đại biểu Quốc hội khóa XV tỉnh Đồng Nai"), and
 * without an abbreviation in brackets inside it ("Ủy ban Kiểm tra (UBKT) Trung ương"): the gold leaves
 * both out of the title text (gold/README.md), while the tool reports the title's span as written.
 */
export function titleKey(text: string): string {
  return fold(text.replace(/\s\(\p{Lu}[\p{Lu}.]*\)(?=\s)/gu, ''))
    .replace(/\skhóa\s+[ivxlc\d]+(?=\s)/g, '')
    .replace(/[,\s]*nhiệm kỳ\s*\d{4}\s*[-–]\s*\d{4}$/, '')
    .replace(/[,\s]*khóa\s+[ivxlc\d]+$/, '')
    .trim();
}

interface Spanned {
  readonly start: number;
  readonly end: number;
}

/**
 * Pairs gold and tool mentions of one kind by overlap, one to one, the
 * largest overlaps first; what is left over is missed or spurious.
 */
export function matchSpans<G extends Located, T extends Spanned>(gold: readonly G[], tool: readonly T[]): { pairs: [G, T][]; missed: G[]; spurious: T[] } {
  const candidates: { g: number; t: number; overlap: number }[] = [];
  let j = 0;
  const sortedTool = tool.map((t, i) => ({ t, i })).sort((a, b) => a.t.start - b.t.start);
  const sortedGold = gold.map((g, i) => ({ g, i })).sort((a, b) => a.g.start - b.g.start);
  for (const { g, i } of sortedGold) {
    while (j < sortedTool.length && sortedTool[j].t.end <= g.start) j++;
    for (let k = j; k < sortedTool.length && sortedTool[k].t.start < g.end; k++) {
      const t = sortedTool[k].t;
      const overlap = Math.min(g.end, t.end) - Math.max(g.start, t.start);
      if (overlap > 0) candidates.push({ g: i, t: sortedTool[k].i, overlap });
    }
  }
  candidates.sort((a, b) => b.overlap - a.overlap);
  const goldUsed = new Set<number>();
  const toolUsed = new Set<number>();
  const pairs: [G, T][] = [];
  for (const c of candidates) {
    if (goldUsed.has(c.g) || toolUsed.has(c.t)) continue;
    goldUsed.add(c.g);
    toolUsed.add(c.t);
    pairs.push([gold[c.g], tool[c.t]]);
  }
  return {
    pairs,
    missed: gold.filter((_, i) => !goldUsed.has(i)),
    spurious: tool.filter((_, i) => !toolUsed.has(i)),
  };
}

/** The export counts offsets in code points; the gold is located in UTF-16 units. */
export function toUtf16(text: string, entities: readonly ToolEntity[]): ToolEntity[] {
  const units: number[] = [];
  for (let i = 0; i < text.length; i++) {
    units.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
  }
  units.push(text.length);
  const at = (cp: number) => units[Math.min(cp, units.length - 1)];
  return entities.map((e) => ({ ...e, start: at(e.start), end: at(e.end) }));
}
