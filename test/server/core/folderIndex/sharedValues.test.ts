import * as assert from 'node:assert/strict';
import { analyseBytes } from '../../../../server/src/core/analyseFile';
import { createLexicon } from '../../../../server/src/core/lexicon';
import type { Article, Mention } from '../../../../server/src/core/model';
import { SharedValues } from '../../../../server/src/core/folderIndex/sharedValues';
import { createReportLensService } from '../../../../server/src/core/service';
import { memoryFiles, uriOf } from '../../../support/fixture';

const lexicon = createLexicon();
const TEXT =
  'Hà Nội, ngày 12/01/2022 - Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương, dự hội nghị của Ban Tổ chức Trung ương. ' +
  'Đồng chí nhấn mạnh Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về Đại hội XIII.\n';

function analysed(uri: string, text: string) {
  return analyseBytes(uri, new TextEncoder().encode(text), lexicon);
}

function ofKind<K extends Mention['kind']>(article: Article, kind: K): Extract<Mention, { kind: K }>[] {
  return article.mentions.filter((m): m is Extract<Mention, { kind: K }> => m.kind === kind);
}

describe('core/folderIndex/sharedValues', () => {
  it("leaves every field of an article's mentions and publication as it was, frozen values included", () => {
    const article = analysed(uriOf('a.txt'), TEXT).article;
    // An article received from a worker thread: a structured clone, with a copy of every string.
    const received = structuredClone(article);
    // A constant of the code, frozen, cannot be written: it is left as it is.
    const withFrozen: Article = { ...received, mentions: [Object.freeze(received.mentions[0]), ...received.mentions.slice(1)] };
    new SharedValues().shareArticle(withFrozen);
    assert.ok(article.mentions.length > 5);
    assert.deepEqual(withFrozen, { ...article, mentions: [...article.mentions] });
  });

  it('gives two articles one frozen copy of each value they both hold, and each its own mentions, titles and spans', () => {
    const shared = new SharedValues();
    const first = structuredClone(analysed(uriOf('a.txt'), TEXT).article);
    // The second article says the same a few characters further on, so its positions differ and its values do not.
    const second = structuredClone(analysed(uriOf('b.txt'), `Tin: ${TEXT}`).article);
    shared.shareArticle(first);
    shared.shareArticle(second);
    const [dateA, dateB] = [ofKind(first, 'date'), ofKind(second, 'date')].map((dates) => dates.find((d) => d.data.from.year === 2019));
    assert.ok(dateA && dateB && dateA !== dateB);
    assert.notEqual(dateA.start, dateB.start);
    // A date's days and its data say nothing of where it stands: one copy, which cannot be changed.
    assert.equal(dateA.data, dateB.data);
    assert.equal(dateA.data.from, dateA.data.to);
    assert.ok(Object.isFrozen(dateA.data) && Object.isFrozen(dateA.data.from));
    assert.throws(() => ((dateA.data.from as { year: number }).year = 2020), TypeError);
    const [organizationA, organizationB] = [first, second].map((a) => ofKind(a, 'organization').find((o) => o.data.canonical === 'Bộ Chính trị'));
    assert.ok(organizationA && organizationB);
    assert.equal(organizationA.data, organizationB.data);
    // A person's data holds the titles' spans: each mention keeps its own, and only the titles' modifiers are one copy.
    const [maiA, maiB] = [first, second].map((a) => ofKind(a, 'person')[0]);
    assert.notEqual(maiA.data, maiB.data);
    assert.notEqual(maiA.data.titles[0], maiB.data.titles[0]);
    assert.equal(maiA.data.titles[0].start + 5, maiB.data.titles[0].start);
    assert.equal(maiA.data.titles[0].modifiers, maiB.data.titles[0].modifiers);
    assert.ok(!Object.isFrozen(maiA.data) && !Object.isFrozen(maiA));
  });

  it('tells apart values whose strings would run together if written one after the other', () => {
    const shared = new SharedValues();
    const article = (names: [string, string]): Article => ({
      uri: uriOf('x.txt'),
      text: '',
      version: 0,
      mentions: [{ kind: 'author', start: 0, end: 1, text: 'x', key: 'author:x', introduction: false, data: { kind: 'author', name: names[0], role: 'text' } }],
      publication: { date: { year: 2020, month: 1, day: 1 }, source: 'inferred', precision: 'day', evidence: names[1] },
    });
    const a = article(['a;role="4:text;', 'b']);
    const b = article(['a', 'b']);
    shared.shareArticle(a);
    shared.shareArticle(b);
    assert.notEqual(a.mentions[0].data, b.mentions[0].data);
    assert.deepEqual(b.mentions[0].data, { kind: 'author', name: 'a', role: 'text' });
  });

  it('tells an impossible day apart from the possible one its numbers would otherwise stand for', () => {
    const shared = new SharedValues();
    const withDate = (date: { year: number; month: number; day: number }): Article => ({
      uri: uriOf('x.txt'),
      text: '',
      version: 0,
      mentions: [],
      publication: { date, source: 'inferred', precision: 'day', evidence: '' },
    });
    // Month 16 of 2019 would be month 0 of 2020 if months ran past 15; day 32 of May would be day 0 of June.
    const articles = [withDate({ year: 2019, month: 16, day: 1 }), withDate({ year: 2020, month: 0, day: 1 }), withDate({ year: 2019, month: 5, day: 32 }), withDate({ year: 2019, month: 6, day: 0 })];
    for (const article of articles) shared.shareArticle(article);
    assert.deepEqual(
      articles.map((a) => a.publication?.date),
      [
        { year: 2019, month: 16, day: 1 },
        { year: 2020, month: 0, day: 1 },
        { year: 2019, month: 5, day: 32 },
        { year: 2019, month: 6, day: 0 },
      ],
    );
  });

  it('a folder analysed elsewhere (each article a structured clone) answers exactly as one analysed in place', async () => {
    const texts = new Map([
      [uriOf('a.txt'), TEXT],
      [uriOf('b.txt'), TEXT],
      [uriOf('c.txt'), TEXT.replace('Ủy viên Bộ Chính trị', 'Ủy Viên Bộ Chính trị')],
    ]);
    const files = memoryFiles(texts);
    const here = createReportLensService({ files });
    const elsewhere = createReportLensService({ files, analyse: async (uri) => structuredClone(analysed(uri, texts.get(uri) ?? '')) });
    await here.indexWorkspace();
    await elsewhere.indexWorkspace();
    for (const uri of texts.keys()) {
      assert.deepEqual(elsewhere.article(uri), here.article(uri));
      assert.deepEqual(elsewhere.diagnostics(uri), here.diagnostics(uri));
    }
    // The folder's minority spelling is reported, so the findings compared are not all empty.
    assert.ok(here.diagnostics(uriOf('c.txt')).some((f) => f.rule === 'title-variant'));
  });
});
