import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { createReportLensService } from '../../../server/src/core/service';
import { applyEdits } from '../../../server/src/core/rules/engine';
import { SEEDS_DIR } from '../../support/fixture';

/**
 * Property-based fuzzing of the core (issue 10): real articles from
 * ../shared/corpus-dev and the seeds, mutated by fast-check with a fixed
 * seed, go through every feature. Each run must throw nothing, report
 * ranges inside the text, offer fixes that apply cleanly, and reach a fixed
 * point: once the safe fixes are applied until none is left, a further pass
 * changes nothing. The unit suite spends about FUZZ_SECONDS (default 15) on
 * it; `npm run fuzz` runs it for 10 minutes.
 */

const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus-dev');
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 15);
const URI = 'memory:///fuzz.txt';

/** Articles are cut to their first 2,000 characters so each run stays short. */
function bases(): string[] {
  const dirs = [SEEDS_DIR, ...(fs.existsSync(CORPUS) ? [CORPUS] : [])];
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => fs.readFileSync(path.join(dir, name), 'utf8').slice(0, 2000)),
  );
}

/** Pieces that stress the recognisers: numerals, dates, codes, honorifics, odd spaces, marks, line ends. */
const PIECES = ['số ', 'Đại hội ', 'XIII', '13', '-CT/TW', ' ngày 31-2-2023', '\u00a0', '\u0301', '\r\n', '\r', '\n', 'Đồng chí ', 'tác tác ', '\ufeff', '\ud83d\ude00', '(', ')', ',', '.', 'Ủy', 'khoá', '\ufffd'];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 12 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat({ max: 30 }), times: fc.integer({ min: 2, max: 50 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else out = out.slice(0, at) + out.slice(at, at + m.length).repeat(m.times) + out.slice(at + m.length);
  }
  return out;
}

function inside(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length;
}

/** Every feature on one text; throws (failing the property) on any broken guarantee. */
function check(text: string): void {
  const service = createReportLensService({ files: { listArticles: async () => [], readFile: async () => undefined } });
  service.setText(URI, text, 1);
  const findings = service.diagnostics(URI);
  for (const f of findings) {
    assert.ok(inside(text, f.start, f.end), `finding ${f.rule} at ${f.start}-${f.end} outside a text of ${text.length}`);
    for (const fix of f.fixes) {
      for (const e of fix.edits) assert.ok(inside(text, e.start, e.end), `fix edit ${e.start}-${e.end} of ${f.rule} outside the text`);
      const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
      for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i - 1].end <= sorted[i].start, `overlapping edits in one fix of ${f.rule}`);
    }
  }
  const probes = [0, text.length >> 2, text.length >> 1, text.length - 1].filter((o) => o >= 0);
  for (const offset of probes) {
    service.hover(URI, offset);
    service.definition(URI, offset);
    service.references(URI, offset, true);
    service.highlights(URI, offset);
    service.codeFixes(URI, offset, offset);
  }
  service.documentSymbols(URI);
  service.exportAnnotations('jsonl');
  service.exportAnnotations('conll');
  // Safe fixes applied until none is left (as --fix does), then one more pass must change nothing.
  let current = text;
  for (let pass = 1; pass <= 10; pass++) {
    const edits = service.fixAll();
    if (edits.length === 0) return;
    for (const e of edits) assert.ok(inside(current, e.start, e.end), 'fix-all edit outside the text');
    current = applyEdits(current, edits);
    service.setText(URI, current, pass + 1);
  }
  assert.deepEqual(service.fixAll(), [], 'fix-all did not settle in 10 passes');
}

describe('core fuzz: mutated real articles through every feature', function () {
  this.timeout((SECONDS + 60) * 1000);

  it(`holds every guarantee for ${SECONDS} s of mutated articles (fixed seed)`, () => {
    const texts = bases();
    assert.ok(texts.length >= 5, 'the seeds at least');
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(mutation, { maxLength: 8 }), (base, mutations) => check(mutate(base, mutations))),
      { seed: 20261204, interruptAfterTimeLimit: SECONDS * 1000, numRuns: 1_000_000, markInterruptAsFailure: false },
    );
  });
});
