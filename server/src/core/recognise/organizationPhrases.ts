import type { Lexicon } from '../lexicon';
import { longestPhrase, type MatchOptions, type PhraseMatch, type Slot } from '../text/phrases';
import { isSyllable, type Words } from '../text/words';
import { fromRoman, toRoman } from '../calendar';
import { COMPOUNDS } from '../text/compounds';
import { CLAUSE_MARKS, DASHES, MAX_NAME, MAX_NESTED_ORGANIZATIONS, MIN_NAME, MIN_NAME_AFTER_BODY, TERM_WORDS, verbPhrase } from './grammar';

/**
 * The organisation and place phrases of the official-reading grammar: what
 * fills a post's slots ("{province}", "{organization}", "{numeral}"), an
 * organisation the lexicon does not list read from its head word and the
 * words after it, the body above a unit ("Cục … (Bộ Tài chính)", "Sư đoàn 5 -
 * Quân khu 7"), and a place with its level ("huyện Điện Biên Đông").
 *
 * Where a phrase ends depends on the people and posts around it (a name after
 * "tỉnh" is the holder's, a post and a name open the next clause), so the
 * reading of officials (officials.ts) is handed in as `PostReading`; this
 * class holds no state of that reading but how deep organisations nest.
 */

/** What the organisation grammar asks of the reading of people and posts around it. */
export interface PostReading {
  /** The post being read has its holder already, the name before it: a person's name after it is a place or a body's. */
  readonly holderKnown: boolean;
  /** The listed province at word k, as canonically written. */
  provinceAt(k: number): { end: number; canonical: string } | undefined;
  /** The word after a term qualifier at word k ("khóa XV", "nhiệm kỳ 2021 - 2026"), or k when none stands there. */
  qualifier(k: number): number;
  /** A person's name (a family name, then capitalised syllables) starts at word k and is not a known place. */
  personAt(k: number): boolean;
  /** A place's level ends at word `end` ("tỉnh", "thành phố"), which a name may follow. */
  levelEndsAt(end: number): boolean;
  /** Word k is a term word ("khóa"). */
  termWordAt(k: number): boolean;
  /** The number of words of a name at word i, or undefined. */
  name(i: number, needsSurname: boolean, capitals: boolean): number | undefined;
  /** A post (a title) at word i. */
  title(i: number, anyCase: boolean): { readonly end: number } | undefined;
  /** An honorific at word k ("ông", "đồng chí"). */
  honorificAt(k: number): PhraseMatch | undefined;
  /** A highland people's family name at word k ("Y", "Ka", "Điểu"). */
  highlandFamilyNameAt(k: number): boolean;
  /** A degree and a name at word k ("TS Nguyễn Văn A"). */
  degreedNameAt(k: number): boolean;
  /** The chain of posts at word k. */
  chain(k: number, anyCase: boolean): { readonly end: number; readonly titles: readonly { readonly bare?: boolean; readonly modifiers: readonly unknown[] }[] } | undefined;
  /** A name follows word k, after an honorific or not. */
  nameFollows(k: number): boolean;
}

/** A place name the lexicon does not list has at most three words. */
const MAX_PLACE = 3;
/** The words of a name that begins with two family names ("Lương Nguyễn Minh Triết"). */
const DOUBLE_SURNAME_NAME = 4;
/** A merged department's name lists at most this many fields between commas ("Văn hóa, Thông tin, Thể thao và Du lịch"), each of at most this many words. */
const MAX_LISTED_FIELDS = 4;
const MAX_FIELD_WORDS = 3;
/** An organisation the lexicon does not list has at most this many words after its head. */
const MAX_ORGANIZATION_TAIL = 10;
/** The most lower-case syllables such an organisation's name may end with ("quản lý công sản"). */
const MAX_LOWER_CASE_TAIL = 4;
/** The last word of a post's head that may take an organisation head in lower case after it ("Trưởng ban Tổ chức", "Phó phòng Tài chính"). */
const POST_WORDS_BEFORE_HEAD = new Set(['trưởng', 'phó']);
/** The heads of departments and newspapers, often written in lower case before their capitalised name ("sở Y tế", "phòng Tài chính", "báo Sài Gòn Giải phóng"). */
const DEPARTMENT_HEADS: ReadonlySet<string> = new Set(['sở', 'phòng', 'cục', 'vụ', 'báo']);
/** A brand after a board: Latin letters and digits, a capital first and a small letter somewhere ("TPBank", "Doji"). */
const BOARD_BRAND = /^[A-Z](?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{2,}$/u;
/** The boards and heads of companies a brand may follow ("HĐQT Vietcombank", "Tập đoàn Doji", "Tổng giám đốc Vietjet", "CEO Vingroup"). */
const BOARDS: ReadonlySet<string> = new Set(['hđqt', 'hđtv', 'quản trị', 'thành viên', 'tập đoàn', 'ngân hàng', 'công ty', 'giám đốc', 'điều hành', 'thường trực', 'ceo']);
/** The directions a district's name may add to its province's ("Điện Biên Đông"), as written. */
const DIRECTIONS: ReadonlySet<string> = new Set(['Đông', 'Tây', 'Nam', 'Bắc']);
/** The longest acronym read as an organisation's name ("EVNNPC", "VNPT"). */
const MAX_ACRONYM = 8;
/** Capital letters and digits, a letter first: an acronym without Vietnamese marks. */
const ACRONYM = /^[A-Z][A-Z0-9]+$/u;
/** A capitalised word of Latin letters without marks, long enough to be no abbreviation: a brand ("Petrolimex"). */
const BRAND = /^[A-Z][a-z]{3,}$/u;
/** The last words of the heads of bodies often named after a person: schools ("Trường THPT Chuyên …"), universities, academies, hospitals, theatres, museums. */
const NAMED_AFTER_PEOPLE: ReadonlySet<string> = new Set(['trường', 'học', 'viện', 'thpt', 'thcs', 'chuyên', 'hát', 'tàng']);
/** Heads of a ministry's units, which always write the unit's name after them ("Vụ Châu Mỹ", "Cục Lãnh sự"). */
const UNIT_HEADS_NAMED: ReadonlySet<string> = new Set(['vụ', 'cục']);
/** The words that open the date from which a post is held after it ("… Việt Nam kể từ ngày 1/10", "từ ngày 1/10"). */
const SINCE: ReadonlySet<string> = new Set(['kể từ', 'từ ngày', 'từ tháng', 'từ năm']);
/** The words that open the decision by which a post is given after it ("tại Quyết định 1428/QĐ-TTg", "theo Quyết định …"). */
const DECISION_PLACES: ReadonlySet<string> = new Set(['tại', 'theo']);
/** Words no organisation's name holds, which join clauses: "và" (and), "để" (in order to: "thôi giữ chức … để nhận nhiệm vụ mới"). */
const NOT_IN_NAMES: ReadonlySet<string> = new Set(['và', 'để']);

/** Reads organisation and place phrases for one article's reading of officials; see the file's comment. */
export class OrganizationPhrases {
  /** How to match an organisation phrase: its slots filled here. */
  readonly options: MatchOptions;
  /** How many organisation slots are being filled, one inside another (see MAX_NESTED_ORGANIZATIONS). */
  private nested = 0;

  constructor(
    private readonly words: Words,
    private readonly lexicon: Lexicon,
    private readonly post: PostReading,
  ) {
    this.options = { fill: (slot, at) => this.fillSlot(slot, at), abbreviations: true };
  }

  /** Whether an organisation may still be read inside the one being read (see MAX_NESTED_ORGANIZATIONS). */
  get mayNest(): boolean {
    return this.nested < MAX_NESTED_ORGANIZATIONS;
  }

  fillSlot(slot: Slot, at: number): { end: number; value: string } | undefined {
    const { words } = this;
    if (at >= words.length) return undefined;
    switch (slot) {
      case 'numeral': {
        const written = words.text.slice(words.start(at), words.end(at));
        if (words.kind(at) === 'number') return { end: at + 1, value: toRoman(Number(written)) };
        const value = fromRoman(written);
        return value !== undefined && written === written.toUpperCase() ? { end: at + 1, value: toRoman(value) } : undefined;
      }
      case 'number':
        return words.kind(at) === 'number' ? { end: at + 1, value: words.textOf(at, at + 1) } : undefined;
      case 'place': {
        // A province the lexicon lists is named by its canonical form, a district named after it as written.
        const known = this.knownPlace(at);
        if (known) return { end: known.end, value: known.district ? words.textOf(at, known.end) : known.canonical };
        const end = this.place(at);
        return end === undefined ? undefined : { end, value: words.textOf(at, end) };
      }
      case 'province': {
        const province = this.post.provinceAt(at);
        return province && { end: province.end, value: province.canonical };
      }
      case 'ministry': {
        const ministry = longestPhrase(this.lexicon.tries.ministries, words, at);
        return ministry && { end: ministry.end, value: ministry.canonical };
      }
      case 'organization': {
        const found = this.organizationName(at);
        if (!found) return undefined;
        const levelled = this.withLevel(found);
        const placed = levelled.end > found.end ? levelled : this.termThenPlace(found);
        const parent = this.parentBody(placed.end, placed.end === found.end ? this.unitHead(at) : undefined);
        return parent ? { end: parent.end, value: placed.value + parent.value } : placed;
      }
    }
  }

  /** An organisation the lexicon lists at word k, its slots filled; none once organisations nest too deep. */
  private listedOrganization(k: number): ReturnType<typeof longestPhrase> {
    if (this.nested >= MAX_NESTED_ORGANIZATIONS) return undefined;
    this.nested++;
    const listed = longestPhrase(this.lexicon.tries.organizations, this.words, k, this.options);
    this.nested--;
    return listed;
  }

  /** An organisation's name with the level and place that may follow it ("UBND tỉnh Hà Giang"). */
  private withLevel(found: { end: number; value: string }): { end: number; value: string } {
    const end = this.level(found.end);
    return end > found.end ? { end, value: `${found.value} ${this.words.textOf(found.end, end)}` } : found;
  }

  /**
   * "Đoàn Đại biểu Quốc hội khóa XV tỉnh Đồng Nai": the term may stand between a body and its place, and is not part of
   * the name; "của" may join the place ("Đoàn đại biểu Quốc hội khóa XIII của tỉnh Bình Thuận").
   */
  private termThenPlace(found: { end: number; value: string }): { end: number; value: string } {
    const { words } = this;
    const term = this.post.qualifier(found.end);
    const of = words.key(term) === 'của' && words.gap(term) === 'space' && words.gap(term + 1) === 'space' ? this.level(term + 1) : undefined;
    // "của" and a level alone ("UBND của tỉnh") name no place: the level is this province's, said of the body.
    const ofPlace = of !== undefined && of > term + 1 && !this.post.levelEndsAt(of) ? of : undefined;
    const placed = ofPlace ?? (term > found.end ? this.level(term) : term);
    return placed > term ? { end: placed, value: `${found.value} ${words.textOf(term, placed)}` } : found;
  }

  /** The head of a unit inside a larger body ("phòng", "Vụ") opening word k, as the lexicon writes it, if any. */
  private unitHead(k: number): string | undefined {
    return longestPhrase(this.lexicon.tries.unitHeads, this.words, k)?.canonical;
  }

  /**
   * The body an organisation belongs to, written right after its name (at word k): in brackets ("Cục Quản lý công sản
   * (Bộ Tài chính)"), after a spaced dash (`bodyAfterDash`), or, after a unit inside a larger body (`unit`, its head: a phòng, a vụ…) written without a level,
   * after a comma and followed by the end of the clause or by a predicate ("Trưởng phòng Tổ chức cán bộ, Sở Nội vụ,
   * được bổ nhiệm …"). Elsewhere an organisation after a comma is the next of a list ("Giám đốc Sở Y tế, Sở Tài chính
   * cho biết"), and so is one with the same head ("Trưởng Ban Dân vận, Ban Tuyên giáo Tỉnh ủy"). Returns the word after
   * it and what it adds to the organisation's name.
   */
  private parentBody(k: number, unit: string | undefined): { end: number; value: string } | undefined {
    const { words } = this;
    const dashed = this.bodyAfterDash(k);
    if (dashed) return { end: dashed.end, value: ` - ${dashed.value}` };
    const bracket = words.isMark(k, '(');
    // "Tổng cục Đường bộ Việt Nam thuộc Bộ GTVT": "thuộc" names the body above, as brackets do.
    const under = words.key(k) === 'thuộc' && words.gap(k) === 'space' && words.gap(k + 1) === 'space';
    if (under) {
      const body = words.upper(k + 1) && this.nested < MAX_NESTED_ORGANIZATIONS ? this.nestedOrganization(k + 1) : undefined;
      return body && { end: body.end, value: ` thuộc ${body.value}` };
    }
    const comma = words.isMark(k, ',') && words.gap(k + 1) !== 'line';
    // "Phó Tư lệnh Quân khu 7, Bộ Quốc phòng": a ministry after a comma is the body any organisation belongs to.
    const ministry = comma && unit === undefined && this.ministryAt(k + 1);
    if (!bracket && !(unit !== undefined && comma) && !ministry) return undefined;
    if (this.nested >= MAX_NESTED_ORGANIZATIONS || !words.upper(k + 1)) return undefined;
    const body = this.nestedOrganization(k + 1);
    if (!body) return undefined;
    // One word in brackets is the name's abbreviation ("Ban Tổ chức Trung ương (BTCTW)"), not the body above it.
    if (bracket) return words.isMark(body.end, ')') && body.end - k > 2 ? { end: body.end + 1, value: ` (${body.value})` } : undefined;
    if (unit !== undefined && this.unitHead(k + 1) === unit) return undefined;
    // An appointment's decision or date may follow the ministry ("…, Bộ Quốc phòng tại Quyết định 1428/QĐ-TTg").
    const decisionAfter = ministry && (this.sinceAt(body.end) || (DECISION_PLACES.has(words.key(body.end)) && words.upper(body.end + 1)));
    return this.endsClause(body.end) || decisionAfter ? { end: body.end, value: `, ${body.value}` } : undefined;
  }

  /** Whether a ministry ("Bộ Quốc phòng", "Bộ GTVT") is written at word k. */
  private ministryAt(k: number): boolean {
    return this.words.key(k) === 'bộ' && this.words.gap(k + 1) === 'space' && longestPhrase(this.lexicon.tries.ministries, this.words, k + 1) !== undefined;
  }

  /** An organisation inside another's name at word k, with the level and place after it. */
  private nestedOrganization(k: number): { end: number; value: string } | undefined {
    this.nested++;
    const name = this.organizationName(k);
    this.nested--;
    return name && this.withLevel(name);
  }

  /**
   * An organisation's name at word k, listed or not: the lexicon's name for it, or as written. An organisation the
   * lexicon lists stands, unless capitalised words after it show it is only the start of a longer name ("Ủy ban" of
   * "Ủy ban Pháp luật"), or "này" points back to a body named before ("Ủy ban này").
   */
  private organizationName(k: number): { end: number; value: string } | undefined {
    const { words } = this;
    if (this.nested >= MAX_NESTED_ORGANIZATIONS) return undefined;
    const listed = this.listedOrganization(k);
    const unlisted = this.unlistedOrganization(k);
    const longer = listed !== undefined && unlisted !== undefined && unlisted > listed.end && (words.upper(listed.end) || words.key(listed.end) === 'này');
    if (unlisted !== undefined && (!listed || longer)) return { end: unlisted, value: words.textOf(k, unlisted) };
    if (listed) return { end: listed.end, value: listed.canonical };
    if (this.brandOfBoard(k)) {
      // "Phó Tổng Giám đốc Petro Việt Nam": a brand may end with the country's name, as national bodies' names do.
      const end = this.closingWord(k + 1) ? (longestPhrase(this.lexicon.tries.organizationWords, words, k + 1)?.end ?? k + 1) : k + 1;
      return { end, value: words.textOf(k, end) };
    }
    return this.acronym(k) || this.brandBeforeName(k) ? { end: k + 1, value: words.textOf(k, k + 1) } : undefined;
  }

  /**
   * Whether word k is a company's brand right after a board or a company's head, whose company it names: "Chủ tịch
   * HĐQT Vietcombank", "Chủ tịch Hội đồng quản trị TPBank".
   */
  private brandOfBoard(k: number): boolean {
    const { words } = this;
    if (!BOARD_BRAND.test(words.textOf(k, k + 1)) || isSyllable(words.key(k)) || words.gap(k) !== 'space') return false;
    const before = words.key(k - 1);
    return BOARDS.has(before) || BOARDS.has(`${words.key(k - 2)} ${before}`);
  }

  /**
   * Whether word k is a company's brand written as one word without Vietnamese marks, no syllable of the language
   * ("Phó Tổng Giám đốc Petrolimex Trần Ngọc Năm", "Giám đốc Vietcombank …"), right before a person's name: there it
   * can only be what the post heads. Elsewhere such a word may be a foreign leader's name ("Thủ tướng Modi").
   */
  private brandBeforeName(k: number): boolean {
    const { words } = this;
    if (!words.capitalised(k) || !BRAND.test(words.textOf(k, k + 1)) || isSyllable(words.key(k))) return false;
    return words.gap(k + 1) === 'space' && this.post.personAt(k + 1);
  }

  /**
   * Whether word k is an organisation's acronym the lexicon does not list ("Tổng Giám đốc EVN", "Chủ tịch HĐQT
   * BIDV"): capitals and digits without Vietnamese marks, no syllable of the language ("AN", "HOA" may be names
   * written in capitals), no Roman numeral, no degree ("TS", "PGS") and no place's level ("TP").
   */
  private acronym(k: number): boolean {
    const { words } = this;
    if (!words.allCaps(k) || words.end(k) - words.start(k) > MAX_ACRONYM || isSyllable(words.key(k))) return false;
    const written = words.textOf(k, k + 1);
    // A Roman numeral is a term's number ("Bí thư XXI", "Trung ương XIV"), not a body.
    if (!ACRONYM.test(written) || fromRoman(written) !== undefined) return false;
    // Nor is a place's level written short ("Đoàn ĐBQH TP. Huế"), which the place follows.
    const { degrees, honorifics, placeLevels } = this.lexicon.tries;
    return longestPhrase(degrees, words, k) === undefined && longestPhrase(honorifics, words, k) === undefined && longestPhrase(placeLevels, words, k) === undefined;
  }

  /** Whether the clause ends at word k: the text or line ends, a clause mark, a closing bracket or a dash follows, or a predicate that appoints or removes. */
  endsClause(k: number): boolean {
    const { words } = this;
    if (k >= words.length || words.gap(k) === 'line' || CLAUSE_MARKS.has(words.key(k)) || words.isMark(k, ')')) return true;
    if (DASHES.has(words.key(k)) && words.gap(k) === 'space') return true;
    return this.postChangingPredicate(k);
  }

  /**
   * Whether a predicate that appoints or removes starts at word k ("giữ chức", "thôi giữ chức"). One of a post held
   * ("là") may follow a clause of the sentence's own ("… trực tiếp chỉ đạo là ông A"), so it does not count.
   */
  postChangingPredicate(k: number): boolean {
    const predicate = this.words.gap(k) === 'space' ? verbPhrase(this.lexicon.tries.predicates, this.words, k) : undefined;
    return predicate !== undefined && predicate.canonical !== '';
  }

  /**
   * The word after a level and its place that end an organisation ("UBND
   * tỉnh Hà Giang", "Đảng ủy xã Thạch Bằng"), or after the level alone when
   * no place follows ("Chủ tịch UBND tỉnh", meaning this province's); `k`
   * when no level in lower case follows.
   */
  level(k: number): number {
    const { words } = this;
    // A level written short is in capitals ("Ủy ban MTTQ Việt Nam TP. Bến Tre"); one written out with a capital opens
    // something else.
    if (words.gap(k) !== 'space' || (words.upper(k) && !words.allCaps(k))) return k;
    const level = longestPhrase(this.lexicon.tries.placeLevels, words, k);
    if (!level) return k;
    const place = words.gap(level.end) === 'space' ? this.place(level.end) : undefined;
    return place ?? level.end;
  }

  /**
   * The end of a place name at word `at`: a number right after a level, a
   * province of the lexicon, or a run of capitalised words that stops where a person's name begins
   * ("huyện Cẩm Xuyên Nguyễn Văn A": place names mostly have two syllables).
   * Undefined when the run is itself a name and nothing else.
   */
  place(at: number): number | undefined {
    const { words } = this;
    // "quận 1", "Bí thư quận 1", "Quận ủy Quận 10": a city's districts and wards may be named by a number.
    if (words.kind(at) === 'number' && this.post.levelEndsAt(at)) return at + 1;
    // "Thành ủy TP Cần Thơ": a level written before the place name is part of it.
    const level = words.upper(at) ? longestPhrase(this.lexicon.tries.placeLevels, words, at) : undefined;
    if (level && words.gap(level.end) !== 'line' && level.end > at) {
      const after = this.place(level.end);
      if (after !== undefined) return after;
    }
    const known = this.knownPlace(at);
    if (known) return known.end;
    // "Chủ tịch HĐND huyện Khóa XX": a term written with a capital after a level is the post's term, not a place.
    if (TERM_WORDS.has(words.key(at)) || this.post.termWordAt(at)) return undefined;
    // "Phó Chủ tịch HĐND tỉnh Ayun H'Bút", "… tỉnh Siu Hương": no province's name begins with a family name of the Central
    // Highlands' peoples; there it is the holder's name. (Words that are no Vietnamese syllable do not tell: "Đắc Lắk".)
    if (words.key(at - 1) === 'tỉnh' && this.lexicon.highlandFamilyNames.has(words.key(at))) return undefined;
    // "Chủ tịch UBND tỉnh Nguyễn Bốn", "Bí thư Tỉnh ủy Cao Huy": the lexicon lists every province, so a name after "tỉnh"
    // that it does not list and that opens with a family name is the holder's, unless the post has its holder already.
    if (!this.post.holderKnown && this.afterProvinceLevel(at) && this.lexicon.surnames.has(words.key(at)) && this.post.name(at, true, true) !== undefined) return undefined;
    // "… chủ tịch HĐND TP. Ông Trần Văn Minh …", "… UBND TP. Bà cho biết": after an abbreviation's full stop, an honorific
    // followed by a name or a lower-case word opens the next sentence; a place may begin like one ("TP. Bà Rịa").
    const honorific = words.isMark(at - 1, '.') ? longestPhrase(this.lexicon.tries.honorifics, words, at) : undefined;
    if (honorific && (!words.upper(honorific.end) || this.post.name(honorific.end, true, true) !== undefined)) return undefined;
    let run = 0;
    while (run < MAX_PLACE + MAX_NAME && words.capitalised(at + run) && (run === 0 || words.gap(at + run) === 'space') && !this.endsPlace(at + run)) run++;
    // "UBND Thành phố", "Thành ủy Thị xã": a level written with a capital and no name after it stands for the place
    // itself, and its lower-case words are part of it, not where a place "Thành" ends.
    if (level && run > 0 && level.end > at + run) return level.end;
    // Two capitalised words are a place ("xã Thạch Bằng"): a name after a place has three or more.
    if (run <= 2) return run === 0 ? undefined : at + run;
    if (this.post.holderKnown && run <= MAX_PLACE) return at + run;
    // "Huyện ủy Châu Thành A": a place told from another of its name by a letter, which no one's name ends with.
    const lastAt = at + run - 1;
    if (run >= 2 && run <= MAX_PLACE && words.end(lastAt) - words.start(lastAt) === 1 && words.upper(lastAt)) return at + run;
    // "Trần Thị Kiều Yến": a middle name shows the whole run is a person's name.
    if (this.lexicon.middleNames.has(words.key(at + 1)) && this.nameEndingAt(at, at + run)) return undefined;
    // "Lương Nguyễn Minh Triết", "Nguyễn Trần Minh Trí": a name of four words may begin with two family names, the
    // father's and the mother's, as no place's name does.
    const { surnames } = this.lexicon;
    if (run === DOUBLE_SURNAME_NAME && surnames.has(words.key(at)) && surnames.has(words.key(at + 1)) && this.nameEndingAt(at, at + run)) return undefined;
    // For the same reason a name of two words is not cut from the end of a longer run: "Buôn Ma Thuột" and "Bắc Trà My"
    // are places, though "Ma" and "Trà" are family names.
    for (const p of [2, 1, 3]) if (run - p >= 3 && this.nameEndingAt(at + p, at + run)) return at + p;
    if (this.nameEndingAt(at, at + run)) return undefined;
    return at + Math.min(run, MAX_PLACE);
  }

  /**
   * A place the lexicon lists at word `at`, with its canonical form and the word after it, or a district named after it
   * and a direction ("huyện Điện Biên Đông"), which a province's name never has.
   */
  private knownPlace(at: number): { end: number; canonical: string; district: boolean } | undefined {
    const { words } = this;
    const known = longestPhrase(this.lexicon.tries.places, words, at);
    if (!known) return undefined;
    const district = words.key(at - 1) !== 'tỉnh' && words.gap(known.end) === 'space' && DIRECTIONS.has(words.text.slice(words.start(known.end), words.end(known.end)));
    return { end: district ? known.end + 1 : known.end, canonical: known.canonical, district };
  }

  /** Whether word k follows the level of a province: "tỉnh", or "Tỉnh ủy" (a province's Party committee). */
  private afterProvinceLevel(k: number): boolean {
    const { words } = this;
    if (words.gap(k) !== 'space') return false;
    const before = words.key(k - 1);
    return before === 'tỉnh' || ((before === 'ủy' || before === 'uỷ') && words.key(k - 2) === 'tỉnh' && words.gap(k - 1) === 'space');
  }

  /** Whether words `from` to `to` (exclusive) can be a person's name: a family name and one to three more capitalised syllables. */
  private nameEndingAt(from: number, to: number): boolean {
    const n = to - from;
    return n >= MIN_NAME && n <= MAX_NAME && this.lexicon.surnames.has(this.words.key(from)) && this.post.name(from, true, false) === n;
  }

  /** Whether a post or an organisation of the lexicon starts at word k. */
  startsPost(k: number): boolean {
    return longestPhrase(this.lexicon.tries.heads, this.words, k) !== undefined || longestPhrase(this.lexicon.tries.organizations, this.words, k) !== undefined;
  }

  /**
   * Whether a post or an organisation starts at word k, ending a place's name: a head that needs an organisation
   * ("Chánh") only with one after it, as a place may end with such a word ("huyện Bình Chánh giữ chức …").
   */
  private endsPlace(k: number): boolean {
    const head = longestPhrase(this.lexicon.tries.heads, this.words, k);
    return (head !== undefined && !head.canonical.startsWith('!')) || longestPhrase(this.lexicon.tries.organizations, this.words, k) !== undefined || (head !== undefined && this.post.title(k, false) !== undefined);
  }

  /**
   * An organisation the lexicon does not list, from its head word: "Sở Nội
   * vụ tỉnh Hà Tĩnh", "Hội Nông dân", "Tổng Liên đoàn Lao động Việt Nam".
   * After the head come capitalised words, each that opens a compound
   * possibly followed by one lower-case syllable ("Nội vụ", "Tài nguyên và
   * Môi trường"), and at most one level and place at the end. It stops at a
   * person's name. With `headless`, the head is left out, the post before
   * naming it ("Cục trưởng Cảnh sát giao thông"). Returns the word after it,
   * or undefined.
   */
  unlistedOrganization(at: number, headless = false): number | undefined {
    const { words } = this;
    if (headless) return words.capitalised(at) && !this.post.personAt(at) ? this.organizationTail(at, at) : undefined;
    // Right after "Trưởng" or "Phó", the organisation's head word is part of the post and is often written in lower case ("Trưởng ban Nội chính").
    // So is a department's, before its capitalised field ("nguyên giám đốc sở Y tế", "phó trưởng phòng Tài chính").
    const lowerDepartment = DEPARTMENT_HEADS.has(words.key(at)) && words.gap(at + 1) === 'space' && words.capitalised(at + 1);
    if (!words.upper(at) && !lowerDepartment && !(at > 0 && words.gap(at) === 'space' && POST_WORDS_BEFORE_HEAD.has(words.key(at - 1)))) return undefined;
    const head = longestPhrase(this.lexicon.tries.organizationHeads, words, at);
    // A family name that opens a name here is the person ("Đoàn Văn Minh"), not an organisation.
    if (!head || this.post.personAt(at)) return undefined;
    return this.organizationTail(at, head.end);
  }

  /** The end of the words an organisation's name goes on with after its head, which opens it at word `at` and ends before word `from`. */
  private organizationTail(at: number, from: number): number | undefined {
    const { words } = this;
    let k = from;
    let tail = 0;
    let opensCompound = true;
    // A ministry's field names the department of every province and district ("Sở Tài nguyên và Môi trường", "Phòng
    // Lao động - Thương binh và Xã hội"), with words the grammar below stops at: a modifier ("nguyên"), a dash, a comma.
    const field = words.gap(k) === 'space' ? longestPhrase(this.lexicon.tries.ministries, words, k) : undefined;
    if (field) {
      k = field.end;
      tail++;
    }
    while (tail < MAX_ORGANIZATION_TAIL) {
      // "Sở TN&MT", "Phòng TC-KH": abbreviations glued by an ampersand or a hyphen are one field's name.
      if (tail > 0 && this.gluedAbbreviation(k)) {
        k += 2;
        continue;
      }
      // "Sở Văn hóa, Thông tin, Thể thao và Du lịch", "Sở Giáo dục, Khoa học và Công nghệ": fields listed with commas and
      // closed by "và" name one merged department; the "và" is read below.
      const and = tail > 0 && words.isMark(k, ',') ? this.fieldsListed(k) : undefined;
      if (and !== undefined) {
        k = and;
        continue;
      }
      // "Ủy ban Văn hóa- Giáo dục-Thanh niên": a dash glued to a field's words joins fields as a spaced one does (below).
      const gluedDash = tail > 0 && words.gap(k) === 'none' && DASHES.has(words.key(k)) && words.gap(k + 1) !== 'line' && this.joinsField(k + 1);
      if (gluedDash) {
        k++;
        opensCompound = true;
        continue;
      }
      // The field after such a dash may be glued to it too.
      if (words.gap(k) !== 'space' && !(words.gap(k) === 'none' && DASHES.has(words.key(k - 1)) && opensCompound)) break;
      // "Vụ Địa bàn 6, Cơ quan …", "Sư đoàn 312,": a short number closing the clause closes the unit's name ("Sở Y tế 3 năm qua" counts years).
      if (words.kind(k) === 'number' && words.end(k) - words.start(k) <= 3 && (words.gap(k + 1) === 'line' || k + 1 >= words.length || (words.kind(k + 1) !== 'word' && words.kind(k + 1) !== 'number' && words.gap(k + 1) === 'none' && !words.isMark(k + 1, '/')))) {
        k++;
        tail++;
        break;
      }
      // "Công an TP.HCM": a place the lexicon lists, written with its level in capitals and no space.
      const knownPlace = words.allCaps(k) ? longestPhrase(this.lexicon.tries.places, words, k) : undefined;
      if (knownPlace && knownPlace.end > k + 1) {
        k = knownPlace.end;
        tail++;
        opensCompound = false;
        continue;
      }
      // "Ban Văn hóa - Xã hội", "Viện Khoa học xã hội": a level's word inside a word of two syllables ("xã hội", society) is a field's.
      const field = this.insideCompound(k);
      const level = field ? undefined : longestPhrase(this.lexicon.tries.placeLevels, words, k);
      if (level && !words.upper(k)) break;
      // A level written with a capital ("Đảng bộ Thành phố", "Đoàn ĐBQH Tỉnh chủ trì") is read whole, and opens no compound; an
      // abbreviation's full stop ("TP.") may end the sentence, and is left to the rules below.
      // "Ủy ban MTTQ Việt Nam TP. Bến Tre": after the full stop of a short level, its place, unless the next sentence
      // opens there ("… TP. Sau đó, …", "… TP. Ông A cho biết"): a place the lexicon lists, or one of two words or more.
      const placeAt = level && words.isMark(level.end - 1, '.') && words.gap(level.end) === 'space' ? level.end : undefined;
      const dotted = placeAt === undefined ? undefined : this.place(placeAt);
      const placed = placeAt !== undefined && dotted !== undefined && (dotted - placeAt >= 2 || longestPhrase(this.lexicon.tries.places, words, placeAt)?.end === dotted) ? dotted : undefined;
      if (placed !== undefined) {
        k = placed;
        tail++;
        opensCompound = false;
        continue;
      }
      if (level && !words.isMark(level.end - 1, '.')) {
        k = level.end;
        tail++;
        opensCompound = false;
        continue;
      }
      // "và TS. Trần Hữu Phúc": an honorific or a degree after "và" opens the next person, not a field of this name; a
      // post's head opens the next post ("Sở Y tế và Chủ tịch UBND huyện").
      if (words.key(k) === 'và' && words.upper(k + 1) && !this.post.personAt(k + 1) && !this.post.honorificAt(k + 1) && !longestPhrase(this.lexicon.tries.heads, words, k + 1)) {
        k++;
        opensCompound = true;
        continue;
      }
      // An organisation after a spaced dash is the body this one belongs to (`parentBody`), not more of its fields.
      if (tail > 0 && this.bodyAfterDash(k) !== undefined) break;
      // "Vụ Tổ chức - Biên chế", "Phòng Tài chính - Kế hoạch": a dash between capitalised fields joins them in one
      // unit's name, unless a person, an honorific or a post follows it ("Sở Y tế - ông A", "… - Chủ tịch …").
      if (tail > 0 && DASHES.has(words.key(k)) && words.gap(k + 1) === 'space' && this.joinsField(k + 1)) {
        k++;
        opensCompound = true;
        continue;
      }
      // "Ban Văn hóa - xã hội", "Ban Kinh tế - ngân sách": the field after the dash may be written in lower case, a word of two syllables.
      if (tail > 0 && DASHES.has(words.key(k)) && words.gap(k) === 'space' && words.gap(k + 1) === 'space' && words.gap(k + 2) === 'space' && !words.upper(k + 1) && COMPOUNDS.has(`${words.key(k + 1)} ${words.key(k + 2)}`)) {
        k += 3;
        tail++;
        opensCompound = false;
        continue;
      }
      // "Ủy ban Kinh tế của Quốc hội": the body it belongs to ends the organisation.
      const owner = words.key(k) === 'của' ? longestPhrase(this.lexicon.tries.organizations, words, k + 1) : undefined;
      if (owner && tail > 0) {
        k = owner.end;
        break;
      }
      // An organisation the lexicon lists, inside this one, is read whole with the lower-case words of its name ("Văn
      // phòng Ban Chỉ đạo Trung ương về phòng chống tham nhũng").
      const inner = words.upper(k) && !this.post.personAt(k) ? this.listedOrganization(k) : undefined;
      if (inner && inner.end > k + 1) {
        k = inner.end;
        tail++;
        opensCompound = true;
        continue;
      }
      // "Trung ương", "Việt Nam", or the head of an organisation inside this one ("Đảng ủy Trung ương Hội Liên hiệp Phụ nữ").
      const unit = longestPhrase(this.lexicon.tries.organizationWords, words, k) ?? (words.upper(k) ? longestPhrase(this.lexicon.tries.organizationHeads, words, k) : undefined);
      if (unit && !this.post.personAt(k)) {
        k = unit.end;
        tail++;
        opensCompound = true;
        continue;
      }
      if (!words.upper(k)) {
        // "Chủ nhiệm Ủy ban này": the body named before, pointed to by "này" (this), which ends its name.
        if (words.key(k) === 'này' && words.gap(k) === 'space') {
          k++;
          tail++;
          break;
        }
        // "Cục Cảnh sát hình sự giữ chức …": a name whose later words are in lower case, as unit names often are.
        // "Trưởng phòng tình báo Công an tỉnh Bình Định": a unit named in lower case right after its head, inside the
        // organisation written after it, which is read on as part of the name.
        const field = tail === 0 ? this.fieldBeforeBody(k) : undefined;
        if (field !== undefined) {
          k = field;
          tail++;
          continue;
        }
        const unit = this.unitHead(at);
        const end = tail > 0 ? this.lowerCaseTail(k, unit) : undefined;
        if (end !== undefined) k = end;
        // "Tập đoàn Công nghiệp cao su Việt Nam": the name goes on after them to its "Việt Nam" or "Trung ương"; "Phòng An
        // ninh chính trị nội bộ Công an tỉnh Đồng Nai": a unit's name goes on into the body it belongs to, written after it.
        if (end !== undefined && (this.closingWord(end) || (unit !== undefined && this.bodyAt(end)))) continue;
        break;
      }
      // "Trường Đại học Phan Châu Trinh,", "Bệnh viện Bạch Mai.", "… Phan Châu Trinh nhiệm kỳ 2016-2020": a school or a
      // hospital named after a person, the name closing the clause or followed by a term or "và" and lower case; a name
      // the sentence goes on from ("Trường … Phan Văn A phát biểu") is its head's, unless the head has its holder
      // already ("ông A, Hiệu trưởng Trường Đại học Phan Châu Trinh phát biểu") or the name has two words, as few
      // officials' names have ("Giám đốc Bệnh viện Bạch Mai cho biết", "Trường THPT Nguyễn Du").
      const namedAfter = NAMED_AFTER_PEOPLE.has(words.key(k - 1)) ? this.post.name(k, true, true) : undefined;
      const afterName = namedAfter === undefined ? k : k + namedAfter;
      const closes =
        this.post.holderKnown ||
        namedAfter === MIN_NAME ||
        afterName >= words.length ||
        words.gap(afterName) === 'line' ||
        CLAUSE_MARKS.has(words.key(afterName)) ||
        words.isMark(afterName, ')') ||
        TERM_WORDS.has(words.key(afterName)) ||
        this.post.termWordAt(afterName) ||
        (words.key(afterName) === 'và' && !words.upper(afterName + 1));
      if (namedAfter !== undefined && closes) {
        k += namedAfter;
        tail++;
        break;
      }
      // "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết": a name of two words, then its holder's of three or more.
      if (namedAfter !== undefined && namedAfter > MIN_NAME && (this.post.name(k + MIN_NAME, true, true) ?? 0) >= MIN_NAME_AFTER_BODY) {
        k += MIN_NAME;
        tail++;
        break;
      }
      // "trường An Lương Đông", "Trường THPT An Lương Đông": after a school's or hospital's first word, a name of two words is more of its name, as
      // few officials' names have two words; one of three is its head's ("Trường Đại học Vinh Nguyễn Huy Bằng").
      if (NAMED_AFTER_PEOPLE.has(words.key(k - 2)) && words.capitalised(k - 1) && this.post.name(k, true, true) === MIN_NAME && !this.post.personAt(k + MIN_NAME)) {
        k += MIN_NAME;
        tail++;
        break;
      }
      // "Vụ trưởng Vụ Châu Mỹ, Bộ Ngoại giao": two capitalised words right after a head that needs a name, closing the clause,
      // are the unit's name (a continent's, a region's), as few officials' names have two words.
      if (tail === 0 && from > at && this.post.name(k, true, true) === MIN_NAME && this.endsClause(k + MIN_NAME) && UNIT_HEADS_NAMED.has(words.key(at))) {
        k += MIN_NAME;
        tail++;
        break;
      }
      // "Giám đốc Sở Y tế Nay Phi La": a name of the Central Highlands' peoples ends the organisation, as a Vietnamese one does.
      if (this.post.personAt(k) || this.post.highlandFamilyNameAt(k) || longestPhrase(this.lexicon.tries.heads, words, k) || this.post.degreedNameAt(k)) break;
      // A word in capitals that is a Vietnamese syllable ("ẢNH") is a caption or a headline glued on, not an abbreviation.
      if (!words.capitalised(k) && words.allCaps(k) && isSyllable(words.key(k))) break;
      // A letter names a unit ("Bệnh viện K", "Lữ đoàn A") and opens no compound word ("K cho biết" is the sentence's).
      const compound = opensCompound && words.capitalised(k) && words.end(k) - words.start(k) > 1;
      // An abbreviation in capitals is a whole word, so the word after it opens a compound ("Ngân hàng TMCP Công thương Việt Nam").
      const abbreviation = !words.capitalised(k) && words.allCaps(k);
      k++;
      tail++;
      opensCompound = abbreviation;
      if (compound && words.gap(k) === 'space' && words.kind(k) === 'word' && !words.upper(k) && words.key(k) !== 'và' && isSyllable(words.key(k)) && !this.nonOrganizationWord(k)) {
        k++;
        opensCompound = true;
      }
    }
    return tail > 0 ? k : undefined;
  }

  /** Whether an ampersand or hyphen at word k joins the abbreviation before it to one after it, with no space: "TN&MT", "NN-PTNT". */
  private gluedAbbreviation(k: number): boolean {
    const { words } = this;
    return (words.isMark(k, '&') || words.isMark(k, '-')) && words.gap(k) === 'none' && words.gap(k + 1) === 'none' && words.allCaps(k - 1) && words.allCaps(k + 1);
  }

  /**
   * The "và" closing fields listed after the comma at word `comma` inside a department's name (", Thông tin, Thể thao
   * và Du lịch"), each of one to three words opening with a capital; undefined where an item is a post, a person, a
   * place or another body ("Sở Y tế, Công an tỉnh và …"), which end the name at the comma.
   */
  private fieldsListed(comma: number): number | undefined {
    const { words } = this;
    const { organizationHeads, places } = this.lexicon.tries;
    let k = comma;
    for (let items = 0; items < MAX_LISTED_FIELDS && words.isMark(k, ','); items++) {
      const start = k + 1;
      if (words.gap(start) !== 'space' || !this.joinsField(start) || longestPhrase(organizationHeads, words, start) || longestPhrase(places, words, start)) return undefined;
      k = start + 1;
      while (k - start < MAX_FIELD_WORDS && words.gap(k) === 'space' && words.kind(k) === 'word' && words.key(k) !== 'và' && isSyllable(words.key(k))) k++;
      if (words.key(k) === 'và' && words.gap(k) === 'space' && words.gap(k + 1) === 'space' && this.joinsField(k + 1)) return k;
    }
    return undefined;
  }

  /**
   * An organisation with a head after a spaced dash at word k, closing the clause: "Cục Hậu cần - Bộ Công an", "Sư đoàn 5
   * - Quân khu 7", "Trường ĐH Bách khoa - ĐH Quốc gia TP.HCM" name the body the one before the dash belongs to.
   */
  private bodyAfterDash(k: number): { end: number; value: string } | undefined {
    const { words } = this;
    if (!DASHES.has(words.key(k)) || words.gap(k) !== 'space' || words.gap(k + 1) !== 'space' || !words.upper(k + 1) || this.post.personAt(k + 1)) return undefined;
    if (this.nested >= MAX_NESTED_ORGANIZATIONS || !longestPhrase(this.lexicon.tries.organizationHeads, words, k + 1)) return undefined;
    const body = this.nestedOrganization(k + 1);
    return body && this.endsClause(body.end) ? body : undefined;
  }

  /** Whether word k, after a dash inside an organisation's name, opens another field of it: a capitalised word that opens no name, honorific or post. */
  private joinsField(k: number): boolean {
    const { tries } = this.lexicon;
    return this.words.capitalised(k) && !this.post.personAt(k) && !longestPhrase(tries.honorifics, this.words, k) && !longestPhrase(tries.heads, this.words, k) && !longestPhrase(tries.titles, this.words, k);
  }

  /**
   * The end of the lower-case words an unlisted organisation's name may end
   * with ("Cục Cảnh sát hình sự", "Phòng Quản lý công sản"), from word k: a
   * few syllables, then a predicate that appoints or removes ("… hình sự giữ
   * chức Giám đốc …", "… giao thông, giữ chức …"), the words a national body's name ends with ("… cao su
   * Việt Nam") or the body it belongs to (`parentBody`: "… công sản
   * (Bộ Tài chính)", "phòng Tổ chức cán bộ, Sở Nội vụ,"), the unit's head
   * being `unit`. Elsewhere such words are the sentence's own ("Giám đốc Sở
   * Y tế cho biết, …"), so without either there is none.
   */
  private lowerCaseTail(k: number, unit: string | undefined): number | undefined {
    for (let at = k; at < k + MAX_LOWER_CASE_TAIL; at++) {
      // "Vụ Đối tác công - tư": a spaced dash may join two of its words.
      if (at > k && DASHES.has(this.words.key(at)) && this.words.gap(at) === 'space' && this.lowerCaseNameWord(at + 1)) at++;
      if (!this.lowerCaseNameWord(at)) return undefined;
      const end = at + 1;
      // An appositive the comma closes before its holder's predicate ("ông A, Vụ trưởng Vụ An toàn giao thông, giữ chức …").
      const closedBeforePredicate = this.words.isMark(end, ',') && this.postChangingPredicate(end + 1);
      const bodyAfter = unit !== undefined && this.bodyAt(end);
      if (this.postChangingPredicate(end) || closedBeforePredicate || this.parentBody(end, unit) || bodyAfter || this.closingWord(end) || this.postsGoOn(end) || this.nextItemAt(end)) return end;
    }
    return undefined;
  }

  /**
   * Whether a semicolon at word k closes an item of a list of officials, the next opening with an honorific, a rank or a
   * name ("…, Trưởng phòng Kỹ thuật hình sự; Thượng tá B, …"): the lower-case words before it end the item's post.
   */
  private nextItemAt(k: number): boolean {
    const { words } = this;
    return words.isMark(k, ';') && words.joins(k + 1) && (this.post.honorificAt(k + 1) !== undefined || this.post.personAt(k + 1));
  }

  /**
   * Whether word k may be a word of an organisation's name written in lower case: a Vietnamese syllable after a space,
   * and no level, modifier, predicate, term word, clause's verb or word that names are never made of ("và", "để").
   */
  lowerCaseNameWord(k: number): boolean {
    const { words } = this;
    if (words.kind(k) !== 'word' || words.upper(k) || words.gap(k) !== 'space' || NOT_IN_NAMES.has(words.key(k)) || !isSyllable(words.key(k))) return false;
    return !this.nonOrganizationWord(k) && !longestPhrase(this.lexicon.tries.clauseVerbs, words, k);
  }

  /**
   * The word after a unit's field written in lower case from word k when an organisation written with a capital follows
   * it straight away ("tình báo Công an tỉnh", "tổ chức Tỉnh ủy"): the body the unit belongs to. Undefined otherwise, or
   * when a word of the field cannot be in a name (a level, a modifier, a predicate, a clause's verb).
   */
  private fieldBeforeBody(k: number): number | undefined {
    for (let at = k; at < k + MAX_LOWER_CASE_TAIL; at++) {
      if (!this.lowerCaseNameWord(at)) return undefined;
      const next = at + 1;
      if (at > k && this.bodyAt(next)) return next;
    }
    return undefined;
  }

  /** Whether an organisation written with a capital, listed or opening with an organisation's head, starts at word k after a space: the body a unit named before it belongs to. */
  private bodyAt(k: number): boolean {
    const { words } = this;
    return words.gap(k) === 'space' && words.upper(k) && !this.post.personAt(k) && (this.listedOrganization(k) !== undefined || longestPhrase(this.lexicon.tries.organizationHeads, words, k) !== undefined);
  }

  /**
   * Whether a comma and another post, or a modifier before one, follow word k: "Phó Trưởng ban Đổi mới doanh nghiệp,
   * nguyên Đảng ủy viên, …", "Vụ trưởng Vụ Quản lý khoa học, Giám đốc …". A chain of posts going on shows that the
   * lower-case words before it still name the organisation, not the clause's verb ("Giám đốc Sở Y tế phát biểu, …").
   */
  private postsGoOn(k: number): boolean {
    const { words } = this;
    if (!words.isMark(k, ',') || !words.joins(k + 1)) return false;
    // A post followed by a name is that name's ("…, Bí thư Tỉnh ủy Lê Văn Cao kết luận"), and opens a clause of its own.
    const next = this.post.chain(k + 1, false);
    return next !== undefined && next.titles.some((t) => !t.bare || t.modifiers.length > 0) && !this.post.nameFollows(next.end);
  }

  /**
   * Whether "Việt Nam" or "Trung ương" (the words a national body's name ends with) stands at word k and ends the name
   * there: a mark, a line's end, a capital or the start of a date follows ("… Việt Nam kể từ ngày 1/10"), not the
   * sentence's own words ("… cho biết Việt Nam đã …").
   */
  closingWord(k: number): boolean {
    const { words } = this;
    const closing = words.upper(k) ? longestPhrase(this.lexicon.tries.organizationWords, words, k) : undefined;
    if (closing === undefined) return false;
    const end = closing.end;
    return words.gap(end) !== 'space' || words.upper(end) || words.kind(end) !== 'word' || this.sinceAt(end);
  }

  /** Whether the date from which a post is held opens at word k ("kể từ ngày 1/10", see SINCE). */
  private sinceAt(k: number): boolean {
    return SINCE.has(`${this.words.key(k)} ${this.words.key(k + 1)}`);
  }

  /**
   * A lower-case word that cannot continue an organisation's name: a level, a modifier, a predicate or a term word. A
   * word of two syllables is read whole, so the level's or modifier's syllable inside it does not count: "Viện Khoa học
   * xã hội" (society, not a commune), "Ban Đổi mới doanh nghiệp" (renewal, not "new").
   */
  private nonOrganizationWord(k: number): boolean {
    const { tries } = this.lexicon;
    if (this.insideCompound(k)) return false;
    return (
      longestPhrase(tries.placeLevels, this.words, k) !== undefined ||
      longestPhrase(tries.modifiers, this.words, k) !== undefined ||
      verbPhrase(tries.predicates, this.words, k) !== undefined ||
      longestPhrase(tries.predicateFillers, this.words, k) !== undefined ||
      TERM_WORDS.has(this.words.key(k))
    );
  }

  /** Whether word k makes a word of two syllables with the lower-case word after it or with the word before it. */
  private insideCompound(k: number): boolean {
    const { words } = this;
    const pair = (a: number) => words.gap(a + 1) === 'space' && words.kind(a) === 'word' && !words.upper(a + 1) && COMPOUNDS.has(`${words.key(a)} ${words.key(a + 1)}`);
    return pair(k) || (k > 0 && pair(k - 1));
  }
}
