import type { AwardData, Mention } from '../model';
import { fromRoman } from '../calendar';
import { awardKey } from '../entityKeys';
import { mentionAt, type RecogniseContext } from './context';
import { triggeredMatches } from './scan';

/**
 * Award editions: "Giải Búa liềm vàng lần thứ V - năm 2020", and the long
 * form "Giải báo chí toàn quốc về xây dựng Đảng (mang tên Búa liềm vàng) lần
 * thứ VIII - năm 2023", whose award is the name it carries. The mention spans
 * the award's name, edition and year, without the word "Giải".
 */

const AWARD = new RegExp(
  '(?<![\\p{L}\\d])[Gg]iải (?:thưởng )?' +
    // Either a described award carrying a name in brackets, or a capitalised name; letters and spaces only,
    // so a name never runs across punctuation into the next clause.
    '(?<written>(?<described>\\p{Ll}[\\p{L} ]{0,80}?) \\(mang tên (?<carried>\\p{Lu}[\\p{L} ]{0,60}?)\\)|(?<name>\\p{Lu}[\\p{L} ]{0,60}?))' +
    ' lần thứ (?<edition>[IVXLC]+|\\d{1,3})(?![\\p{L}\\d])' +
    '(?:\\s?[-–,]?\\s?\\(?năm (?<year>\\d{4})\\)?)?',
  'duy',
);

/** Where an award can begin; the full pattern is tried only there. */
const AWARD_TRIGGER = /[Gg]iải /g;

export function recogniseAwards(ctx: RecogniseContext): Mention[] {
  const { source } = ctx;
  const mentions: Mention[] = [];
  for (const m of triggeredMatches(source.norm, AWARD_TRIGGER, AWARD)) {
    const g = m.groups ?? {};
    const edition = /^\d+$/.test(g.edition as string) ? Number(g.edition) : fromRoman(g.edition as string);
    if (edition === undefined || edition < 1) continue;
    const name = (g.carried ?? g.name) as string;
    const data: AwardData = { kind: 'award', name, edition, ...(g.year !== undefined ? { year: Number(g.year) } : {}) };
    const start = (m.indices?.groups?.written as [number, number])[0];
    mentions.push(mentionAt(source, 'award', start, m.index + m[0].length, awardKey(name, edition), data));
  }
  return mentions;
}
