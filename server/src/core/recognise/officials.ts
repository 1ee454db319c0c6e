import { matchKey, type Source } from '../text/source';
import type { Lexicon } from '../lexicon';
import { longestPhrase, type MatchOptions, type PhraseMatch, type Slot, type SlotFiller } from '../text/phrases';
import { isSyllable, Words, wordsOf } from '../text/words';
import { fromRoman, toRoman } from '../calendar';

/**
 * The shared reading behind the people, title and organisation recognisers:
 * one pass over the article's words that finds titles and organisations from
 * the lexicon (longest match first, so a title swallows the organisation
 * inside it) and people, who are
 * - a name after an honorific ("đồng chí Trương Thị Mai", "Đ/c Hoàng Đăng Quang"),
 * - a name right after a title ("Trưởng Ban Tổ chức Trung ương Trương Thị Mai"),
 * each with an optional appositive list of titles after the name (", Ủy viên
 * Bộ Chính trị, Bí thư Trung ương Đảng" or " - Ủy viên Bộ Chính trị, …");
 * then a second pass finds the names introduced that way written bare.
 *
 * An organisation inside a title ("Ban Tổ chức Trung ương" in "Trưởng Ban Tổ
 * chức Trung ương") is not a mention of its own: the title names it, and a
 * hover anywhere on the title should describe the title.
 *
 * The three recognisers share the result (the last article read is
 * remembered), so the text is read once.
 */

export interface FoundTitle {
  /** Offsets in the normalised text. */
  readonly start: number;
  readonly end: number;
  /** The entity key, `title:<matchKey(canonical)>`. */
  readonly key: string;
  readonly canonical: string;
  readonly holder?: string;
}

export interface FoundOrganization {
  readonly start: number;
  readonly end: number;
  /** The entity key, `organization:<matchKey(canonical)>`. */
  readonly key: string;
  readonly canonical: string;
}

export interface FoundPerson {
  readonly start: number;
  readonly end: number;
  /** The entity key, `person:<matchKey(name)>`. */
  readonly key: string;
  /** The name as written in the normalised text, one space between its words. */
  readonly name: string;
  readonly honorific?: string;
  readonly titles: readonly string[];
}

export interface Officials {
  readonly people: readonly FoundPerson[];
  readonly titles: readonly FoundTitle[];
  readonly organizations: readonly FoundOrganization[];
}

/** A name has two to four syllables. */
const MIN_NAME = 2;
const MAX_NAME = 4;

/** Marks that join the parts of a document code or abbreviation. */
const CODE_JOINERS: ReadonlySet<string> = new Set(['/', '-', '+', '&']);

/** The officials of the article read last: its three recognisers run one after the other (see wordsOf). */
let last: { source: Source; lexicon: Lexicon; officials: Officials } | undefined;

export function findOfficials(source: Source, lexicon: Lexicon): Officials {
  if (last?.source !== source || last.lexicon !== lexicon) {
    last = { source, lexicon, officials: new Reader(wordsOf(source), lexicon).read() };
  }
  return last.officials;
}

class Reader {
  private readonly people: FoundPerson[] = [];
  private readonly titles: FoundTitle[] = [];
  private readonly organizations: FoundOrganization[] = [];
  /** Words already read as titles, organisations or names, where bare names are not looked for. */
  private readonly taken: Uint8Array;
  private readonly fill: SlotFiller;
  private readonly titleOptions: MatchOptions;
  private readonly organizationOptions: MatchOptions;

  constructor(
    private readonly words: Words,
    private readonly lexicon: Lexicon,
  ) {
    this.taken = new Uint8Array(words.length);
    this.fill = (slot, at) => this.fillSlot(slot, at);
    this.titleOptions = { fill: this.fill, strayComma: true };
    this.organizationOptions = { fill: this.fill };
  }

  read(): Officials {
    let i = 0;
    while (i < this.words.length) i = this.readAt(i);
    this.findBareNames();
    this.people.sort((a, b) => a.start - b.start);
    return { people: this.people, titles: this.titles, organizations: this.organizations };
  }

  /** Reads whatever starts at word i and returns the index to continue from. */
  private readAt(i: number): number {
    const honorific = longestPhrase(this.lexicon.tries.honorifics, this.words, i);
    if (honorific && this.startsWord(i)) {
      const weak = this.lexicon.weakHonorifics.has(honorific.canonical);
      const before = this.title(honorific.end);
      const nameAt = before ? before.end : honorific.end;
      const name = this.words.gap(nameAt) === 'space' ? this.name(nameAt, weak || before !== undefined) : undefined;
      if (name !== undefined) {
        return this.person(i, before && { at: honorific.end, match: before }, nameAt, name);
      }
    }
    const listed = this.listedName(i);
    if (listed !== undefined) return this.person(undefined, undefined, i, listed);
    const title = this.title(i);
    const organization = this.organization(i);
    if (title && (!organization || title.end >= organization.end)) {
      const name = this.words.gap(title.end) === 'space' ? this.name(title.end, true) : undefined;
      if (name !== undefined) return this.person(undefined, { at: i, match: title }, title.end, name);
      this.addTitle(i, title);
      return title.end;
    }
    if (organization) {
      this.mark(i, organization.end);
      this.organizations.push({
        start: this.words.start(i),
        end: this.words.end(organization.end - 1),
        key: `organization:${matchKey(organization.canonical)}`,
        canonical: organization.canonical,
      });
      return organization.end;
    }
    return i + 1;
  }

  /**
   * A person whose name has `length` words from word `nameAt`, with the
   * honorific at word `honorificAt` and the title written before the name,
   * if any; then reads the appositive list of titles after the name.
   */
  private person(honorificAt: number | undefined, before: { at: number; match: PhraseMatch } | undefined, nameAt: number, length: number): number {
    const { words } = this;
    const name = words.textOf(nameAt, nameAt + length);
    this.mark(nameAt, nameAt + length);
    const titles: FoundTitle[] = [];
    if (before) titles.push(this.addTitle(before.at, before.match, name));
    let k = nameAt + length;
    // The appositive: titles separated by commas, the first one possibly by a dash.
    while (k + 1 < words.length && (words.isMark(k, ',') || (words.key(k) === '-' && titles.length === (before ? 1 : 0)))) {
      if (!words.joins(k + 1)) break;
      const next = this.title(k + 1);
      if (!next) break;
      titles.push(this.addTitle(k + 1, next, name));
      k = next.end;
    }
    const honorificEnd = before ? before.at : nameAt;
    this.people.push({
      start: words.start(nameAt),
      end: words.end(nameAt + length - 1),
      key: `person:${matchKey(name)}`,
      name,
      honorific: honorificAt === undefined ? undefined : words.text.slice(words.start(honorificAt), words.end(honorificEnd - 1)),
      titles: titles.map((t) => t.canonical),
    });
    return k;
  }

  private addTitle(at: number, match: PhraseMatch, holder?: string): FoundTitle {
    this.mark(at, match.end);
    const title: FoundTitle = {
      start: this.words.start(at),
      end: this.words.end(match.end - 1),
      key: `title:${matchKey(match.canonical)}`,
      canonical: match.canonical,
      holder,
    };
    this.titles.push(title);
    return title;
  }

  private mark(from: number, to: number): void {
    this.taken.fill(1, from, to);
  }

  /** A title starting at word i: the first word capitalised, the rest matched in any case. */
  private title(i: number): PhraseMatch | undefined {
    if (!this.capitalStart(i)) return undefined;
    return longestPhrase(this.lexicon.tries.titles, this.words, i, this.titleOptions);
  }

  private organization(i: number): PhraseMatch | undefined {
    if (!this.capitalStart(i)) return undefined;
    return longestPhrase(this.lexicon.tries.organizations, this.words, i, this.organizationOptions);
  }

  /** Word i is capitalised and not the tail of a code such as "26-HD/BTCTW". */
  private capitalStart(i: number): boolean {
    const { words } = this;
    if (!words.upper(i)) return false;
    return !(words.gap(i) === 'none' && i > 0 && CODE_JOINERS.has(words.key(i - 1)));
  }

  /** Whether word i begins a word of the text (not the second half of a glued pair such as "chíĐồng"). */
  private startsWord(i: number): boolean {
    return i === 0 || this.words.gap(i) !== 'none' || this.words.kind(i - 1) !== 'word';
  }

  private fillSlot(slot: Slot, at: number): { end: number; value: string } | undefined {
    const { words } = this;
    if (at >= words.length) return undefined;
    switch (slot) {
      case 'numeral': {
        const written = words.text.slice(words.start(at), words.end(at));
        if (words.kind(at) === 'number') return { end: at + 1, value: toRoman(Number(written)) };
        const value = fromRoman(written);
        return value !== undefined && written === written.toUpperCase() ? { end: at + 1, value: toRoman(value) } : undefined;
      }
      case 'place': {
        const match = longestPhrase(this.lexicon.tries.places, words, at);
        return match && { end: match.end, value: match.canonical };
      }
      case 'organization': {
        const match = longestPhrase(this.lexicon.tries.organizations, words, at, this.organizationOptions);
        return match && { end: match.end, value: match.canonical };
      }
    }
  }

  /**
   * A name opening an item of a roll call, with its titles after a comma
   * ("Tham dự có các đồng chí: Lương Cường, Ủy viên Bộ Chính trị, Chủ tịch
   * nước; Phạm Minh Chính, …"): at the start of a line or after a colon or
   * semicolon, beginning with a family name and not a place name. Returns
   * the number of name words.
   */
  private listedName(i: number): number | undefined {
    const { words } = this;
    if (!(words.gap(i) === 'line' || words.isMark(i - 1, ':') || words.isMark(i - 1, ';')) || !words.upper(i)) return undefined;
    const n = this.name(i, true);
    if (n === undefined || !words.isMark(i + n, ',') || !words.joins(i + n + 1) || !this.title(i + n + 1)) return undefined;
    return longestPhrase(this.lexicon.tries.places, words, i)?.end === i + n ? undefined : n;
  }

  /**
   * The number of words of a name starting at word i: two to four
   * capitalised Vietnamese syllables separated by spaces (the caller checks
   * what comes before the first), not running into a
   * title or organisation, and followed by something that is not one more
   * capitalised word. With `needsSurname`, the first word must be a known
   * family name.
   */
  private name(i: number, needsSurname: boolean): number | undefined {
    const { words } = this;
    if (i >= words.length) return undefined;
    if (needsSurname && !this.lexicon.surnames.has(words.key(i))) return undefined;
    let n = 0;
    while (i + n < words.length && n <= MAX_NAME) {
      const k = i + n;
      if (n > 0 && words.gap(k) !== 'space') break;
      if (!words.capitalised(k) || !isSyllable(words.key(k))) break;
      if (n > 0 && (this.title(k) || this.organization(k))) break;
      n++;
    }
    return n >= MIN_NAME && n <= MAX_NAME ? n : undefined;
  }

  /** Second pass: names introduced in this article, written without honorific or title. */
  private findBareNames(): void {
    const { words } = this;
    const known = new Map<string, string[][]>();
    for (const person of this.people) {
      const keys = person.name.toLowerCase().split(' ');
      const list = known.get(keys[0]) ?? [];
      if (!list.some((k) => k.join(' ') === keys.join(' '))) list.push(keys);
      known.set(keys[0], list);
    }
    if (known.size === 0) return;
    for (let i = 0; i < words.length; i++) {
      if (this.taken[i] || !words.upper(i)) continue;
      const candidates = known.get(words.key(i));
      if (!candidates || !words.capitalised(i)) continue;
      // Not the tail of a longer name ("Thanh Bình" in "Đỗ Thanh Bình"); a capitalised word opening the sentence is fine.
      if (words.gap(i) === 'space' && words.capitalised(i - 1) && !this.taken[i - 1] && this.lexicon.surnames.has(words.key(i - 1))) continue;
      for (const keys of candidates) {
        const end = i + keys.length;
        if (end > words.length || !keys.every((k, j) => words.key(i + j) === k && (j === 0 || words.gap(i + j) === 'space'))) continue;
        if (words.gap(end) === 'space' && words.capitalised(end) && !this.title(end) && !this.organization(end)) continue;
        const name = words.textOf(i, end);
        this.people.push({ start: words.start(i), end: words.end(end - 1), key: `person:${matchKey(name)}`, name, titles: [] });
        i = end - 1;
        break;
      }
    }
  }
}
