import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createReportLensService } from '../core/service';
import { EXPORT_FORMATS, type ExportFormat } from '../core/features/export';
import { WORKSPACE_KNOWLEDGE_PATH } from '../core/knowledge/workspaceKnowledge';
import { articleFiles, diskFiles, displayPath, NODE_IO, type CliIo } from './files';

/**
 * `report-lens export <paths…> --format jsonl|brat|conll [--out <file>]`:
 * the folder's annotations for NLP work, with the workspace knowledge file
 * applied (taught names, aliases, links, "not an entity"). jsonl and conll
 * go to standard output or --out; brat writes a .ann file beside each .txt.
 * Exit 0 on success, 2 on a usage error.
 */

export const USAGE = 'usage: report-lens export <paths…> --format jsonl|brat|conll [--out <file>]\n';
const EXIT_OK = 0;
const EXIT_USAGE = 2;

interface Parsed {
  readonly paths: string[];
  readonly format: ExportFormat;
  readonly out?: string;
}

export async function runExport(args: readonly string[], io: CliIo = NODE_IO): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`report-lens export: ${parsed}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const absolute = parsed.paths.map((p) => path.resolve(io.cwd, p));
  const missing = absolute.find((p) => !fs.existsSync(p));
  if (missing) {
    io.err(`report-lens export: no such file or folder: ${displayPath(io.cwd, missing) || missing}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const files = [...new Set(absolute.flatMap(articleFiles))].sort();
  const service = createReportLensService({ files: diskFiles(files) });
  const knowledge = knowledgeFile(absolute);
  if (knowledge) {
    const issues = service.setKnowledgeFile(pathToFileURL(knowledge).href, fs.readFileSync(knowledge, 'utf8'));
    for (const issue of issues) io.err(`${displayPath(io.cwd, knowledge)}: ${issue.message}\n`);
  }
  await service.indexWorkspace();
  const exported = service.exportAnnotations(parsed.format, undefined, (uri) => displayPath(io.cwd, fileURLToPath(uri)));
  for (const file of exported) {
    if (file.uri) {
      fs.writeFileSync(fileURLToPath(file.uri), file.content);
    } else if (parsed.out) {
      fs.writeFileSync(path.resolve(io.cwd, parsed.out), file.content);
    } else {
      io.out(file.content);
    }
  }
  if (parsed.format === 'brat') io.err(`report-lens export: wrote ${exported.length} .ann file${exported.length === 1 ? '' : 's'}\n`);
  return EXIT_OK;
}

function parseArgs(args: readonly string[]): Parsed | string {
  const paths: string[] = [];
  let format: ExportFormat | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg === '--out') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--out') out = value;
      else if ((EXPORT_FORMATS as readonly string[]).includes(value)) format = value as ExportFormat;
      else return `unknown format "${value}" (expected ${EXPORT_FORMATS.join(', ')})`;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) return 'give at least one file or folder';
  if (!format) return `give --format ${EXPORT_FORMATS.join('|')}`;
  return out === undefined ? { paths, format } : { paths, format, out };
}

/** The workspace knowledge file of the first folder given (or of a file's folder), when it has one. */
function knowledgeFile(targets: readonly string[]): string | undefined {
  for (const target of targets) {
    const dir = fs.statSync(target).isDirectory() ? target : path.dirname(target);
    const candidate = path.join(dir, WORKSPACE_KNOWLEDGE_PATH);
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}
