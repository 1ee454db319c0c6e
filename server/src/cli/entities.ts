import type { ParseArgsConfig } from 'node:util';
import { readOptions } from './args';
import { ENTITY_KINDS, isEntityKind, type EntityKind, LineIndex, messagesFor, type Messages, type Position } from '../core';
import { displayUri, EXIT_USAGE, NODE_IO, openFolder, type CliIo } from './files';

/**
 * `report-lens entities <paths…> [--format json|text] [--kind <kinds>]`:
 * every entity the folder mentions, with each mention's file, LSP range
 * (0-based line, UTF-16 character) and text. Paths are relative to the
 * working folder. Exit 0, or 2 on a usage error.
 */


type Format = 'json' | 'text';

interface Args {
  readonly paths: string[];
  readonly format: Format;
  readonly kinds?: EntityKind[];
}

export interface EntityJson {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly mentions: { readonly file: string; readonly range: { start: Position; end: Position }; readonly text: string; readonly attributes?: Record<string, unknown> }[];
}

export async function runEntities(args: readonly string[], io: CliIo = NODE_IO): Promise<number> {
  const parsed = readArgs(args);
  const opened = typeof parsed === 'string' ? parsed : await openFolder(parsed.paths, io);
  if (typeof parsed === 'string' || typeof opened === 'string') {
    io.err(`report-lens entities: ${typeof parsed === 'string' ? parsed : opened}\n${messagesFor(io.language).cli.usage.entities}`);
    return EXIT_USAGE;
  }
  const { service } = opened;

  // One line index per file, built on first use: the mentions of all entities share them.
  const indexes = new Map<string, LineIndex>();
  const lineIndex = (uri: string) => {
    let index = indexes.get(uri);
    if (!index) {
      index = new LineIndex(service.article(uri)?.text ?? '');
      indexes.set(uri, index);
    }
    return index;
  };
  const entities: EntityJson[] = service.entities(parsed.kinds).map((e) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    mentions: e.mentions.map((m) => ({
      file: displayUri(io.cwd, m.uri),
      range: { start: lineIndex(m.uri).positionAt(m.start), end: lineIndex(m.uri).positionAt(m.end) },
      text: m.text,
      // The same attributes as the jsonl export (titles with code point offsets, identity, document fields).
      ...(m.attributes ? { attributes: m.attributes } : {}),
    })),
  }));
  io.out(parsed.format === 'json' ? `${JSON.stringify({ entities }, null, 2)}\n` : toText(entities, messagesFor(io.language)));
  return 0;
}

const OPTIONS = {
  format: { type: 'string' },
  kind: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

function readArgs(args: readonly string[]): Args | string {
  const read = readOptions(args, OPTIONS);
  if (typeof read === 'string') return read;
  const { values, positionals } = read;
  const format = values.format ?? 'text';
  if (format !== 'json' && format !== 'text') return `--format must be json or text, not ${format}`;
  let kinds: EntityKind[] | undefined;
  if (values.kind !== undefined) {
    const asked = values.kind.split(',').filter(Boolean);
    if (asked.length === 0 || !asked.every(isEntityKind)) return `--kind takes a comma-separated list of ${ENTITY_KINDS.join(', ')}`;
    kinds = asked;
  }
  return positionals.length === 0 ? 'give at least one file or folder' : { paths: positionals, format, kinds };
}

/** One block per entity: kind, name, counts and key, then each mention as file:line:column and its text. */
function toText(entities: readonly EntityJson[], messages: Messages): string {
  const m = messages.cli.entities;
  if (entities.length === 0) return `${m.none}\n`;
  let out = '';
  for (const e of entities) {
    const files = new Set(e.mentions.map((m) => m.file)).size;
    out += `${m.heading(e.kind, e.name, e.mentions.length, files, e.id)}\n`;
    for (const m of e.mentions) out += `  ${m.file}:${m.range.start.line + 1}:${m.range.start.character + 1}  ${m.text.replace(/\s+/g, ' ')}\n`;
  }
  return `${out}\n${m.total(entities.length)}\n`;
}
