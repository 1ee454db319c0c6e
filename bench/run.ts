import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { FileAccess } from '../server/src/core/host';
import { createReportLensService, type Finding, type ReportLensService } from '../server/src/core/service';
import { seededRandom, type InjectedFault } from './generate';
import { ARTICLES_DIR, FAULTS_FILE, TEXTLINTRC_FILE, writeCorpus } from './corpus';
import { isAtFault } from './quality';
import { repeat, runProcess, toolPaths, writeCspellConfig, type Repeated } from './processes';
import { measureLsp } from './lsp';
import { REFERENCES_PAGE } from '../server/src/lsp/references';

/** Above this many articles each process runs --large-runs times instead of --runs. */
const LARGE = 10_000;

/**
 * `npm run bench`: the SPEC §5 performance targets, measured on generated
 * folders of articles with injected faults, one per size. Every measurement
 * is a fresh process run as its user runs it (the CLI, textlint, cspell, the
 * language server over stdio) on the whole folder, so one measurement's
 * garbage, JIT state or memory never colours another's. Results go to
 * bench/results.json and bench/RESULTS.md.
 *
 * Options: --sizes 1000,10000,30000 (folder sizes; `--sizes 1000` is a quick
 * run), --runs N (3: runs of each process up to 10,000 articles), --large-runs N
 * (1: above that), --seed S (1), --requests N (300 of each LSP request), --edits N
 * (100 keystrokes), --lookups N and --profile-files N (in-process recall phase),
 * --out DIR (./bench), --keep (leave the generated folders), --generate DIR
 * (only write a corpus of the first size there), --report FILE (only render
 * RESULTS.md again from a results.json).
 */

interface Options {
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly largeRuns: number;
  readonly seed: number;
  readonly requests: number;
  readonly lookups: number;
  readonly edits: number;
  readonly profileFiles: number;
  readonly out: string;
  readonly keep: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string, fallback: number) => {
    const at = argv.indexOf(`--${name}`);
    return at === -1 ? fallback : Number(argv[at + 1]);
  };
  const outAt = argv.indexOf('--out');
  return {
    sizes: (argv.includes('--sizes') ? argv[argv.indexOf('--sizes') + 1] : '1000,10000,30000').split(',').map(Number),
    runs: value('runs', 3),
    largeRuns: value('large-runs', 1),
    seed: value('seed', 1),
    requests: value('requests', 300),
    lookups: value('lookups', 500),
    edits: value('edits', 100),
    profileFiles: value('profile-files', 2000),
    out: outAt === -1 ? path.join(process.cwd(), 'bench') : path.resolve(argv[outAt + 1]),
    keep: argv.includes('--keep'),
  };
}

// ---------------------------------------------------------------------------
// Helpers shared by the phases

function articlePaths(folder: string): string[] {
  const dir = path.join(folder, ARTICLES_DIR);
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => path.join(dir, n));
}

const uriOf = (file: string) => `file://${file}`;
const fileOf = (uri: string) => uri.slice('file://'.length);

/** The benchmark's FileAccess: the folder's files, read with fs, as the language server's host does. */
function diskFiles(files: readonly string[]): FileAccess {
  return {
    listArticles: async () => files.map(uriOf),
    readFile: async (uri) => {
      try {
        return await fs.promises.readFile(fileOf(uri));
      } catch {
        return undefined;
      }
    },
  };
}

function folderBytes(files: readonly string[]): number {
  return files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

const MB = 1e6;
/** Share of the benchmark's articles that receive faults: enough to measure recall, few enough that majorities stay clear. */
const FAULTY_SHARE = 0.3;

// ---------------------------------------------------------------------------
// Phases (each runs in its own process and prints one RESULT line)

type PhaseResult = Record<string, unknown>;

/** (a) Read every file and NFC-normalise it: the floor any tool pays. */
async function baseline(folder: string): Promise<PhaseResult> {
  const files = articlePaths(folder);
  const bytes = folderBytes(files);
  const decoder = new TextDecoder('utf-8');
  const runs: number[] = [];
  let chars = 0;
  for (let run = 0; run < 4; run++) {
    const t0 = performance.now();
    chars = 0;
    for (const file of files) chars += decoder.decode(await fs.promises.readFile(file)).normalize('NFC').length;
    runs.push(performance.now() - t0);
  }
  // The first run warms the page cache and the JIT; the median of the others is reported.
  const ms = median(runs.slice(1));
  return { files: files.length, bytes, chars, runsMs: runs, ms, mbPerS: bytes / MB / (ms / 1000) };
}

/** Index the folder and lint every file through the façade. */
async function indexAndLint(files: readonly string[]): Promise<{ service: ReportLensService; indexMs: number; lintMs: number; findings: Map<string, Finding[]> }> {
  const t0 = performance.now();
  const service = createReportLensService({ files: diskFiles(files) });
  await service.indexWorkspace();
  const t1 = performance.now();
  const findings = new Map<string, Finding[]>();
  for (const file of files) findings.set(uriOf(file), service.diagnostics(uriOf(file)));
  const t2 = performance.now();
  return { service, indexMs: t1 - t0, lintMs: t2 - t1, findings };
}

/** Recall per rule on the injected faults, and findings on the articles that received none. */
function quality(folder: string, service: ReportLensService, findings: ReadonlyMap<string, Finding[]>): PhaseResult {
  const { rules, faults } = JSON.parse(fs.readFileSync(path.join(folder, FAULTS_FILE), 'utf8')) as { rules: string[]; faults: InjectedFault[] };
  const dir = path.join(folder, ARTICLES_DIR);
  const uri = (name: string) => uriOf(path.join(dir, name));
  const recall: Record<string, { injected: number; found: number; recall: number }> = {};
  for (const rule of rules) {
    const mine = faults.filter((f) => f.rule === rule);
    const found = mine.filter((f) => (findings.get(uri(f.file)) ?? []).some((x) => isAtFault(x, f, service.article(uri(f.file))?.text ?? ''))).length;
    recall[rule] = { injected: mine.length, found, recall: mine.length === 0 ? 0 : found / mine.length };
  }
  const faulted = new Set(faults.map((f) => uri(f.file)));
  const untouched = [...findings.keys()].filter((u) => !faulted.has(u));
  const all = untouched.flatMap((u) => findings.get(u) ?? []);
  // Every finding on an article that received no fault is false, whatever caused it: nothing is excused as an echo.
  const kept = all;
  const falsePositives: Record<string, number> = {};
  for (const x of kept) falsePositives[x.rule] = (falsePositives[x.rule] ?? 0) + 1;
  return {
    recall,
    untouchedArticles: untouched.length,
    untouchedFindingsAll: all.length,
    untouchedFindings: kept.length,
    untouchedFindingsPer100: (100 * kept.length) / Math.max(1, untouched.length),
    falsePositives,
    examples: kept.slice(0, 5).map((x) => `${x.rule} ${path.basename(fileOf(x.uri))}: ${x.message}`),
  };
}

function randomMentions(service: ReportLensService, count: number, seed: number): { uri: string; offset: number; kind: string }[] {
  const rng = seededRandom(seed);
  const articles = [...service.articles()].filter((a) => a.mentions.length > 0);
  const out: { uri: string; offset: number; kind: string }[] = [];
  for (let i = 0; i < count && articles.length > 0; i++) {
    const article = articles[Math.floor(rng() * articles.length)];
    const mention = article.mentions[Math.floor(rng() * article.mentions.length)];
    out.push({ uri: article.uri, offset: Math.floor((mention.start + mention.end) / 2), kind: mention.kind });
  }
  return out;
}

function timeEach<T>(items: readonly T[], call: (item: T) => unknown): { p50: number; p99: number; max: number; mean: number; samples: number[] } {
  const warmup = Math.min(100, items.length);
  for (let i = 0; i < warmup; i++) call(items[i]);
  const samples = items.map((item) => {
    const t0 = performance.now();
    call(item);
    return performance.now() - t0;
  });
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), max: Math.max(...samples), mean: samples.reduce((a, b) => a + b, 0) / samples.length, samples };
}

/** (d) Hover, definition and references at random mentions of the indexed folder, overall and by kind of mention. */
function lookups(service: ReportLensService, count: number): PhaseResult {
  const mentions = randomMentions(service, count, 7);
  let referencesReturned = 0;
  const operations = {
    hover: (m: (typeof mentions)[number]) => service.hover(m.uri, m.offset),
    definition: (m: (typeof mentions)[number]) => service.definition(m.uri, m.offset),
    references: (m: (typeof mentions)[number]) => (referencesReturned += service.references(m.uri, m.offset, true).length),
  };
  const result: PhaseResult = { mentions: mentions.length };
  for (const [name, call] of Object.entries(operations)) {
    const timed = timeEach(mentions, call);
    const byKind: Record<string, { count: number; p50: number; p99: number }> = {};
    for (const kind of new Set(mentions.map((m) => m.kind))) {
      const samples = timed.samples.filter((_, i) => mentions[i].kind === kind);
      byKind[kind] = { count: samples.length, p50: percentile(samples, 50), p99: percentile(samples, 99) };
    }
    result[name] = { p50: timed.p50, p99: timed.p99, max: timed.max, mean: timed.mean, byKind };
  }
  return { ...result, meanReferencesReturned: referencesReturned / (mentions.length + Math.min(100, mentions.length)) };
}

/**
 * (e) One keystroke: a letter typed inside a word of one article, then the
 * diagnostics of that file and of every file staleDiagnostics() names, as the
 * language server republishes them (the editor's debounce is not counted).
 */
function keystrokes(service: ReportLensService, count: number): PhaseResult {
  const rng = seededRandom(11);
  const articles = [...service.articles()];
  service.staleDiagnostics();
  const samples: number[] = [];
  const staleCounts: number[] = [];
  let worst = { ms: -1, file: '', edited: '', staleFiles: 0 };
  for (let i = 0; i < count; i++) {
    const article = articles[Math.floor(rng() * articles.length)];
    const text = service.article(article.uri)?.text ?? article.text;
    let at = Math.floor(rng() * text.length);
    while (at < text.length && !/\p{Ll}/u.test(text[at])) at++;
    const edited = `${text.slice(0, at)}a${text.slice(at)}`;
    const t0 = performance.now();
    service.setText(article.uri, edited, i + 1);
    service.diagnostics(article.uri);
    const stale = service.staleDiagnostics().filter((u) => u !== article.uri);
    for (const uri of stale) service.diagnostics(uri);
    const ms = performance.now() - t0;
    samples.push(ms);
    staleCounts.push(stale.length);
    if (ms > worst.ms) worst = { ms, file: path.basename(fileOf(article.uri)), edited: edited.slice(Math.max(0, at - 40), at + 20), staleFiles: stale.length };
  }
  return {
    edits: samples.length,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: Math.max(...samples),
    staleFilesP50: percentile(staleCounts, 50),
    staleFilesMax: Math.max(...staleCounts),
    editsWithStaleFiles: staleCounts.filter((n) => n > 0).length,
    worst,
  };
}

/** (b) index + lint the folder, then (d) and (e) on the indexed service. */
async function lint(folder: string, options: Options): Promise<PhaseResult> {
  const files = articlePaths(folder);
  const bytes = folderBytes(files);
  const run = await indexAndLint(files);
  const ms = run.indexMs + run.lintMs;
  let findings = 0;
  const byRule: Record<string, number> = {};
  for (const list of run.findings.values()) {
    findings += list.length;
    for (const f of list) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  const t0 = performance.now();
  const lookupResults = lookups(run.service, options.lookups);
  const t1 = performance.now();
  const keystroke = keystrokes(run.service, options.edits);
  const t2 = performance.now();
  return {
    files: files.length,
    bytes,
    indexMs: run.indexMs,
    lintMs: run.lintMs,
    ms,
    mbPerS: bytes / MB / (ms / 1000),
    findings,
    findingsByRule: byRule,
    quality: quality(folder, run.service, run.findings),
    lookups: { ...lookupResults, wallMs: t1 - t0 },
    keystroke: { ...keystroke, wallMs: t2 - t1 },
  };
}

/** Index and lint the first files under the CPU profiler (the parent starts this phase with --cpu-prof). */
async function profile(folder: string, options: Options): Promise<PhaseResult> {
  const files = articlePaths(folder).slice(0, options.profileFiles);
  const run = await indexAndLint(files);
  return { files: files.length, ms: run.indexMs + run.lintMs };
}

async function runPhase(phase: string, folder: string, options: Options): Promise<PhaseResult> {
  switch (phase) {
    case 'profile':
      return profile(folder, options);
    case 'baseline':
      return baseline(folder);
    case 'lint':
      return lint(folder, options);
    default:
      throw new Error(`unknown phase ${phase}`);
  }
}

// ---------------------------------------------------------------------------
// The parent: generate, run the phases, report

function child(phase: string, folder: string, argv: readonly string[], flags: readonly string[] = []): PhaseResult {
  const t0 = performance.now();
  const loadBefore = os.loadavg()[0];
  process.stderr.write(`bench: ${phase}…`);
  const run = spawnSync(process.execPath, ['--expose-gc', ...flags, ...process.execArgv, __filename, '--phase', phase, '--folder', folder, ...argv], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * MB,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (run.status !== 0 || !line) throw new Error(`phase ${phase} failed (exit ${run.status}):\n${run.stdout}`);
  process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  // The machine may be shared: the load average around each phase says how busy it was.
  return { ...(JSON.parse(line.slice('RESULT '.length)) as PhaseResult), loadAverage: [loadBefore, os.loadavg()[0]] };
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

/**
 * Where the time goes: the functions with the most time of their own, and
 * with the most time including what they call, from a V8 .cpuprofile.
 */
function summariseProfile(file: string, top = 12): PhaseResult {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ticks = new Map<number, number>();
  profile.samples.forEach((id, i) => ticks.set(id, (ticks.get(id) ?? 0) + profile.timeDeltas[i]));
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0);
  const name = (n: ProfileNode) => n.callFrame.functionName || '(anonymous)';
  const own = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of ticks) {
    const node = nodes.get(id) as ProfileNode;
    own.set(name(node), (own.get(name(node)) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = name(nodes.get(at) as ProfileNode);
      if (!seen.has(n)) inclusive.set(n, (inclusive.get(n) ?? 0) + us);
      seen.add(n);
    }
  }
  // Frames every sample passes through say nothing about where the time goes.
  const plumbing = new Set(['(root)', '(anonymous)', 'main', 'runPhase', 'profile', 'processTicksAndRejections', 'indexAndLint']);
  const rank = (m: Map<string, number>) =>
    [...m]
      .filter(([n]) => !plumbing.has(n))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([n, us]) => ({ function: n, ms: us / 1000, share: us / total }));
  return { totalMs: total / 1000, gcMs: (own.get(GC_FRAME) ?? 0) / 1000, idleMs: (own.get(IDLE_FRAME) ?? 0) / 1000, self: rank(own), inclusive: rank(inclusive) };
}

/** The frames V8's profiler gives the collector's pauses in a thread and the time the thread waited for work. */
const GC_FRAME = '(garbage collector)';
const IDLE_FRAME = '(idle)';

/** Garbage collection in one thread of a profiled run: its pauses against the time the thread was busy (not idle). */
interface ThreadGc {
  readonly thread: 'main' | 'worker';
  readonly busyMs: number;
  readonly gcMs: number;
}

/**
 * The share of garbage collection in a whole `check` run: the command run once more under `node --cpu-prof`,
 * which writes a profile for the main thread and one for each worker thread. The collector's pauses are the
 * profiles' "(garbage collector)" frames; its concurrent marking and sweeping in V8's helper threads is not in
 * them, so this is the time the collector took from the JavaScript threads.
 */
function checkGc(command: string, args: readonly string[], cwd: string): ThreadGc[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-gc-'));
  try {
    process.stderr.write('bench:   check under the CPU profiler, for garbage collection…');
    const run = runProcess(command, ['--cpu-prof', '--cpu-prof-dir', dir, ...args], cwd);
    process.stderr.write(` ${(run.ms / 1000).toFixed(1)} s\n`);
    // Node names a profile CPU.<date>.<time>.<pid>.<thread id>.<sequence>.cpuprofile; the main thread's id is 0.
    return fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.cpuprofile'))
      .map((n) => {
        const summary = summariseProfile(path.join(dir, n)) as { totalMs: number; gcMs: number; idleMs: number };
        return { thread: n.split('.').at(-3) === '0' ? 'main' : 'worker', busyMs: summary.totalMs - summary.idleMs, gcMs: summary.gcMs } as const;
      });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function profiled(folder: string, argv: readonly string[]): PhaseResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-profile-'));
  try {
    const result = child('profile', folder, argv, ['--cpu-prof', '--cpu-prof-dir', dir]);
    const file = fs.readdirSync(dir).find((n) => n.endsWith('.cpuprofile'));
    return { ...result, ...(file ? summariseProfile(path.join(dir, file)) : {}) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function machine(): PhaseResult {
  const cpus = os.cpus();
  return {
    nproc: cpus.length,
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 1e9),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
  };
}

interface SizeResult {
  readonly articles: number;
  readonly bytes: number;
  readonly faults: number;
  readonly runs: number;
  readonly baseline: PhaseResult;
  readonly check: Repeated;
  readonly checkOneCore: Repeated;
  readonly checkWarm: Repeated;
  readonly textlint: Repeated;
  readonly cspell: Repeated;
  /** Garbage collection per thread of one more `check` run, up to LARGE articles (a profiled run at 30,000 would add two to three minutes). */
  readonly gc?: readonly ThreadGc[];
  readonly lsp: Record<string, unknown>;
}

/** Every measurement of one folder size; the folder is generated here and removed afterwards unless --keep. */
async function measureSize(articles: number, options: Options, argv: readonly string[]): Promise<SizeResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-bench-'));
  const tools = toolPaths(process.cwd());
  const node = process.execPath;
  try {
    process.stderr.write(`bench: ${articles} articles: generating in ${folder}…`);
    const written = writeCorpus(folder, { articles, seed: options.seed, faultyShare: FAULTY_SHARE });
    process.stderr.write(` ${(written.bytes / MB).toFixed(1)} MB\n`);
    const dir = path.join(folder, ARTICLES_DIR);
    const runs = articles > LARGE ? options.largeRuns : options.runs;
    const check = (extra: readonly string[]) => [tools.cli, 'check', dir, '--quiet', '--format', 'json', ...extra];
    const cacheDir = path.join(folder, 'cache');
    const baseline = child('baseline', folder, argv);
    const result: SizeResult = {
      articles,
      bytes: written.bytes,
      faults: written.faults,
      runs,
      baseline,
      check: repeat(runs, node, check(['--no-cache']), folder, 'check, all cores, no cache'),
      checkOneCore: repeat(1, node, check(['--no-cache', '--jobs', '0']), folder, 'check, one core, no cache'),
      checkWarm: (() => {
        // The first run fills the cache; the measured runs find every file in it.
        runProcess(node, check(['--cache-dir', cacheDir]), folder);
        return repeat(runs, node, check(['--cache-dir', cacheDir]), folder, 'check, warm cache');
      })(),
      textlint: repeat(runs, node, [tools.textlint, '--config', path.join(folder, TEXTLINTRC_FILE), dir], folder, 'textlint + prh'),
      gc: articles <= LARGE ? checkGc(node, check(['--no-cache']), folder) : undefined,
      cspell: repeat(runs, node, [tools.cspell, 'lint', '--config', writeCspellConfig(folder, tools.cspellDictionary), '--no-progress', '--no-summary', '--no-cache', `${dir}/**/*.txt`], folder, 'cspell + dict-vi-vn'),
      lsp: await (async () => {
        process.stderr.write('bench:   language server over stdio…');
        const lsp = await measureLsp(dir, articlePaths(folder), { server: tools.server, requests: options.requests, edits: options.edits });
        process.stderr.write(' done\n');
        return lsp;
      })(),
    };
    return result;
  } finally {
    if (options.keep) process.stderr.write(`bench: corpus kept in ${folder}\n`);
    else fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv);
  const phaseAt = argv.indexOf('--phase');
  if (phaseAt !== -1) {
    const folder = argv[argv.indexOf('--folder') + 1];
    const result = await runPhase(argv[phaseAt + 1], folder, options);
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
    return;
  }
  const reportAt = argv.indexOf('--report');
  if (reportAt !== -1) {
    // Renders RESULTS.md again from a results.json, e.g. after the report's wording changed.
    const markdown = report(JSON.parse(fs.readFileSync(path.resolve(argv[reportAt + 1]), 'utf8')));
    fs.mkdirSync(options.out, { recursive: true });
    fs.writeFileSync(path.join(options.out, 'RESULTS.md'), markdown);
    process.stdout.write(markdown);
    return;
  }
  const generateAt = argv.indexOf('--generate');
  if (generateAt !== -1) {
    const written = writeCorpus(path.resolve(argv[generateAt + 1]), { articles: options.sizes[0], seed: options.seed, faultyShare: FAULTY_SHARE });
    process.stdout.write(`${written.files} articles, ${(written.bytes / MB).toFixed(1)} MB, ${written.faults} injected faults in ${written.articlesDir}\n`);
    return;
  }
  const started = performance.now();
  const machineInfo = machine();
  // Recall and the profile are properties of the analysis, not of the folder's size: measured once, on the smallest folder.
  const qualityFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-quality-'));
  let lint: PhaseResult;
  let profileResult: PhaseResult;
  try {
    const smallest = Math.min(...options.sizes);
    const written = writeCorpus(qualityFolder, { articles: smallest, seed: options.seed, faultyShare: FAULTY_SHARE });
    lint = { ...child('lint', qualityFolder, argv), articles: written.files, faults: written.faults };
    profileResult = profiled(qualityFolder, argv);
  } finally {
    fs.rmSync(qualityFolder, { recursive: true, force: true });
  }
  const sizes: SizeResult[] = [];
  let markdown = '';
  // The files are rewritten after each size, so a long run that is stopped still leaves what it measured.
  for (const articles of options.sizes) {
    sizes.push(await measureSize(articles, options, argv));
    const results = { machine: machineInfo, seed: options.seed, sizes, lint, profile: profileResult, totalSeconds: (performance.now() - started) / 1000 };
    fs.mkdirSync(options.out, { recursive: true });
    fs.writeFileSync(path.join(options.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    markdown = report(results);
    fs.writeFileSync(path.join(options.out, 'RESULTS.md'), markdown);
  }
  process.stdout.write(markdown);
}

// ---------------------------------------------------------------------------
// The report

/** The collector's share of the busy time of the given threads together. */
function gcShare(threads: readonly ThreadGc[]): number {
  const busy = threads.reduce((sum, t) => sum + t.busyMs, 0);
  return busy > 0 ? threads.reduce((sum, t) => sum + t.gcMs, 0) / busy : 0;
}

/** "5.1 % in all: main thread 8.0 %, workers 3.7 and 3.3 %". */
function gcShares(threads: readonly ThreadGc[]): string {
  const percent = (share: number) => `${(100 * share).toFixed(1)} %`;
  const main = threads.filter((t) => t.thread === 'main');
  const workers = threads.filter((t) => t.thread === 'worker');
  const parts = [`${percent(gcShare(threads))} in all`];
  if (main.length > 0) parts.push(`main thread ${percent(gcShare(main))}`);
  if (workers.length > 0) parts.push(`worker${workers.length === 1 ? '' : 's'} ${workers.map((w) => (100 * gcShare([w])).toFixed(1)).join(' and ')} %`);
  return `${parts[0]}: ${parts.slice(1).join(', ')}`;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the report reads the phases' JSON results */
function report(r: any): string {
  const f0 = (n: number) => n.toFixed(0);
  const f1 = (n: number) => n.toFixed(1);
  const f2 = (n: number) => n.toFixed(2);
  const ok = (pass: boolean) => (pass ? 'met' : '**missed**');
  const s = (ms: number) => `${f1(ms / 1000)} s`;
  const spread = (x: Repeated) => (x.runs.length > 1 ? `${s(x.medianMs)} (${f1(x.minMs / 1000)}–${f1(x.maxMs / 1000)})` : s(x.medianMs));
  const lines: string[] = [
    '# Report Lens benchmark results',
    '',
    `Generated by \`npm run bench\` on ${r.machine.date}: ${r.machine.nproc} cores (${r.machine.cpu}), ${r.machine.memoryGB} GB, Node ${r.machine.node}, ${r.machine.platform}. Total ${f0(r.totalSeconds)} s.`,
    '',
    'Every figure is a whole process, run as a user runs it, on the **whole** generated folder (bench/generate.ts, seed ' +
      `${r.seed ?? 1}, 30 % of the articles with injected faults): wall time from /usr/bin/time's start to exit, peak resident memory (%M). ` +
      'Report Lens is `node dist/cli.js check <folder> --format json --quiet`; textlint is `textlint --config .textlintrc.json <folder>` with textlint-rule-prh and a prh.yml of the ' +
      "corpus's title and spelling variants; cspell is `cspell lint` with @cspell/dict-vi-vn (language vi). Times are medians with the range of the runs in brackets (of two runs, the faster). " +
      'The 1-minute load average is given with each size: the machine has 2 cores and is shared with other work, so absolute times vary from run to run.',
    '',
  ];
  for (const x of r.sizes as SizeResult[]) {
    const mb = x.bytes / MB;
    const floor = x.baseline as any;
    const rate = (ms: number) => `${f1(mb / (ms / 1000))} MB/s`;
    const row = (name: string, m: Repeated, note: string) =>
      `| ${name} | ${spread(m)} | ${rate(m.medianMs)} | ${f1(m.medianMs / floor.ms)}× | ${f0(m.peakMiB)} MiB (${f1((m.peakMiB * 1.048576) / mb)}×) | ${note} |`;
    const lsp = x.lsp as any;
    const lat = (l: any) => `${f2(l.p50)} / ${f2(l.p99)} ms`;
    lines.push(
      `## ${x.articles.toLocaleString('en')} articles, ${f1(mb)} MB (${x.runs} run${x.runs === 1 ? '' : 's'} each; load ${f1(x.check.load[0])}–${f1(x.cspell.load[1])})`,
      '',
      '| process | wall time | throughput | × read+NFC floor | peak memory (× corpus) | |',
      '|---|---|---|---|---|---|',
      `| read + NFC floor | ${f1(floor.ms / 1000)} s | ${f1(floor.mbPerS)} MB/s | 1× | — | fs.readFile + TextDecoder + normalize("NFC") in one process; median of 3 runs after one that warms the page cache |`,
      row('Report Lens check, all cores', x.check, 'worker threads, no cache'),
      row('Report Lens check, one core', x.checkOneCore, '`--jobs 0`, no cache, one run'),
      row('Report Lens check, warm cache', x.checkWarm, 'every file found in `--cache-dir` (filled by one earlier run)'),
      row('textlint + textlint-rule-prh', x.textlint, `Report Lens all cores is **${f1(x.textlint.medianMs / x.check.medianMs)}×** faster, warm **${f1(x.textlint.medianMs / x.checkWarm.medianMs)}×**`),
      row('cspell + @cspell/dict-vi-vn', x.cspell, `Report Lens all cores is **${f1(x.cspell.medianMs / x.check.medianMs)}×** faster, warm **${f1(x.cspell.medianMs / x.checkWarm.medianMs)}×**`),
      '',
      ...(x.gc ? [`Garbage collection in one more run of check, all cores, under \`node --cpu-prof\` (the collector's pauses in each JavaScript thread against the time that thread was busy): ${gcShares(x.gc)}.`, ''] : []),
      `Language server over stdio (dist/server.js, a real client; times from send to answer, JSON transport included; load ${f1(lsp.load[0])}–${f1(lsp.load[1])}):`,
      '',
      '| measure | result |',
      '|---|---|',
      `| index the folder, empty cache, to the end of progress (all diagnostics published) | ${s(lsp.coldIndexMs)} |`,
      `| $/progress messages while indexing | ${lsp.progressMessages}, ${f1(lsp.progressMessages / (lsp.coldIndexMs / 1000))} a second |`,
      `| hover p50 / p99 (${lsp.hover.count} random mentions) | ${lat(lsp.hover)} |`,
      `| definition p50 / p99 | ${lat(lsp.definition)} |`,
      `| hover / definition p50 / p99 while reading: the same requests with no references answer just before | ${lat(lsp.reading.hover)}; ${lat(lsp.reading.definition)} |`,
      `| references p50 / p99 (${f0(lsp.references.meanLocations)} locations on average) | ${lat(lsp.references)} |`,
      `| most-mentioned entity (${lsp.top.key}, ${lsp.top.locations} locations): references / definition p99 | ${f2(lsp.top.references.p99)} / ${f2(lsp.top.definition.p99)} ms |`,
      `| references in pages of ${REFERENCES_PAGE} (partialResultToken): first page p50 / p99, whole answer p99 | ${lat(lsp.referencesInPages.first)}, ${f2(lsp.referencesInPages.whole.p99)} ms |`,
      `| the same for the most-mentioned entity | ${lat(lsp.top.referencesInPages.first)}, ${f2(lsp.top.referencesInPages.whole.p99)} ms |`,
      `| keystroke → diagnostics of that version, p50 / p99 (${lsp.keystroke.count} edits); the first, and the slowest | ${lat(lsp.keystroke)}; ${f2(lsp.keystroke.first)} and ${f2(lsp.keystroke.max)} ms |`,
      lsp.folderEdit.settleMs === undefined
        ? `| folder-changing edit | not measured (title «${lsp.folderEdit.title}» not in the edited file) |`
        : `| folder-changing edit («${lsp.folderEdit.title}» → «${lsp.folderEdit.variant}» in an open file): own diagnostics / last of ${lsp.folderEdit.republished} republished files | ${f0(lsp.folderEdit.ownMs)} ms / ${s(lsp.folderEdit.settleMs)} |`,
      `| re-open on the warm cache: open file's first diagnostics / whole folder indexed | ${s(lsp.reopenFirstDiagnosticsMs)} / ${s(lsp.reopenIndexMs)} |`,
      `| server peak memory: first session / re-open (× corpus) | ${f0(lsp.memory.first.peakMiB)} MiB (${f1((lsp.memory.first.peakMiB * 1.048576) / mb)}×) / ${f0(lsp.memory.reopen.peakMiB)} MiB (${f1((lsp.memory.reopen.peakMiB * 1.048576) / mb)}×) |`,
      '',
    );
  }
  // How the cost grows: the exponent k in time ∝ articles^k between consecutive sizes.
  const sizes = r.sizes as SizeResult[];
  if (sizes.length > 1) {
    lines.push('## How the cost grows', '', '| from → to | check, all cores | check, warm cache | peak memory | textlint | cspell |', '|---|---|---|---|---|---|');
    for (let i = 1; i < sizes.length; i++) {
      const a = sizes[i - 1];
      const b = sizes[i];
      const k = (pick: (x: SizeResult) => number) => f2(Math.log(pick(b) / pick(a)) / Math.log(b.articles / a.articles));
      lines.push(
        `| ${a.articles} → ${b.articles} | N^${k((x) => x.check.medianMs)} | N^${k((x) => x.checkWarm.medianMs)} | N^${k((x) => x.check.peakMiB)} | N^${k((x) => x.textlint.medianMs)} | N^${k((x) => x.cspell.medianMs)} |`,
      );
    }
    lines.push('', 'N^1.00 is linear; the start-up of each process (≈0.3–1 s) makes small folders look sub-linear.', '');
  }
  // The SPEC §5 targets, at the largest folder measured up to 10,000 articles.
  const t = [...sizes].reverse().find((x) => x.articles <= LARGE) ?? sizes[0];
  if (t) {
    const mb = t.bytes / MB;
    const lsp = t.lsp as any;
    const floorMs = (t.baseline as any).ms;
    lines.push(
      `## SPEC §5 targets at ${t.articles.toLocaleString('en')} articles`,
      '',
      '| target | measured | |',
      '|---|---|---|',
      `| check ≥ 30 MB/s | ${f1(mb / (t.check.medianMs / 1000))} MB/s (warm cache ${f1(mb / (t.checkWarm.medianMs / 1000))}) | ${ok(mb / (t.check.medianMs / 1000) >= 30)} |`,
      `| check ≤ 3× the read+NFC floor | ${f1(t.check.medianMs / floorMs)}× (warm cache ${f1(t.checkWarm.medianMs / floorMs)}×) | ${ok(t.check.medianMs / floorMs <= 3)} |`,
      `| ≥ 10× faster than textlint + prh, whole folder | ${f1(t.textlint.medianMs / t.check.medianMs)}× (warm cache ${f1(t.textlint.medianMs / t.checkWarm.medianMs)}×) | ${ok(t.textlint.medianMs / t.check.medianMs >= 10)} |`,
      `| ≥ 20× faster than cspell + dict-vi-vn | ${f1(t.cspell.medianMs / t.check.medianMs)}× (warm cache ${f1(t.cspell.medianMs / t.checkWarm.medianMs)}×) | ${ok(t.cspell.medianMs / t.check.medianMs >= 20)} |`,
      `| CLI peak memory ≤ 3× the corpus | ${f1((t.check.peakMiB * 1.048576) / mb)}× | ${ok((t.check.peakMiB * 1.048576) / mb <= 3)} |`,
      `| language server memory ≤ 3× | ${f1((lsp.memory.first.peakMiB * 1.048576) / mb)}× | ${ok((lsp.memory.first.peakMiB * 1.048576) / mb <= 3)} |`,
      `| all cores | check ${f1(t.checkOneCore.medianMs / t.check.medianMs)}× faster with worker threads than on one core | ${ok(t.checkOneCore.medianMs / t.check.medianMs >= 1.5)} |`,
      `| re-open → first diagnostics ≤ 0.5 s | ${s(lsp.reopenFirstDiagnosticsMs)} | ${ok(lsp.reopenFirstDiagnosticsMs <= 500)} |`,
      `| references p99 ≤ 5 ms, whole answer | ${f2(lsp.references.p99)} ms (most-mentioned ${f2(lsp.top.references.p99)}) | ${ok(lsp.references.p99 <= 5 && lsp.top.references.p99 <= 5)} |`,
      `| references p99 ≤ 5 ms, first page when asked for in pages | ${f2(lsp.referencesInPages.first.p99)} ms (most-mentioned ${f2(lsp.top.referencesInPages.first.p99)}) | ${ok(lsp.referencesInPages.first.p99 <= 5 && lsp.top.referencesInPages.first.p99 <= 5)} |`,
      `| definition p99 ≤ 5 ms | ${f2(lsp.definition.p99)} ms (most-mentioned ${f2(lsp.top.definition.p99)}, while reading ${f2(lsp.reading.definition.p99)}) | ${ok(lsp.definition.p99 <= 5 && lsp.top.definition.p99 <= 5)} |`,
      `| hover p99 ≤ 5 ms | ${f2(lsp.hover.p99)} ms (while reading ${f2(lsp.reading.hover.p99)}) | ${ok(lsp.hover.p99 <= 5)} |`,
      `| keystroke → diagnostics p99 ≤ 50 ms | ${f2(lsp.keystroke.p99)} ms | ${ok(lsp.keystroke.p99 <= 50)} |`,
      ...(t.gc ? [`| garbage collection under 5 % of the time (issue 11) | ${gcShares(t.gc)} | ${ok(gcShare(t.gc) < 0.05)} |`] : []),
      `| $/progress messages while indexing: a few a second (issue 11) | ${f1(lsp.progressMessages / (lsp.coldIndexMs / 1000))} a second (${lsp.progressMessages} in ${s(lsp.coldIndexMs)}) | ${ok(lsp.progressMessages / (lsp.coldIndexMs / 1000) <= 10)} |`,
      `| new title variant: last republished file ≤ 0.5 s | ${lsp.folderEdit.settleMs === undefined ? 'not measured' : `${s(lsp.folderEdit.settleMs)}, ${lsp.folderEdit.republished} files`} | ${ok(lsp.folderEdit.settleMs !== undefined && lsp.folderEdit.settleMs <= 500)} |`,
      '',
    );
  }
  const lint = r.lint;
  const recallRows = Object.entries(lint.quality.recall as Record<string, { injected: number; found: number; recall: number }>).map(
    ([rule, q]) => `| ${rule} | ${q.injected} | ${q.found} | ${q.recall.toFixed(3)} |`,
  );
  lines.push(
    `## Injected faults found (${lint.articles} articles, ${lint.faults} faults)`,
    '',
    '| rule | injected | found | recall |',
    '|---|---|---|---|',
    ...recallRows,
    '',
    `Findings on the ${lint.quality.untouchedArticles} articles that received no fault: ${lint.quality.untouchedFindingsAll} in all; ` +
      `${lint.quality.untouchedFindings} once echoes are left out (a related location on the line of an injected fault, e.g. the other side of a misdated document): ` +
      `${f2(lint.quality.untouchedFindingsPer100)} per 100 articles (SPEC ≤ 1)${Object.keys(lint.quality.falsePositives).length > 0 ? `, by rule: ${JSON.stringify(lint.quality.falsePositives)}` : ''}.`,
    ...lint.quality.examples.map((e: string) => `- ${e}`),
    '',
    '## Where the time goes',
    '',
    `CPU profile (node --cpu-prof, one thread, no workers) of indexing and linting the first ${r.profile.files} articles (${f1(r.profile.ms)} ms under the profiler). ` +
      'Self time is spent in the function itself; total time includes what it calls.',
    '',
    '| function | self ms | self % | | function | total ms | total % |',
    '|---|---|---|---|---|---|---|',
    ...r.profile.self.map((x: any, i: number) => {
      const y = r.profile.inclusive[i];
      return `| ${x.function} | ${f1(x.ms)} | ${f1(100 * x.share)} | | ${y ? `${y.function} | ${f1(y.ms)} | ${f1(100 * y.share)}` : ' | | '} |`;
    }),
    '',
  );
  return lines.join('\n');
}
/* eslint-enable @typescript-eslint/no-explicit-any */

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exit(1);
});
