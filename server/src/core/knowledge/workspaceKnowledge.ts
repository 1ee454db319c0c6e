import { isMap, isNode, isScalar, parseDocument, Parser, type CST, type Document, type Node } from 'yaml';
import type { Span } from '../model';
import type { KnowledgeData, KnowledgeIssue } from './knowledgeBase';
import { EMPTY_KNOWLEDGE, readKnowledgeData, type DataPath } from './knowledgeData';
import type { KnowledgeFileMessages } from '../messages/catalogue';
import { EN } from '../messages/en';

/**
 * The workspace knowledge file: YAML the user writes to teach Report Lens
 * officials, aliases, documents and organisations, or to correct the bundled
 * facts (an entry with a bundled id replaces it). Parsing keeps source
 * positions, so each entry remembers where it is defined (for Go to
 * Definition) and each problem is reported at its place in the file.
 */

/** Where the file lives, relative to a workspace folder. */
export const WORKSPACE_KNOWLEDGE_PATH = '.report-lens/knowledge.yaml';

export interface WorkspaceKnowledge {
  readonly data: KnowledgeData;
  /** Problems as offset ranges into the file's text; an entry with a problem is left out. */
  readonly errors: readonly KnowledgeIssue[];
}

const EMPTY = EMPTY_KNOWLEDGE;

/** YAML aliases expand on conversion; a small cap stops a "billion laughs" file from exhausting memory. */
const MAX_ALIAS_COUNT = 100;

/**
 * The YAML library builds and converts nested collections recursively, so a
 * file nested thousands of levels deep would exhaust the stack. Knowledge
 * entries need about eight levels (people → post → attestation → sources);
 * deeper nesting is refused, at its place, before the library recurses.
 */
const MAX_DEPTH = 64;

/**
 * Parses the text of the knowledge file. Never throws: a file that is not
 * well-formed YAML gives its syntax errors and an empty overlay, so the
 * bundled knowledge stays in force.
 */
export function parseWorkspaceKnowledge(text: string, m: KnowledgeFileMessages = EN.knowledgeFile): WorkspaceKnowledge {
  try {
    const deep = tooDeep(text);
    if (deep) return { data: EMPTY, errors: [{ ...deep, message: m.tooDeep(MAX_DEPTH) }] };
    // Known YAML 1.1 tags (!!binary, !!set …) stay unresolved too: the file holds plain values only.
    const doc = parseDocument(text, { prettyErrors: false, resolveKnownTags: false });
    const errors = [
      ...doc.errors.map((e) => ({ start: e.pos[0], end: e.pos[1], message: e.message })),
      // A tag (!!js/function, !custom …) is never run or resolved; it is refused, so nothing is read from a value it marks.
      ...doc.warnings
        .filter((w) => w.code === 'TAG_RESOLVE_FAILED')
        .map((w) => ({ start: w.pos[0], end: w.pos[1], message: m.tagged(w.message) })),
    ];
    if (errors.length > 0) return { data: EMPTY, errors };
    const raw: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    const { data, issues } = readKnowledgeData(raw, 'workspace', (path, part) => spanAt(doc, path, part), m);
    return { data, errors: issues };
  } catch (error) {
    // Only the alias cap and similar conversion limits throw; report them on the whole file.
    const message = error instanceof Error ? error.message : String(error);
    return { data: EMPTY, errors: [{ start: 0, end: text.length, message: m.unreadable(message) }] };
  }
}

/**
 * The first collection nested deeper than MAX_DEPTH, found on the parser's
 * syntax tree with an explicit stack (the parser itself does not recurse).
 */
function tooDeep(text: string): Span | undefined {
  const stack: { token: CST.Token | null | undefined; depth: number }[] = [];
  for (const token of new Parser().parse(text)) stack.push({ token, depth: 0 });
  stack.reverse();
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token) continue;
    if (token.type === 'document') {
      stack.push({ token: token.value, depth });
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= MAX_DEPTH) return { start: token.offset, end: token.offset + 1 };
      // Pushed last to first, so the earliest too-deep collection in the text is the one reported.
      for (let i = token.items.length - 1; i >= 0; i--) {
        const item = token.items[i];
        stack.push({ token: item.value, depth: depth + 1 });
        if ('key' in item) stack.push({ token: item.key, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/**
 * The span of the node at a path: a scalar's value, or a collection up to
 * the end of its last value (the range's second offset, which leaves out
 * trailing comments and blank lines). With `part` "key", the span of the
 * mapping key the path ends in.
 */
function spanAt(doc: Document, path: DataPath, part: 'key' | 'value' = 'value'): Span | undefined {
  let node: unknown;
  if (part === 'key' && path.length > 0) {
    const parent: unknown = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    const last = path[path.length - 1];
    node = isMap(parent) ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === last)?.key : undefined;
  } else {
    node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  }
  return isNode(node) ? rangeOf(node) : undefined;
}

function rangeOf(node: Node): Span | undefined {
  return node.range ? { start: node.range[0], end: node.range[1] } : undefined;
}
