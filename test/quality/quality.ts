import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { GoldError, readGold } from './gold';
import { CONGRESS_FIELDS, DOCUMENT_FIELDS, f1, score, type Counts, type Scores, type ToolArticle } from './score';
import { matchLabels, readLabels, type ToolFinding } from './findings';
import { readKnown, scoreKnown, type KnownResult, type PlacedFinding } from './known';

/**
 * `npm run quality`: the quality gate on real articles. It runs the built
 * CLI on the development corpus (`export --format jsonl` and `check --format
 * json`), scores recognition against the hand-written gold and the findings
 * against their hand labels, prints the figures and every error grouped by
 * cause, and exits 1 when a SPEC §5 target is missed.
 */

const TARGETS = {
  persons: 0.97,
  pairs: 0.95,
  documents: 0.97,
  documentField: 0.95,
  published: 0.98,
  falsePer100: 1,
};
/** The document fields SPEC §5 sets a target for. */
const GATED_FIELDS = ['code', 'date', 'issuer'];

const repo = path.resolve(__dirname, '..', '..', '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.resolve(repo, '..', 'shared', 'corpus-dev') },
    gold: { type: 'string', default: path.join(repo, 'test', 'quality', 'gold') },
    findings: { type: 'string', default: path.join(repo, 'test', 'quality', 'findings') },
    known: { type: 'string', default: path.join(repo, 'test', 'quality', 'known-problems.tsv') },
    cli: { type: 'string', default: path.join(repo, 'dist', 'cli.js') },
    errors: { type: 'string', default: 'all', short: 'e' },
    'no-gate': { type: 'boolean', default: false },
    floors: { type: 'string' },
    'if-present': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false, short: 'h' },
  },
});

if (values.help) {
  console.log(`npm run quality -- [--corpus DIR] [--gold DIR] [--findings DIR] [--known FILE] [--cli dist/cli.js] [--errors all|none|N] [--no-gate] [--floors FILE] [--if-present]
Scores the CLI against the gold annotations and the finding labels; exits 1 below the SPEC targets.
With --floors, the recognition measures must instead stay at or above the floors in FILE (a ratchet
while a SPEC target is still out of reach); the findings targets are always gated.`);
  process.exit(0);
}

function run(args: string[]): string {
  return execFileSync(process.execPath, [values.cli!, ...args], { cwd: values.corpus, encoding: 'utf8', maxBuffer: 1 << 28 });
}

function runCheck(): string {
  try {
    // The corpus is someone else's folder: the analysis cache is not written into it.
    return run(['check', '.', '--format', 'json', '--no-cache']);
  } catch (error) {
    // `check` exits 1 when it reports errors; its output is still the report.
    const out = (error as { stdout?: string }).stdout;
    if (typeof out === 'string' && out.startsWith('{')) return out;
    throw error;
  }
}

function main(): number {
  if (!fs.existsSync(values.corpus!)) {
    // The corpus is third-party text kept beside the repository, never in it; a checkout without it cannot be scored.
    console.error(`The development corpus is not at ${values.corpus}: the quality gate did not run.`);
    return values['if-present'] ? 0 : 2;
  }
  let gold;
  try {
    gold = readGold(values.gold!, values.corpus!);
  } catch (error) {
    if (error instanceof GoldError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const tool = new Map<string, ToolArticle>();
  for (const line of run(['export', '.', '--format', 'jsonl']).split('\n')) {
    if (line.trim() === '') continue;
    const article = JSON.parse(line) as ToolArticle;
    tool.set(path.basename(article.file).replace(/\.txt$/, ''), article);
  }
  const scores = score(gold, tool);
  const checked = JSON.parse(runCheck()) as CheckOutput;
  const findings = findingsOf(checked);
  const labelled = matchLabels(findings, readLabels(values.findings!));

  const recognition = printScores(scores);
  const known = knownFlagged(placedFindings(checked));
  const failures = values.floors ? belowFloors({ ...measuresOf(scores), ...(known ? { 'known problems': known.rate } : {}) }, values.floors) : recognition;
  failures.push(...printFindings(findings, labelled, fs.readdirSync(values.corpus!).filter((f) => f.endsWith('.txt')).length));
  if (known) printKnown(known.results);
  printErrors(scores);
  if (failures.length > 0) {
    console.log(`\nBelow target: ${failures.join('; ')}`);
    return values['no-gate'] ? 0 : 1;
  }
  console.log(values.floors ? '\nThe findings targets are met and no recognition measure fell below its floor; the lines marked MISSED above are SPEC targets not reached yet.' : '\nEvery target met.');
  return 0;
}

interface CheckOutput {
  findings: { file: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; rule: string; severity: string; message: string }[];
}

/** The findings with the text they quote, read from the articles (one line index per file). */
function findingsOf(output: CheckOutput): ToolFinding[] {
  const lines = new Map<string, string[]>();
  return output.findings.map((f) => {
    const file = path.basename(f.file).replace(/\.txt$/, '');
    let text = lines.get(file);
    if (!text) {
      text = fs.readFileSync(path.join(values.corpus!, f.file), 'utf8').split('\n');
      lines.set(file, text);
    }
    const { start, end } = f.range;
    const quoted =
      start.line === end.line
        ? text[start.line].slice(start.character, end.character)
        : [text[start.line].slice(start.character), ...text.slice(start.line + 1, end.line), text[end.line].slice(0, end.character)].join('\n');
    return { file, line: start.line + 1, rule: f.rule, severity: f.severity, message: f.message, quoted };
  });
}

/** The findings with their ranges as offsets into the articles, for locating the known problems. */
function placedFindings(output: CheckOutput): PlacedFinding[] {
  const starts = new Map<string, number[]>();
  const offset = (file: string, at: { line: number; character: number }) => {
    let lineStarts = starts.get(file);
    if (!lineStarts) {
      lineStarts = [0];
      for (const line of articleText(file).split('\n')) lineStarts.push(lineStarts[lineStarts.length - 1] + line.length + 1);
      starts.set(file, lineStarts);
    }
    return lineStarts[at.line] + at.character;
  };
  return output.findings.map((f) => {
    const file = path.basename(f.file).replace(/\.txt$/, '');
    return { file, rule: f.rule, start: offset(file, f.range.start), end: offset(file, f.range.end) };
  });
}

function articleText(file: string): string {
  return fs.readFileSync(path.join(values.corpus!, `${file}.txt`), 'utf8');
}

/** The real problems listed for the corpus, each with the rules whose findings cover it, and the share covered (a ratchet in the floors file). */
function knownFlagged(findings: readonly PlacedFinding[]): { results: KnownResult[]; rate: number } | undefined {
  const results = scoreKnown(readKnown(values.known!), findings, articleText);
  if (results.length === 0) return undefined;
  return { results, rate: results.filter((r) => r.rules.length > 0).length / results.length };
}

/** How many of the known problems a finding covers, then each one, flagged or missed. */
function printKnown(results: readonly KnownResult[]): void {
  const flagged = results.filter((r) => r.rules.length > 0);
  console.log(`\nKnown real problems flagged: ${flagged.length}/${results.length} (${((100 * flagged.length) / results.length).toFixed(0)} %, ${path.relative(repo, values.known!)})`);
  for (const { problem, rules } of results) {
    console.log(`  ${rules.length > 0 ? 'flagged' : 'missed '} ${problem.files.join(',')} “${problem.words}”: ${problem.what}${rules.length > 0 ? ` [${rules.join(', ')}]` : ''}`);
  }
}

const pct = (x: number) => x.toFixed(3);

/** The gated recognition measures, by the names the floors file uses. */
function measuresOf(s: Scores): Record<string, number> {
  return {
    persons: f1(s.persons).f1,
    pairs: f1(s.pairs).f1,
    documents: f1(s.documents).f1,
    ...Object.fromEntries(GATED_FIELDS.map((field) => [`document ${field}`, f1(s.documentFields[field]).f1])),
    // The term has no SPEC target, but hovers and the term rules read it, so it is held by a floor too.
    'document term': f1(s.documentFields.term).f1,
    published: s.published.right / Math.max(1, s.published.total),
    // Congresses, plenums and terms date documents and posts for the hovers and the term rules.
    congresses: f1(s.congresses).f1,
    // Modifiers make a post held, former or an event at the article's date, which the title-conflict and date-context rules read.
    'title modifiers': s.modifiers.right / Math.max(1, s.modifiers.total),
    'no merges': -s.merges,
  };
}

/** The measures that fell below their floor (merges count negatively, so fewer is higher). */
function belowFloors(measures: Record<string, number>, file: string): string[] {
  const floors = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, number>;
  const failures: string[] = [];
  for (const [name, floor] of Object.entries(floors)) {
    if (name.startsWith('$')) continue;
    const value = measures[name];
    if (value === undefined) failures.push(`unknown measure "${name}" in ${file}`);
    else if (value < floor - 1e-9) failures.push(`${name} ${pct(value)} fell below its floor ${pct(floor)}`);
  }
  if (failures.length === 0) console.log(`\nEvery recognition measure is at or above its floor (${file}).`);
  return failures;
}

function row(name: string, c: Counts, target?: number): string {
  const m = f1(c);
  const mark = target === undefined ? '' : m.f1 >= target ? `  ≥ ${target} met` : `  < ${target} MISSED`;
  return `${name.padEnd(26)} P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})${mark}`;
}

function printScores(s: Scores): string[] {
  const failures: string[] = [];
  const gate = (name: string, value: number, target: number) => {
    if (value < target) failures.push(`${name} ${pct(value)} < ${target}`);
  };
  console.log(`Report Lens quality on ${s.articles} gold articles (${values.corpus})\n`);
  console.log(row('persons', s.persons, TARGETS.persons));
  gate('persons F1', f1(s.persons).f1, TARGETS.persons);
  console.log(row('person–title pairs', s.pairs, TARGETS.pairs));
  gate('person–title F1', f1(s.pairs).f1, TARGETS.pairs);
  console.log(`${'title modifiers'.padEnd(26)} ${s.modifiers.right}/${s.modifiers.total} right on matched pairs`);
  console.log(row('documents', s.documents, TARGETS.documents));
  gate('documents F1', f1(s.documents).f1, TARGETS.documents);
  for (const field of DOCUMENT_FIELDS) {
    const target = GATED_FIELDS.includes(field) ? TARGETS.documentField : undefined;
    console.log(row(`  document ${field}`, s.documentFields[field], target));
    if (target !== undefined) gate(`document ${field} F1`, f1(s.documentFields[field]).f1, target);
  }
  console.log(row('congresses and terms', s.congresses));
  for (const field of CONGRESS_FIELDS) console.log(row(`  congress ${field}`, s.congressFields[field]));
  const p = s.published;
  const rate = p.right / Math.max(1, p.total);
  console.log(
    `${'publication date'.padEnd(26)} ${p.right}/${p.total} right (${pct(rate)}; ${p.unknownAllowed} of them unknown or coarser where only outside evidence gives more), ${p.wrong} wrong, ${p.unknownMissed} unknown where the text gives it${rate >= TARGETS.published ? `  ≥ ${TARGETS.published} met` : `  < ${TARGETS.published} MISSED`}`,
  );
  gate('publication date', rate, TARGETS.published);
  console.log(`${'same-name merges'.padEnd(26)} ${s.merges}${s.merges === 0 ? '  = 0 met' : '  > 0 MISSED'}`);
  if (s.merges > 0) failures.push(`${s.merges} merges of different people`);
  return failures;
}

function printFindings(findings: readonly ToolFinding[], labelled: ReturnType<typeof matchLabels>, articles: number): string[] {
  const failures: string[] = [];
  console.log(`\nFindings on ${articles} articles: ${findings.length}`);
  const byRule = new Map<string, Record<string, number>>();
  for (const { finding, label } of labelled.matched) {
    const counts = byRule.get(finding.rule) ?? { true: 0, style: 0, false: 0, unlabelled: 0 };
    counts[label.label]++;
    byRule.set(finding.rule, counts);
  }
  for (const finding of labelled.unlabelled) {
    const counts = byRule.get(finding.rule) ?? { true: 0, style: 0, false: 0, unlabelled: 0 };
    counts.unlabelled++;
    byRule.set(finding.rule, counts);
  }
  for (const [rule, c] of [...byRule].sort()) {
    const judged = c.true + c.style + c.false;
    const precision = judged === 0 ? 1 : (c.true + c.style) / judged;
    console.log(`  ${rule.padEnd(20)} true ${c.true}, style ${c.style}, false ${c.false}, unlabelled ${c.unlabelled}   precision ${pct(precision)}`);
  }
  const falses = labelled.matched.filter((m) => m.label.label === 'false');
  const per100 = (100 * falses.length) / Math.max(1, articles);
  console.log(`false findings per 100 articles: ${per100.toFixed(2)}${per100 <= TARGETS.falsePer100 ? `  ≤ ${TARGETS.falsePer100} met` : `  > ${TARGETS.falsePer100} MISSED`}`);
  if (per100 > TARGETS.falsePer100) failures.push(`${per100.toFixed(2)} false findings per 100 articles`);
  if (labelled.unlabelled.length > 0) failures.push(`${labelled.unlabelled.length} findings not labelled`);
  const limit = errorLimit();
  const show = (title: string, items: string[]) => {
    if (items.length === 0 || limit === 0) return;
    console.log(`\n${title} (${items.length})`);
    for (const item of items.slice(0, limit)) console.log(`  ${item}`);
  };
  show('False findings', falses.map(({ finding, label }) => `${finding.file}:${finding.line} ${finding.rule} "${collapseQuote(finding.quoted)}": ${label.why}`));
  show(
    'Unlabelled findings (label them in test/quality/findings/NNN.tsv by reading the text)',
    labelled.unlabelled.map((f) => `${f.file}.tsv\t${f.line}\t${f.rule}\t${collapseQuote(f.quoted)}\t?\t(${f.severity}: ${f.message})`),
  );
  show('Stale labels (the tool no longer raises them)', labelled.stale.map((l) => `${l.at} ${l.rule} "${l.quoted}"`));
  return failures;
}

function collapseQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function errorLimit(): number {
  if (values.errors === 'all') return Infinity;
  if (values.errors === 'none') return 0;
  return Number(values.errors) || 0;
}

function printErrors(s: Scores): void {
  const limit = errorLimit();
  if (limit === 0) return;
  const groups = new Map<string, string[]>();
  for (const e of s.errors) groups.set(e.cause, [...(groups.get(e.cause) ?? []), `${e.file}: ${e.detail}`]);
  console.log('\nRecognition errors by cause:');
  for (const [cause, items] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n${cause} (${items.length})`);
    for (const item of items.slice(0, limit)) console.log(`  ${item}`);
  }
}

process.exitCode = main();
