import type { CalendarDate, Mention } from '../model';
import type { Source } from '../text/source';
import { partyTermAt } from '../terms';
import { lowerBound } from '../lowerBound';

/**
 * The year a document was issued when the text gives it only as time elapsed
 * before a dated moment of the same sentence: "tháng 11-2002, chưa đầy 10
 * tháng kể từ khi Bộ Chính trị ban hành Nghị quyết số 11-NQ/TW" was issued
 * between January and November 2002, so in 2002. The year is given only when
 * the whole possible span lies in one year, and the term only when that span
 * lies in one term: an estimate is never made finer than the text allows.
 */
export interface IssueYear {
  readonly year: number;
  readonly term?: number;
}

/**
 * The words between the dated moment and the citation: an optional bound
 * ("chưa đầy" less than, "tròn" exactly), a count of months or years, "kể từ
 * khi" or "từ ngày", then the issuer and the verb of issuing, ending right
 * before the citation. A "hơn"/"trên" (more than) span has no lower end, so it
 * dates nothing and is not matched.
 */
const ELAPSED =
  /^,?\s+(?:(?<less>chưa đầy|chưa tới|chưa đến|không đầy|gần)\s+|(?:tròn|đúng|vừa tròn|vừa đúng)\s+)?(?<count>\d{1,2})\s+(?<unit>tháng|năm)\s+(?:kể\s+)?từ\s+(?:khi|ngày|lúc)\s+(?:[^\n.,;:]{0,60}?\s)?(?:được\s+)?(?:ký\s+)?ban hành\s+$/iu;

/** How far back from the citation the dated moment may be: one clause, never the sentence before. */
const MAX_GAP = 160;

/**
 * The issue year of the citation starting at `start` (an offset in the
 * original text), from the last date of `dates` (sorted by start) that ends
 * before it in the same clause, if the words between them tell the time elapsed.
 */
export function issueYearBefore(source: Source, start: number, dates: readonly Mention[]): IssueYear | undefined {
  const anchor = lastDateBefore(dates, start);
  if (!anchor || anchor.data.kind !== 'date' || start - anchor.end > MAX_GAP) return undefined;
  const gap = ELAPSED.exec(source.original.slice(anchor.end, start).normalize('NFC'));
  if (!gap?.groups) return undefined;
  const months = Number(gap.groups.count) * (gap.groups.unit.toLocaleLowerCase('vi') === 'năm' ? 12 : 1);
  const { from, to } = anchor.data;
  // "Chưa đầy N tháng" reaches back less than N months from the moment; a plain count reaches back exactly N.
  const earliest = monthIndex(from) - months;
  const latest = gap.groups.less !== undefined ? monthIndex(to) : monthIndex(to) - months;
  const first = fromMonthIndex(earliest);
  const last = fromMonthIndex(latest);
  if (first.year !== last.year) return undefined;
  const termFrom = partyTermAt({ ...first, day: 1 });
  const termTo = partyTermAt({ ...last, day: 28 });
  return termFrom !== undefined && termFrom === termTo ? { year: first.year, term: termFrom } : { year: first.year };
}

/** The last date mention that ends at or before `offset` (binary search: `dates` is sorted by start and dates do not nest). */
function lastDateBefore(dates: readonly Mention[], offset: number): Mention | undefined {
  const after = lowerBound(dates.length, (i) => dates[i].end <= offset);
  return after > 0 ? dates[after - 1] : undefined;
}

function monthIndex(date: CalendarDate): number {
  return date.year * 12 + date.month - 1;
}

function fromMonthIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
