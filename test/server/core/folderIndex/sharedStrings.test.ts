import * as assert from 'node:assert/strict';
import { analyseBytes } from '../../../../server/src/core/analyseFile';
import { createLexicon } from '../../../../server/src/core/lexicon';
import type { Article } from '../../../../server/src/core/model';
import { SharedStrings } from '../../../../server/src/core/folderIndex/sharedStrings';
import { createReportLensService } from '../../../../server/src/core/service';
import { memoryFiles, uriOf } from '../../../support/fixture';

const lexicon = createLexicon();
const TEXT =
  'Hà Nội, ngày 12/01/2022 - Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương, dự hội nghị của Ban Tổ chức Trung ương. ' +
  'Đồng chí nhấn mạnh Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về Đại hội XIII.\n';

function analysed(uri: string, text: string) {
  return analyseBytes(uri, new TextEncoder().encode(text), lexicon);
}

describe('core/folderIndex/sharedStrings', () => {
  it("leaves every field of an article's mentions and publication as it was, frozen values included", () => {
    const article = analysed(uriOf('a.txt'), TEXT).article;
    // An article received from a worker thread: a structured clone, with a copy of every string.
    const received = structuredClone(article);
    // A constant of the code, frozen, cannot be written: it is left as it is.
    const withFrozen: Article = { ...received, mentions: [Object.freeze(received.mentions[0]), ...received.mentions.slice(1)] };
    new SharedStrings().shareArticle(withFrozen);
    assert.ok(article.mentions.length > 5);
    assert.deepEqual(withFrozen, { ...article, mentions: [...article.mentions] });
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
