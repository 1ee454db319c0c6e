import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { readOptions } from './args';
import { EXPORT_FORMATS, explain, messagesFor, type ExportFormat } from '../core';
import { isToolAnn, markedAnn, writeExport } from '../node/exportFiles';
import { pathToUri, uriToPath } from '../node/uri';
import { displayPath, displayUri, EXIT_OK, EXIT_USAGE, NODE_IO, openFolder, type CliIo } from './files';

/**
 * `report-lens export <paths…> --format jsonl|brat|conll [--out <file>] [--force]`:
 * the folder's annotations for NLP work, with the workspace knowledge file
 * applied (taught names, aliases, links, "not an entity"). jsonl and conll
 * go to standard output or --out; brat writes a .ann file beside each .txt.
 * Nothing the tool did not write is overwritten: --out refuses an existing
 * file unless --force, and always refuses an article; a .ann is replaced
 * only when it is the tool's own (marked). Exit 0 on success, 1 when an
 * output was refused or could not be written, 2 on a usage error, plus 4
 * when a file was skipped.
 */

const EXIT_NOT_WRITTEN = 1;
const EXIT_SKIPPED = 4;

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

interface Args {
  readonly paths: string[];
  readonly format: ExportFormat;
  readonly out?: string;
  readonly force: boolean;
}

export async function runExport(args: readonly string[], io: CliIo = NODE_IO): Promise<number> {
  const parsed = readArgs(args);
  const opened = typeof parsed === 'string' ? parsed : await openFolder(parsed.paths, io);
  if (typeof parsed === 'string' || typeof opened === 'string') {
    io.err(`report-lens export: ${typeof parsed === 'string' ? parsed : opened}\n${messagesFor(io.language).cli.usage.export}`);
    return EXIT_USAGE;
  }
  const { service } = opened;
  const messages = service.messages();
  // Files left alone as not Vietnamese prose are no articles, not skipped ones.
  const skipped = opened.listed.filter((uri) => !service.leftAlone(uri) && (!service.article(uri) || service.article(uri)?.skipped));
  for (const uri of skipped) io.err(`${displayUri(io.cwd, uri)}: ${explain(messages.files.reasons, service.article(uri)?.unreadable ?? { kind: 'vanished' })}\n`);
  const flags = skipped.length > 0 ? EXIT_SKIPPED : 0;

  const out = parsed.out === undefined ? undefined : path.resolve(io.cwd, parsed.out);
  if (out !== undefined) {
    // An article is never an export target, --force or not: that would replace the text being annotated.
    if (opened.listed.includes(pathToUri(out))) {
      io.err(`report-lens export: ${messages.export.outIsArticle(displayPath(io.cwd, out))}\n`);
      return EXIT_NOT_WRITTEN | flags;
    }
    if (fs.existsSync(out) && !parsed.force) {
      io.err(`report-lens export: ${messages.export.outExists(displayPath(io.cwd, out))}\n`);
      return EXIT_NOT_WRITTEN | flags;
    }
  }

  const exported = service.exportAnnotations(parsed.format, undefined, (uri) => displayUri(io.cwd, uri));
  let refused = 0;
  for (const file of exported) {
    const target = file.uri ? uriToPath(file.uri) : out;
    if (target === undefined) {
      io.out(file.content);
      continue;
    }
    const brat = file.uri !== undefined;
    const reason = await writeExport(target, brat ? markedAnn(file.content) : file.content, brat ? isToolAnn : () => parsed.force);
    if (reason !== undefined) {
      refused++;
      io.err(`${messages.export.notWritten(displayPath(io.cwd, target), explain(messages.files.notWritten, reason))}\n`);
    }
  }
  if (parsed.format === 'brat') {
    const written = exported.length - refused;
    io.err(`report-lens export: ${messages.export.wroteAnn(written)}\n`);
  }
  return (refused > 0 ? EXIT_NOT_WRITTEN : EXIT_OK) | flags;
}

function readArgs(args: readonly string[]): Args | string {
  const read = readOptions(args, OPTIONS);
  if (typeof read === 'string') return read;
  const { values, positionals } = read;
  if (positionals.length === 0) return 'give at least one file or folder';
  if (values.format === undefined) return `give --format ${EXPORT_FORMATS.join('|')}`;
  const format = EXPORT_FORMATS.find((f) => f === values.format);
  if (!format) return `unknown format "${values.format}" (expected ${EXPORT_FORMATS.join(', ')})`;
  if (values.force && values.out === undefined) return '--force goes with --out';
  return { paths: positionals, format, out: values.out, force: values.force === true };
}
