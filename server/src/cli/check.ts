import * as path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { readOptions } from './args';
import { createTwoFilesPatch } from 'diff';
import { type Finding, LineIndex, type Messages, type Position, SKIPPED_RULE, type Severity, createReportLensService, explain, messagesFor, type RuleInfo } from '../core';
import { displayPath, displayUri, EXIT_USAGE, NODE_IO, openFolder, type CheckIo, type OpenedFolder } from './files';
import { planFixes, writeFixes, type FixChange, type FixPlan } from './fix';
import { mergedShards, parseShard, writeManifest, type AnalysisOptions } from './analysis';

/**
 * `report-lens check <paths…>`: lints files and folders with every rule,
 * folder-wide ones included, and prints the findings. With --fix the safe
 * fixes are applied until none is left, written atomically, and listed;
 * with --fix --dry-run nothing is written and the changes are printed as a
 * unified diff. Exit codes are bits: 1 findings at error level (with
 * --dry-run: something would change), 4 a file was skipped (unreadable, not
 * a regular file, binary, too large, vanished, or changed before its fix
 * was written); 2 is a usage error, alone.
 */

export type { CheckIo } from './files';

export type Format = 'text' | 'json' | 'sarif';

const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_SKIPPED = 4;

const OPTIONS = {
  format: { type: 'string' },
  fix: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  config: { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  jobs: { type: 'string' },
  shard: { type: 'string' },
  merge: { type: 'string' },
  quiet: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

interface Args {
  readonly paths: string[];
  readonly format: Format;
  readonly fix: boolean;
  readonly dryRun: boolean;
  readonly config?: string;
  readonly include?: string[];
  readonly exclude?: string[];
  readonly analysis: AnalysisOptions;
  readonly merge?: string;
}

/** Runs the check command on its arguments (those after "check"); resolves to the exit code. */
export async function runCheck(args: readonly string[], io: CheckIo = NODE_IO): Promise<number> {
  const parsed = readArgs(args);
  // The service is made in the same language, so its messages are these.
  const messages = messagesFor(io.language);
  const opened = typeof parsed === 'string' ? parsed : parsed.merge !== undefined ? await openMerged(parsed.merge, io) : await openFolder(parsed.paths, io, parsed);
  if (typeof parsed === 'string' || typeof opened === 'string') {
    io.err(`report-lens check: ${typeof parsed === 'string' ? parsed : opened}\n${messages.cli.usage.check}`);
    return EXIT_USAGE;
  }
  if (opened.configFile) io.err(`report-lens check: ${messages.fix.usingConfiguration(displayPath(io.cwd, opened.configFile))}\n`);
  const shard = parsed.analysis.shard;
  if (shard) {
    const cached = opened.cached;
    if (cached?.dir === undefined) {
      io.err(`report-lens check: ${messages.cli.shardNeedsCache}\n`);
      return EXIT_USAGE;
    }
    const manifest = writeManifest(cached.dir, shard, cached.keys);
    io.err(`${messages.cli.shardWritten(shard.index, shard.count, opened.listed.length, cached.hit, displayPath(io.cwd, manifest))}\n`);
    return EXIT_CLEAN;
  }

  let skipped = false;
  if (parsed.fix) {
    const plan = planFixes(opened.service);
    if (parsed.dryRun) {
      io.out(diff(plan, io));
      for (const [uri, reason] of plan.refused) io.err(`${displayUri(io.cwd, uri)}: ${reason}\n`);
      let vanishedOrSkipped = false;
      for (const r of report(opened, io)) if ((vanishedOrSkipped = r.finding.rule === SKIPPED_RULE)) break;
      return (plan.texts.size > 0 ? EXIT_FINDINGS : EXIT_CLEAN) | (vanishedOrSkipped || plan.refused.size > 0 ? EXIT_SKIPPED : 0);
    }
    const { written, refused } = await writeFixes(plan, opened);
    const done = new Set(written);
    // When every planned fix was refused, the refusals below say so: "No fix to apply" would be untrue.
    const summary = written.length === 0 && refused.size > 0 ? '' : changeList(plan.changes.filter((c) => done.has(c.uri)), written.length, io, plan.settled, messages);
    const notes = [...refused].map(([uri, reason]) => `${messages.fix.notFixed(displayUri(io.cwd, uri), reason)}\n`).join('');
    if (parsed.format === 'text') io.out(summary + notes);
    else io.err(summary + notes);
    skipped = refused.size > 0;
  }

  const written = writeReport(parsed.format, report(opened, io), opened.service.rules(), messages, io.out);
  skipped ||= written.skipped;
  return (written.errors > 0 ? EXIT_FINDINGS : EXIT_CLEAN) | (skipped ? EXIT_SKIPPED : 0);
}

function readArgs(args: readonly string[]): Args | string {
  const read = readOptions(args, OPTIONS);
  if (typeof read === 'string') return read;
  const { values, positionals } = read;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') return `--format must be text, json or sarif, not ${format}`;
  if (values['dry-run'] && !values.fix) return '--dry-run goes with --fix';
  const jobs = values.jobs;
  if (jobs !== undefined && !/^\d+$/.test(jobs)) return `--jobs takes a number of worker threads, not ${jobs}`;
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (typeof shard === 'string') return shard;
  if (values['no-cache'] && values['cache-dir'] !== undefined) return '--cache-dir and --no-cache exclude each other';
  if (shard && (values.fix || values['no-cache'])) return '--shard writes into the cache: it takes no --fix or --no-cache';
  const analysis: AnalysisOptions = { quiet: values.quiet === true, cacheDir: values['no-cache'] ? null : values['cache-dir'], jobs: jobs === undefined ? undefined : Number(jobs), shard };
  if (values.merge !== undefined) {
    return positionals.length > 0 || shard || values.fix ? '--merge takes no paths, --shard or --fix' : { paths: [], format, fix: false, dryRun: false, analysis, merge: values.merge };
  }
  if (positionals.length === 0) return 'give at least one file or folder';
  return { paths: positionals, format, fix: values.fix === true, dryRun: values['dry-run'] === true, config: values.config, include: values.include, exclude: values.exclude, analysis };
}

/** What --fix changed, one line per edit, then a total. */
function changeList(changes: readonly FixChange[], files: number, io: CheckIo, settled: boolean, messages: Messages): string {
  const m = messages.cli.fixes;
  if (changes.length === 0) return settled ? `${m.none}\n` : '';
  const quote = (text: string) => `“${text.replace(/\r?\n/g, '⏎')}”`;
  let out = '';
  for (const c of changes) {
    const what = c.oldText === '' ? m.inserted(quote(c.newText)) : c.newText === '' ? m.deleted(quote(c.oldText)) : m.replaced(quote(c.oldText), quote(c.newText));
    out += `${m.line(`${displayUri(io.cwd, c.uri)}:${c.at.line + 1}:${c.at.character + 1}`, c.rule, c.title, what, c.pass)}\n`;
  }
  out += `${m.total(changes.length, files)}\n`;
  if (!settled) out += `${m.unsettled}\n`;
  return `${out}\n`;
}

/** The changes --fix would make, as a unified diff (paths a/… and b/… relative to the working folder). */
function diff(plan: FixPlan, io: CheckIo): string {
  let out = '';
  for (const [uri, { before, after }] of plan.texts) {
    const name = displayUri(io.cwd, uri);
    out += createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
  }
  return out;
}

/**
 * Every finding of every listed file, with positions from one line index per
 * file (built once, whatever the number of findings), and one finding for
 * each file that vanished before it could be read. They are made one file at
 * a time as the report is written, so a folder's findings, line indexes and
 * lines are never all held at once.
 */
export function* report(opened: OpenedFolder, io: CheckIo): Generator<Located> {
  for (const uri of opened.listed) {
    const file = displayUri(io.cwd, uri);
    const article = opened.service.article(uri);
    if (!article) {
      // A file that is not Vietnamese prose was read and left alone on purpose: nothing to say about it.
      if (opened.service.leftAlone(uri)) continue;
      const finding: Finding = { rule: SKIPPED_RULE, severity: 'warning', uri, start: 0, end: 0, message: explain(opened.service.messages().files.reasons, { kind: 'vanished' }), related: [], fixes: [], alsoRules: [] };
      yield { finding, file, start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, lineText: '', index: new LineIndex('') };
      continue;
    }
    const findings = opened.service.diagnostics(uri);
    if (findings.length === 0) continue;
    const index = new LineIndex(article.text);
    for (const finding of findings) yield located(finding, file, article.text, index);
  }
}

export interface Located {
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

/** What the exit code needs to know of a written report. */
export interface Written {
  readonly findings: number;
  readonly errors: number;
  /** A file was skipped or vanished. */
  readonly skipped: boolean;
}

/** Output is handed on in pieces of about this many characters: a large report is neither one huge string nor a write per finding. */
const PIECE = 64 * 1024;

/**
 * Writes the report in a format as its findings come; SARIF lists the rules
 * the façade names; the text's own words are in the user's language. The
 * output is byte for byte what stringifying the whole report at once gives.
 */
export function writeReport(kind: Format, report: Iterable<Located>, rules: readonly RuleInfo[], messages: Messages, out: (text: string) => void): Written {
  let pending = '';
  const write = (text: string) => {
    pending += text;
    if (pending.length >= PIECE) {
      out(pending);
      pending = '';
    }
  };
  const tally = { findings: 0, errors: 0, skipped: false };
  const counted = function* (): Generator<Located> {
    for (const r of report) {
      tally.findings++;
      if (r.finding.severity === 'error') tally.errors++;
      if (r.finding.rule === SKIPPED_RULE) tally.skipped = true;
      yield r;
    }
  };
  if (kind === 'json') writeJsonList({ findings: LIST }, 1, mapped(counted(), toJson), write);
  else if (kind === 'sarif') {
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    writeJsonList(sarifRun(rules), 3, mapped(counted(), (r) => toSarif(r, ruleIndex)), write);
  } else writeText(counted(), messages, write, tally);
  if (pending !== '') out(pending);
  return tally;
}

function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/** Stands for the one list of a JSON skeleton whose elements are written as they come. */
const LIST = '\u0000list';

/**
 * Writes `JSON.stringify(skeleton, null, 2)` and a newline, with the skeleton's
 * one LIST (at nesting depth `depth`) replaced by the items, each stringified
 * when it comes and indented to its place. Strings never hold a raw line
 * break in JSON, so indenting every line of an item is exact.
 */
function writeJsonList(skeleton: unknown, depth: number, items: Iterable<unknown>, write: (text: string) => void): void {
  const whole = `${JSON.stringify(skeleton, null, 2)}\n`;
  const marker = JSON.stringify(LIST);
  const at = whole.indexOf(marker);
  write(whole.slice(0, at));
  const pad = '  '.repeat(depth + 1);
  let first = true;
  for (const item of items) {
    write(`${first ? '[' : ','}\n${pad}${JSON.stringify(item, null, 2).replace(/\n/g, `\n${pad}`)}`);
    first = false;
  }
  write(first ? '[]' : `\n${'  '.repeat(depth)}]`);
  write(whole.slice(at + marker.length));
}

function toJson(r: Located): unknown {
  return {
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
  };
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The SARIF log around its results, which are written in place of LIST. */
function sarifRun(rules: readonly RuleInfo[]): unknown {
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'Report Lens',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: LIST,
      },
    ],
  };
}

function toSarif(r: Located, ruleIndex: ReadonlyMap<string, number>): unknown {
  return {
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
  };
}

/** Findings grouped by file, each with its position, level, rule, message and the line it is on; the summary reads the tally once all are written. */
function writeText(report: Iterable<Located>, messages: Messages, write: (text: string) => void, tally: Written): void {
  let file: string | undefined;
  for (const r of report) {
    if (r.file !== file) {
      write(`${file === undefined ? '' : '\n'}${r.file}\n`);
      file = r.file;
    }
    write(`  ${r.start.line + 1}:${r.start.character + 1}  ${r.finding.severity}  ${r.finding.rule}  ${r.finding.message}\n`);
    write(`      ${excerpt(r)}\n`);
  }
  write(tally.findings === 0 ? `${messages.noFindings}\n` : `\n${messages.findingsSummary(tally.findings, tally.errors)}\n`);
}

/** The finding's text in its line, with a little context either side and the finding marked. */
function excerpt(r: Located): string {
  const from = r.start.character;
  const to = r.end.line === r.start.line ? r.end.character : r.lineText.length;
  const before = r.lineText.slice(Math.max(0, from - 30), from);
  const after = r.lineText.slice(to, to + 30);
  return `${from > 30 ? '…' : ''}${before}»${r.lineText.slice(from, to)}«${after}${to + 30 < r.lineText.length ? '…' : ''}`;
}

/** The folder of every shard analysed into a cache folder, from the cache alone (`--merge`). */
async function openMerged(dir: string, io: CheckIo): Promise<OpenedFolder | string> {
  const merged = mergedShards(path.resolve(io.cwd, dir));
  if (typeof merged === 'string') return merged;
  const service = createReportLensService({ files: merged.files, analyse: merged.analyse, language: io.language });
  await service.indexWorkspace();
  return { service, listed: merged.uris, readHashes: new Map(), roots: [] };
}
