import * as fs from 'node:fs';
import * as path from 'node:path';
import { createReportLensService, type ReportLensService, CONFIG_FILE, WORKSPACE_KNOWLEDGE_PATH, LineIndex, SILENT_LOGGER, messagesFor, type FileAccess, type Language } from '../core';
import { startAnalysis, type AnalysisOptions } from './analysis';
import { BLOCKING_READS, DEFAULT_FILTER, nodeFileAccess } from '../node/fileAccess';
import { contentHash } from '../node/atomicWrite';
import { pathToUri, uriToPath } from '../node/uri';

/**
 * What the CLI commands share: their input/output (injectable for tests),
 * and opening the paths on the command line as a folder of articles under
 * the same file policy as the editor (node/fileAccess.ts).
 */

export interface CliIo {
  readonly cwd: string;
  /** Whether stderr is a terminal, where a progress bar may be drawn. */
  readonly terminal?: boolean;
  out(text: string): void;
  err(text: string): void;
  /** The language of messages and fix titles: `--lang`, else the environment's LANG. */
  readonly language?: Language;
  /**
   * Wraps the file access the commands list and read the folder through.
   * Tests use it to make a file vanish between its listing and its reading,
   * a race too narrow to provoke from outside.
   */
  readonly files?: (access: FileAccess) => FileAccess;
}

/** The check command's name for the same thing, kept for its callers. */
export type CheckIo = CliIo;

export const NODE_IO: CliIo = {
  cwd: process.cwd(),
  terminal: process.stderr.isTTY === true,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Exit codes every command shares; check adds its own (1 for findings at error level, 4 for skipped files). */
export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

/** A path relative to the working folder, with forward slashes, as the commands print files. */
export function displayPath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

/** A URI as the commands print it: its path relative to the working folder. */
export function displayUri(cwd: string, uri: string): string {
  const file = uriToPath(uri);
  return file === undefined ? uri : displayPath(cwd, file);
}

export interface OpenOptions {
  /** The rules configuration file given with --config, instead of the folder's own. */
  readonly config?: string;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** Worker threads, cache and shard (check); without them the files are analysed in this thread, uncached. */
  readonly analysis?: AnalysisOptions;
}

export interface OpenedFolder {
  readonly service: ReportLensService;
  /** Every file listed (articles and skipped files), sorted; a listed file the service does not hold vanished before it was read. */
  readonly listed: readonly string[];
  /** The hash of the bytes each file had when it was read, so a write can check nothing changed them since. */
  readonly readHashes: ReadonlyMap<string, string>;
  /** The folders given, and the folders of the files given: nothing is written outside them. */
  readonly roots: readonly string[];
  /** The rules configuration file in force, if any. */
  readonly configFile?: string;
  /** What the cache answered and under which keys, when the files went through it. */
  readonly cached?: { readonly dir?: string; readonly hit: number; readonly keys: ReadonlyMap<string, string> };
}

/**
 * Opens the paths given on the command line: lists and reads their articles,
 * and loads the rules configuration and knowledge file of the folder checked
 * (the first folder given, or the folder of the first file), never of a
 * folder above it. Problems with those two files are printed as
 * file:line:column and leave the defaults in force. Answers a usage error
 * as a string.
 */
export async function openFolder(paths: readonly string[], io: CliIo, options: OpenOptions = {}): Promise<OpenedFolder | string> {
  if (paths.length === 0) return 'give at least one file or folder';
  const folders: string[] = [];
  const named: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(io.cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      return `no such file or folder: ${displayPath(io.cwd, absolute) || absolute}`;
    }
    if (stat.isDirectory()) folders.push(absolute);
    else named.push(absolute);
  }
  const filter = { include: options.include?.length ? options.include : DEFAULT_FILTER.include, exclude: options.exclude?.length ? options.exclude : DEFAULT_FILTER.exclude };
  // A run of the CLI waits for each file anyway, so it reads blocking, without the thread pool's round trips.
  const onDisk = nodeFileAccess(folders, filter, SILENT_LOGGER, undefined, named, BLOCKING_READS);
  const access = io.files ? io.files(onDisk) : onDisk;
  const readHashes = new Map<string, string>();
  const shard = options.analysis?.shard;
  // A shard lists the whole folder and keeps every n-th file, so the shards of one folder share it out.
  const all = await access.listArticles();
  const listed = shard ? all.filter((_, i) => i % shard.count === shard.index - 1) : all;
  const files: FileAccess = {
    listArticles: async () => listed,
    readFile: async (uri) => {
      const read = await access.readFile(uri);
      if (read instanceof Uint8Array) readHashes.set(uri, contentHash(read));
      return read;
    },
  };
  const analysis = options.analysis && startAnalysis(files, listed.length, options.analysis, io);
  // A file named on the command line is analysed even when it is not Vietnamese prose: the user asked for it.
  const namedUris = new Set(named.map((file) => pathToUri(file)));
  const service = createReportLensService({ files, analyse: analysis?.analyse, alwaysAnalyse: (uri) => namedUris.has(uri), language: io.language });
  const home = folders[0] ?? path.dirname(named[0]);
  const configPath = options.config !== undefined ? path.resolve(io.cwd, options.config) : existing(path.join(home, CONFIG_FILE));
  let configFile: string | undefined;
  if (configPath !== undefined) {
    const text = readWorkspaceFile(configPath, io);
    const errors = service.configureRules({}, { uri: pathToUri(configPath), text });
    printIssues(io, configPath, text ?? '', errors);
    // A configuration that could not be read is not the one used: the line printed for it says the defaults are.
    if (text !== undefined) configFile = configPath;
  }
  const knowledgeFile = existing(path.join(home, WORKSPACE_KNOWLEDGE_PATH));
  if (knowledgeFile !== undefined) {
    const text = readWorkspaceFile(knowledgeFile, io);
    if (text !== undefined) printIssues(io, knowledgeFile, text, service.setKnowledgeFile(pathToUri(knowledgeFile), text));
  }
  let cached: OpenedFolder['cached'];
  try {
    await service.indexWorkspace(undefined, analysis?.progress);
  } finally {
    const done = await analysis?.finish();
    if (done) cached = { dir: analysis?.cacheDir, ...done };
  }
  return { service, listed, readHashes, roots: [...folders, ...named.map((f) => path.dirname(f))], configFile, cached };
}

function existing(file: string): string | undefined {
  return fs.existsSync(file) ? file : undefined;
}

/**
 * A workspace file's text; a folder, a pipe or device, an unreadable or a
 * missing file is one line on stderr, and undefined. Like an article, a file
 * that is not regular is never opened: reading a FIFO would block the run.
 */
function readWorkspaceFile(file: string, io: CliIo): string | undefined {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() && !stat.isDirectory()) {
      io.err(`${displayPath(io.cwd, file)}: ${messagesFor(io.language).config.unreadable('notRegular')}\n`);
      return undefined;
    }
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    io.err(`${displayPath(io.cwd, file)}: ${messagesFor(io.language).config.unreadable((error as NodeJS.ErrnoException).code ?? (error as Error).message)}\n`);
    return undefined;
  }
}

/** Problems in a workspace file, each as file:line:column: message. */
function printIssues(io: CliIo, file: string, text: string, issues: readonly { start: number; message: string }[]): void {
  if (issues.length === 0) return;
  const lines = new LineIndex(text);
  for (const issue of issues) {
    const at = lines.positionAt(issue.start);
    io.err(`${displayPath(io.cwd, file)}:${at.line + 1}:${at.character + 1}: ${issue.message}\n`);
  }
}
