import eventWords from '../../../../data/event-dates.json';
import { lowerBound } from '../lowerBound';

/**
 * The year a narrative sets for what follows it. A history tells its events
 * year by year, each opening a sentence: "Năm 1956, Hội nghị … quyết định …
 * Hai Ủy viên … là ông A - Trưởng Ban Tổ chức Trung ương …". The posts the
 * sentences after such an opening give are held in that year, not at the
 * article's date, until another year opens a sentence, a sentence opens at
 * the article's own time again ("Hiện nay, …"), or the paragraph ends.
 *
 * A title in a commemoration ("kỷ niệm 110 năm ngày sinh Tổng Bí thư A",
 * "cố Chủ tịch A") is the one a person is remembered by, so a sentence that
 * speaks of one dates no post.
 */

interface Opening {
  /** Where the sentence opening with the year starts. */
  readonly start: number;
  readonly year: number;
}

/** A year of the last two centuries, as four digits: these do not change under normalisation, so the raw text is searched. */
const YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/g;
/** How far before a year its sentence's opening words may start ("Ngày 25 tháng 8 năm 1956"). */
const OPENING_CHARS = 40;
const words = (list: readonly string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
/**
 * A sentence (or the text) begins, then perhaps a preposition of time, then the year's own words:
 * "Năm ", "Tháng 7/", "tháng 7 năm ", "Ngày 2/9/", "Ngày 25 tháng 8 năm ".
 */
const OPENS_WITH_YEAR = new RegExp(
  `(?:^|[.!?…]\\s+|\\n\\s*)(?:(?:${words(eventWords.yearOpeners)})\\s+)?(?:ngày\\s*\\d{1,2}\\s*(?:[-/.]|tháng)\\s*)?(?:(?:tháng\\s*)?\\d{1,2}\\s*(?:[-/.]|năm)\\s*|năm\\s+|tháng\\s*\\d{1,2}\\s*(?:năm\\s*|[-/.]\\s*))$`,
  'iu',
);
/** A sentence that opens at the article's own time ("Hiện nay, …"): what the narrative said before is over. */
const OPENS_NOW = new RegExp(`(?:^|[.!?…]\\s+)(?:${words(eventWords.nowOpeners)})(?![\\p{L}\\d])`, 'iu');
/** Words of a commemoration or a death, or "cố" before a title or name ("cố Tổng Bí thư"). */
const REMEMBRANCE = new RegExp(`(?<![\\p{L}])(?:(?:${words(eventWords.remembrance)})(?![\\p{L}])|cố\\s+\\p{Lu})`, 'iu');
/** How far a narrative year reaches: past this many characters a mention is read as not dated by it, so each lookup costs a bounded slice. */
const REACH = 3000;
/** How far after a mention its sentence is read for words of remembrance. */
const AFTER_CHARS = 200;

/** Whether a sentence ends (a stop, or a line break) between `from` and `to`. */
function endsSentenceIn(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x0a) return true;
  }
  return false;
}

export class NarrativeYears {
  private readonly openings: readonly Opening[];

  /** `latest`: the article's publication year, if known; a later year opens a plan ("Năm 2030, …"), not a narrative. */
  constructor(
    private readonly text: string,
    latest?: number,
  ) {
    const openings: Opening[] = [];
    for (const m of text.matchAll(YEAR)) {
      const at = m.index ?? 0;
      const year = Number(m[0]);
      if (latest !== undefined && year > latest) continue;
      const from = Math.max(0, at - OPENING_CHARS);
      // Most years stand inside a sentence: those with no sentence end just before them are passed over unread.
      if (from > 0 && !endsSentenceIn(text, from, at)) continue;
      const before = (from === 0 ? '\n' : '') + text.slice(from, at).normalize('NFC');
      const opening = OPENS_WITH_YEAR.exec(before);
      if (!opening) continue;
      // The sentence starts after the boundary the pattern matched (a full stop and spaces, or a line break).
      const lead = /^(?:[.!?…]\s+|\n\s*)?/u.exec(opening[0])?.[0].length ?? 0;
      openings.push({ start: Math.max(0, at - (before.length - opening.index - lead)), year });
    }
    this.openings = openings;
  }

  /** The year the narrative sets for a mention from `start` to `end`, or undefined when none does. */
  at(start: number, end: number): number | undefined {
    const i = lowerBound(this.openings.length, (k) => this.openings[k].start < start) - 1;
    const opening = this.openings[i];
    if (!opening || start - opening.start > REACH) return undefined;
    // Both reads are bounded (REACH before the mention, AFTER_CHARS after it), so a long article without line breaks costs no more.
    const raw = this.text.slice(opening.start, Math.min(this.text.length, end + AFTER_CHARS));
    const lineBreak = raw.indexOf('\n');
    if (lineBreak >= 0 && lineBreak < start - opening.start) return undefined;
    const span = (lineBreak < 0 ? raw : raw.slice(0, lineBreak)).normalize('NFC');
    // The sentences between the opening one and the mention's, each from the stop before it.
    const firstStop = span.search(/[.!?…]\s/u);
    const between = firstStop < 0 ? '' : span.slice(firstStop, start - opening.start);
    if (OPENS_NOW.test(between) || REMEMBRANCE.test(span)) return undefined;
    return opening.year;
  }
}
