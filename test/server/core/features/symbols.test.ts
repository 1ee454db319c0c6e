import * as assert from 'node:assert/strict';
import { parseFixture, serviceFor, nameOf } from '../../../support/fixture';

/** Lists symbols as "kind name" (document symbols of the cursor's file, or a workspace query). */
async function check(fixture: string, query: string | undefined, expected: string[]): Promise<void> {
  const parsed = parseFixture(fixture);
  const service = await serviceFor(parsed);
  const items =
    query === undefined
      ? service.documentSymbols(parsed.cursor?.uri ?? [...parsed.files.keys()][0])
      : service.workspaceSymbols(query).map((s) => ({ ...s, name: `${s.name} @${nameOf(s.uri)}` }));
  assert.deepEqual(
    items.map((s) => `${s.kind} ${s.name}`),
    expected,
  );
}

const ARTICLES = `
//- a.txt
Thứ Năm, 23-06-2022, 18:22
Đồng chí Trương Thị Mai, Trưởng Ban Tổ chức Trung ương, quán triệt Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị. Đồng chí Trương Thị Mai nhấn mạnh.
//- b.txt
Thứ Hai, 06/03/2017, 08:46
Đồng chí Đinh Thế Huynh - Ủy viên Bộ Chính trị, Thường trực Ban Bí thư dự hội nghị.
`;

describe('core/features/symbols', () => {
  it('outlines an article: its dateline, people and documents once each, in text order', async () => {
    await check(ARTICLES, undefined, [
      'date 2022-06-23',
      'person Trương Thị Mai',
      'document Chỉ thị số 35-CT/TW',
      'date 2019-05-30',
    ]);
  });

  it('finds people anywhere in the folder by their letters, ignoring diacritics', async () => {
    await check(ARTICLES, 'dinh the', ['person Đinh Thế Huynh @b.txt']);
    await check(ARTICLES, 'tthimai', ['person Trương Thị Mai @a.txt']);
  });
});
