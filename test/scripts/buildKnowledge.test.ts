import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildKnowledge, factRows } from '../../scripts/buildKnowledge';

/** The knowledge base's build (scripts/buildKnowledge.ts): the fact table below is written for this test. */
const TABLE = [
  '# Fact table',
  '',
  '| fact | value | source URL | confidence |',
  '|---|---|---|---|',
  '| before any section | ignored | https://example.org/none | high |',
  '### A1. Heads',
  '',
  '| fact | value | source URL | confidence |',
  '|---|---|---|---|',
  '| Hoàng Văn Bảy – start | 08/02/2011 | https://a.example/one ; https://a.example/two | high |',
  '| Hoàng Văn Bảy – end | 2016 (https://a.example/two) | https://a.example/two ; https://a.example/three | medium |',
  '## F. Disagreements',
  '',
  '1. **A date.** One page says 2021.',
  '   URLs: https://f.example/one ; https://f.example/two',
  '2. **No URL.**',
].join('\n');

function check(source: object, expectedSources: readonly (readonly string[])[]): void {
  const built = JSON.parse(buildKnowledge(`// a comment\n${JSON.stringify(source)}`, TABLE));
  assert.equal(built.$schema, '../schemas/knowledge.schema.json');
  assert.deepEqual(
    built.people.map((p: { sources: string[] }) => p.sources),
    expectedSources,
  );
}

describe('scripts/buildKnowledge', () => {
  it('names the table rows by section and first cell, and list items by section and number', () => {
    assert.deepEqual(
      [...factRows(TABLE)],
      [
        ['A1: Hoàng Văn Bảy – start', ['https://a.example/one', 'https://a.example/two']],
        ['A1: Hoàng Văn Bảy – end', ['https://a.example/two', 'https://a.example/three']],
        ['F1', ['https://f.example/one', 'https://f.example/two']],
        ['F2', []],
      ],
    );
  });

  it('gives each fact the URLs of the rows it names, in their order, each once, where "from" stood', () => {
    check(
      {
        $comment: 'Dates are …',
        people: [
          { id: 'a', from: ['A1: Hoàng Văn Bảy – start', 'A1: Hoàng Văn Bảy – end'], confidence: 'high' },
          { id: 'b', from: ['A1: Hoàng Văn Bảy – end #2', 'F1 #1'] },
          { id: 'c', from: ['F1'] },
        ],
      },
      [['https://a.example/one', 'https://a.example/two', 'https://a.example/three'], ['https://a.example/three', 'https://f.example/one'], ['https://f.example/one', 'https://f.example/two']],
    );
    const built = JSON.parse(buildKnowledge(JSON.stringify({ $comment: 'Dates are …', people: [{ id: 'a', from: ['F1'], confidence: 'low' }] }), TABLE));
    assert.deepEqual(Object.keys(built.people[0]), ['id', 'sources', 'confidence']);
    assert.match(built.$comment, /^Built by `npm run build:knowledge`.* Dates are …$/u);
  });

  it('refuses a fact that names no row, a row or URL the table does not have, or URLs of its own', () => {
    const build = (fact: object) => () => buildKnowledge(JSON.stringify({ people: [fact] }), TABLE);
    assert.throws(build({ id: 'a', confidence: 'high' }), /^Error: \.people\[0\]: "from" must name at least one row of facts\.md$/u);
    assert.throws(build({ id: 'a', from: [] }), /^Error: \.people\[0\]: "from" must name at least one row of facts\.md$/u);
    assert.throws(build({ id: 'a', from: ['A1: Hoàng Văn Bảy – middle'] }), /facts\.md has no row "A1: Hoàng Văn Bảy – middle"/u);
    assert.throws(build({ id: 'a', from: ['A1: Hoàng Văn Bảy – end #3'] }), /has 2 source URLs, not 3/u);
    assert.throws(build({ id: 'a', from: ['F2'] }), /the row "F2" gives no source URL/u);
    assert.throws(build({ id: 'a', sources: ['https://a.example/one'] }), /give the fact's rows of facts\.md as "from"/u);
    assert.throws(() => factRows(`${TABLE}\n### A1. Again\n| Hoàng Văn Bảy – start | x | https://b.example | high |`), /names two rows "A1: Hoàng Văn Bảy – start"/u);
  });

  it('built the committed data/knowledge-base.json from its source, unedited', () => {
    const repo = path.resolve(__dirname, '../../..');
    const read = (file: string) => fs.readFileSync(path.join(repo, file), 'utf8');
    assert.equal(read('data/knowledge-base.json'), buildKnowledge(read('data/knowledge/knowledge.jsonc'), read('data/knowledge/facts.md')), 'run npm run build:knowledge');
  });
});
