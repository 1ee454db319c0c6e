import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createReportLensService, type Finding, type TextEdit } from '../core/service';
import { articleFiles, diskFiles, findWorkspaceFile, loadKnowledge, NODE_IO, type CheckIo } from './files';
import { LineIndex, type Position } from '../core/text/lineIndex';
import { RULES } from '../core/rules/index';
import { applyEdits } from '../core/rules/engine';
import { CONFIG_FILE } from '../core/rules/config';
import type { Severity } from '../core/rules/rule';
import { mergedShards, parseShard, startAnalysis, writeManifest, type AnalysisOptions } from './analysis';

/**
 * `report-lens check <paths…> [--format text|json|sarif] [--fix]`: lints
 * files and folders with every rule, folder-wide ones included, and prints
 * the findings. Exit 0 when nothing is at error level, 1 when something is,
 * 2 on a usage error. With --fix the safe fixes are applied first, each file
 * rewritten only where an edit falls, and what remains is reported.
 */

export type { CheckIo } from './files';

export const USAGE = [
  'usage: report-lens check <paths…> [--format text|json|sarif] [--fix] [--quiet]',
  '                         [--cache-dir D | --no-cache] [--jobs N] [--shard i/n]',
  '       report-lens check --merge D [--format text|json|sarif]',
  '',
  '  --cache-dir D   keep per-file analyses in D (default node_modules/.cache/report-lens, or .report-lens/cache)',
  '  --no-cache      analyse every file again and keep nothing',
  '  --jobs N        worker threads (default: one per core for large folders; 0 analyses in the main thread)',
  '  --shard i/n     analyse only the i-th of n shards of the files into the cache, printing no findings',
  '  --merge D       the folder-wide findings of every shard analysed into D, without reading the articles',
  '  --quiet         no progress bar (it is only drawn on a terminal)',
  '',
].join('\n');
type Format = 'text' | 'json' | 'sarif';

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

/** Runs the check command on its arguments (those after "check"); resolves to the exit code. */
export async function runCheck(args: readonly string[], io: CheckIo = NODE_IO): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`report-lens check: ${parsed}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const absolute = parsed.paths.map((p) => path.resolve(io.cwd, p));
  const missing = absolute.find((p) => !fs.existsSync(p));
  if (missing) {
    io.err(`report-lens check: no such file or folder: ${path.relative(io.cwd, missing) || missing}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const merged = parsed.merge === undefined ? undefined : mergedShards(path.resolve(io.cwd, parsed.merge));
  if (typeof merged === 'string') {
    io.err(`report-lens check: ${merged}\n`);
    return EXIT_USAGE;
  }
  const listed = merged ? merged.uris.map((uri) => fileURLToPath(uri)) : [...new Set(absolute.flatMap(articleFiles))].sort();
  const shard = parsed.analysis.shard;
  const files = shard ? listed.filter((_, i) => i % shard.count === shard.index - 1) : listed;
  const analysis = merged ? undefined : startAnalysis(diskFiles(files), files.length, parsed.analysis, io);
  const service = createReportLensService({ files: merged?.files ?? diskFiles(files), analyse: merged?.analyse ?? analysis?.analyse });
  const configPath = findWorkspaceFile(absolute, io.cwd, CONFIG_FILE);
  if (configPath) {
    const errors = service.configureRules({}, { uri: pathToFileURL(configPath).href, text: fs.readFileSync(configPath, 'utf8') });
    for (const e of errors) io.err(`${path.relative(io.cwd, configPath)}: ${e.message}\n`);
  }
  loadKnowledge(service, absolute, io);
  try {
    await service.indexWorkspace(undefined, analysis?.progress);
  } finally {
    const done = await analysis?.finish();
    if (shard && done && analysis?.cacheDir !== undefined) {
      const manifest = writeManifest(analysis.cacheDir, shard, done.keys);
      io.err(`shard ${shard.index}/${shard.count}: ${files.length} articles (${done.hit} from the cache) in ${path.relative(io.cwd, manifest)}\n`);
    }
  }
  if (shard) return EXIT_CLEAN;

  if (parsed.fix) {
    const fixed = writeFixes(service.fixAll(), io);
    for (const uri of fixed) await service.refreshFile(uri);
  }

  const findings = files.flatMap((file) => {
    const uri = pathToFileURL(file).href;
    const article = service.article(uri);
    if (!article) return [];
    // One line index per file, shared by its findings.
    const index = new LineIndex(article.text);
    return service.diagnostics(uri).map((f) => ({ finding: f, file, text: article.text, index }));
  });
  const report = findings.map(({ finding, file, text, index }) => located(finding, path.relative(io.cwd, file).split(path.sep).join('/'), text, index));
  io.out(format(parsed.format, report));
  return report.some((r) => r.finding.severity === 'error') ? EXIT_FINDINGS : EXIT_CLEAN;
}

interface CheckArgs {
  readonly paths: string[];
  readonly format: Format;
  readonly fix: boolean;
  readonly analysis: AnalysisOptions;
  readonly merge?: string;
}

function parseArgs(args: readonly string[]): CheckArgs | string {
  const paths: string[] = [];
  let format: Format = 'text';
  let fix = false;
  let analysis: AnalysisOptions = { quiet: false };
  let merge: string | undefined;
  const valueOf = (name: string, i: number): string | undefined => (args[i].startsWith(`${name}=`) ? args[i].slice(name.length + 1) : args[i + 1]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = arg.startsWith('--format=') ? arg.slice('--format='.length) : arg === '--format' ? args[++i] : undefined;
    if (value !== undefined || arg === '--format') {
      if (value !== 'text' && value !== 'json' && value !== 'sarif') return `--format must be text, json or sarif, not ${value ?? 'nothing'}`;
      format = value;
    } else if (arg === '--fix') fix = true;
    else if (arg === '--quiet') analysis = { ...analysis, quiet: true };
    else if (arg === '--no-cache') analysis = { ...analysis, cacheDir: null };
    else if (/^--(cache-dir|jobs|shard|merge)(=|$)/.test(arg)) {
      const name = arg.split('=')[0];
      const given = valueOf(name, i);
      if (!arg.includes('=')) i++;
      if (given === undefined || given === '') return `${name} needs a value`;
      if (name === '--cache-dir') analysis = { ...analysis, cacheDir: given };
      else if (name === '--merge') merge = given;
      else if (name === '--jobs') {
        if (!/^\d+$/.test(given)) return `--jobs takes a number of worker threads, not ${given}`;
        analysis = { ...analysis, jobs: Number(given) };
      } else {
        const shard = parseShard(given);
        if (typeof shard === 'string') return shard;
        analysis = { ...analysis, shard };
      }
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else paths.push(arg);
  }
  if (merge !== undefined) return paths.length > 0 || analysis.shard || fix ? '--merge takes no paths, --shard or --fix' : { paths, format, fix, analysis, merge };
  if (analysis.shard && (fix || analysis.cacheDir === null)) return '--shard writes into the cache: it takes no --fix or --no-cache';
  return paths.length === 0 ? 'give at least one file or folder' : { paths, format, fix, analysis };
}

/**
 * Writes the fixes file by file. A file is rewritten only when its bytes are
 * exactly the UTF-8 of the text the edits refer to, so a BOM or another
 * encoding is never silently converted; such files are reported instead.
 */
function writeFixes(edits: readonly TextEdit[], io: CheckIo): string[] {
  const byUri = new Map<string, TextEdit[]>();
  for (const e of edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
  const written: string[] = [];
  for (const [uri, fileEdits] of byUri) {
    const file = fileURLToPath(uri);
    const bytes = fs.readFileSync(file);
    const text = bytes.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(bytes) || text.charCodeAt(0) === 0xfeff) {
      io.err(`${path.relative(io.cwd, file)}: not plain UTF-8, left unchanged\n`);
      continue;
    }
    fs.writeFileSync(file, applyEdits(text, fileEdits));
    written.push(uri);
  }
  return written;
}

interface Located {
  readonly finding: Finding;
  readonly file: string;
  readonly start: Position;
  readonly end: Position;
  readonly lineText: string;
  readonly index: LineIndex;
}

function located(finding: Finding, file: string, text: string, index: LineIndex): Located {
  const start = index.positionAt(finding.start);
  const lineStart = index.offsetAt({ line: start.line, character: 0 });
  const lineEnd = index.offsetAt({ line: start.line + 1, character: 0 });
  return { finding, file, start, end: index.positionAt(finding.end), lineText: text.slice(lineStart, lineEnd).replace(/\r?\n$/, ''), index };
}

function format(kind: Format, report: readonly Located[]): string {
  if (kind === 'json') return `${JSON.stringify(toJson(report), null, 2)}\n`;
  if (kind === 'sarif') return `${JSON.stringify(toSarif(report), null, 2)}\n`;
  return toText(report);
}

function toJson(report: readonly Located[]): unknown {
  return {
    findings: report.map((r) => ({
      file: r.file,
      range: { start: r.start, end: r.end },
      rule: r.finding.rule,
      severity: r.finding.severity,
      message: r.finding.message,
      fixes: r.finding.fixes.map((fix) => ({
        title: fix.title,
        // Fixes only edit the finding's own file, so its line index converts their offsets.
        edits: fix.edits.map((e) => ({ range: { start: r.index.positionAt(e.start), end: r.index.positionAt(e.end) }, newText: e.newText })),
      })),
    })),
  };
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function toSarif(report: readonly Located[]): unknown {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'Report Lens',
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.map((r) => ({
          ruleId: r.finding.rule,
          ruleIndex: ruleIndex.get(r.finding.rule),
          level: SARIF_LEVEL[r.finding.severity],
          message: { text: r.finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: r.file },
                region: {
                  startLine: r.start.line + 1,
                  startColumn: r.start.character + 1,
                  endLine: r.end.line + 1,
                  endColumn: r.end.character + 1,
                },
              },
            },
          ],
        })),
      },
    ],
  };
}

/** Findings grouped by file, each with its position, level, rule, message and the line it is on. */
function toText(report: readonly Located[]): string {
  if (report.length === 0) return 'No findings.\n';
  let out = '';
  let file: string | undefined;
  for (const r of report) {
    if (r.file !== file) {
      out += `${file === undefined ? '' : '\n'}${r.file}\n`;
      file = r.file;
    }
    out += `  ${r.start.line + 1}:${r.start.character + 1}  ${r.finding.severity}  ${r.finding.rule}  ${r.finding.message}\n`;
    out += `      ${excerpt(r)}\n`;
  }
  const errors = report.filter((r) => r.finding.severity === 'error').length;
  return `${out}\n${report.length} finding${report.length === 1 ? '' : 's'} (${errors} at error level)\n`;
}

/** The finding's text in its line, with a little context either side and the finding marked. */
function excerpt(r: Located): string {
  const from = r.start.character;
  const to = r.end.line === r.start.line ? r.end.character : r.lineText.length;
  const before = r.lineText.slice(Math.max(0, from - 30), from);
  const after = r.lineText.slice(to, to + 30);
  return `${from > 30 ? '…' : ''}${before}»${r.lineText.slice(from, to)}«${after}${to + 30 < r.lineText.length ? '…' : ''}`;
}
