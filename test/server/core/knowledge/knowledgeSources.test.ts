import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import bundledJson from '../../../../data/knowledge-base.json';

/**
 * Every fact of the bundled knowledge base keeps its source: each fact (an object with a
 * confidence) names at least one source URL, and each URL is one the fact table in
 * data/knowledge/facts.md gives, letter for letter, so a hand copy cannot drift from it.
 */
const repo = path.resolve(__dirname, '../../../../..');
const factTable = fs.readFileSync(path.join(repo, 'data/knowledge/facts.md'), 'utf8');
const tableUrls = new Set(factTable.match(/https?:\/\/[^\s|;)>"]+/gu) ?? []);

interface Fact {
  readonly where: string;
  readonly value: Record<string, unknown>;
}

function factsOf(value: unknown, where: string, out: Fact[]): Fact[] {
  if (Array.isArray(value)) value.forEach((item, i) => factsOf(item, `${where}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('confidence' in record || 'sources' in record) out.push({ where, value: record });
    for (const [key, child] of Object.entries(record)) factsOf(child, `${where}.${key}`, out);
  }
  return out;
}

describe('data/knowledge-base.json sources', () => {
  const facts = factsOf(bundledJson, '', []);

  it('has facts to check', () => {
    assert.ok(facts.length > 100, `only ${facts.length} facts found`);
  });

  it('gives every fact at least one source', () => {
    const unsourced = facts.filter((f) => !Array.isArray(f.value.sources) || f.value.sources.length === 0).map((f) => f.where);
    assert.deepEqual(unsourced, []);
  });

  it('takes every source URL from the fact table as written there', () => {
    const drifted = facts.flatMap((f) => ((f.value.sources as unknown[] | undefined) ?? []).filter((url) => typeof url !== 'string' || !tableUrls.has(url)).map((url) => `${f.where}: ${String(url)}`));
    assert.deepEqual(drifted, []);
  });
});
