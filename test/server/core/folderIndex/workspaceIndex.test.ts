import * as assert from 'node:assert/strict';
import { parseFixture, serviceFor, nameOf, offsetOf, uriOf } from '../../../support/fixture';
import { analyseArticle } from '../../../../server/src/core/article';
import { createLexicon } from '../../../../server/src/core/lexicon';
import { WorkspaceIndex } from '../../../../server/src/core/folderIndex/workspaceIndex';

const LATER = 'Thứ Năm, 23-06-2022, 18:22\nĐồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, phát biểu.\n';
const EARLIER = 'Thứ Hai, 06/03/2017, 08:46\nĐồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, dự hội nghị.\n';

/**
 * The index keeps each entity's files sorted between requests; these check
 * that an edit, a new file and a removed file all show in the next answer.
 */
describe('core/workspaceIndex', () => {
  async function folder() {
    const service = await serviceFor(parseFixture(`//- a.txt\n${LATER}//- b.txt\n${EARLIER}`));
    const at = offsetOf(LATER, 'Trương Thị Mai') + 3;
    const definition = () => service.definition(uriOf('a.txt'), at).map((l) => nameOf(l.uri));
    const references = () => service.references(uriOf('a.txt'), at, true).map((l) => nameOf(l.uri));
    return { service, definition, references };
  }

  it('orders the introductions again when an edit changes an article’s date', async () => {
    const { service, definition } = await folder();
    assert.deepEqual(definition(), ['b.txt', 'a.txt']);
    service.setText(uriOf('b.txt'), EARLIER.replace('06/03/2017', '06/03/2023'), 1);
    assert.deepEqual(definition(), ['a.txt', 'b.txt']);
  });

  it("answers each file's mentions of an entity as a list, whether the file names it once or more", () => {
    const index = new WorkspaceIndex();
    const lexicon = createLexicon();
    const once = analyseArticle(uriOf('once.txt'), LATER, 0, lexicon);
    const twice = analyseArticle(uriOf('twice.txt'), `${EARLIER}Đồng chí Trương Thị Mai nhấn mạnh.\n`, 0, lexicon);
    index.set(once);
    index.set(twice);
    const key = once.mentions.find((m) => m.kind === 'person')?.key ?? '';
    const files = index.filesOf(key);
    const shown = (mentions: readonly { text: string; start: number }[] | undefined) => mentions?.map((m) => `${m.text}@${m.start}`);
    const inOnce = shown(files.get(uriOf('once.txt')));
    const inTwice = shown(files.get(uriOf('twice.txt')));
    assert.deepEqual(inOnce, [`Trương Thị Mai@${offsetOf(LATER, 'Trương Thị Mai')}`]);
    assert.equal(inTwice?.length, 2);
    assert.equal(files.size, 2);
    assert.ok(files.has(uriOf('once.txt')) && !files.has(uriOf('none.txt')));
    assert.equal(files.get(uriOf('none.txt')), undefined);
    // Every way of reading the map gives the same lists, in the same order of files.
    const expected = [
      [nameOf(uriOf('once.txt')), inOnce],
      [nameOf(uriOf('twice.txt')), inTwice],
    ];
    assert.deepEqual([...files].map(([uri, mentions]) => [nameOf(uri), shown(mentions)]), expected);
    assert.deepEqual([...files.entries()].map(([uri, mentions]) => [nameOf(uri), shown(mentions)]), expected);
    assert.deepEqual([...files.keys()].map(nameOf), ['once.txt', 'twice.txt']);
    assert.deepEqual([...files.values()].map(shown), [inOnce, inTwice]);
    const seen: unknown[] = [];
    files.forEach((mentions, uri) => seen.push([nameOf(uri), shown(mentions)]));
    assert.deepEqual(seen, expected);
    // A file that no longer names the entity leaves its list; one that never did has none.
    index.delete(uriOf('twice.txt'));
    assert.deepEqual([...index.filesOf(key).keys()].map(nameOf), ['once.txt']);
    assert.equal(index.filesOf('person:nobody').size, 0);
  });

  it('lists a file added or removed after the last request', async () => {
    const { service, references } = await folder();
    assert.deepEqual(references(), ['a.txt', 'b.txt']);
    service.setText(uriOf('0.txt'), LATER, 1);
    assert.deepEqual(references(), ['0.txt', 'a.txt', 'b.txt']);
    service.removeFile(uriOf('b.txt'));
    assert.deepEqual(references(), ['0.txt', 'a.txt']);
  });
});
