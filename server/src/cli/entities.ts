import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityKind } from '../core/model';
import { createReportLensService } from '../core/service';
import { LineIndex, type Position } from '../core/text/lineIndex';
import { articleFiles, diskFiles, displayPath, loadKnowledge, NODE_IO, type CliIo } from './files';

/**
 * `report-lens entities <paths…> [--format json|text] [--kind <kinds>]`:
 * every entity the folder mentions, with each mention's file, LSP range
 * (0-based line, UTF-16 character) and text. Paths are relative to the
 * working folder. Exit 0, or 2 on a usage error.
 */

export const USAGE = 'usage: report-lens entities <paths…> [--format json|text] [--kind person,document,…]\n';

const KINDS: readonly EntityKind[] = ['person', 'author', 'title', 'organization', 'document', 'congress', 'date', 'award'];
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
  readonly mentions: { readonly file: string; readonly range: { start: Position; end: Position }; readonly text: string; readonly [attribute: string]: unknown }[];
}

export async function runEntities(args: readonly string[], io: CliIo = NODE_IO): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`report-lens entities: ${parsed}\n${USAGE}`);
    return 2;
  }
  const absolute = parsed.paths.map((p) => path.resolve(io.cwd, p));
  const missing = absolute.find((p) => !fs.existsSync(p));
  if (missing) {
    io.err(`report-lens entities: no such file or folder: ${path.relative(io.cwd, missing) || missing}\n${USAGE}`);
    return 2;
  }
  const files = [...new Set(absolute.flatMap(articleFiles))].sort();
  const service = createReportLensService({ files: diskFiles(files) });
  loadKnowledge(service, absolute, io);
  await service.indexWorkspace();

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
      file: displayPath(io.cwd, fileURLToPath(m.uri)),
      range: { start: lineIndex(m.uri).positionAt(m.start), end: lineIndex(m.uri).positionAt(m.end) },
      text: m.text,
      // The same per-kind attributes as the jsonl export (offsets inside them are UTF-16 units).
      ...m.attributes,
    })),
  }));
  io.out(parsed.format === 'json' ? `${JSON.stringify({ entities }, null, 2)}\n` : toText(entities));
  return 0;
}

function parseArgs(args: readonly string[]): Args | string {
  const paths: string[] = [];
  let format: Format = 'text';
  let kinds: EntityKind[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const option = /^--(format|kind)(?:=(.*))?$/.exec(arg);
    if (option) {
      const value = option[2] ?? args[++i];
      if (option[1] === 'format') {
        if (value !== 'json' && value !== 'text') return `--format must be json or text, not ${value ?? 'nothing'}`;
        format = value;
      } else {
        const asked = (value ?? '').split(',').filter(Boolean);
        const unknown = asked.find((k) => !KINDS.includes(k as EntityKind));
        if (asked.length === 0 || unknown !== undefined) return `--kind takes a comma-separated list of ${KINDS.join(', ')}`;
        kinds = asked as EntityKind[];
      }
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else paths.push(arg);
  }
  return paths.length === 0 ? 'give at least one file or folder' : { paths, format, kinds };
}

/** One block per entity: kind, name, counts and key, then each mention as file:line:column and its text. */
function toText(entities: readonly EntityJson[]): string {
  if (entities.length === 0) return 'No entities.\n';
  let out = '';
  for (const e of entities) {
    const files = new Set(e.mentions.map((m) => m.file)).size;
    out += `${e.kind} ${e.name} (${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}) [${e.id}]\n`;
    for (const m of e.mentions) out += `  ${m.file}:${m.range.start.line + 1}:${m.range.start.character + 1}  ${m.text.replace(/\s+/g, ' ')}\n`;
  }
  return `${out}\n${entities.length} entit${entities.length === 1 ? 'y' : 'ies'}\n`;
}
