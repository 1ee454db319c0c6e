import * as assert from 'node:assert/strict';
import { FAULT_RULES, generateCorpus, type Corpus } from '../../../bench/generate';
import { findingsPer100, formatQuality, measureQuality, type QualityReport } from '../../../bench/quality';

/**
 * SPEC §5 quality targets on a generated folder: ≥ 95 % of the injected
 * faults found, per rule, and at most one finding per 100 clean articles.
 * The corpus is generated from a fixed seed, so the figures are reproducible;
 * the per-rule table is printed so a failure says which rule falls short.
 */

const ARTICLES = 200;
const SEED = 20260125;
const MIN_RECALL = 0.95;
const MAX_PER_100 = 1;

describe('quality on injected faults', function () {
  this.timeout(300_000);
  let corpus: Corpus;
  let report: QualityReport;

  before(async () => {
    corpus = generateCorpus({ articles: ARTICLES, seed: SEED });
    report = await measureQuality(corpus.clean, corpus.faulty, FAULT_RULES);
    console.log(`\n${formatQuality(report)}\n`);
  });

  it('generates the same corpus from the same seed', () => {
    const again = generateCorpus({ articles: 20, seed: SEED });
    const first = generateCorpus({ articles: 20, seed: SEED });
    assert.deepEqual(again, first);
  });

  it('injects enough faults of every rule to measure its recall', () => {
    for (const rule of FAULT_RULES) {
      const injected = corpus.faulty.flatMap((a) => a.faults).filter((f) => f.rule === rule).length;
      assert.ok(injected >= 10, `${rule}: only ${injected} faults injected`);
    }
  });

  it('records each fault at the text it changed', () => {
    for (const article of corpus.faulty) {
      const clean = corpus.clean.find((a) => a.name === article.name)?.text;
      for (const fault of article.faults) {
        assert.equal(article.text.slice(fault.start, fault.end), fault.text);
        assert.notEqual(article.text, clean, `${fault.file}: the fault changed nothing`);
      }
    }
  });

  it(`finds at least ${MIN_RECALL * 100} % of the injected faults of every rule`, () => {
    const short = report.rules.filter((r) => r.injected > 0 && r.recall < MIN_RECALL);
    const examples = report.missed
      .filter((f) => short.some((r) => r.rule === f.rule))
      .slice(0, 12)
      .map((f) => `  ${f.rule} (${f.kind}) ${f.file} «${f.text.replace(/\n/g, '⏎')}»`);
    assert.deepEqual(
      short.map((r) => `${r.rule} ${r.found}/${r.injected}`),
      [],
      `rules below ${MIN_RECALL} recall; missed faults, e.g.:\n${examples.join('\n')}`,
    );
  });

  it(`reports at most ${MAX_PER_100} finding per 100 clean articles`, () => {
    const examples = report.cleanFindings.slice(0, 12).map((f) => `  ${f.rule} ${f.uri}: ${f.message}`);
    assert.ok(
      findingsPer100(report.cleanFindings.length, report.cleanArticles) <= MAX_PER_100,
      `${report.cleanFindings.length} findings on ${report.cleanArticles} clean articles, e.g.:\n${examples.join('\n')}`,
    );
  });

  it(`reports at most ${MAX_PER_100} finding per 100 untouched articles of the faulty folder`, () => {
    const examples = report.untouchedFindings.slice(0, 12).map((f) => `  ${f.rule} ${f.uri}: ${f.message}`);
    assert.ok(
      findingsPer100(report.untouchedFindings.length, report.untouchedArticles) <= MAX_PER_100,
      `${report.untouchedFindings.length} findings on ${report.untouchedArticles} untouched articles, e.g.:\n${examples.join('\n')}`,
    );
  });
});
