import * as assert from 'node:assert/strict';
import { parseFixture, serviceFor, nameOf, offsetOf, uriOf } from '../../../support/fixture';

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

  it('lists a file added or removed after the last request', async () => {
    const { service, references } = await folder();
    assert.deepEqual(references(), ['a.txt', 'b.txt']);
    service.setText(uriOf('0.txt'), LATER, 1);
    assert.deepEqual(references(), ['0.txt', 'a.txt', 'b.txt']);
    service.removeFile(uriOf('b.txt'));
    assert.deepEqual(references(), ['0.txt', 'a.txt']);
  });
});
