import * as assert from 'node:assert/strict';
import { timelineHtml, type TimelineStrings } from '../../client/src/timelineHtml';
import type { TimelineResult } from '../../server/src/lsp/protocolShapes';

const STRINGS: TimelineStrings = {
  heading: 'Nguyễn Văn A: titles over time',
  fromArticles: 'In the articles',
  fromKnowledge: 'In the knowledge base',
  conflict: 'not recorded',
  present: 'present',
  undated: 'undated',
  noPosts: 'No posts',
  ambiguous: 'Ambiguous',
  source: 'source',
  legend: 'Legend',
  toldOn: (year, date) => `${year}, told on ${date}`,
};

const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } };
const DATA: TimelineResult = {
  id: 'person:nguyễn văn a',
  name: 'Nguyễn Văn A',
  articles: [
    { uri: 'file:///a.txt', file: 'a.txt', date: '2020-03-01', titles: ['Bí thư Tỉnh ủy'], range, conflicts: [] },
    { uri: 'file:///b.txt', file: 'b.txt', date: '2024-05-02', titles: ['Bí thư Tỉnh ủy', 'Bộ trưởng <Nội vụ>'], range, conflicts: ['Bộ trưởng <Nội vụ>'] },
    { uri: 'file:///c.txt', file: 'c.txt', titles: ['Bí thư Tỉnh ủy'], range, conflicts: [] },
  ],
  posts: [{ title: 'Bí thư Tỉnh ủy', start: { text: '2019-10', earliest: '2019-10-01', latest: '2019-10-31' }, source: 'https://example.vn/a' }],
};

describe('client/timelineHtml', () => {
  const html = timelineHtml(DATA, STRINGS, 'NONCE', 'vscode-resource:', '2026-01-01');

  it('draws one row per title: the known post as a bar with its source, each dated article as a point linked to it', () => {
    assert.equal((html.match(/class="row"/g) ?? []).length, 2);
    assert.equal((html.match(/<button class="bar"/g) ?? []).length, 1);
    assert.match(html, /<button class="bar" data-left="[\d.]+%" data-width="[\d.]+%" data-source="https:\/\/example.vn\/a"/);
    // Two dated articles give the first title, one the second; the undated one is only listed.
    assert.equal((html.match(/<button class="point[^"]*"[^>]*data-open="[01]"/g) ?? []).length, 3);
    assert.match(html, /<li><a href="#" data-open="2">undated · c.txt<\/a>/);
  });

  it('places and labels an article whose narrative dates the posts by the year it tells', () => {
    const history: TimelineResult = {
      ...DATA,
      articles: [
        { uri: 'file:///d.txt', file: 'd.txt', date: '2012-01-09', heldIn: 1956, titles: ['Trưởng Ban Tổ chức Trung ương'], range, conflicts: [] },
        { uri: 'file:///e.txt', file: 'e.txt', date: '2022-08-04', titles: ['Bí thư Tỉnh ủy'], range, conflicts: [] },
      ],
      posts: [],
    };
    const page = timelineHtml(history, STRINGS, 'NONCE', 'vscode-resource:', '2026-01-01');
    assert.match(page, /<li><a href="#" data-open="0">1956, told on 2012-01-09 · d.txt<\/a>/);
    assert.match(page, /title="1956, told on 2012-01-09 · d.txt"/);
    // The axis reaches back to the narrative's year, not only to the article's.
    assert.match(page, /<span class="tick" data-left="[\d.]+%">195\d<\/span>/);
  });

  it('marks a title the knowledge base does not give on that date as a conflict, and escapes text', () => {
    assert.equal((html.match(/class="point conflict"/g) ?? []).length, 1);
    assert.ok(html.includes('Bộ trưởng &lt;Nội vụ&gt;'));
    assert.ok(!html.includes('<Nội vụ>'));
  });

  it('loads nothing remote and runs only its own nonce’d script and style, with no inline style attributes', () => {
    assert.match(html, /content="default-src 'none'; style-src vscode-resource: 'nonce-NONCE'; script-src 'nonce-NONCE';"/);
    assert.deepEqual(html.match(/<script[^>]*>/g), ['<script nonce="NONCE">']);
    assert.doesNotMatch(html, /\sstyle="/);
    assert.doesNotMatch(html, /\s(?:src|href)="https?:/);
  });

  it('takes its colours from the theme', () => {
    assert.match(html, /var\(--vscode-charts-red, var\(--vscode-errorForeground\)\)/);
    assert.doesNotMatch(html, /#[0-9a-f]{3,6}\b/i);
  });
});
