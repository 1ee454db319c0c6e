import * as assert from 'node:assert/strict';
import { analyseText } from '../../../../server/src/core/analyseFile';
import { createLexicon } from '../../../../server/src/core/lexicon';
import { EarliestIntroductions } from '../../../../server/src/core/folderIndex/earliestIntroductions';
import { WorkspaceIndex } from '../../../../server/src/core/folderIndex/workspaceIndex';
import { uriOf } from '../../../support/fixture';

/**
 * The table of each entity's Go to Definition target, on an index of real
 * analyses, counting the lookups that walk an entity's files.
 */
const lexicon = createLexicon();
const NAME = 'Trương Thị Mai';
const KEY = 'person:trương thị mai';

function check(texts: Record<string, string>) {
  const index = new WorkspaceIndex();
  const table = new EarliestIntroductions(index);
  let walks = 0;
  const filesOf = index.filesOf.bind(index);
  index.filesOf = (key) => {
    walks++;
    return filesOf(key);
  };
  const set = (name: string, text: string) => {
    const article = analyseText(uriOf(name), text, 0, lexicon, true).article;
    const old = index.article(article.uri);
    index.set(article);
    table.articleSet(old, article);
  };
  for (const [name, text] of Object.entries(texts)) set(name, text);
  const target = () => {
    const found = table.earliest(KEY);
    return found && `${found.uri.slice(found.uri.lastIndexOf('/') + 1)}@${found.mention.start}`;
  };
  return { set, target, walks: () => walks };
}

const EARLY = `Thứ Hai, 06/03/2017, 08:46\nĐồng chí ${NAME}, Trưởng Ban Dân vận Trung ương, dự hội nghị.\n`;
const LATE = `Thứ Năm, 23/06/2022, 18:22\nĐồng chí ${NAME}, Trưởng Ban Tổ chức Trung ương, phát biểu.\n`;

describe('core/folderIndex/earliestIntroductions', () => {
  it('keeps the target in an article edited in place, without walking the entity’s files', () => {
    const table = check({ 'a.txt': EARLY, 'b.txt': LATE });
    assert.equal(table.target(), `a.txt@${EARLY.indexOf(NAME)}`);
    // Typing before the introduction moves it; the article keeps its date, so it stays the earliest.
    const edited = EARLY.replace('\n', '\nHôm nay, ');
    table.set('a.txt', edited);
    assert.equal(table.target(), `a.txt@${edited.indexOf(NAME)}`);
    assert.equal(table.walks(), 0);
  });

  it('looks the entity up again when the edit moves the article in the reading order or takes the introduction away', () => {
    const table = check({ 'a.txt': EARLY, 'b.txt': LATE });
    // a.txt now dated after b.txt: b.txt introduces her first.
    table.set('a.txt', EARLY.replace('06/03/2017', '06/03/2023'));
    assert.equal(table.target(), `b.txt@${LATE.indexOf(NAME)}`);
    assert.equal(table.walks(), 1);
    // Back to 2017 but naming her without her post: b.txt's full introduction wins over a bare mention.
    table.set('a.txt', EARLY.replace(', Trưởng Ban Dân vận Trung ương,', ' phát biểu;'));
    assert.equal(table.target(), `b.txt@${LATE.indexOf(NAME)}`);
  });
});
