import type { EntityKind, Mention, Span } from '../model';
import { throwIfCancelled, type CancellationToken } from '../host';
import { looseKey } from '../text/source';
import type { WorkspaceIndex } from '../folderIndex/workspaceIndex';
import { entityName } from './describe';
import { locate } from './navigation';
import type { Snapshot } from '../folderIndex/snapshot';
import { toIso } from '../calendar';
import { attributesOf, codePoints } from './export';

export interface SymbolItem extends Span {
  readonly uri: string;
  readonly name: string;
  readonly kind: EntityKind;
  /** Extra text shown beside the name (titles, ISO date, code). */
  readonly detail?: string;
}

export interface EntitySummary {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly mentions: readonly {
    readonly uri: string;
    readonly start: number;
    readonly end: number;
    readonly text: string;
    /** What was recognised in the mention, as the jsonl export writes it (export.ts, attributesOf). */
    readonly attributes?: Record<string, unknown>;
  }[];
}

/** The kinds an article's outline lists. */
const OUTLINE_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'document', 'congress', 'award', 'date']);
/** The kinds workspace symbol search finds (dates would drown the list). */
const WORKSPACE_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'document', 'organization', 'congress', 'award', 'title', 'author']);
const MAX_WORKSPACE_SYMBOLS = 500;

function detailOf(mention: Mention): string | undefined {
  const data = mention.data;
  switch (data.kind) {
    case 'person':
      return data.titles.length > 0 ? data.titles.map((t) => t.text).join('; ') : undefined;
    case 'document':
      return [data.date ? toIso(data.date) : data.year?.toString(), data.issuer].filter(Boolean).join(' · ') || undefined;
    case 'date':
      return mention.text;
    default:
      return undefined;
  }
}

/** The outline: each person, document, congress, award and date of the article once, at its introduction. */
export function documentSymbols({ index }: Snapshot, uri: string, token: CancellationToken): SymbolItem[] {
  const article = index.article(uri);
  if (!article) return [];
  throwIfCancelled(token);
  const firstByKey = new Map<string, Mention>();
  for (const mention of article.mentions) {
    if (!OUTLINE_KINDS.has(mention.kind)) continue;
    const seen = firstByKey.get(mention.key);
    if (!seen || (!seen.introduction && mention.introduction)) firstByKey.set(mention.key, mention);
  }
  return [...firstByKey.values()]
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ uri, start: m.start, end: m.end, name: entityName(m), kind: m.kind, detail: detailOf(m) }));
}

/**
 * Workspace symbols: entities whose name contains the query's letters in
 * order, ignoring case and diacritics, so "tthimai" and "truong thi" both find
 * Trương Thị Mai. Each symbol points at the entity's definition.
 */
export function workspaceSymbols({ index, earliest }: Snapshot, query: string, token: CancellationToken): SymbolItem[] {
  const wanted = looseKey(query).replace(/\s+/g, '');
  const out: SymbolItem[] = [];
  let checked = 0;
  for (const key of index.entityKeys()) {
    if (++checked % 256 === 0) throwIfCancelled(token);
    const sample = firstMention(index, key);
    if (!sample || !WORKSPACE_KINDS.has(sample.kind)) continue;
    const name = entityName(sample);
    if (!isSubsequence(wanted, looseKey(name).replace(/\s+/g, ''))) continue;
    const first = earliest(key);
    if (!first) continue;
    out.push({ ...locate(first.uri, first.mention), name, kind: sample.kind, detail: detailOf(sample) });
    if (out.length >= MAX_WORKSPACE_SYMBOLS) break;
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

function firstMention(index: WorkspaceIndex, key: string): Mention | undefined {
  for (const mentions of index.filesOf(key).values()) {
    const intro = mentions.find((m) => m.introduction);
    return intro ?? mentions[0];
  }
  return undefined;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; j < haystack.length && i < needle.length; j++) {
    if (haystack[j] === needle[i]) i++;
  }
  return i === needle.length;
}

/** Every entity of the workspace with all its mentions, for `report-lens entities`. */
export function entities({ index }: Snapshot, kinds: readonly EntityKind[] | undefined, token: CancellationToken): EntitySummary[] {
  const wanted = kinds ? new Set(kinds) : undefined;
  const out: EntitySummary[] = [];
  // The code point converter of each article, made once: many entities are mentioned in one article.
  const converters = new Map<string, (offset: number) => number>();
  const converter = (uri: string) => {
    let cp = converters.get(uri);
    if (!cp) {
      cp = codePoints(index.article(uri)?.text ?? '');
      converters.set(uri, cp);
    }
    return cp;
  };
  for (const key of [...index.entityKeys()].sort()) {
    throwIfCancelled(token);
    const sample = firstMention(index, key);
    if (!sample || (wanted && !wanted.has(sample.kind))) continue;
    const mentions = index.mentionsOf(key).map(({ uri, mention }) => {
      const attributes = attributesOf(mention, converter(uri));
      return { uri, start: mention.start, end: mention.end, text: mention.text, ...(Object.keys(attributes).length > 0 ? { attributes } : {}) };
    });
    out.push({ id: key, kind: sample.kind, name: entityName(sample), mentions });
  }
  return out;
}
