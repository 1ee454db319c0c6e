import * as assert from 'node:assert/strict';
import { parseFixture, serviceFor, nameOf } from '../../../support/fixture';

/** The timeline panel's data (core/features/timeline.ts); the articles are written for this test. */
async function check(fixture: string, key: string): Promise<(string | number | undefined | readonly string[])[][]> {
  const service = await serviceFor(parseFixture(fixture));
  const timeline = service.timeline(key);
  assert.ok(timeline, `no timeline for ${key}`);
  return timeline.articles.map((a) => [nameOf(a.uri), a.date, a.heldIn, a.titles, a.conflicts]);
}

describe('core/features/timeline', () => {
  it('places the posts a history tells under a year in that year, and does not hold them against the knowledge base on the article’s date', async () => {
    const articles = await check(
      `
//- history.txt
Thứ Hai, 09-01-2012, 08:00
Năm 2005, Hội nghị Trung ương họp. Ông Tô Huy Rứa - Trưởng Ban Tuyên giáo Trung ương phát biểu.
//- today.txt
Thứ Hai, 09-01-2012, 08:00
Ông Tô Huy Rứa, Trưởng Ban Tuyên giáo Trung ương, dự họp.
`,
      'person:tô huy rứa',
    );
    assert.deepEqual(articles, [
      ['history.txt', '2012-01-09', 2005, ['Trưởng Ban Tuyên giáo Trung ương'], []],
      ['today.txt', '2012-01-09', undefined, ['Trưởng Ban Tuyên giáo Trung ương'], ['Trưởng Ban Tuyên giáo Trung ương']],
    ]);
  });
});
