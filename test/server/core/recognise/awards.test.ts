import * as assert from 'node:assert/strict';
import type { Mention } from '../../../../server/src/core/model';
import { recogniseAwards } from '../../../../server/src/core/recognise/awards';
import { mentionsOf, showMention, spansOf } from './recognise';

/** `«text» key · name · edition · year`. */
function show(text: string, m: Mention): string {
  assert.ok(m.data.kind === 'award');
  const d = m.data;
  return showMention(text, m, [d.name, `edition ${d.edition}`, d.year === undefined ? undefined : `year ${d.year}`]);
}

function check(text: string, expected: readonly string[]): void {
  assert.deepEqual(
    mentionsOf(text, recogniseAwards).map((m) => show(text, m)),
    expected,
  );
}

describe('core/recognise/awards', () => {
  it('reads award editions with and without their year', () => {
    check('Lễ tổng kết, trao Giải Búa liềm vàng lần thứ V - năm 2020 và phát động Giải Búa liềm vàng lần thứ VI - năm 2021; giải Búa liềm vàng lần thứ 7.\n', [
      '«Búa liềm vàng lần thứ V - năm 2020» award:búa liềm vàng#5 · Búa liềm vàng · edition 5 · year 2020',
      '«Búa liềm vàng lần thứ VI - năm 2021» award:búa liềm vàng#6 · Búa liềm vàng · edition 6 · year 2021',
      '«Búa liềm vàng lần thứ 7» award:búa liềm vàng#7 · Búa liềm vàng · edition 7',
    ]);
  });

  it('names a described award by the name it carries', () => {
    check('Trao Giải báo chí toàn quốc về xây dựng Đảng (mang tên Búa liềm vàng) lần thứ VIII - năm 2023, qua đó tiếp tục phát huy vai trò.\n', [
      '«báo chí toàn quốc về xây dựng Đảng (mang tên Búa liềm vàng) lần thứ VIII - năm 2023» award:búa liềm vàng#8 · Búa liềm vàng · edition 8 · year 2023',
    ]);
  });

  it('does not read "giải quyết … lần thứ" as an award', () => {
    check('Giải quyết dứt điểm vụ việc lần thứ 2; giải đáp thắc mắc lần thứ ba.\n', []);
  });

  it('reports original offsets in NFD text and across non-breaking spaces', () => {
    const phrase = 'Búa liềm vàng lần thứ V - năm 2020';
    const nfd = `Trao Giải ${phrase}.`.normalize('NFD');
    const start = nfd.indexOf(phrase.normalize('NFD'));
    assert.deepEqual(spansOf(mentionsOf(nfd, recogniseAwards), 'award'), [`${start}-${start + phrase.normalize('NFD').length} award:búa liềm vàng#5`]);
    check('Trao Giải\u00a0Búa liềm\u00a0vàng lần thứ\u00a0VI\u00a0-\u00a0năm 2021.', [
      '«Búa liềm\u00a0vàng lần thứ\u00a0VI\u00a0-\u00a0năm 2021» award:búa liềm vàng#6 · Búa liềm vàng · edition 6 · year 2021',
    ]);
  });
});
