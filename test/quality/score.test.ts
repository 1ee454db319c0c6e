import * as assert from 'node:assert/strict';
import { locate, parseGold } from './gold';
import { matchLabels, type FindingLabel, type ToolFinding } from './findings';
import { f1, score, titleKey, type ToolArticle } from './score';
import { scoreKnown } from './known';

/** The scorer judges the product, so its own matching is tested on small hand-made articles. */

const TEXT = 'Sáng 5/3, đồng chí Lê Văn Ba, Bí thư Tỉnh ủy, dự họp.\nÔng Lê Văn Ba nói Quyết định 12-QĐ/TU đã\u00a0ban hành.';

const GOLD = [
  'published\t2024-03\ttext\theader',
  'person\tLê Văn Ba#1\tLê Văn Ba\tBí thư Tỉnh ủy',
  'person\tLê Văn Ba#2\tLê Văn Ba',
  'document\tQuyết định 12-QĐ/TU#1\ttype=Quyết định\tnumber=12\tcode=12-QĐ/TU\tdate=2024',
].join('\n');

describe('quality/score', () => {
  it('locates the k-th occurrence, with any white space where the surface has one space', () => {
    assert.deepEqual(locate(TEXT, 'Lê Văn Ba#2'), { start: TEXT.lastIndexOf('Lê Văn Ba'), end: TEXT.lastIndexOf('Lê Văn Ba') + 9 });
    assert.equal(locate(TEXT, 'đã ban hành#1')?.start, TEXT.indexOf('đã\u00a0ban'));
    assert.equal(locate(TEXT, 'Lê Văn Ba#3'), undefined);
  });

  it('scores persons, titles, document fields and the publication date', () => {
    const gold = parseGold('001', TEXT, GOLD);
    const start = TEXT.indexOf('Lê Văn Ba');
    const second = TEXT.lastIndexOf('Lê Văn Ba');
    const doc = TEXT.indexOf('Quyết định');
    const tool: ToolArticle = {
      file: '001.txt',
      published: { date: '2024-03-05', evidence: 'Sáng 5/3' },
      entities: [
        { id: 'person:a', kind: 'person', start, end: start + 9, text: 'Lê Văn Ba', titles: [{ text: 'Bí thư Tỉnh ủy', modifiers: [] }], identity: { id: 'person:a' } },
        { id: 'person:b', kind: 'person', start: second, end: second + 9, text: 'Lê Văn Ba', titles: [{ text: 'Ông', modifiers: [] }], identity: { id: 'person:b' } },
        { id: 'person:c', kind: 'person', start: 0, end: 4, text: 'Sáng' },
        { id: 'doc', kind: 'document', start: doc, end: doc + 19, text: 'Quyết định 12-QĐ/TU', document: { type: 'Quyết định', number: '12', code: '12 - QĐ/TU', date: '2023-01-01' } },
      ],
    };
    const s = score([gold], new Map([['001', tool]]));
    assert.deepEqual(s.persons, { tp: 2, fp: 1, fn: 0 });
    assert.deepEqual(s.pairs, { tp: 1, fp: 1, fn: 0 });
    assert.deepEqual(s.documentFields.code, { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(s.documentFields.date, { tp: 0, fp: 1, fn: 1 });
    assert.deepEqual(s.published, { right: 1, wrong: 0, unknownMissed: 0, unknownAllowed: 0, total: 1 });
    assert.equal(f1(s.persons).f1, 0.8);
  });

  it('compares a title written with HTML character references with the same title written in characters', () => {
    assert.equal(titleKey('Ph&oacute; B&iacute; thư Tỉnh ủy'), titleKey('Phó Bí thư Tỉnh ủy'));
    assert.notEqual(titleKey('B&iacute; thư Tỉnh ủy'), titleKey('Phó Bí thư Tỉnh ủy'));
  });

  it('compares a title with an abbreviation in brackets inside it with the title the gold writes without it', () => {
    assert.equal(titleKey('Ủy viên Ủy ban Kiểm tra (UBKT) Trung ương'), titleKey('Ủy viên Ủy ban Kiểm tra Trung ương'));
    assert.notEqual(titleKey('Cục trưởng Cục Quản lý công sản (Bộ Tài chính)'), titleKey('Cục trưởng Cục Quản lý công sản'));
  });

  it('compares a title with its term before the place of its body with the title the gold writes without it', () => {
    assert.equal(titleKey('Trưởng đoàn Đại biểu Quốc hội khóa XV tỉnh Đồng Nai'), titleKey('Trưởng đoàn Đại biểu Quốc hội tỉnh Đồng Nai'));
    assert.equal(titleKey('Bí thư Tỉnh ủy khoá XIV'), titleKey('Bí thư Tỉnh ủy'));
  });

  it('counts two gold identities given one tool entity as a merge', () => {
    const text = 'Ông Trần An nói. Ông Trần An khác nói.';
    const gold = parseGold('002', text, 'published\tunknown\toutside\tnothing\nperson\tTrần An#1\tTrần An {a}\nperson\tTrần An#2\tTrần An {b}');
    const entity = (start: number) => ({ id: 'person:trần an', kind: 'person', start, end: start + 7, text: 'Trần An' });
    const s = score([gold], new Map([['002', { file: '002.txt', published: { date: null, evidence: '' }, entities: [entity(4), entity(21)] }]]));
    assert.equal(s.merges, 1);
    assert.equal(s.published.right, 1);
  });

  it('accepts "unknown" only where the text alone does not date the article', () => {
    const text = 'Chiều nay, hội nghị bế mạc.';
    const undated = { file: 'x.txt', published: { date: null, evidence: '' }, entities: [] };
    const outside = score([parseGold('a', text, 'published\t2016-09\toutside\tthe URL')], new Map([['a', undated]]));
    assert.deepEqual(outside.published, { right: 1, wrong: 0, unknownMissed: 0, unknownAllowed: 1, total: 1 });
    const inText = score([parseGold('a', text, 'published\t2016-09\ttext\tthe header')], new Map([['a', undated]]));
    assert.deepEqual(inText.published, { right: 0, wrong: 0, unknownMissed: 1, unknownAllowed: 0, total: 1 });
    const coarse = { ...undated, published: { date: '2016-09', evidence: 'the header' } };
    assert.equal(score([parseGold('a', text, 'published\t2016-09-09\toutside\tthe URL')], new Map([['a', coarse]])).published.unknownAllowed, 1);
    assert.equal(score([parseGold('a', text, 'published\t2016-09-09\ttext\tthe dateline')], new Map([['a', coarse]])).published.wrong, 1);
    const guessed = { ...undated, published: { date: '2015-09-01', evidence: 'a guess' } };
    assert.equal(score([parseGold('a', text, 'published\t2016-09\toutside\tthe URL')], new Map([['a', guessed]])).published.wrong, 1);
  });

  it('matches labels by file, rule and quoted text, nearest line first, and lists the rest', () => {
    const finding = (line: number): ToolFinding => ({ file: '003', line, rule: 'text-artifact', severity: 'warning', message: '', quoted: 'Ban Ban' });
    const label = (line: number, value: FindingLabel['label']): FindingLabel => ({ file: '003', line, rule: 'text-artifact', quoted: 'Ban Ban', label: value, why: '', at: '' });
    const result = matchLabels([finding(9), finding(2), finding(5)], [label(1, 'true'), label(10, 'false')]);
    assert.deepEqual(
      result.matched.map((m) => [m.finding.line, m.label.label]),
      [
        [9, 'false'],
        [2, 'true'],
      ],
    );
    assert.deepEqual(
      result.unlabelled.map((f) => f.line),
      [5],
    );
  });
});

describe('quality/known', () => {
  const TEXT_A = 'Theo Quyết định số 1987 – QĐNS/TW, ông Lê Văn Ba nhận nhiệm vụ.';
  const problems = [
    { files: ['a'], words: '1987 – QĐNS/TW', what: 'spaced code', at: 'k:1' },
    { files: ['a', 'b'], words: 'Lê Văn Ba', what: 'a name', at: 'k:2' },
  ];
  const texts: Record<string, string> = { a: TEXT_A, b: 'Ông Lê Văn Ba.' };

  it('counts a problem as flagged only by a finding over its words, in any of its files', () => {
    const start = TEXT_A.indexOf('1987');
    const results = scoreKnown(problems, [{ file: 'a', start, end: start + 4, rule: 'document-code' }, { file: 'a', start: 0, end: 4, rule: 'text-artifact' }], (f) => texts[f]);
    assert.deepEqual(results.map((r) => r.rules), [['document-code'], []]);
    const inB = scoreKnown(problems, [{ file: 'b', start: 4, end: 6, rule: 'name-variant' }], (f) => texts[f]);
    assert.deepEqual(inB.map((r) => r.rules), [[], ['name-variant']]);
  });

  it('says which listed problem quotes words its file does not hold', () => {
    assert.throws(() => scoreKnown([{ files: ['b'], words: 'Hội ghị', what: 'typo', at: 'k:3' }], [], (f) => texts[f]), /k:3: “Hội ghị” is not in b\.txt/);
  });
});
