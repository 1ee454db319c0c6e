import * as assert from 'node:assert/strict';
import { mentionOf, type Article, type CalendarDate, type Mention, type MentionData } from '../../../../server/src/core/model';
import { createLexicon } from '../../../../server/src/core/lexicon';
import { NEVER_CANCELLED } from '../../../../server/src/core/host';
import { WorkspaceAggregates } from '../../../../server/src/core/folderIndex/aggregates';
import { DEFAULT_RULES_CONFIG } from '../../../../server/src/core/rules/config';
import { applyEdits, composeEdits, lintArticle, nonOverlappingEdits, quietRules } from '../../../../server/src/core/rules/engine';
import { analyseText } from '../../../../server/src/core/analyseFile';
import { parseFixture } from '../../../support/fixture';
import { FIXTURES as appointmentDate } from './appointmentDate.test';
import { FIXTURES as dateContext } from './dateContext.test';
import { FIXTURES as dateInvalid } from './dateInvalid.test';
import { FIXTURES as dateWeekday } from './dateWeekday.test';
import { FIXTURES as decisionAfterEvent } from './decisionAfterEvent.test';
import { FIXTURES as documentCode } from './documentCode.test';
import { FIXTURES as documentConflict } from './documentConflict.test';
import { FIXTURES as editionYear } from './editionYear.test';
import { FIXTURES as nameVariant } from './nameVariant.test';
import { FIXTURES as spellingVariant } from './spellingVariant.test';
import { FIXTURES as termNumeral } from './termNumeral.test';
import { FIXTURES as termYears } from './termYears.test';
import { FIXTURES as textArtifact } from './textArtifact.test';
import { FIXTURES as titleConflict } from './titleConflict.test';
import { FIXTURES as titleVariant } from './titleVariant.test';

import type { Finding, Rule } from '../../../../server/src/core/rules/rule';
import { RULES } from '../../../../server/src/core/rules/index';
import { LANGUAGES } from '../../../../server/src/core/messages/catalogue';

/**
 * The engine on articles whose mentions are given as data, so the
 * mention-based rules are exercised exactly as the model describes them,
 * independently of how the recognisers find mentions in text.
 */
type MentionSpec = readonly [surface: string, data: MentionData, occurrence?: number];

function articleOf(uri: string, text: string, specs: readonly MentionSpec[], date?: CalendarDate): Article {
  const mentions: Mention[] = specs.map(([surface, data, occurrence = 0]) => {
    let start = -1;
    for (let i = 0; i <= occurrence; i++) start = text.indexOf(surface, start + 1);
    assert.notEqual(start, -1, `${surface} is not in the text`);
    return mentionOf({ start, end: start + surface.length, text: surface, key: `${data.kind}:${surface}`, introduction: false }, data);
  });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { uri, text, version: 0, mentions, publication: date && { date, source: 'dateline', precision: 'day', evidence: 'dateline' } };
}

const LEXICON = createLexicon(
  {
    titles: [{ canonical: 'Phó Trưởng ban Thường trực Ban Tổ chức Trung ương', variants: [] }, { canonical: 'Phó Trưởng ban Thường trực', variants: [] }],
    heads: [],
    modifiers: [],
    predicates: [],
    objectVerbs: [],
    agents: [],
    predicateFillers: [],
    bodyVerbs: [],
    clauseVerbs: [],
    aides: [],
    postNouns: [],
  },
  { organizations: [{ canonical: 'Ban Tổ chức Trung ương', variants: [] }], organizationHeads: [], unitHeads: [], places: [], placeLevels: [], organizationWords: [] },
);
const day = (year: number, month: number, d: number): CalendarDate => ({ year, month, day: d });

const A_TEXT =
  'Đồng chí Mai Văn Chính, Phó Trưởng ban Thường trực, Ban Tổ chức Trung ương chủ trì. Trưởng ban Tổ chức Trung ương nói. ' +
  'Bí thư Đảng ủy cơ quan, Phó Vụ trưởng. Sau đó Bí thư Đảng ủy, Phó Vụ trưởng trao. Đại hội 13 và khóa XIV, nhiệm kỳ 2021-2026. ' +
  'Quy định số 138 ngày 1-12-2023 và Quy định số 138-QĐ/TW. Chỉ thị số 21-NQ/TW. ' +
  '15 năm thực hiện Nghị quyết Trung ương 5 khóa 13 nhé. Thứ Sáu, 23-06-2022. Giải Búa liềm vàng lần thứ VII - năm 2020. Trương Thị Mại. ' +
  'Chỉ thị số 35-CT/TW ngày 30-5-2019.';
const A = articleOf(
  'memory:///a.txt',
  A_TEXT,
  [
    ['Phó Trưởng ban Thường trực', { kind: 'title', canonical: 'Phó Trưởng ban Thường trực', holder: 'Mai Văn Chính' }],
    ['Ban Tổ chức Trung ương', { kind: 'organization', canonical: 'Ban Tổ chức Trung ương' }],
    ['Trưởng ban Tổ chức Trung ương', { kind: 'title', canonical: 'Trưởng Ban Tổ chức Trung ương' }],
    ['Bí thư Đảng ủy cơ quan', { kind: 'title', canonical: 'Bí thư Đảng ủy cơ quan', holder: 'Mai Văn Chính' }],
    ['Phó Vụ trưởng', { kind: 'title', canonical: 'Phó Vụ trưởng', holder: 'Mai Văn Chính' }],
    ['Bí thư Đảng ủy', { kind: 'title', canonical: 'Bí thư Đảng ủy', holder: 'Mai Văn Chính' }, 1],
    ['Phó Vụ trưởng', { kind: 'title', canonical: 'Phó Vụ trưởng', holder: 'Mai Văn Chính' }, 1],
    ['Đại hội 13', { kind: 'congress', body: 'party-congress', ordinal: 13, numeral: 'arabic', numeralSpan: span(A_TEXT, 'Đại hội 13', 8) }],
    ['khóa XIV', { kind: 'congress', body: 'party-term', ordinal: 14, numeral: 'roman' }],
    ['nhiệm kỳ 2021-2026', { kind: 'congress', body: 'term-years', years: [2021, 2026] }],
    ['Quy định số 138 ngày 1-12-2023', { kind: 'document', type: 'Quy định', number: '138', date: day(2023, 12, 1) }],
    ['Quy định số 138-QĐ/TW', { kind: 'document', type: 'Quy định', number: '138', code: '138-QĐ/TW', codeType: 'QĐ', codeIssuer: 'TW' }],
    ['Chỉ thị số 21-NQ/TW', { kind: 'document', type: 'Chỉ thị', number: '21', code: '21-NQ/TW', codeType: 'NQ', codeIssuer: 'TW' }],
    ['Nghị quyết Trung ương 5', { kind: 'document', type: 'Nghị quyết', plenum: 5 }],
    ['khóa 13', { kind: 'congress', body: 'party-term', ordinal: 13, numeral: 'arabic', numeralSpan: span(A_TEXT, 'khóa 13', 5) }],
    ['Thứ Sáu, 23-06-2022', { kind: 'date', from: day(2022, 6, 23), to: day(2022, 6, 23), granularity: 'day', statedWeekday: 5, resolution: 'dateline' }],
    ['Búa liềm vàng lần thứ VII - năm 2020', { kind: 'award', name: 'Búa liềm vàng', edition: 7, year: 2020 }],
    ['Trương Thị Mại', { kind: 'person', name: 'Trương Thị Mại', titles: [] }],
    ['Chỉ thị số 35-CT/TW ngày 30-5-2019', { kind: 'document', type: 'Chỉ thị', number: '35', code: '35-CT/TW', codeType: 'CT', codeIssuer: 'TW', date: day(2019, 5, 30) }],
  ],
  day(2024, 3, 1),
);
const B = articleOf(
  'memory:///b.txt',
  'Trưởng Ban Tổ chức Trung ương và Trưởng Ban Tổ chức Trung ương. Đại hội XIII, Đại hội XIV. Búa liềm vàng lần thứ V - năm 2020. ' +
    'Búa liềm vàng lần thứ VI - năm 2021. Trương Thị Mai, Trương Thị Mai, Trương Thị Mai. Phó Trưởng ban Thường trực Ban Tổ chức Trung ương. ' +
    'Chỉ thị số 35-CT/TW ngày 3-6-2019.',
  [
    ['Trưởng Ban Tổ chức Trung ương', { kind: 'title', canonical: 'Trưởng Ban Tổ chức Trung ương' }],
    ['Trưởng Ban Tổ chức Trung ương', { kind: 'title', canonical: 'Trưởng Ban Tổ chức Trung ương' }, 1],
    ['Phó Trưởng ban Thường trực Ban Tổ chức Trung ương', { kind: 'title', canonical: 'Phó Trưởng ban Thường trực Ban Tổ chức Trung ương' }],
    ['Đại hội XIII', { kind: 'congress', body: 'party-congress', ordinal: 13, numeral: 'roman' }],
    ['Đại hội XIV', { kind: 'congress', body: 'party-congress', ordinal: 14, numeral: 'roman' }],
    ['Búa liềm vàng lần thứ V - năm 2020', { kind: 'award', name: 'Búa liềm vàng', edition: 5, year: 2020 }],
    ['Búa liềm vàng lần thứ VI - năm 2021', { kind: 'award', name: 'Búa liềm vàng', edition: 6, year: 2021 }],
    ['Trương Thị Mai', { kind: 'person', name: 'Trương Thị Mai', titles: [] }],
    ['Trương Thị Mai', { kind: 'person', name: 'Trương Thị Mai', titles: [] }, 1],
    ['Trương Thị Mai', { kind: 'person', name: 'Trương Thị Mai', titles: [] }, 2],
    ['Chỉ thị số 35-CT/TW ngày 3-6-2019', { kind: 'document', type: 'Chỉ thị', number: '35', code: '35-CT/TW', codeType: 'CT', codeIssuer: 'TW', date: day(2019, 6, 3) }],
  ],
  day(2024, 3, 1),
);

/** The span of `surface` in `text` after skipping `skip` characters of it (the numeral inside a congress mention). */
function span(text: string, surface: string, skip: number): { start: number; end: number } {
  const start = text.indexOf(surface) + skip;
  return { start, end: text.indexOf(surface) + surface.length };
}

/** Lints one article of a folder and lists `rule «text» → «fixed text»` per finding. */
function check(folder: readonly Article[], target: Article, expected: string[]): void {
  const aggregates = new WorkspaceAggregates(LEXICON, RULES);
  for (const article of folder) aggregates.set(article);
  const actual = lintArticle(target, aggregates, DEFAULT_RULES_CONFIG, NEVER_CANCELLED)
    .filter((f) => f.rule !== 'text-artifact' && f.rule !== 'spelling-variant')
    .map((f) => {
      const edits = f.fixes[0]?.edits ?? [];
      const fixed = edits.map((e) => `${target.text.slice(f.start, e.start)}${e.newText}${target.text.slice(e.end, f.end)}`)[0];
      return `${f.rule} «${target.text.slice(f.start, f.end)}»${fixed === undefined ? '' : ` → «${fixed}»`}`;
    });
  assert.deepEqual(actual, expected);
}

describe('core/rules/engine', () => {
  it('runs every mention-based rule against the folder’s aggregates', () => {
    check([A, B], A, [
      'title-variant «Phó Trưởng ban Thường trực, Ban Tổ chức Trung ương» → «Phó Trưởng ban Thường trực Ban Tổ chức Trung ương»',
      'title-variant «Trưởng ban Tổ chức Trung ương» → «Trưởng Ban Tổ chức Trung ương»',
      'title-conflict «Bí thư Đảng ủy» → «Bí thư Đảng ủy cơ quan»',
      'term-numeral «Đại hội 13» → «Đại hội XIII»',
      'term-years «khóa XIV, nhiệm kỳ 2021-2026»',
      'document-code «Quy định số 138 ngày 1-12-2023» → «Quy định số 138-QĐ/TW ngày 1-12-2023»',
      'document-code «Chỉ thị số 21-NQ/TW»',
      // Both rules see "khóa 13": one finding, led by the warning, carrying the numeral's fix.
      'date-context «15 năm thực hiện Nghị quyết Trung ương 5 khóa 13» → «15 năm thực hiện Nghị quyết Trung ương 5 khóa XIII»',
      'date-weekday «Thứ Sáu, 23-06-2022»',
      'edition-year «Búa liềm vàng lần thứ VII - năm 2020»',
      'name-variant «Trương Thị Mại» → «Trương Thị Mai»',
      'document-conflict «Chỉ thị số 35-CT/TW ngày 30-5-2019»',
    ]);
  });

  it('folds the findings of two rules over the same words into one that gives both reasons', () => {
    const aggregates = new WorkspaceAggregates(LEXICON, RULES);
    for (const article of [A, B]) aggregates.set(article);
    const folded = lintArticle(A, aggregates, DEFAULT_RULES_CONFIG, NEVER_CANCELLED).find((f) => f.rule === 'date-context');
    assert.deepEqual(folded?.alsoRules, ['term-numeral']);
    assert.equal(folded?.severity, 'warning');
    assert.match(folded?.message ?? '', /^“15 năm thực hiện .*Also \(congress and term numerals\): “khóa 13” is numbered in Arabic numerals/);
    assert.deepEqual(folded?.fixes.map((f) => [f.title, f.safe]), [['Write “XIII”', true]]);
    // In Vietnamese the folded reason names its rule in Vietnamese words too.
    const vi = lintArticle(A, aggregates, DEFAULT_RULES_CONFIG, NEVER_CANCELLED, RULES, undefined, LANGUAGES.vi).find((f) => f.rule === 'date-context');
    assert.match(vi?.message ?? '', /^“15 năm thực hiện .* Ngoài ra \(cách ghi số đại hội, khóa\): “khóa 13” ghi số thứ tự bằng số Ả Rập/);
    assert.deepEqual(vi?.fixes.map((f) => f.title), ['Sửa thành “XIII”']);
  });

  it('forgets an article’s contributions when it is removed', () => {
    const aggregates = new WorkspaceAggregates(LEXICON, RULES);
    aggregates.set(A);
    aggregates.set(B);
    aggregates.delete(B.uri);
    // Without B nothing outvotes A's forms and nothing conflicts with its citations; the article-level rules still fire.
    const rules = new Set(lintArticle(A, aggregates, DEFAULT_RULES_CONFIG, NEVER_CANCELLED).map((f) => f.rule));
    // "Trương Thị Mại" is still a misspelling: the knowledge base knows Trương Thị Mai, whatever the folder says.
    for (const rule of ['document-conflict', 'edition-year']) assert.ok(!rules.has(rule), rule);
    for (const rule of ['title-conflict', 'term-years', 'document-code', 'date-context', 'date-weekday', 'name-variant']) assert.ok(rules.has(rule), rule);
    assert.match(lintArticle(A, aggregates, DEFAULT_RULES_CONFIG, NEVER_CANCELLED).find((f) => f.rule === 'name-variant')?.message ?? '', /a well-known name/);
    assert.deepEqual([...aggregates.tally('name-variant').variants('name truong thi mai').keys()], ['Trương Thị Mại']);
  });
});

describe('core/rules/engine fix-all helpers', () => {
  const uri = 'memory:///a.txt';
  const edit = (start: number, end: number, newText: string) => ({ uri, start, end, newText });
  const finding = (fixes: { safe: boolean; edits: ReturnType<typeof edit>[] }[]): Finding => ({
    rule: 'text-artifact', severity: 'warning', uri, start: 0, end: 0, message: '', related: [], alsoRules: [],
    fixes: fixes.map((f) => ({ title: 't', ...f })),
  });

  it('takes the first safe fix of each finding, skipping suggestions and fixes that overlap one taken', () => {
    const edits = nonOverlappingEdits([
      finding([{ safe: false, edits: [edit(0, 3, 'x')] }, { safe: true, edits: [edit(0, 2, 'y')] }]),
      finding([{ safe: true, edits: [edit(1, 4, 'z')] }]),
      finding([{ safe: true, edits: [edit(2, 2, ' ')] }]),
      finding([{ safe: true, edits: [edit(2, 2, '-')] }]),
      finding([{ safe: false, edits: [edit(8, 9, '')] }]),
    ]);
    assert.deepEqual(edits.map((e) => [e.start, e.end, e.newText]), [[0, 2, 'y'], [2, 2, ' ']]);
  });

  it('composes a second round of edits with the first into edits of the original text', () => {
    const original = 'abc def ghi jkl';
    const first = [edit(0, 3, 'ABCD'), edit(8, 11, '')];
    const intermediate = applyEdits(original, first);
    assert.equal(intermediate, 'ABCD def  jkl');
    // One edit inside the first round's text, one touching where it deleted, one elsewhere.
    const second = [edit(1, 2, 'b'), edit(9, 10, 'X'), edit(11, 13, 'JK')];
    const composed = composeEdits(intermediate, first, second);
    assert.equal(applyEdits(original, composed), applyEdits(intermediate, second));
    assert.deepEqual(composed.map((e) => [e.start, e.end, e.newText]), [[0, 3, 'AbCD'], [8, 12, 'X'], [13, 15, 'JK']]);
  });
});

describe('core/rules/engine text-only rules', () => {
  const lexicon = createLexicon();
  const analysed = (text: string) => analyseText('file:///a.txt', text, 0, lexicon, true).article;

  it('are checked where the file is analysed, and linting skips those that found nothing there', () => {
    const clean = analysed('Thứ Hai, 06/03/2023, 08:46\nCông tác đào tạo cán bộ ngày 30/5/2019.\n');
    assert.deepEqual(clean.quietRules, ['date-invalid', 'text-artifact']);
    const damaged = analysed('Thứ Hai, 06/03/2023, 08:46\nCông tác tác đào tạo cán bộ ngày 31/6/2019.\n');
    assert.deepEqual(damaged.quietRules, []);
    const aggregates = new WorkspaceAggregates(lexicon, RULES);
    aggregates.set(damaged);
    const rulesOf = (article: Article) => lintArticle(article, aggregates, DEFAULT_RULES_CONFIG, NEVER_CANCELLED).map((f) => f.rule);
    assert.deepEqual(rulesOf(damaged), ['text-artifact', 'date-invalid']);
    // Linting believes the analysis: a rule listed quiet is not checked again.
    assert.deepEqual(rulesOf({ ...damaged, quietRules: ['text-artifact'] }), ['date-invalid']);
  });

  it('skipping the quiet ones changes no finding of any rule fixture', () => {
    const fixtures = [appointmentDate, dateContext, dateInvalid, dateWeekday, decisionAfterEvent, documentCode, documentConflict, editionYear, nameVariant, spellingVariant, termNumeral, termYears, textArtifact, titleConflict, titleVariant].flat();
    for (const { fixture, name } of fixtures) {
      const aggregates = new WorkspaceAggregates(lexicon, RULES);
      const articles = [...parseFixture(fixture).files].map(([uri, text]) => analyseText(uri, text, 0, lexicon, true).article);
      for (const article of articles) aggregates.set(article);
      for (const article of articles) {
        assert.ok(article.quietRules, name);
        const skipping = lintArticle(article, aggregates, DEFAULT_RULES_CONFIG, NEVER_CANCELLED);
        assert.deepEqual(skipping, lintArticle({ ...article, quietRules: undefined }, aggregates, DEFAULT_RULES_CONFIG, NEVER_CANCELLED), name);
      }
    }
  });

  it('may read nothing but the text: reading the tally, the knowledge base or the settings throws', () => {
    const nosy = { id: 'nosy', defaultSeverity: 'warning', textOnly: true, check: (ctx) => (ctx.tally.majority('x') ? [] : []) } satisfies Rule;
    assert.throws(() => quietRules(analysed('Công tác đào tạo.\n'), lexicon, [nosy]), /nosy is marked text-only, yet it read the tally/);
  });
});
