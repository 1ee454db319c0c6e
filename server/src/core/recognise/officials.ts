import { matchKey, type Source } from '../text/source';
import type { Lexicon } from '../lexicon';
import type { TitleModifier } from '../model';
import { longestPhrase, startsOfAny, startsPhrase, type MatchOptions, type PhraseMatch, type PhraseStarts, type PhraseTrie, type SlotFiller } from '../text/phrases';
import { isSyllable, Words, wordsOf } from '../text/words';
import { fromRoman } from '../calendar';
import { organizationKey, personKey, titleKey } from '../entityKeys';
import { CLAUSE_MARKS, DASHES, MAX_NAME, MIN_NAME, MIN_NAME_AFTER_BODY, TERM_WORDS, verbPhrase, writtenVuTruong } from './grammar';
import { OrganizationPhrases, type PostReading } from './organizationPhrases';

/**
 * The shared reading behind the people, title and organisation recognisers:
 * one pass over the article's words that reads titles as a grammar and
 * attaches them to the names they belong to, then a second pass that finds
 * the names introduced that way written bare.
 *
 * A title (post) is a head ("Bí thư", "Phó Chủ tịch", "Giám đốc") followed by
 * an organisation phrase ("Tỉnh ủy Hà Tĩnh", "UBND tỉnh Hậu Giang", "Sở Nội
 * vụ"), or a post of the lexicon written out in full ("Tổng Bí thư"); both
 * come from data/titles.json and data/organizations.json. An organisation the
 * lexicon does not list is read from its head word ("Sở", "Hội") and the
 * capitalised words after it, never running into a person's name. A head
 * alone ("Chủ tịch" in "Chủ tịch Hồ Chí Minh") is a post only where it belongs
 * to a name.
 *
 * Which titles belong to a name:
 * - the chain of titles right before it ("Ủy viên Bộ Chính trị, Bí thư Trung
 *   ương Đảng, Trưởng Ban Tổ chức Trung ương X");
 * - its appositive after a comma or a dash ("X, Ủy viên …, Trưởng Ban …"),
 *   which stops at a title followed by a name: in "Tổng Bí thư A, Thường
 *   trực Ban Bí thư B" the second title is B's;
 * - a parenthesis right after it ("B (Bộ trưởng Bộ Nội vụ)");
 * - a predicate after it ("X được bầu giữ chức Bí thư …", "X thôi giữ chức
 *   …"), which makes the post an event at the article's date.
 * A modifier word before a title (nguyên, tân, quyền, kiêm) qualifies it and
 * is not part of its text; so is a term qualifier after it ("khóa XX",
 * "nhiệm kỳ 2025 - 2030").
 *
 * A name is two to four capitalised syllables (or all capitals, "NGUYỄN VĂN
 * A", after an honorific or a title) after an honorific, a title, or in a
 * list of names after "các đồng chí". An organisation inside a title is not a
 * mention of its own: the title names it.
 *
 * The organisation and place phrases inside posts are read by
 * organizationPhrases.ts, which asks this reading about the people and posts
 * around them (`PostReading`); grammar.ts holds what both share.
 *
 * The three recognisers share the result (the last article read is
 * remembered), so the text is read once.
 */

export interface FoundTitle {
  /** Offsets in the normalised text, without the modifier word. */
  readonly start: number;
  readonly end: number;
  /** The entity key of the post (entityKeys.titleKey). */
  readonly key: string;
  readonly canonical: string;
  readonly holder?: string;
  readonly modifiers: readonly TitleModifier[];
}

export interface FoundOrganization {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly canonical: string;
}

export interface FoundPerson {
  readonly start: number;
  readonly end: number;
  /** The entity key of the name (entityKeys.personKey). */
  readonly key: string;
  /** The name as written in the normalised text, one space between its words. */
  readonly name: string;
  readonly honorific?: string;
  readonly titles: readonly FoundTitle[];
}

export interface Officials {
  readonly people: readonly FoundPerson[];
  readonly titles: readonly FoundTitle[];
  readonly organizations: readonly FoundOrganization[];
}

/** The most parts of a name of the Central Highlands' peoples ("Y Giang Gry Niê Knơng"). */
const MAX_HIGHLAND_NAME = 6;
/** Apostrophes written inside such names ("K'Ré", "H'Bơ", "Điểu K’Ré"). */
const APOSTROPHES = ["'", '\u2019'];
/**
 * A Vietnamese local body in a post: a post of this kind after "ông A, …" makes A a person of the
 * country's provinces, not a foreign leader whose name is written in Latin letters too. A province's
 * departments ("Sở Y tế") are local bodies too.
 */
const LOCAL_POST = /(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ?(?:ủy|uỷ)|Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Mặt trận Tổ quốc|MTTQ|(?<!\p{L})(?:tỉnh|huyện|xã|thành phố|Sở)(?!\p{L})/u;

/**
 * A post of the Party's central bodies ("Phó Trưởng ban Tổ chức Trung ương", "Ủy viên Trung ương Đảng"), which ends
 * there: a neighbouring country's Central Committee is named after its party ("… Trung ương Đảng Nhân dân Cách mạng Lào").
 */
const CENTRAL_POST = /Trung ương(?: Đảng)?$/u;

/**
 * A post of the state's central bodies or of the army, which ends there ("Phó Chủ tịch Quốc hội", "Phó Tư lệnh Quân khu
 * 5"): another country's are named after it ("Chủ tịch Quốc hội Lào").
 */
const NATIONAL_POST = /(?:Quốc hội|Chính phủ|Quân khu(?: [\dIVX]+)?|Bộ Quốc phòng|Bộ Công an)$/u;

/** The most words a people's name has ("Bru-Vân Kiều"). */
const MAX_PEOPLE_NAME = 3;

/** A post ending with "Ban Tổ chức": the Party's organisation commission, or the committee organising an event named after it. */
const ORGANISING_COMMITTEE = /Ban Tổ chức$/iu;
/** The words naming an event, in lower case, after "Ban Tổ chức" ("lễ tang", "đại hội", "hội nghị", "giải …"). */
const EVENTS: ReadonlySet<string> = new Set(['lễ', 'đại', 'hội', 'giải', 'cuộc', 'chương', 'sự', 'tuần', 'ngày', 'liên', 'festival', 'kỳ']);

/** The words before "hưu" that say someone retires ("nghỉ hưu", "chờ hưu", "về hưu"), and how far before "đối với" they are looked for. */
const RETIRING_VERBS: ReadonlySet<string> = new Set(['nghỉ', 'chờ', 'về']);
const MAX_RETIREMENT_REACH = 12;
/** How many words a clause opened by "Trước khi" may have before the subject's comma. */
const MAX_BEFORE_CLAUSE = 25;

/** How `chain` reads the posts after a name: see there. */
interface ChainOptions {
  readonly stopBeforeName?: boolean;
  readonly ownsFirst?: boolean;
  readonly apposition?: boolean;
}
/** The posts set off after a name, or after an aide's principal: "và" there may join two people ("A, Giám đốc Sở Y tế và Chủ tịch UBND huyện"). */
const APPOSITION: ChainOptions = { stopBeforeName: true, apposition: true };

/** The words after a post a verb gives or takes away that name who it is given to or taken from: "cho", "với", "của". */
const HOLDER_WORDS: ReadonlySet<string> = new Set(['cho', 'với', 'của']);
/** How many names a table of votes lists at most, how many words an item's votes take at most, and how many words may follow "và kết quả" in its heading. */
const MAX_TABLE_ITEMS = 60;
const MAX_TABLE_ITEM = 40;
const MAX_TABLE_HEADING_TAIL = 6;
/** Marks that open an item of a list, as its number may. */
const BULLETS: ReadonlySet<string> = new Set(['-', '*', '+', '•']);
/** The heads of a department whose name they may leave out ("Cục trưởng Cảnh sát giao thông", "Tổng cục phó Cảnh sát"), as the heads trie gives them. */
const UNIT_NAMED_BY_HEAD = /^!?(?:Phó )?(?:Tổng )?(?:[Cc]ục|[Vv]ụ) (?:trưởng|phó)$/u;
/** The middle names the press sometimes writes in lower case inside a name ("Cao văn Bé Tư"), as written. */
const LOWER_CASE_MIDDLES: ReadonlySet<string> = new Set(['văn', 'thị']);
/** Posts of membership in a body, which an official's office follows in a chain of posts ("Ủy viên Bộ Chính trị, Thủ tướng …"). */
const MEMBERSHIP = /^(?:Ủy viên|Uỷ viên|Bí thư Trung ương Đảng$)/u;

/** Marks that join the parts of a document code or abbreviation. */
const CODE_JOINERS: ReadonlySet<string> = new Set(['/', '-', '+', '&']);

/** Words before an honorific that make it plural ("các đồng chí"), so a list of names follows. */
const PLURALS: ReadonlySet<string> = new Set(['các', 'những', 'hai', 'ba', 'bốn', 'năm']);

/** Words that make the verb after them passive ("được bổ nhiệm", "bị cách chức"). */
const PASSIVES: ReadonlySet<string> = new Set(['được', 'bị']);

/** Words after a post that open the list of names holding it ("… là ông A và ông B", "… gồm các đồng chí: A, B"). */
const LIST_OPENERS: ReadonlySet<string> = new Set(['là', 'gồm']);

/** The longest honorific of data/people.json, in words ("Phó Giáo sư", "GS.TS" as written). */
const MAX_HONORIFIC_WORDS = 4;

/** Adverbs of time between a post and the "là" that names its holder ("Chủ nhiệm UBKT Trung ương hiện nay là ông A"). */
const NOW_WORDS: ReadonlySet<string> = new Set(['hiện', 'nay', 'hiện nay', 'hiện tại', 'vẫn']);

/** Number words that count the holders of a post heading a list ("bốn Ủy viên Bộ Chính trị …, gồm: …"). */
const COUNTS: ReadonlySet<string> = new Set(['hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười']);

/** How many words may stand between a counted post and the opening of its list ("chín Ủy viên Bộ Chính trị tái cử Trung ương khóa XIV, gồm:"). */
const MAX_GROUP_QUALIFIER = 6;

/** Words that join the names of a list ("A, B và C"). */
const LIST_JOINERS: ReadonlySet<string> = new Set([',', ';', 'và']);

/** How many words a career list ("từng đảm nhiệm các chức vụ: …") may stand after the name it belongs to, in the same sentence. */
const MAX_CAREER_DISTANCE = 40;

/** How many words and marks an obituary's record may hold between the name ("Đồng chí: A") and its "Chức vụ:" line. */
const MAX_RECORD_DISTANCE = 80;
/** How many words and marks may stand between a career predicate and the colon before its posts ("… các chức vụ quan trọng tại tỉnh X (cũ) như:"). */
const MAX_CAREER_PREAMBLE = 16;
/** Adverbs before a predicate: "tiếp tục được tín nhiệm giữ vị trí …" has three. */
const MAX_FILLERS = 3;
/** How many glued parts a short name in brackets may have: "KH", "&", "ĐT". */
const MAX_SHORT_NAME_PARTS = 3;
/** How many words a degree's field may have ("quản trị kinh doanh", "chuyên khoa II"). */
const MAX_DEGREE_FIELD = 6;
/** The ranks of officers among the honorifics: generals, colonels, majors, admirals. */
const MILITARY_RANK = /(?:tướng|tá|Đô đốc)$/u;
/** The words of a date of birth, "ngày 4 tháng 6 năm 1947" the longest. */
const MAX_BIRTH_DATE = 8;
/** What stands between the numbers of a date: marks and the words for its parts. */
const DATE_JOINERS: ReadonlySet<string> = new Set(['/', '-', '.', 'tháng', 'năm']);
/** The words of an item of a career list the grammar cannot read, skipped to read the next item. */
const MAX_SKIPPED_ITEM = 30;

/** How many words and marks a remark in brackets between a name and its posts may hold ("(thứ 3 từ phải sang)", "(58 tuổi, quê huyện Thới Bình, Cà Mau)", "(tiến sĩ luật, Phó Chánh Văn phòng Ban Chỉ đạo Trung ương về phòng chống tham nhũng)"). */
const MAX_REMARK = 24;

/** Words that join one predicate to the next ("thôi giữ chức A để tham gia …, giữ chức B", "… và giữ chức C", "… do vừa được bầu …"); "sau khi" too (see afterJoiner). */
const PREDICATE_JOINERS: ReadonlySet<string> = new Set(['và', 'để', 'do']);

/** How many words an appositive's first item the grammar does not read may have (see `postsAfterUnreadItem`). */
const MAX_UNREAD_ITEM = 6;

/** Verbs that nominate someone for a post another body elects them to ("giới thiệu … để bầu giữ chức …"). */
const NOMINATING: ReadonlySet<string> = new Set(['giới thiệu', 'đề cử', 'hiệp thương', 'đề xuất']);
/** The words that front the posts a name holds before the name and a comma ("Với cương vị là …, đồng chí A"). */
const FRONTING: ReadonlySet<string> = new Set(['với cương vị', 'trên cương vị', 'với tư cách', 'với vai trò']);
/** The first words of FRONTING. */
const FRONTING_FIRST: ReadonlySet<string> = new Set([...FRONTING].map((opener) => opener.split(' ')[0]));
/**
 * The lower-case words that open a reading of their own besides the phrases of the reader's tries (see `opensNothing`):
 * a subject pronoun ("ông", "bà", "đồng chí"), an obituary's "nguyên:" and "chức vụ:", a vote table's "kết quả bầu" and
 * "danh sách", and the openers of FRONTING.
 */
const OPENING_WORDS: readonly string[] = ['ông', 'bà', 'đồng', 'nguyên', 'chức', 'kết', 'danh', ...FRONTING_FIRST];

/**
 * Where a reading of `readAt` may start in lower case, by lexicon (see `opensNothing`): made once, from tries that are
 * complete when their lexicon is made, and asked at every word.
 */
const openings = new WeakMap<Lexicon, PhraseStarts>();

function openingsOf(lexicon: Lexicon): PhraseStarts {
  let found = openings.get(lexicon);
  if (!found) {
    const { honorifics, predicates, modifiers, aides, titles, heads, placeLevels } = lexicon.tries;
    found = startsOfAny([honorifics, predicates, modifiers, aides, titles, heads, placeLevels], OPENING_WORDS);
    openings.set(lexicon, found);
  }
  return found;
}
/** How many words before "để bầu" a nominating verb may stand: the nominees and their posts are listed between. */
const MAX_NOMINATION_REACH = 50;

/** The words before a street's name, which is often a person's ("đường Nguyễn Huệ"). */
const STREETS: ReadonlySet<string> = new Set(['đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'số', 'tên']);

/** How many of the words that close a national body's name may follow a post ("Cộng sản", "Việt Nam"). */
const MAX_CLOSING_WORDS = 3;

/** Words naming a term by its place among the others ("khóa trước", "nhiệm kỳ tới"). */
const RELATIVE_TERMS: ReadonlySet<string> = new Set(['trước', 'này', 'mới', 'tới', 'sau']);

/** The officials of the article read last: its three recognisers run one after the other (see wordsOf). */
let last: { source: Source; lexicon: Lexicon; year: number | undefined; officials: Officials } | undefined;

/** The officials of an article; `year`, the article's, tells a career's posts of terms long over as former ones. */
export function findOfficials(source: Source, lexicon: Lexicon, year?: number): Officials {
  if (last?.source !== source || last.lexicon !== lexicon || last.year !== year) {
    last = { source, lexicon, year, officials: readOfficials(wordsOf(source), lexicon, year) };
  }
  return last.officials;
}

/**
 * The officials of an article's words. `everyWord` tries every reading at every word, without passing at once the
 * words that open none (see `opensNothing`): the two must read the same, which the tests check on real articles.
 */
export function readOfficials(words: Words, lexicon: Lexicon, year: number | undefined, everyWord = false): Officials {
  return new Reader(words, lexicon, year, everyWord).read();
}

/** A title read at a word: where it starts and ends (word indexes), its canonical post and its modifiers. */
interface TitleMatch {
  /** The first word of the post itself, after any modifier word. */
  readonly at: number;
  readonly end: number;
  readonly canonical: string;
  /** A head without an organisation ("Chủ tịch"): a post only where it belongs to a name. */
  readonly bare: boolean;
  readonly modifiers: readonly TitleModifier[];
  /** An aide's post: the official it is held for, when named (see aidePost). */
  readonly principal?: Principal;
  /** An aide's post: the word after the official it names, where the chain of posts goes on. */
  readonly continuesAt?: number;
}

/** The official an aide's post is held for, named after it with an honorific: a person of their own. */
interface Principal {
  readonly honorificAt: number;
  readonly nameAt: number;
  readonly length: number;
}

/** Titles read one after another, and the word after the last (and after its term qualifier). */
interface Chain {
  readonly titles: readonly TitleMatch[];
  readonly end: number;
  /** The official named as the agent of a passive predicate ("được Chủ tịch nước A bổ nhiệm …"), a person of their own. */
  readonly agent?: NamedAgent;
}

/** An official named by a post and a name as the agent of a passive predicate. */
interface NamedAgent {
  readonly post: Omit<TitleMatch, 'modifiers'>;
  readonly nameAt: number;
  readonly length: number;
}

/**
 * A counted post heading a list whose items are written apart ("4 Ủy viên
 * Bộ Chính trị khoá XIII, gồm các ông, bà:" then one line per person; "bầu
 * bổ sung 4 Ủy viên Bộ Chính trị. Đó là ông A, …; ông B, …"): every name that
 * opens an item gets the post. `next` is the word where the next item must
 * begin; `found` holds the post's mentions once the first name took them.
 */
interface Group {
  readonly titles: readonly TitleMatch[];
  next: number;
  found?: readonly FoundTitle[];
}

/** An honorific the lexicon writes with a capital is a rank or a title ("Thiếu tướng", "Đại tá"), not "ông" or "bà". */
const RANK = /^\p{Lu}/u;

/** Words that may stand before "nghỉ hưu" and keep it done or doing now ("đã nghỉ hưu", "được nghỉ hưu", "đã chính thức nghỉ hưu", "đương nhiệm nghỉ hưu"), unlike "sẽ". */
const RETIRING_BEFORE: ReadonlySet<string> = new Set(['đã', 'được', 'vừa', 'mới', 'chính', 'thức', 'đương', 'nhiệm', 'cũng']);
/** The words of receiving a retirement's decision, before its verb ("vừa nhận quyết định nghỉ hưu", "được trao quyết định nghỉ hưu"). */
const RETIREMENT_DECISION: ReadonlySet<string> = new Set(['nhận quyết định', 'được trao quyết định']);

/** The heads of companies, which may be named like a person ("Công ty Hoàng Long"), in lower case. */
const COMPANY_HEADS: ReadonlySet<string> = new Set(['công ty', 'tổng công ty', 'tập đoàn', 'ngân hàng', 'hợp tác xã', 'quỹ', 'câu lạc bộ']);

/** How far back a predicate before a post may start: the longest of data/titles.json has nine words and marks ("được điều động, chỉ định giữ chức vụ"). */
const MAX_PREDICATE_WORDS = 9;

/** Titles with a predicate's modifier added to their own. */
function withModifier(titles: readonly TitleMatch[], modifier: TitleModifier): TitleMatch[] {
  return titles.map((t) => ({ ...t, modifiers: t.modifiers.includes(modifier) ? t.modifiers : [...t.modifiers, modifier] }));
}

/**
 * The year a numbered term of a national body ends: the Party's central bodies (its sixth congress in 1986, one
 * every five years) and the National Assembly (the ninth elected in 1992 and the eleventh in 2002, five years
 * each; the twelfth 2007–2011, then five years each); undefined for any other body, whose terms are its own.
 */
function nationalTermEnd(canonical: string, ordinal: number): number | undefined {
  const key = canonical.toLowerCase();
  if (/trung ương|bộ chính trị|ban bí thư/u.test(key) && !/ủy ban mặt trận|hội|đoàn|công đoàn/u.test(key)) return ordinal >= 6 ? 1991 + 5 * (ordinal - 6) : undefined;
  if (/quốc hội/u.test(key)) return ordinal >= 12 ? 2011 + 5 * (ordinal - 12) : ordinal >= 9 ? 1997 + 5 * (ordinal - 9) : undefined;
  return undefined;
}

class Reader implements PostReading {
  private readonly people: FoundPerson[] = [];
  private readonly titles: FoundTitle[] = [];
  private readonly organizations: FoundOrganization[] = [];
  /** The titles the predicate after the person read last gave it, for the other names of its list. */
  private predicated: readonly FoundTitle[] = [];
  /** The person read last and the word after its name, for a career list later in its sentence. */
  private lastPerson: { index: number; end: number } | undefined;
  /** The counted post whose list is being read, if any. */
  private group: Group | undefined;
  /** Words already read as titles, organisations, places or names, where bare names are not looked for. */
  private readonly taken: Uint8Array;
  private readonly titleOptions: MatchOptions;
  /** The organisation and place phrases inside posts, read with this reading's people and posts around them. */
  private readonly organizationPhrases: OrganizationPhrases;
  /** Whether the person read last may have predicates of their own: not one another replaces (see `person`). */
  private lastReadPredicates = true;
  /** The word after the last item of a roll call read (see listedName), where a comma may open the next. */
  private rollCallEnd = -1;
  /**
   * Whether the post being read already has its holder, the name before it (see `chain`): a person's name after it is
   * then a place or a body named like a person, since one post is not given to two people at once.
   */
  holderKnown = false;

  /** Where a reading may start in lower case (see `opensNothing`). */
  private readonly openings: PhraseStarts;

  constructor(
    private readonly words: Words,
    private readonly lexicon: Lexicon,
    private readonly year: number | undefined,
    private readonly everyWord = false,
  ) {
    this.openings = openingsOf(lexicon);
    this.taken = new Uint8Array(words.length);
    this.organizationPhrases = new OrganizationPhrases(words, lexicon, this);
    const fill: SlotFiller = (slot, at) => this.organizationPhrases.fillSlot(slot, at);
    this.titleOptions = { fill, strayComma: true, abbreviations: true };
  }

  read(): Officials {
    let i = 0;
    while (i < this.words.length) {
      const before = this.people.length;
      const next = this.readAt(i);
      this.joinGroup(i, before, next);
      i = next;
    }
    this.endGroup();
    this.findBareNames();
    this.people.sort((a, b) => a.start - b.start);
    this.titles.sort((a, b) => a.start - b.start);
    return { people: this.people, titles: this.titles, organizations: this.organizations };
  }

  /** Reads whatever starts at word i and returns the index to continue from. */
  private readAt(i: number): number {
    const { words } = this;
    if (!this.everyWord && this.opensNothing(i)) return i + 1;
    const honorific = this.honorificAt(i);
    if (honorific && this.startsWord(i)) {
      const weak = this.lexicon.weakHonorifics.has(honorific.canonical);
      // "các đồng chí: A, B, C và D", "4 đồng chí: A, B, C, D đã được … bầu giữ chức vụ …" introduce a list of names.
      const plural = PLURALS.has(words.key(i - 1)) || (this.counted(i) && words.isMark(honorific.end, ':'));
      // "Đồng chí: Nguyễn Tiến Chương" opening a line: the name field of an obituary's record. "Tác giả: A" is a byline's
      // label, naming who wrote the page, not one of its people.
      const record = words.isMark(honorific.end, ':') && (i === 0 || words.gap(i) === 'line') && longestPhrase(this.lexicon.tries.bylineLabels, words, i)?.end !== honorific.end;
      // "các ông, bà:", "các anh chị:": a plural's honorifics may be several before the colon.
      const honorifics = plural ? this.moreHonorifics(honorific.end) : honorific.end;
      const afterColon = (plural || record) && words.isMark(honorifics, ':') ? honorifics + 1 : honorific.end;
      const chain = this.chain(afterColon, false);
      // "Các đồng chí Phó Trưởng ban …: A, B" gives the posts to every name of the list.
      const listed = chain !== undefined && words.isMark(chain.end, ':');
      // "các đồng chí Bí thư Trung ương Đảng: Trưởng ban Tuyên giáo Trung ương A; Trưởng ban Dân vận Trung ương B": each item
      // of the list may write its own post before its name.
      const own = listed && chain ? this.chain(chain.end + 1, false) : undefined;
      const nameAt = this.afterRank(own ? own.end : chain ? chain.end + (listed ? 1 : 0) : afterColon);
      const name = words.gap(nameAt) !== 'space' ? undefined : (this.name(nameAt, weak || chain !== undefined, true) ?? (chain === undefined ? this.highlandName(nameAt) : undefined));
      if (name !== undefined) {
        const k = this.person({ at: i, end: honorific.end }, own && chain ? { titles: [...chain.titles, ...own.titles], end: own.end } : chain, nameAt, name);
        return this.list(k, plural || listed, listed ? chain.titles.length : 0);
      }
    }
    const fronted = this.frontedPosts(i);
    if (fronted !== undefined) return fronted;
    const table = this.voteTable(i);
    if (table !== undefined) return table;
    const career = this.career(i);
    if (career !== undefined) return career;
    const subject = this.pronounSubject(i);
    if (subject !== undefined) return subject;
    const profile = this.profilePosts(i);
    if (profile !== undefined) return profile;
    const listed = this.listedName(i);
    if (listed !== undefined) return (this.rollCallEnd = this.person(undefined, undefined, i, listed));
    const object = this.objectName(i) ?? this.nameBeforePost(i);
    if (object !== undefined) return this.person(undefined, undefined, i, object);
    // "Thay mặt Chủ tịch nước, Phó Chủ tịch nước A trao …": the post after "thay mặt" is the absent official's, and the
    // name after the comma holds only the posts written after it.
    const represented = this.onBehalfOf(i) ? this.modifiedTitle(i, true) : undefined;
    const representedEnd = represented && this.qualifier(represented.end);
    if (represented && representedEnd !== undefined && words.isMark(representedEnd, ',')) {
      if (!represented.bare) this.addTitle(represented);
      // "Thừa ủy quyền của Chủ tịch nước, Thủ tướng Chính phủ, đồng chí C": the officials spoken for may be listed, each
      // post closed by a comma; the post written straight before a name is the name's ("…, Bộ trưởng A").
      let end = representedEnd;
      for (let next = this.chain(end + 1, false); next && words.isMark(next.end, ','); next = this.chain(end + 1, false)) {
        for (const title of next.titles) if (!title.bare) this.addTitle(title);
        end = next.end;
      }
      return end;
    }
    // A post in lower case ("phân công ủy viên Bộ Chính trị Hoàng Trung Hải") counts only before a name.
    const chain = this.chain(i, false) ?? (words.kind(i) === 'word' && !words.upper(i) ? this.chain(i, true) : undefined) ?? this.countedHead(i) ?? this.givenHead(i);
    // "… miễn nhiệm 12 thành viên Chính phủ, Thủ tướng Phạm Minh Chính đã trình …": a post counted in figures and written
    // in lower case, as running text counts people, ends at its comma; the posts after it are the next name's.
    if (chain && chain.titles.length > 1 && !words.upper(chain.titles[0].at) && words.kind(i - 1) === 'number' && this.pluralPost(i)) return chain.titles[1].at;
    if (chain) {
      // "Phó Trưởng ban …: Huỳnh Thành Đạt; Phạm Tất Thắng" and "Hai Phó Chủ tịch HĐND tỉnh là ông A và ông B" give the posts to every name,
      // and so does "Các Phó Bí thư được chỉ định gồm: A, B", with the predicate's modifier.
      const direct = this.listOpening(chain.end);
      const passive = direct === undefined ? this.predicateAfterFiller(chain.end) : undefined;
      const afterPassive = passive && passive.canonical !== '' ? this.listOpening(passive.end) : undefined;
      const opening = direct ?? afterPassive;
      const listed = opening !== undefined;
      const heading = passive && afterPassive !== undefined ? { titles: withModifier(chain.titles, this.modifierOf(passive.canonical)), end: chain.end } : chain;
      // "Phó Chủ tịch Hội LHPN Việt Nam - Đỗ Thị Thu Thảo điều hành …": a dash may stand between a post and its holder's name
      // (name() leaves out a province written there, as after a post without the dash).
      // So may one glued to both ("Chủ tịch HĐND tỉnh-Phạm Văn Rạnh"), when a name follows it.
      const dashed = !listed && DASHES.has(words.key(chain.end)) && words.gap(chain.end) !== 'line' && words.joins(chain.end + 1) ? chain.end + 1 : undefined;
      // "Phó Giám đốc Công an tỉnh - đại tá Phan Văn Dũng": a rank may stand between the dash and the name.
      const dashedName = dashed !== undefined ? this.afterRank(dashed) : undefined;
      const afterDash = dashedName !== undefined ? this.name(dashedName, true, true) : undefined;
      // "Tổng Giám đốc Tập đoàn Dầu khí Việt Nam (Petrovietnam) Lê Mạnh Hùng": so may the organisation's short name in
      // brackets, and degrees ("Giám đốc Bệnh viện Bạch Mai PGS.TS Đào Xuân Cơ", "Hiệu trưởng GS.TSKH Hồ Đắc Lộc").
      // "Thủ tướng tiền nhiệm Nguyễn Tấn Dũng", "Chủ tịch đương nhiệm A": so may the word for the holder's time in the post.
      const asideAllowed = !listed && afterDash === undefined;
      const tenure = asideAllowed ? this.tenureAfter(chain.end) : undefined;
      const asideEnd = asideAllowed ? (tenure?.end ?? this.shortNameEnd(chain.end) ?? this.afterDegrees(chain.end)) : undefined;
      const afterAside = asideEnd !== undefined && words.gap(asideEnd) === 'space' ? this.name(asideEnd, true, true) : undefined;
      const nameAt = listed ? this.afterRank(opening) : afterDash !== undefined ? (dashedName as number) : afterAside !== undefined ? (asideEnd as number) : chain.end;
      const name = afterDash ?? afterAside ?? (words.gap(nameAt) === 'space' ? (this.name(nameAt, true, true) ?? (listed ? undefined : this.highlandNameAfter(chain, nameAt))) : undefined);
      if (name !== undefined) {
        // "bầu bổ sung hai Ủy viên Ủy ban Kiểm tra Trung ương là ông A và ông B": the predicate before a post heading a list, or before its count, is every name's.
        // So is a post made plural by a count or "các" right before it, its names written straight after it ("Hai Phó Chủ tịch UBND tỉnh A và B").
        const plural = !listed && dashed === undefined && this.pluralPost(i);
        const held = listed ? this.objectOf(this.countBefore(i) ?? i, heading) : plural ? this.objectOf(i - 1, chain) : this.removedFrom(i, chain);
        const posts = tenure?.former && afterAside !== undefined ? { titles: withModifier(held.titles, 'former'), end: held.end } : held;
        return this.list(this.person(undefined, posts, nameAt, name), listed || plural, listed || plural ? chain.titles.length : 0);
      }
      // "các Thứ trưởng: Tổng Tham mưu trưởng, Thượng tướng Phan Văn Giang; Thượng tướng B; …": an item of a list may write
      // a post of its own, then a comma and the officer's rank, before the name.
      const itemPost = listed && opening !== undefined ? this.chain(opening, false) : undefined;
      const itemNameAt = itemPost && words.isMark(itemPost.end, ',') && this.rankAt(itemPost.end + 1) ? this.afterRank(itemPost.end + 1) : undefined;
      const itemName = itemNameAt === undefined ? undefined : this.name(itemNameAt, true, true);
      if (itemPost && itemNameAt !== undefined && itemName !== undefined) {
        const posts = this.objectOf(this.countBefore(i) ?? i, heading);
        return this.list(this.person(undefined, { titles: [...posts.titles, ...itemPost.titles], end: itemPost.end }, itemNameAt, itemName), true, chain.titles.length);
      }
      // "4 Ủy viên Bộ Chính trị, gồm các ông, bà:" with one person per line below, or "… Đó là ông A, …; ông B, …".
      const items = this.groupItems(i, chain);
      if (items !== undefined) {
        this.endGroup();
        this.group = { titles: this.objectOf(this.countBefore(i) ?? i - 1, chain).titles.filter((t) => !t.bare), next: items };
        return items;
      }
      const holder = listed ? undefined : this.heldBy(i, chain);
      const length = holder && this.name(holder.nameAt, true, true);
      if (holder && length !== undefined) {
        const honorific = holder.honorificAt < holder.nameAt ? { at: holder.honorificAt, end: holder.nameAt } : undefined;
        const object = this.objectOf(i, chain);
        const posts = holder.own ? { titles: [...object.titles, ...holder.own.titles], end: holder.own.end } : object;
        const k = this.person(honorific, posts, holder.nameAt, length);
        return holder.list ? this.list(k, true, holder.ownShared ? posts.titles.length : object.titles.length) : k;
      }
      if (words.upper(i)) {
        // "Hội nghị Trưởng ban Tổ chức cấp ủy …": a meeting named after the posts of those who attend it gives no one a post.
        const meeting = i >= 2 && words.key(i - 2) === 'hội' && words.key(i - 1) === 'nghị' && words.gap(i - 1) === 'space';
        if (!meeting) for (const title of chain.titles) if (!title.bare) this.addTitle(title);
        if (chain.titles.some((t) => !t.bare)) return chain.end;
      }
    }
    const organization = this.capitalStart(i) ? longestPhrase(this.lexicon.tries.organizations, words, i, this.organizationPhrases.options) : undefined;
    if (organization) {
      this.mark(i, organization.end);
      this.organizations.push({
        start: words.start(i),
        end: words.end(organization.end - 1),
        key: organizationKey(organization.canonical),
        canonical: organization.canonical,
      });
      return organization.end;
    }
    // A place after its level ("thành phố Hồ Chí Minh", "tỉnh Hà Tĩnh") is no one's name.
    const level = longestPhrase(this.lexicon.tries.placeLevels, words, i);
    const place = level && words.gap(level.end) === 'space' ? this.organizationPhrases.place(level.end) : undefined;
    if (place !== undefined) {
      this.mark(i, place);
      return place;
    }
    return i + 1;
  }

  /**
   * Whether word i (a word, a number or a mark) is one at which no reading of `readAt` can start, so that it is passed
   * at once: most words of an article are, and each reading would turn it away by its own tests. Every reading there
   * starts with a capital (a name, an organisation, a post not in lower case), with the first word of a phrase of the
   * tries `openingsOf` joins (an honorific, a predicate, a modifier, a post, a head, an aide's head, a place's level),
   * or with one of OPENING_WORDS. A reading added to `readAt` that starts otherwise must add what it starts with there.
   */
  private opensNothing(i: number): boolean {
    return !this.words.upper(i) && !startsPhrase(this.openings, this.words, i);
  }

  /**
   * A person whose name has `length` words from word `nameAt`, with the
   * honorific at word `honorificAt` and the chain of titles written before
   * the name, if any; then reads what follows the name: a parenthesis, an
   * appositive list of titles, a predicate (unless `readsPredicates` is
   * false, for the official an aide's post names). Returns the word after them.
   */
  private person(
    honorific: { at: number; end: number } | undefined,
    before: Chain | undefined,
    nameAt: number,
    length: number,
    inherited: readonly FoundTitle[] = [],
    readsPredicates = true,
  ): number {
    const { words } = this;
    const name = words.textOf(nameAt, nameAt + length);
    this.mark(nameAt, nameAt + length);
    // "… thay cho thiếu tướng B; …": someone named as the one another replaces has no predicate of their own.
    const from = honorific?.at ?? before?.titles[0]?.at ?? nameAt;
    const replacedHere = words.key(from - 1) === 'thay' || words.key(from - 1) === 'thế' || (words.key(from - 1) === 'cho' && (words.key(from - 2) === 'thay' || words.key(from - 2) === 'thế'));
    this.lastReadPredicates = readsPredicates && !replacedHere;
    const matches: TitleMatch[] = [...(before?.titles ?? [])];
    let k = this.birth(this.qualifier(nameAt + length));
    if (words.isMark(k, '(')) {
      // "B (Bộ trưởng Bộ Nội vụ)", "B (lúc đó là Bộ trưởng …)": a parenthesis right after a name is its own.
      const inner = this.chain(k + 1, true) ?? this.predicate(k + 1, true);
      if (inner && words.isMark(inner.end, ')')) {
        matches.push(...inner.titles);
        k = inner.end + 1;
      } else {
        // "A (thứ 3 từ phải sang), được bầu làm …", "B (bên trái), Chủ tịch …": a short remark in brackets stands between the name and its posts.
        const close = this.remarkClose(k);
        // "C (dân tộc Ba Na; Ủy viên Trung ương Đảng khóa X)": posts after a remark in the same brackets are the name's too.
        const posts = close === undefined ? undefined : this.postsEndingRemark(k, close);
        if (posts) matches.push(...posts.titles);
        k = close === undefined ? k : close + 1;
      }
    }
    k = this.afterDegreeAndField(k);
    // "Ngoài ông A, Thủ tướng cũng …": a name after "ngoài" (besides) ends its phrase at the comma, and what follows is the clause's.
    const opensPhrase = (honorific?.at ?? before?.titles[0]?.at ?? nameAt) - 1;
    const besides = words.key(opensPhrase) === 'ngoài' && words.isMark(k, ',');
    if (!besides && (words.isMark(k, ',') || words.key(k) === '-') && words.joins(k + 1)) {
      // A name written right after its own post ("Chủ tịch UBND tỉnh A, Chủ tịch … B") heads a list of posts and names,
      // where the post after the comma may be the next name's; one given a post across "đối với" does not.
      const postRightBefore = before !== undefined && before.end >= (honorific?.at ?? nameAt);
      const appositive =
        this.chain(k + 1, true, { stopBeforeName: true, ownsFirst: !postRightBefore, apposition: true }) ?? this.bareHeadThenPosts(k + 1) ?? this.postsAfterUnreadItem(k + 1);
      // "Bí thư Tỉnh ủy A, Phó bí thư, Chủ tịch UBND tỉnh B": in a list of officials each written after their posts, posts
      // that the next name's posts go on from are that name's too.
      const next = postRightBefore && appositive && words.isMark(appositive.end, ',') && words.joins(appositive.end + 1) ? this.chain(appositive.end + 1, false) : undefined;
      if (appositive && !(next && this.nameFollows(next.end))) {
        matches.push(...appositive.titles);
        k = appositive.end;
      }
    } else if (words.gap(k) === 'space') {
      // "Đồng chí Nguyễn Thị Thanh Ủy viên Ban Chấp hành Trung ương Đảng, …": an appositive without its comma must name a full
      // post, which may be written in lower case ("ông A bí thư đảng ủy được bầu làm …").
      const appositive = this.chain(k, true, APPOSITION);
      if (appositive && !appositive.titles[0].bare) {
        matches.push(...appositive.titles);
        k = appositive.end;
      }
    }
    // Predicates may follow one another: "tiếp tục tái đắc cử, giữ chức …", "đang giữ chức vụ … được bầu làm …".
    const predicated = matches.length;
    // "do ông A làm trưởng đoàn" (led by A as its head): after "do", "làm" gives a post held, not one taken up.
    const opening = honorific?.at ?? before?.titles[0]?.at ?? nameAt;
    const agent = words.key(opening - 1) === 'do';
    // "…, Tổng Giám đốc Ngân hàng … (Vietcombank), được bổ nhiệm giữ chức …": a short name in brackets after the posts stands before the predicate.
    if (readsPredicates && predicated > 0 && words.isMark(k, '(')) {
      const close = this.remarkClose(k);
      if (close !== undefined && this.predicate(close + 1, false, agent)) k = close + 1;
    }
    // "A thay ông B giữ chức …": B is the one A replaces, a person of their own; the predicate after B's name is A's.
    const replaced = readsPredicates ? this.replacedPerson(k, agent) : undefined;
    if (replaced !== undefined) k = this.person({ at: replaced.at, end: replaced.nameAt }, undefined, replaced.nameAt, replaced.length, [], false);
    const agents: NamedAgent[] = [];
    for (let predicate = readsPredicates ? this.predicate(k, false, agent) : undefined; predicate; predicate = this.predicate(k, false, agent)) {
      // "… đối với ông A và miễn nhiệm chức vụ X đối với ông B": a post given to someone named after it is not this name's;
      // nor is one heading a list of names ("…; bầu bổ sung Ủy viên Ủy ban Kiểm tra Trung ương, gồm các đồng chí: B, C").
      if (predicate.titles.length > 0 && (this.forWhom(predicate.end) !== undefined || this.holderAfter(predicate.end) || this.headsList(predicate.end))) break;
      matches.push(...this.laterInCareer(k, predicate.titles, matches));
      if (predicate.agent) agents.push(predicate.agent);
      k = predicate.end;
      // "A nguyên là: Ủy viên dự khuyết khóa IV; Ủy viên Trung ương Đảng các khóa V, VI, VII; …": a list the colon opens goes
      // on after semicolons, and so does one "là" opens ("A là Ủy viên Trung ương Đảng khóa XIII; Đại biểu Quốc hội khóa XV").
      const [first] = predicate.titles;
      if (first && (words.isMark(first.at - 1, ':') || words.key(first.at - 1) === 'là' || words.isMark(first.at - 1, ';'))) {
        const rest = this.restOfList(this.termsOfCareer(k), first.modifiers[0]);
        matches.push(...rest.titles);
        k = rest.end;
      }
    }
    // "đề cử ông A giữ chức vụ Chủ tịch nước", "giới thiệu ông A giữ chức …": the post a nomination names is not held, nor
    // taken up; the name's own posts, before it or in apposition, stay.
    if (this.nominatedBefore(opening, 1)) matches.splice(predicated);
    // "Trước khi trúng cử, ông A giữ chức Giám đốc Sở …": what a sentence opened by "trước khi" (before) says of its
    // subject was so before the news, so the posts its predicates give are former ones.
    if (matches.length > predicated && this.opensBefore(opening)) {
      matches.splice(predicated, matches.length - predicated, ...matches.slice(predicated).map((m) => (m.modifiers.includes('left') ? m : { ...m, modifiers: ['former' as const] })));
    }
    // "Thứ trưởng Bộ Tư pháp A nghỉ hưu theo chế độ …": the posts held, before or after the name, are those retired from.
    // "A, Chủ tịch UBND quận Tân Phú (TPHCM) vừa nhận quyết định nghỉ hưu": a remark in brackets may stand before the verb.
    const remark = words.isMark(k, '(') ? this.remarkClose(k) : undefined;
    const retires = this.retiresAt(k) || (remark !== undefined && this.retiresAt(remark + 1));
    if (retires || this.retirementGrantedTo(opening)) matches.splice(0, predicated, ...matches.slice(0, predicated).map((m) => (m.modifiers.length > 0 ? m : { ...m, modifiers: ['left' as const] })));
    // The officials that aides' posts are held for are people of their own, with their own posts and no predicate: what follows is the aide's.
    for (const m of matches) if (m.principal) this.person({ at: m.principal.honorificAt, end: m.principal.nameAt }, undefined, m.principal.nameAt, m.principal.length, [], false);
    // So are the officials named as the agents of its passive predicates, with the post they are named by.
    for (const a of agents) this.person(undefined, { titles: [{ ...a.post, modifiers: [] }], end: a.post.end }, a.nameAt, a.length, [], false);
    // Titles shared with the first name of a list are that name's mentions of them; this one only carries them,
    // unless it writes the same post again itself ("5 Phó bí thư Tỉnh ủy gồm: …; ông B, Phó bí thư Tỉnh ủy").
    const own = new Set(matches.map((m) => titleKey(m.canonical)));
    // "A được bầu giữ chức P thay ông B": B held P until then, but the text does not write P at B's name, so B's mention
    // carries only the posts written there ("thay cho ông B, Bí thư Tỉnh ủy khóa XV"), as a reader's annotation does.
    const shared = inherited.filter((t) => !own.has(t.key));
    const titles = [...shared.map((t) => ({ ...t, holder: name })), ...matches.map((m) => this.addTitle(m, name))];
    this.predicated = titles.slice(shared.length + predicated);
    this.lastPerson = { index: this.people.length, end: nameAt + length };
    this.people.push({
      start: words.start(nameAt),
      end: words.end(nameAt + length - 1),
      key: personKey(name),
      name,
      ...(honorific ? { honorific: words.text.slice(words.start(honorific.at), words.end(honorific.end - 1)) } : {}),
      titles,
    });
    return k;
  }

  /** Whether the clause the subject at word `opening` starts follows one opened by "Trước khi" in the same sentence. */
  private opensBefore(opening: number): boolean {
    const { words } = this;
    if (!words.isMark(opening - 1, ',')) return false;
    for (let j = opening - 2; j >= 0 && j >= opening - 2 - MAX_BEFORE_CLAUSE; j--) {
      if (words.isMark(j, '.') || words.isMark(j, ';') || words.gap(j + 1) === 'line') return false;
      const starts = j === 0 || words.gap(j) === 'line' || words.isMark(j - 1, '.');
      if (starts) return words.key(j) === 'trước' && words.key(j + 1) === 'khi';
    }
    return false;
  }

  /** Whether a clause saying its subject retires ("nghỉ hưu", "về hưu", "đã nghỉ chế độ", "về nghỉ chế độ"; not "sẽ nghỉ hưu") starts at word k, after a comma if any. */
  private retiresAt(k: number): boolean {
    const { words } = this;
    let at = words.isMark(k, ',') && words.joins(k + 1) ? k + 1 : k;
    if (words.gap(at) !== 'space') return false;
    // "đã nghỉ hưu", "vừa mới nghỉ chế độ": adverbs of time may come first.
    for (let n = 0; n < MAX_FILLERS && RETIRING_BEFORE.has(words.key(at)) && words.gap(at + 1) === 'space'; n++) at++;
    // The one handing the decision over ("A trao quyết định nghỉ hưu tới …") does not retire; the one given it does.
    const decision = `${words.key(at)} ${words.key(at + 1)} ${words.key(at + 2)}`;
    if ((RETIREMENT_DECISION.has(decision) || RETIREMENT_DECISION.has(`${words.key(at - 1)} ${decision}`)) && words.gap(at + 3) === 'space') at += 3;
    const verb = `${words.key(at)} ${words.key(at + 1)}`;
    // "về nghỉ chế độ", "về nghỉ hưu": "về" (go back) may come before the verb.
    if (verb === 'về nghỉ' && words.gap(at + 1) === 'space') return this.retiresAt(at + 1);
    return words.gap(at + 1) === 'space' && (verb === 'nghỉ hưu' || verb === 'về hưu' || (verb === 'nghỉ chế' && words.key(at + 2) === 'độ'));
  }

  /**
   * Whether the name opening at word `opening` is the one a retirement is granted to: "cho nghỉ hưu trước tuổi đối với
   * ông A, Chủ nhiệm …", "nghỉ chờ hưu đối với Đại tá B – Phó Giám đốc …", "trao quyết định nghỉ hưu tới bà C, …", the
   * retirement in the same clause before "đối với" or "tới". Then the posts after the name are left.
   */
  private retirementGrantedTo(opening: number): boolean {
    const { words } = this;
    // "… đối với ông A", "trao quyết định nghỉ hưu trước tuổi tới bà A" (to A).
    const to = words.key(opening - 1) === 'với' && words.key(opening - 2) === 'đối' ? opening - 2 : words.key(opening - 1) === 'tới' ? opening - 1 : undefined;
    if (to === undefined) return false;
    for (let j = to - 1; j > 0 && j >= to - 1 - MAX_RETIREMENT_REACH; j--) {
      // Another item's reason ("…, nguyên Giám đốc Công an tỉnh (do nghỉ hưu) và miễn nhiệm … đối với ông B") is not this one's.
      if (words.isMark(j, '.') || words.isMark(j, ';') || words.isMark(j, ')') || words.key(j) === 'và' || words.gap(j + 1) === 'line') return false;
      if (words.key(j) === 'hưu' && RETIRING_VERBS.has(words.key(j - 1))) return words.key(j - 2) !== 'sẽ';
    }
    return false;
  }

  /** The name after "thay", "thay thế" or "thay (thế) cho" (replacing) at word k, or after a comma there, and its honorific's or rank's word `at`. */
  private replacedName(k: number): { at: number; nameAt: number; length: number } | undefined {
    const { words } = this;
    // ", thay ông B …" after the posts set off by commas.
    const verb = words.isMark(k, ',') && words.joins(k + 1) ? k + 1 : k;
    if (words.key(verb) !== 'thay' || words.gap(verb) !== 'space') return undefined;
    let at = words.key(verb + 1) === 'thế' && words.gap(verb + 2) === 'space' ? verb + 2 : verb + 1;
    if (words.key(at) === 'cho' && words.gap(at + 1) === 'space') at++;
    if (words.gap(at) !== 'space') return undefined;
    const nameAt = this.afterRank(at);
    const length = this.name(nameAt, true, true);
    return length === undefined ? undefined : { at, nameAt, length };
  }

  /**
   * The person named after "thay" or "thay thế" at word k, or after a comma there ("… thay ông B giữ chức …"), when
   * an active predicate follows the name: the one replaced, whose name stands between the replacing person and that
   * person's predicate. `at` is the honorific's word, or the name's when there is none.
   */
  private replacedPerson(k: number, agent: boolean): { at: number; nameAt: number; length: number } | undefined {
    const { words } = this;
    const replaced = this.replacedName(k);
    if (!replaced) return undefined;
    const { at, nameAt, length } = replaced;
    // "…, thay ông B được Trung ương điều động giữ chức …": a passive after B says what became of B, and is B's.
    const after = nameAt + length;
    if (PASSIVES.has(words.key(after)) || PASSIVES.has(words.key(after + 1))) return undefined;
    return this.predicate(after, false, agent) ? { at, nameAt, length } : undefined;
  }

  /**
   * Where the names of a list headed by a post begin, the post ending at word
   * k: after a colon ("Phó Trưởng ban …: A; B"), or after "là" or "gồm (có)"
   * ("Hai Phó Chủ tịch HĐND tỉnh là ông A và ông B", "Năm Phó Chủ tịch … khóa
   * IX gồm các đồng chí: A, B"), possibly after a comma. The plural honorifics
   * of the whole list ("các ông, bà:", "các đồng chí") are read past, so the
   * word returned is the first name or its own honorific. Undefined when no
   * list opens at k.
   */
  private listOpening(k: number): number | undefined {
    const { words } = this;
    const now = NOW_WORDS.has(`${words.key(k)} ${words.key(k + 1)}`) ? k + 2 : NOW_WORDS.has(words.key(k)) ? k + 1 : k;
    if (now > k) return words.key(now) === 'là' && words.gap(now) === 'space' ? this.listOpening(now) : undefined;
    // "bầu đủ các Phó Chủ tịch UBND tỉnh theo quy định, gồm các ông: …": the legal formula may stand before the list.
    if (words.key(k) === 'theo' && words.key(k + 1) === 'quy' && words.key(k + 2) === 'định' && words.gap(k) === 'space') return this.listOpening(k + 3);
    // "… tham gia Ban Bí thư khóa XIV như sau: …": "as follows" may open the list before its colon.
    if (words.key(k) === 'như' && words.key(k + 1) === 'sau' && words.gap(k) === 'space' && words.isMark(k + 2, ':')) return k + 3;
    // "3 phó giám đốc khác gồm: …": "khác" (other) may follow the post.
    if (words.key(k) === 'khác' && words.gap(k) === 'space') return this.listOpening(k + 1);
    // "4 Phó Hiệu trưởng (gồm ông A, ông B, …)": the list may stand in brackets.
    if (words.isMark(k, '(') && LIST_OPENERS.has(words.key(k + 1))) return this.listOpening(k + 1);
    const at = words.isMark(k, ',') && LIST_OPENERS.has(words.key(k + 1)) ? k + 1 : k;
    if (words.isMark(at, ':')) return at + 1;
    // "3 tân Thứ trưởng Bộ Quốc phòng (từ trái qua): …": a caption's remark in brackets may stand before the colon.
    const remark = words.isMark(at, '(') && !words.upper(at + 1) ? this.remarkClose(at) : undefined;
    if (remark !== undefined && words.isMark(remark + 1, ':')) return remark + 2;
    if (!LIST_OPENERS.has(words.key(at)) || (words.gap(at) === 'none' && !words.isMark(at - 1, '('))) return undefined;
    let next = at + 1;
    if (words.key(at) === 'gồm' && words.key(next) === 'có') next++;
    if (PLURALS.has(words.key(next))) {
      const honorific = longestPhrase(this.lexicon.tries.honorifics, words, next + 1);
      if (honorific) next = this.moreHonorifics(honorific.end);
    } else {
      // "4 Phó bí thư gồm bà: A (…), ông B": the honorific of the first name may stand before the colon.
      const honorific = longestPhrase(this.lexicon.tries.honorifics, words, next);
      if (honorific && words.isMark(honorific.end, ':')) next = honorific.end;
    }
    return words.isMark(next, ':') ? next + 1 : next;
  }

  /**
   * The word after the honorifics a plural writes one after another from word k, where the list's first honorific ends:
   * "các ông, bà", "các ông và bà", "các anh chị"; k when none follows.
   */
  private moreHonorifics(k: number): number {
    const { words } = this;
    for (;;) {
      const joined = words.isMark(k, ',') || words.key(k) === 'và';
      const next = longestPhrase(this.lexicon.tries.honorifics, words, joined ? k + 1 : k);
      if (!next) return k;
      k = next.end;
    }
  }

  /**
   * Where the items of a list headed by a counted post begin, the post's
   * chain starting at word i: the count right before it ("4", "bốn"), then at
   * most a few words of qualifier on the same clause, then the list's opening
   * (see listOpening) or a new sentence "Đó là". Undefined when the post is not
   * counted or no list opens.
   */
  private groupItems(i: number, chain: Chain): number | undefined {
    const { words } = this;
    if (!(this.counted(i) || this.quantified(i)) || !chain.titles.some((t) => !t.bare)) return undefined;
    for (let k = chain.end, read = 0; read <= MAX_GROUP_QUALIFIER && k < words.length; k++, read++) {
      // "10 Ủy viên Bộ Chính trị tham gia Ban Bí thư khóa XIV, gồm:": a term names which body, and is not counted.
      const term = this.qualifier(k);
      if (term > k) k = term;
      if (words.isMark(k, '.') && words.key(k + 1) === 'đó' && words.key(k + 2) === 'là') return k + 3;
      const opening = this.listOpening(k);
      if (opening !== undefined) return opening;
      if (words.kind(k) !== 'word' && !(words.kind(k) === 'number' && TERM_WORDS.has(words.key(k - 1)))) return undefined;
    }
    return undefined;
  }

  /**
   * After reading from word i (the people found from index `before` on,
   * the next word to read `next`): the people of an item of the current
   * group's list get its post, and the group waits for the next item after
   * a semicolon, a comma, "và" or a line break. A step at the item's place
   * that finds no one, or only a bare name on a new line, or a step past it,
   * ends the list.
   */
  private joinGroup(i: number, before: number, next: number): void {
    const { words } = this;
    const group = this.group;
    if (group === undefined) return;
    // An item on a line of its own may open with a dash ("- Tổng Bí thư A, …"), which is read past.
    const itemAt = words.gap(group.next) === 'line' && DASHES.has(words.key(group.next)) ? group.next + 1 : group.next;
    if (i < itemAt) return;
    // An item on a line of its own describes its person ("Ông A, Bí thư …"): a bare name there ("Ông B phát biểu") is the text going on.
    const bareLine = words.gap(i) === 'line' && this.people.slice(before).every((p) => p.titles.length === 0);
    if (i > itemAt || this.people.length === before || bareLine) {
      this.endGroup();
      return;
    }
    for (let p = before; p < this.people.length; p++) {
      const person = this.people[p];
      const own = new Set(person.titles.map((t) => t.key));
      group.found ??= group.titles.map((t) => this.addTitle(t, person.name));
      const shared = group.found.filter((t) => !own.has(t.key)).map((t) => ({ ...t, holder: person.name }));
      this.people[p] = { ...person, titles: [...shared, ...person.titles] };
    }
    if (words.isMark(next, ';') || words.isMark(next, ',') || words.key(next) === 'và') group.next = next + 1;
    else if (words.isMark(next, '.') && words.gap(next + 1) === 'line') group.next = next + 1;
    else if (words.gap(next) === 'line') group.next = next;
    else this.endGroup();
  }

  /** Ends the current group's list; a post no name took is still a post of the text. */
  private endGroup(): void {
    if (this.group !== undefined && this.group.found === undefined) for (const title of this.group.titles) this.addTitle(title);
    this.group = undefined;
  }

  /**
   * The honorific and name a post written before them is given to, when
   * something stands between: "đối với" after the post as the object of a
   * predicate ("miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với đồng chí A"),
   * "cho" after a post a verb gives ("chuẩn y chức danh Bí thư Tỉnh ủy cho ông
   * A"), or a comma after a post that names its organisation and opens a clause
   * ("…, Bí thư Thành ủy nhiệm kỳ 2020-2025, đồng chí B, phát biểu"); a post
   * inside a phrase ("Thừa ủy quyền của Chủ tịch nước, Thủ tướng Chính phủ,
   * đồng chí C") is not the name's. The honorific is required, as without it
   * the words after are rarely a name, except after full posts opening a
   * sentence when the sentence goes on from the name in lower case; then
   * `honorificAt` is `nameAt`. The chain starts at word i.
   */
  private heldBy(i: number, chain: Chain): { honorificAt: number; nameAt: number; list: boolean; own?: Chain; ownShared?: boolean } | undefined {
    const { words } = this;
    const opensClause = i === 0 || words.gap(i) === 'line' || CLAUSE_MARKS.has(words.key(i - 1));
    let at: number;
    // "phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh … đối với: ông A, ông B và bà C": every name of the list takes it.
    // "giao Quyền Phó Tổng Giám đốc (PTGĐ) cho Thượng tá A": a short name in brackets may come first.
    const end = this.shortNameEnd(chain.end) ?? chain.end;
    const forWhom = this.forWhom(end);
    const holderWord = this.holderWordAt(end);
    let list = forWhom !== undefined;
    if (forWhom !== undefined) at = forWhom;
    // "trao quyết định chuẩn y chức danh Bí thư Tỉnh ủy … cho ông A": after a post a verb gives, "cho" names who takes it;
    // so does "với" or "của" after a post a verb takes away or gives ("miễn nhiệm chức vụ Phó Thủ tướng với ông A",
    // "miễn nhiệm chức Chủ tịch UBND tỉnh của ông A"). "cho các ông A, B và bà C" names a list. A comma may stand before
    // the holder's word ("giao quyền Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu, cho ông A").
    else if (holderWord !== undefined && this.objectOf(i, chain) !== chain) {
      at = holderWord + 1;
      // "giao Quyền Phó Tổng Giám đốc cho Đại tá A và Thượng tá B": two names, each with its honorific, joined by "và".
      list = PLURALS.has(words.key(at)) || this.twoNamed(at);
    }
    else if (opensClause && words.isMark(chain.end, ',') && words.joins(chain.end + 1) && chain.titles.some((t) => !t.bare)) at = chain.end + 1;
    // "hiện có Bộ trưởng, Đại tướng Ngô Xuân Lịch": before a military rank any post will do, anywhere in a clause, since a
    // rank names an officer, not the next item of a list of posts.
    else if (words.isMark(chain.end, ',') && this.rankAt(chain.end + 1)) at = chain.end + 1;
    else return undefined;
    // "đối với các ông A, B": the plural honorific of a list.
    if (list && PLURALS.has(words.key(at)) && words.gap(at + 1) === 'space') at++;
    const honorific = words.gap(at) === 'space' ? this.honorificAt(at) : undefined;
    // "đối với các ông: A, …; B, …": a colon may open the list after the plural honorific.
    if (honorific && list && words.isMark(honorific.end, ':') && words.joins(honorific.end + 1)) return { honorificAt: at, nameAt: honorific.end + 1, list };
    if (honorific) return words.gap(honorific.end) === 'space' ? { honorificAt: at, nameAt: honorific.end, list } : undefined;
    // "bổ nhiệm Phó Chánh án … đối với các Thẩm phán Tòa án nhân dân tối cao A và B": the names may follow a post of their
    // own, which is every name's when it is plural ("các"), the first name's otherwise.
    const own = list ? this.chain(at, false) : undefined;
    if (own && words.gap(own.end) === 'space' && this.name(own.end, true, true) !== undefined) {
      return { honorificAt: own.end, nameAt: own.end, list, own, ownShared: PLURALS.has(words.key(at - 1)) };
    }
    // "Tổng Bí thư Ban Chấp hành Trung ương Đảng, Nông Đức Mạnh thay mặt …": opening a sentence, full posts, a comma and a
    // name the sentence goes on from in lower case are that name's; so they are after a phrase put first ("Phát biểu tại
    // buổi lễ, Thứ trưởng Bộ Công Thương, Cao Quốc Hưng cho biết").
    const opensSentence = i === 0 || words.gap(i) === 'line' || words.isMark(i - 1, '.') || words.isMark(i - 1, ',');
    if (!opensSentence || at !== chain.end + 1 || !chain.titles.every((t) => !t.bare) || words.gap(at) !== 'space') return undefined;
    const length = this.name(at, true, true);
    const next = length === undefined ? undefined : at + length;
    return next !== undefined && words.kind(next) === 'word' && !words.upper(next) && words.gap(next) === 'space' ? { honorificAt: at, nameAt: at, list: false } : undefined;
  }

  /**
   * A chain of posts starting at word i, left when a verb that removes stands right before it ("Quốc hội miễn nhiệm Phó
   * Thủ tướng Trịnh Đình Dũng"); as it is otherwise. A verb that appoints there does not say the same: "bổ nhiệm Thứ
   * trưởng Bộ Nội vụ A giữ chức …" names A's present post first.
   */
  private removedFrom(i: number, chain: Chain): Chain {
    const object = this.objectOf(i, chain);
    return object.titles.some((t) => t.modifiers.includes('left')) ? object : chain;
  }

  /**
   * The comma after a degree and its field set off by commas after a name, at word k ("A (45 tuổi), thạc sĩ quản trị kinh
   * doanh, Ủy viên …", "B, là bác sĩ chuyên khoa II, được bổ nhiệm …"), when posts or a predicate follow it; k otherwise.
   */
  private afterDegreeAndField(k: number): number {
    const { words } = this;
    if (!words.isMark(k, ',') || words.gap(k + 1) !== 'space') return k;
    const at = words.key(k + 1) === 'là' && words.gap(k + 2) === 'space' ? k + 2 : k + 1;
    const degree = longestPhrase(this.lexicon.tries.degrees, words, at);
    if (!degree) return k;
    let j = degree.end;
    // The field is in lower case ("quản trị kinh doanh"), perhaps with a level in Roman numerals ("chuyên khoa II").
    while (j < degree.end + MAX_DEGREE_FIELD && words.gap(j) === 'space' && (words.kind(j) === 'number' || (words.kind(j) === 'word' && (!words.upper(j) || words.allCaps(j))))) j++;
    if (!words.isMark(j, ',') || !words.joins(j + 1)) return k;
    return this.chain(j + 1, true, APPOSITION) || this.predicate(j + 1, false) ? j : k;
  }

  /**
   * The word after the degrees that open a list at word k, each with its field and closed by a semicolon or a comma
   * ("Thạc sỹ kinh tế; Cử nhân chính trị; …"); k when none does.
   */
  private afterDegreeItems(k: number): number {
    const { words } = this;
    let at = k;
    for (let degree = longestPhrase(this.lexicon.tries.degrees, words, at); degree; degree = longestPhrase(this.lexicon.tries.degrees, words, at)) {
      let j = degree.end;
      while (j < degree.end + MAX_DEGREE_FIELD && words.gap(j) === 'space' && words.kind(j) === 'word' && !words.upper(j)) j++;
      if (!(words.isMark(j, ';') || words.isMark(j, ',')) || !words.joins(j + 1)) break;
      at = j + 1;
    }
    return at;
  }

  /** The word after the degrees written at word k ("PGS.TS", "GS. TSKH", "TS"), or undefined when none is. */
  private afterDegrees(k: number): number | undefined {
    const { words } = this;
    if (words.gap(k) !== 'space' || !longestPhrase(this.lexicon.tries.degrees, words, k)) return undefined;
    const honorific = this.honorificAt(k);
    return honorific && honorific.end > k ? honorific.end : undefined;
  }

  /** Whether degrees and a name are written from word k ("PGS.TS Đào Xuân Cơ"). */
  degreedNameAt(k: number): boolean {
    const after = this.afterDegrees(k);
    return after !== undefined && this.words.gap(after) === 'space' && this.name(after, true, true) !== undefined;
  }

  /** Whether a military rank ("Đại tướng", "Thượng tá", "Phó Đô đốc") is written at word k. */
  private rankAt(k: number): boolean {
    const honorific = this.words.gap(k) === 'space' ? this.honorificAt(k) : undefined;
    return honorific !== undefined && MILITARY_RANK.test(honorific.canonical);
  }

  /** The word "cho", "với" or "của" at word k, or after a comma there, that names the holder of the post before it. */
  private holderWordAt(k: number): number | undefined {
    const { words } = this;
    const at = words.isMark(k, ',') && words.joins(k + 1) ? k + 1 : k;
    return HOLDER_WORDS.has(words.key(at)) && words.gap(at) === 'space' && words.gap(at + 1) === 'space' ? at : undefined;
  }

  /** Whether "cho", "với" or "của" and an honorific at word k name someone else as the holder of the post before ("… của ông B"). */
  private holderAfter(k: number): boolean {
    const at = this.holderWordAt(k);
    return at !== undefined && this.honorificAt(at + 1) !== undefined;
  }

  /**
   * The word after "đối với" (and its colon) right after a post ending at word k, which names who the post is given to
   * or taken from ("miễn nhiệm chức vụ … đối với ông A"); a comma may close the post's term before it ("…, nhiệm kỳ
   * 2016-2021, đối với ông A"). Undefined when no "đối với" follows.
   */
  private forWhom(k: number): number | undefined {
    const { words } = this;
    const at = words.isMark(k, ',') && words.key(k + 1) === 'đối' ? k + 1 : k;
    // "miễn nhiệm chức Chánh án … với ông A và Viện trưởng … với ông B": the press may shorten "đối với" to "với".
    if (words.key(at) === 'với' && words.gap(at) === 'space' && words.gap(at + 1) === 'space' && this.honorificAt(at + 1)) return at + 1;
    if (words.key(at) !== 'đối' || words.key(at + 1) !== 'với' || words.gap(at + 1) !== 'space') return undefined;
    return words.isMark(at + 2, ':') ? at + 3 : at + 2;
  }

  /** Whether an honorific and a name at word `at` are followed by "và", another honorific and a name. */
  private twoNamed(at: number): boolean {
    const { words } = this;
    const first = this.honorificAt(at);
    const length = first && words.gap(first.end) === 'space' ? this.name(first.end, true, true) : undefined;
    if (!first || length === undefined) return false;
    const and = first.end + length;
    const second = words.key(and) === 'và' && words.gap(and + 1) === 'space' ? this.honorificAt(and + 1) : undefined;
    return second !== undefined && words.gap(second.end) === 'space' && this.name(second.end, true, true) !== undefined;
  }

  /**
   * A chain of posts starting at word i, with the modifier of a predicate
   * or active verb written right before it ("miễn nhiệm chức vụ" makes the
   * posts left, "được bầu giữ chức" and "bổ nhiệm" appointed); the chain as
   * it is when none is. The longest one wins: "cho thôi giữ chức" ends in
   * "giữ chức" but makes the post left.
   */
  private objectOf(i: number, chain: Chain): Chain {
    const { predicates, objectVerbs } = this.lexicon.tries;
    for (let from = Math.max(0, i - MAX_PREDICATE_WORDS); from < i; from++) {
      for (const verbs of [predicates, objectVerbs]) {
        const predicate = verbPhrase(verbs, this.words, from);
        if (predicate?.end === i && predicate.canonical !== '') return { titles: withModifier(chain.titles, this.modifierOf(predicate.canonical)), end: chain.end };
      }
    }
    return chain;
  }

  /** The closing bracket of a short remark in brackets opening at word k ("(bên trái)"), or undefined when none closes within a few words. */
  private remarkClose(k: number): number | undefined {
    const { words } = this;
    for (let j = k + 1; j <= k + MAX_REMARK && j < words.length; j++) {
      if (words.isMark(j, ')')) return j;
      if (words.isMark(j, '(') || words.gap(j) === 'line') return undefined;
    }
    return undefined;
  }

  /**
   * A table of the votes that elected people to a post, headed by the post: "* Về kết quả bầu Ủy viên Ủy ban Thường vụ
   * Quốc hội:" then a line "Đồng chí A: Có 487 phiếu đồng ý" per name, or "Danh sách 5 phó thủ tướng và kết quả kiểm
   * phiếu: 1. Ông A: 469/487 … 5. B (kiêm Bộ trưởng Ngoại giao): 483/488". Each name the table opens a line or a
   * numbered item with, followed by its colon, takes the post, appointed; the first holds the heading's mention of it,
   * the others carry it, as in a list. Returns the word after the table, or undefined when no such heading starts at i.
   */
  private voteTable(i: number): number | undefined {
    const { words } = this;
    const heading = this.voteTableHeading(i);
    if (!heading) return undefined;
    let k = heading.end;
    let inherited: FoundTitle[] | undefined;
    for (let items = 0; items < MAX_TABLE_ITEMS; items++) {
      let itemAt = k;
      if (words.kind(itemAt) === 'number' && words.isMark(itemAt + 1, '.')) itemAt += 2;
      else if (BULLETS.has(words.key(itemAt))) itemAt++;
      const honorific = this.honorificAt(itemAt);
      const nameAt = this.afterRank(honorific && words.gap(honorific.end) === 'space' ? honorific.end : itemAt);
      const length = words.gap(nameAt) === 'space' || nameAt === itemAt ? this.name(nameAt, true, true) : undefined;
      if (length === undefined) break;
      // The name's colon, perhaps after a remark in brackets ("B (kiêm Bộ trưởng Ngoại giao): 483/488").
      const close = words.isMark(nameAt + length, '(') ? this.remarkClose(nameAt + length) : undefined;
      if (!words.isMark(close === undefined ? nameAt + length : close + 1, ':')) break;
      const before = inherited ? undefined : { titles: heading.posts, end: heading.end };
      k = this.person(honorific && { at: itemAt, end: honorific.end }, before, nameAt, length, inherited ?? [], false);
      inherited ??= this.people[this.people.length - 1].titles.slice(0, heading.posts.length);
      // The votes run to the end of the line or to the next numbered item.
      for (let n = 0; n < MAX_TABLE_ITEM && k < words.length && words.gap(k) !== 'line' && !(n > 0 && this.numberedItemAt(k)); n++) k++;
      if (k >= words.length || (words.gap(k) !== 'line' && !this.numberedItemAt(k))) break;
    }
    return inherited ? k : undefined;
  }

  /**
   * The post a table of votes elects to and the word after its heading's colon, at word i: "kết quả bầu (chức danh)
   * <post>:", "danh sách (5) <posts> (và kết quả kiểm phiếu):".
   */
  private voteTableHeading(i: number): { posts: TitleMatch[]; end: number } | undefined {
    const { words } = this;
    let at: number;
    if (words.key(i) === 'kết' && words.key(i + 1) === 'quả' && words.key(i + 2) === 'bầu') at = i + 3;
    else if (words.key(i) === 'danh' && words.key(i + 1) === 'sách') at = words.kind(i + 2) === 'number' ? i + 3 : i + 2;
    else return undefined;
    if (words.key(at) === 'chức' && (words.key(at + 1) === 'danh' || words.key(at + 1) === 'vụ')) at += 2;
    // A head alone names the post too, in any case: "danh sách 5 phó thủ tướng".
    const chain = words.gap(at) === 'space' ? (this.chain(at, true) ?? this.headAlone(at)) : undefined;
    if (!chain) return undefined;
    let end = chain.end;
    // "… và kết quả kiểm phiếu:", "… và kết quả bầu:".
    if (words.key(end) === 'và' && words.key(end + 1) === 'kết' && words.key(end + 2) === 'quả') {
      end += 3;
      while (end < chain.end + MAX_TABLE_HEADING_TAIL && words.kind(end) === 'word' && !words.upper(end)) end++;
    }
    if (!words.isMark(end, ':')) return undefined;
    return { posts: withModifier(chain.titles, 'appointed'), end: end + 1 };
  }

  /** Whether a numbered item ("2.", then a capital) starts at word k. */
  private numberedItemAt(k: number): boolean {
    const { words } = this;
    return words.kind(k) === 'number' && words.isMark(k + 1, '.') && words.gap(k + 2) === 'space' && words.upper(k + 2);
  }

  /** The posts after a semicolon or comma that end the remark in brackets from word k to its closing bracket `close`, if any. */
  private postsEndingRemark(k: number, close: number): Chain | undefined {
    const { words } = this;
    for (let j = k + 1; j < close; j++) {
      if (!words.isMark(j, ';') && !words.isMark(j, ',')) continue;
      const posts = this.chain(j + 1, true);
      if (posts?.end === close) return posts;
    }
    return undefined;
  }

  /**
   * The word after what a name may be followed by before its posts, k when there is none: the year of birth (",
   * sinh năm 1961", " sinh năm 1961", then perhaps the home province: ", quê Bắc Ninh"), the age (", 46 tuổi", " -
   * 53 tuổi") or a rank between commas (", Đại tá, Chỉ huy trưởng …").
   */
  private birth(k: number): number {
    const { words } = this;
    const at = words.isMark(k, ',') || (words.key(k) === '-' && words.gap(k) === 'space') ? k + 1 : k;
    let end = k;
    if (words.key(at) === 'sinh' && words.gap(at) === 'space') end = this.birthDate(at + 1) ?? k;
    else if (at > k && words.kind(at) === 'number' && words.key(at + 1) === 'tuổi') end = at + 2;
    else if (at > k && words.isMark(k, ',')) {
      // "…, Thiếu tướng, …", "…, là thiếu tướng, nguyên …": a rank (an honorific the lexicon capitalises) set off by commas.
      const rankAt = words.key(at) === 'là' && words.gap(at + 1) === 'space' ? at + 1 : at;
      const rank = this.honorificAt(rankAt);
      if (rank && (words.upper(rankAt) || RANK.test(rank.canonical)) && words.isMark(rank.end, ',')) end = rank.end;
    }
    // "…, quê Cần Thơ", "…, dân tộc Ê Đê", in either order, after the birth or the name itself: where one comes from and
    // the people one belongs to say who the name is, and the posts follow them.
    for (let origin = words.isMark(end, ',') ? this.origin(end + 1) : undefined; origin !== undefined; origin = words.isMark(end, ',') ? this.origin(end + 1) : undefined) {
      end = origin;
    }
    return end;
  }

  /**
   * The word after the home place or the people at word k: "quê Cần Thơ", "quê quán Ninh Bình", "quê ở xã Vĩnh Trung",
   * "quê quán tại Ngã Năm (Sóc Trăng)",
   * "dân tộc Ê Đê", "dân tộc Bru-Vân Kiều"; undefined when neither is written there, or when no comma follows a people's
   * name (its capitalised words would run into what follows).
   */
  private origin(k: number): number | undefined {
    const { words } = this;
    if (words.gap(k + 1) !== 'space') return undefined;
    if (words.key(k) === 'quê') {
      let home = words.key(k + 1) === 'quán' ? k + 2 : k + 1;
      if ((words.key(home) === 'ở' || words.key(home) === 'tại') && words.gap(home + 1) === 'space') home++;
      const level = longestPhrase(this.lexicon.tries.placeLevels, words, home);
      const placeAt = level && words.gap(level.end) === 'space' ? level.end : home;
      const end = words.gap(placeAt) === 'space' ? this.organizationPhrases.place(placeAt) : undefined;
      // "quê quán tại Ngã Năm (Sóc Trăng)": the province may follow in brackets.
      const province = end !== undefined && words.isMark(end, '(') ? this.organizationPhrases.place(end + 1) : undefined;
      return province !== undefined && words.isMark(province, ')') ? province + 1 : end;
    }
    if (words.key(k) !== 'dân' || words.key(k + 1) !== 'tộc' || words.gap(k + 2) !== 'space') return undefined;
    let end = k + 2;
    for (let parts = 0; parts < MAX_PEOPLE_NAME && words.upper(end) && words.kind(end) === 'word'; parts++) {
      end++;
      if (words.key(end) === '-' && words.gap(end) === 'none' && words.gap(end + 1) === 'none') end++;
      else if (words.gap(end) !== 'space') break;
    }
    return end > k + 2 && words.isMark(end, ',') ? end : undefined;
  }

  /**
   * The word after the year or date of birth after "sinh" at word k: "năm 1962", "ngày 17/10/1960", "ngày 4 tháng 6
   * năm 1947"; undefined when no year closes it within a few words.
   */
  private birthDate(k: number): number | undefined {
    const { words } = this;
    if (words.key(k) !== 'năm' && words.key(k) !== 'ngày') return undefined;
    for (let at = k + 1; at < k + MAX_BIRTH_DATE && at < words.length; at++) {
      if (words.kind(at) === 'number' && words.end(at) - words.start(at) === 4) return at + 1;
      if (words.kind(at) !== 'number' && !DATE_JOINERS.has(words.key(at))) return undefined;
    }
    return undefined;
  }

  /**
   * The honorific at word k, with the degrees and honours written after it in one run: "PGS.TS.NGƯT", "GS.TSKH", "Đại
   * tá, PGS.TS", "ThS. BS". A run joined by full stops, commas or spaces stands before a name as one honorific, and
   * so does one closed by a full stop ("PGS.TS. Nguyễn Văn A"); its canonical form is its first honorific's.
   */
  honorificAt(k: number): PhraseMatch | undefined {
    const { words } = this;
    const first = longestPhrase(this.lexicon.tries.honorifics, words, k);
    if (!first) return undefined;
    let end = first.end;
    for (;;) {
      const joined = (words.isMark(end, '.') && words.gap(end) === 'none') || (words.isMark(end, ',') && words.gap(end + 1) === 'space') ? end + 1 : end;
      if (joined === end && words.gap(end) !== 'space') break;
      const degree = words.upper(joined) ? longestPhrase(this.lexicon.tries.degrees, words, joined) : undefined;
      if (!degree) break;
      end = degree.end;
    }
    // A degree written as an abbreviation may keep its full stop before the name.
    const abbreviated = end > k && words.upper(end - 1) && longestPhrase(this.lexicon.tries.degrees, words, end - 1)?.end === end;
    if (abbreviated && words.isMark(end, '.') && words.gap(end) === 'none' && words.gap(end + 1) === 'space' && words.upper(end + 1)) end++;
    return end === first.end ? first : { ...first, end };
  }

  /**
   * Whether word i follows words that speak for an absent official: "thay mặt", "thừa ủy quyền (của)", "thừa lệnh (của)",
   * "quyết định của". The post after them is that official's, not the name's after the comma ("thừa ủy quyền của Chủ
   * tịch nước, Bộ trưởng A").
   */
  private onBehalfOf(i: number): boolean {
    const { words } = this;
    const k = words.key(i - 1) === 'của' ? i - 1 : i;
    const last = words.key(k - 1);
    // "theo quyết định của Thủ tướng, Thứ trưởng Bộ Tư pháp A …": the official whose decision it is.
    if (last === 'định' && k < i) return words.key(k - 2) === 'quyết';
    if (last === 'mặt') return k === i && words.key(k - 2) === 'thay';
    if (last === 'lệnh') return words.key(k - 2) === 'thừa';
    return last === 'quyền' && (words.key(k - 2) === 'ủy' || words.key(k - 2) === 'uỷ') && words.key(k - 3) === 'thừa';
  }

  /** Whether a list of names opens at word k, after the post that heads it: its first name, after any honorific, is a name. */
  private headsList(k: number): boolean {
    const opening = this.listOpening(k);
    const nameAt = opening === undefined ? undefined : this.afterRank(opening);
    return nameAt !== undefined && this.name(nameAt, true, true) !== undefined;
  }

  /**
   * The word after a short name in brackets at word k ("(EVN)", "(Petrovietnam)", "(KH&ĐT)"): one word, or words glued
   * together, beginning with a capital, as writers give an organisation's acronym or brand where its name first appears.
   */
  private shortNameEnd(k: number): number | undefined {
    const { words } = this;
    if (!words.isMark(k, '(') || !words.upper(k + 1) || words.gap(k + 1) !== 'none') return undefined;
    for (let j = k + 2; j <= k + 1 + MAX_SHORT_NAME_PARTS && j < words.length; j++) {
      if (words.gap(j) !== 'none') return undefined;
      if (words.isMark(j, ')')) return j + 1;
    }
    return undefined;
  }

  /**
   * The word after "tiền nhiệm" (predecessor) or "đương nhiệm" (incumbent) written after a post at word k, before its
   * holder's name, and whether the post is a former one; undefined when neither is written there.
   */
  private tenureAfter(k: number): { end: number; former: boolean } | undefined {
    const { words } = this;
    const tenure = `${words.key(k)} ${words.key(k + 1)}`;
    if ((tenure !== 'tiền nhiệm' && tenure !== 'đương nhiệm') || words.gap(k) !== 'space' || words.gap(k + 1) !== 'space') return undefined;
    return { end: k + 2, former: tenure === 'tiền nhiệm' };
  }

  /** The word after a rank or honorific written before a name in a list ("…: Thượng tướng Lê Chiêm"), or k. */
  private afterRank(k: number): number {
    const honorific = this.words.gap(k) === 'space' ? this.honorificAt(k) : undefined;
    return honorific && this.words.gap(honorific.end) === 'space' ? honorific.end : k;
  }

  /**
   * The rest of a list of names after its first, which ends at word k: "
   * và B" after any first name, and with `listed` (after "các đồng chí",
   * or a colon) also ", C" and "; D, Bí thư …", as after "… và các ông C, D". The first `shared` titles
   * of the first name (the posts before a colon) belong to every name.
   */
  private list(k: number, listed: boolean, shared: number): number {
    const { words } = this;
    let plural = listed;
    const inherited = shared > 0 ? this.people[this.people.length - 1].titles.slice(0, shared) : [];
    const first = this.people.length - 1;
    // Whether the first name wrote posts of its own besides those it shares with the list (see `own` below).
    const firstOwnsPosts = this.people[first] !== undefined && this.people[first].titles.length > inherited.length;
    // Which listed names have a predicate of their own ("bầu A vào vị trí X và B đảm nhiệm chức vụ Y"): those keep it alone.
    const ownPredicate = [this.predicated.length > 0];
    if (plural) k = this.itemTail(k);
    while (k < words.length && (words.key(k) === 'và' || (plural && LIST_JOINERS.has(words.key(k))) || this.bareNamesListed(k) || this.personAfterSemicolon(k)) && words.joins(k + 1)) {
      // "…; và Thiếu tướng C": the last item may take "và" after the separator.
      if (words.key(k) !== 'và' && words.key(k + 1) === 'và' && words.gap(k + 1) === 'space' && words.joins(k + 2)) k++;
      // "và ông B", "và đồng chí B": the honorific may be repeated; "… và các ông B, C, D" opens a list of its own.
      if (PLURALS.has(words.key(k + 1)) && words.gap(k + 2) === 'space' && this.honorificAt(k + 2)) {
        k++;
        plural = true;
      }
      const honorific = this.honorificAt(k + 1);
      // An item of a list headed by posts may write its own post before its name ("…; Trưởng ban Dân vận Trung ương B").
      const own = !honorific && inherited.length > 0 ? this.chain(k + 1, false) : undefined;
      // "nguyên Chủ tịch nước: A, B, C; nguyên Thủ tướng Chính phủ D": after names that write no post of their own, one
      // that does is no item of the list, which ended before it.
      if (own && !firstOwnsPosts) break;
      const nameAt = honorific && words.gap(honorific.end) === 'space' ? honorific.end : own && words.gap(own.end) === 'space' ? own.end : k + 1;
      // A name of the Central Highlands' peoples ("và đồng chí Y Biêr Niê") is read after its honorific, as at a list's start.
      const length = this.name(nameAt, true, true) ?? (honorific && nameAt > k + 1 ? this.highlandName(nameAt) : plural ? this.highlandNameListed(nameAt) : undefined);
      if (length === undefined) break;
      k = this.person(honorific && { at: k + 1, end: honorific.end }, own, nameAt, length, inherited);
      if (plural) k = this.itemTail(k);
      ownPredicate.push(this.predicated.length > 0);
    }
    for (let p = first; p < this.people.length && inherited.length > 0; p++) this.people[p] = this.withPostsSpecified(this.people[p], inherited);
    // "A, B và C trúng cử chức danh Phó Bí thư Tỉnh ủy": the predicate after the last name is every listed name's.
    const listedPeople = this.people.length - first;
    if (listedPeople > 1 && this.predicated.length > 0) {
      const shared = this.predicated;
      for (let p = first; p < this.people.length - 1; p++) {
        if (ownPredicate[p - first]) continue;
        const person = this.people[p];
        this.people[p] = { ...person, titles: [...person.titles, ...shared.map((t) => ({ ...t, holder: person.name }))] };
      }
    }
    return k;
  }

  /**
   * A listed person whose own post names the list's post in full (see `fullerPost`: "các vị trí Bộ trưởng là: A - Bộ
   * trưởng Bộ Quốc phòng; …") holds that one post: the list's post gives it its modifiers and is not the person's as well.
   */
  private withPostsSpecified(person: FoundPerson, listed: readonly FoundTitle[]): FoundPerson {
    const specified = listed.filter((general) => person.titles.some((title) => this.fullerPost(general, title)));
    if (specified.length === 0) return person;
    const titles = person.titles
      .filter((title) => !specified.some((general) => general.key === title.key))
      .map((title) => {
        const modifiers = specified.filter((general) => this.fullerPost(general, title)).flatMap((general) => general.modifiers);
        return modifiers.length === 0 ? title : { ...title, modifiers: [...new Set([...modifiers, ...title.modifiers])] };
      });
    return { ...person, titles };
  }

  /**
   * Whether a post names a general one in full, adding its organisation or place ("Bộ trưởng Bộ Quốc phòng" for
   * "Bộ trưởng"), not a longer head that is a post of its own ("Phó bí thư thường trực" for "Phó bí thư").
   */
  private fullerPost(general: FoundTitle, title: FoundTitle): boolean {
    if (!title.canonical.toLowerCase().startsWith(`${general.canonical.toLowerCase()} `)) return false;
    const words = new Words(title.canonical);
    const head = longestPhrase(this.lexicon.tries.heads, words, 0);
    return head === undefined || words.end(head.end - 1) <= general.canonical.length;
  }

  /**
   * The semicolon ending an item of a list of names at word k, when words the grammar does not read end the item ("A,
   * nguyên Chỉ huy trưởng …, do nghỉ hưu (nghỉ chờ hưu từ ngày 01/6/2024); B, …", "A, nguyên giám đốc sở Y tế; B, …")
   * and a name opens the next; k otherwise.
   */
  private itemTail(k: number): number {
    const { words } = this;
    // The list goes on at k itself: "A, ông B", "A; B", "A và B".
    if (LIST_JOINERS.has(words.key(k)) && this.namesAfter(k)) return k;
    const end = this.itemEnd(k);
    if (end === undefined || !words.isMark(end, ';') || !this.namesAfter(end)) return k;
    // No post, honorific or name may stand in the words skipped: they would start something else ("… và 3 Phó Chủ
    // nhiệm gồm Thượng tướng A; B; C" is another list), while a capital inside a body's name may ("sở Y tế").
    for (let at = k; at < end; at++) {
      if (words.upper(at) && (this.honorificAt(at) || this.personAt(at) || longestPhrase(this.lexicon.tries.heads, words, at))) return k;
    }
    return end;
  }

  /** Whether a name, after its honorific if any, follows the separator at word k. */
  private namesAfter(k: number): boolean {
    const { words } = this;
    if (!words.joins(k + 1)) return false;
    const honorific = this.honorificAt(k + 1);
    const nameAt = honorific && words.gap(honorific.end) === 'space' ? honorific.end : k + 1;
    return this.name(nameAt, true, true) !== undefined;
  }

  /**
   * "Bà A, ông B và ông C được bầu làm …": names given no post of their own, each after its honorific, listed with
   * commas up to the last one's "và". Whether such a list goes on at the comma at word k.
   */
  private bareNamesListed(k: number): boolean {
    const { words } = this;
    if (!words.isMark(k, ',') || this.people[this.people.length - 1]?.titles.length !== 0) return false;
    const honorific = words.gap(k + 1) === 'space' ? this.honorificAt(k + 1) : undefined;
    if (!honorific || words.gap(honorific.end) !== 'space') return false;
    const length = this.name(honorific.end, true, true);
    if (length === undefined) return false;
    // "…, ông D (nguyên Tổng Biên tập Báo …) và ông E (…) làm …": a remark in brackets may follow the name.
    const after = honorific.end + length;
    const close = words.isMark(after, '(') ? this.remarkClose(after) : undefined;
    const next = close === undefined ? after : close + 1;
    return words.key(next) === 'và' || words.isMark(next, ',');
  }

  /**
   * "Ông A, Ủy viên Ban Thường vụ …; bà B, Ủy viên Thường trực HĐND tỉnh được bầu làm Phó Chủ tịch HĐND tỉnh": people
   * listed with their posts between semicolons, each after an honorific, share the predicate after the last. Whether
   * such a list goes on at the semicolon at word k.
   */
  private personAfterSemicolon(k: number): boolean {
    const { words } = this;
    // Not after someone another replaces ("… thay cho thiếu tướng B; đại tá C, … được bổ nhiệm …"), whose predicate is not theirs.
    if (!words.isMark(k, ';') || words.gap(k + 1) !== 'space' || !this.lastReadPredicates) return false;
    const honorific = this.honorificAt(k + 1);
    return honorific !== undefined && words.gap(honorific.end) === 'space' && this.name(honorific.end, true, true) !== undefined;
  }

  private addTitle(match: TitleMatch, holder?: string): FoundTitle {
    this.mark(match.at, match.end);
    const title: FoundTitle = {
      start: this.words.start(match.at),
      end: this.words.end(match.end - 1),
      key: titleKey(match.canonical),
      canonical: match.canonical,
      ...(holder !== undefined ? { holder } : {}),
      modifiers: match.modifiers,
    };
    this.titles.push(title);
    return title;
  }

  private mark(from: number, to: number): void {
    this.taken.fill(1, from, to);
  }

  /**
   * Titles one after another from word k: separated by commas, or by a
   * modifier word ("Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh"), each possibly
   * followed by its term qualifier. With `anyCase` (after a name) a post may
   * be written in lower case. With `stopBeforeName` (after a name), a title
   * followed by a name is left to that name. With `ownsFirst` (the posts of
   * the name just read), the first title is that name's, and a place named
   * like a person after it ("ông A, Bí thư Huyện ủy Cù Lao Dung") is its place.
   * With `apposition`, "và" ends no list of posts (see below).
   */
  chain(k: number, anyCase: boolean, { stopBeforeName = false, ownsFirst = false, apposition = false }: ChainOptions = {}): Chain | undefined {
    const { words } = this;
    // Made when a title is found: most words start none, and chain() is asked at most of them.
    let titles: TitleMatch[] | undefined;
    let end = k;
    let at = k;
    for (;;) {
      let title = this.modifiedTitle(at, anyCase || titles !== undefined);
      if (!title) break;
      let after = this.qualifier(title.continuesAt ?? title.end);
      if (stopBeforeName && this.nameFollows(after)) {
        // A post right after a name and its comma is that name's, so the capitalised words after its level are where it
        // is: "ông A, Chủ tịch UBND phường Phan Đình Phùng" names a ward, since one post is not given to two people at once.
        const placed = ownsFirst ? this.withHolderKnown(() => this.modifiedTitle(at, anyCase || titles !== undefined)) : undefined;
        if (!placed || placed.end <= title.end) break;
        const placedEnd = this.qualifier(placed.continuesAt ?? placed.end);
        // A later post of the chain may end a roll call's item before the next name; only one closing the clause
        // ("…, Bí thư Đảng ủy phường Phan Đình Phùng.") is surely where it is.
        const closes = placedEnd >= words.length || words.gap(placedEnd) === 'line' || words.isMark(placedEnd, '.') || words.isMark(placedEnd, ';') || words.isMark(placedEnd, ')');
        if (titles !== undefined && !closes) break;
        title = placed;
        after = placedEnd;
        if (this.nameFollows(after)) break;
      }
      (titles ??= []).push(title);
      end = after;
      // "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh" and "Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh" are one chain of posts.
      // A dash glued to one side ("Hải Dương- Chủ tịch …") joins them as well; glued to both it is a word's hyphen.
      const dash = DASHES.has(words.key(end)) && (words.gap(end) === 'space' || words.gap(end + 1) === 'space');
      if ((words.isMark(end, ',') || dash) && words.joins(end + 1)) at = end + 1;
      else if (words.gap(end) === 'space' && longestPhrase(this.lexicon.tries.modifiers, words, end)) at = end;
      // "… như Bí thư Thành ủy, Chủ tịch HĐND và Chủ tịch UBND tỉnh", "Phó chủ tịch rồi Chủ tịch UBND": "và" or "rồi"
      // (then) ends a list of posts, though not an apposition, where "A, Giám đốc Sở Y tế và Chủ tịch UBND huyện" may
      // name two people.
      else if (!apposition && (words.key(end) === 'và' || words.key(end) === 'rồi') && words.gap(end + 1) === 'space') {
        // "… Ủy viên Ban Thường vụ và chức vụ Chủ tịch LĐLĐ tỉnh": the noun for a post may come first.
        const next = words.key(end + 1) === 'chức' && (words.key(end + 2) === 'vụ' || words.key(end + 2) === 'danh') && words.gap(end + 3) === 'space' ? end + 3 : end + 1;
        if (!(this.capitalStart(next) && this.modifiedTitle(next, false)?.bare === false)) break;
        at = next;
      } else break;
    }
    return titles && { titles, end };
  }

  /**
   * "Ông A - bộ trưởng, chủ nhiệm Văn phòng Chính phủ - cho biết": in an appositive, a head alone in lower case, which
   * elsewhere is the common noun, is a post when more posts follow it after a comma or a dash.
   */
  private bareHeadThenPosts(k: number): Chain | undefined {
    const { words } = this;
    const head = words.upper(k) ? undefined : this.headAlone(k);
    if (!head || !(words.isMark(head.end, ',') || DASHES.has(words.key(head.end))) || !words.joins(head.end + 1)) return undefined;
    const rest = this.chain(head.end + 1, true, APPOSITION);
    return rest && !rest.titles[0].bare ? { titles: [...head.titles, ...rest.titles], end: rest.end } : undefined;
  }

  /**
   * "A - đảng viên, Phó Cục trưởng Cục Thuế …", "A, 45 tuổi, Giám đốc Sở …", "A, Ủy viện BTV huyện ủy, Chủ tịch HĐND
   * huyện": an appositive's first item the grammar does not read (a role, an age, a misspelt post) stands before its
   * posts. A few words without a name, an honorific or a verb, then a comma and the posts.
   */
  private postsAfterUnreadItem(k: number): Chain | undefined {
    const { words } = this;
    const { clauseVerbs, predicates } = this.lexicon.tries;
    for (let at = k; at < k + MAX_UNREAD_ITEM && at < words.length; at++) {
      if (words.isMark(at, ',')) return at > k && words.joins(at + 1) ? this.chain(at + 1, true, { stopBeforeName: true, apposition: true }) : undefined;
      if (words.kind(at) === 'mark' || words.gap(at) === 'line' || this.honorificAt(at) || this.personAt(at) || longestPhrase(clauseVerbs, words, at) || verbPhrase(predicates, words, at)) return undefined;
    }
    return undefined;
  }

  /** Whether a name, or "là" or a colon and a name, follows a post ending at word k. */
  nameFollows(k: number): boolean {
    return (this.words.gap(k) === 'space' && this.name(k, true, true) !== undefined) || this.namedAfter(k);
  }

  /** What `read` returns with names after the post read as its places and bodies (see `holderKnown`). */
  private withHolderKnown<T>(read: () => T): T {
    this.holderKnown = true;
    try {
      return read();
    } finally {
      this.holderKnown = false;
    }
  }

  /**
   * Whether "là" or a colon and a name follow a post, ending at word k: "…, Chủ nhiệm Tổng cục Chính trị là Thượng tướng
   * Ngô Xuân Lịch" and "…, nguyên Chủ tịch Quốc hội: Nguyễn Sinh Hùng, …" name the post's own holders, so it is not one
   * more post of the name before it.
   */
  private namedAfter(k: number): boolean {
    const { words } = this;
    if (!(words.key(k) === 'là' && words.gap(k) === 'space') && !words.isMark(k, ':')) return false;
    const opening = this.listOpening(k);
    if (opening === undefined) return false;
    const honorific = this.honorificAt(opening);
    const nameAt = this.afterRank(honorific && words.gap(honorific.end) === 'space' ? honorific.end : opening);
    return words.gap(nameAt) === 'space' && this.name(nameAt, true, true) !== undefined;
  }

  /** A title at word i, after any modifier words ("nguyên", "kiêm"), which are not part of it. */
  private modifiedTitle(i: number, anyCase: boolean): TitleMatch | undefined {
    const { words } = this;
    let modifiers: TitleModifier[] | undefined;
    let at = i;
    // "thừa ủy quyền Chủ tịch nước" (authorised by): this "quyền" is part of "ủy quyền", not "acting".
    if (words.key(i) === 'quyền' && (words.key(i - 1) === 'ủy' || words.key(i - 1) === 'uỷ') && words.gap(i) === 'space') return undefined;
    for (let modifier = longestPhrase(this.lexicon.tries.modifiers, words, at); modifier; modifier = longestPhrase(this.lexicon.tries.modifiers, words, at)) {
      // "nguyên là: Ủy viên …": a colon may open the posts after the modifier.
      const colon = words.isMark(modifier.end, ':') && words.gap(modifier.end + 1) === 'space';
      if (words.gap(modifier.end) !== 'space' && !colon) return undefined;
      const value = this.modifierOf(modifier.canonical);
      if (!modifiers?.includes(value)) (modifiers ??= []).push(value);
      at = colon ? modifier.end + 1 : modifier.end;
    }
    const title = this.title(at, anyCase || modifiers !== undefined);
    return title && { ...title, modifiers: modifiers ?? [] };
  }

  private modifierOf(value: string): TitleModifier {
    switch (value) {
      case 'former':
      case 'new':
      case 'acting':
      case 'concurrent':
      case 'appointed':
      case 'left':
        return value;
      default:
        throw new Error(`Unknown title modifier "${value}"`);
    }
  }

  /**
   * The post at word i: a post of the lexicon or a head with its
   * organisation, whichever is longer, else a head alone (marked bare).
   * Without `anyCase` the first word must be capitalised.
   */
  title(i: number, anyCase: boolean): Omit<TitleMatch, 'modifiers'> | undefined {
    const { words } = this;
    if (anyCase ? words.kind(i) !== 'word' : !this.capitalStart(i)) return undefined;
    // The "vụ" of "chức vụ Trưởng ban …" is the noun's, not the start of "Vụ trưởng" (unless written so: "chức Vụ trưởng
    // Vụ …"), and the "đại biểu" of "Đại hội đại biểu Đảng bộ huyện …" names the congress, not a delegate's post.
    if (words.key(i) === 'vụ' && words.key(i - 1) === 'chức' && words.gap(i) === 'space' && !writtenVuTruong(words, i)) return undefined;
    if (words.key(i) === 'đại' && words.key(i + 1) === 'biểu' && words.key(i - 2) === 'đại' && words.key(i - 1) === 'hội') return undefined;
    // "Bộ Tư lệnh Quân khu 5", "Bộ Chỉ huy Quân sự tỉnh": a head inside an organisation's head names the organisation.
    if (i > 0 && words.gap(i) === 'space' && (longestPhrase(this.lexicon.tries.organizationHeads, words, i - 1)?.end ?? i) > i) return undefined;
    const aide = this.aidePost(i);
    if (aide) return aide;
    const full = longestPhrase(this.lexicon.tries.titles, words, i, this.titleOptions);
    const head = longestPhrase(this.lexicon.tries.heads, words, i);
    if (full && (!head || full.end >= head.end)) {
      // "Bí thư Tỉnh Tỉnh ủy Đắk Lắk": a post ending in a place's level, then an organisation, is damage the grammar
      // does not read (a word written twice), not a post that ends at the level ("Bí thư tỉnh").
      if (words.gap(full.end) === 'space' && this.levelEndsAt(full.end) && this.capitalStart(full.end) && longestPhrase(this.lexicon.tries.organizations, words, full.end)) return undefined;
      // "Trưởng ban Tổ chức lễ tang", "Phó Ban Tổ chức đại hội": the committee organising an event is no standing body.
      if (ORGANISING_COMMITTEE.test(full.canonical) && words.gap(full.end) === 'space' && EVENTS.has(words.key(full.end))) return undefined;
      // "Chủ tịch Quốc hội Việt Nam Vương Đình Huệ": the country's name may close a national post before the holder's.
      // So may more than one ("… Trung ương Đảng Cộng sản Việt Nam Nguyễn Phú Trọng").
      let end = full.end;
      for (let n = 0; n < MAX_CLOSING_WORDS && words.gap(end) === 'space' && this.organizationPhrases.closingWord(end); n++) end = longestPhrase(this.lexicon.tries.organizationWords, words, end)?.end ?? end;
      // A post in lower case ("phó chủ tịch UBND xã") must at least name its organisation.
      return { at: i, end, canonical: full.canonical, bare: false };
    }
    // A head alone is a post only when written with a capital, which "phó" may leave out ("tân phó Chủ tịch A").
    // "Cục trưởng Cảnh sát giao thông giữ chức …", "Vụ trưởng Tổ chức cán bộ,": the head of a department may name it
    // without its "Cục" or "Vụ"; a name cut before lower-case words it may go on with is no post.
    const implied = head && UNIT_NAMED_BY_HEAD.test(head.canonical) && words.gap(head.end) === 'space' && this.organizationPhrases.mayNest ? this.organizationPhrases.unlistedOrganization(head.end, true) : undefined;
    if (head && implied !== undefined && !this.organizationPhrases.lowerCaseNameWord(implied)) return { at: i, end: implied, canonical: `${head.canonical.replace(/^!/u, '')} ${words.textOf(head.end, implied)}`, bare: false };
    // "thẩm phán Đào Thị Nga, Phó Chánh Tòa …": in lower case, only a name right after it shows it is a post.
    const holderAfter = head !== undefined && !words.upper(i) && words.gap(head.end) === 'space' && (this.name(head.end, true, false) ?? 0) > MIN_NAME;
    if (!head || head.canonical.startsWith('!') || !(words.upper(i) || (head.end > i + 1 && words.upper(i + 1)) || holderAfter)) return undefined;
    // "Giám đốc Học viện, Chủ tịch Hội đồng …", "Phó Giám đốc Sở.": the body the text is about, named by its head word
    // alone; so it is before its holder's name ("Giám đốc Sở Nguyễn Văn Hùng cho biết"). A name of two words there may be
    // the body's own ("Bệnh viện Bạch Mai"), and a company may be named like a person ("Công ty Hoàng Long").
    const body = words.gap(head.end) === 'space' && words.upper(head.end) ? longestPhrase(this.lexicon.tries.organizationHeads, words, head.end) : undefined;
    const holderNamed = body !== undefined && words.gap(body.end) === 'space' && !COMPANY_HEADS.has(body.canonical.toLowerCase()) && (this.name(body.end, true, true) ?? 0) >= MIN_NAME_AFTER_BODY;
    // "được bầu làm Chủ tịch Hội nhiệm kỳ 2023 - 2028": so is it before its term.
    const termAfter = body !== undefined && this.qualifier(body.end) > body.end;
    if (body && (this.organizationPhrases.endsClause(body.end) || holderNamed || termAfter)) return { at: i, end: body.end, canonical: `${head.canonical} ${body.canonical}`, bare: false };
    // "Bí thư Đặc khu ủy", "Bí thư Tỉnh Tỉnh ủy": a capitalised word after the head that opens no name shows a post the grammar does not read, not a head alone.
    if (words.gap(head.end) === 'space' && words.upper(head.end) && this.name(head.end, true, true) === undefined && !this.degreedNameAt(head.end)) return undefined;
    return { at: i, end: head.end, canonical: head.canonical, bare: true };
  }

  /** Whether a place's level ("tỉnh", "thành phố") ends right before word `end`. */
  levelEndsAt(end: number): boolean {
    return this.phraseEndsAt(this.lexicon.tries.placeLevels, end);
  }

  /** Whether a phrase of the trie, of one word or two (as a level or an organisation's head has), ends right before word `end`. */
  private phraseEndsAt(trie: PhraseTrie, end: number): boolean {
    return longestPhrase(trie, this.words, end - 1)?.end === end || longestPhrase(trie, this.words, end - 2)?.end === end;
  }

  /**
   * An aide's post at word i, held for another official named after it: by
   * an honorific and a name, with that official's own posts after a comma
   * ("Trợ lý đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng
   * Chính phủ"), or by posts alone ("Thư ký đồng chí Bí thư Tỉnh ủy"). The
   * post is the head alone, as the official it names is not an organisation;
   * the chain of posts it stands in goes on after that official's part. A
   * principal named by one post without an honorific ("Trợ lý Bộ trưởng") is
   * part of the aide's post. An aide's head followed by neither ("thư ký hội
   * nghị") is no post.
   */
  private aidePost(i: number): Omit<TitleMatch, 'modifiers'> | undefined {
    const { words } = this;
    const head = longestPhrase(this.lexicon.tries.aides, words, i);
    if (!head || words.gap(head.end) !== 'space') return undefined;
    const honorific = this.honorificAt(head.end);
    const at = honorific && words.gap(honorific.end) === 'space' ? honorific.end : head.end;
    const length = at > head.end ? this.name(at, true, true) : undefined;
    const post = { at: i, end: head.end, canonical: head.canonical, bare: true };
    if (length !== undefined) {
      let end = this.qualifier(at + length);
      if ((words.isMark(end, ',') || words.key(end) === '-') && words.joins(end + 1)) end = this.chain(end + 1, true, APPOSITION)?.end ?? end;
      return { ...post, principal: { honorificAt: head.end, nameAt: at, length }, continuesAt: end };
    }
    // "Trợ lý Thủ tướng Nguyễn Duy Hưng", "2 trợ lý Thủ tướng là A và B": without "đồng chí", the names after the
    // principal's post are the aides', as the press writes an aide's post before the aide's name; the principal's post
    // is not theirs.
    const posts = this.chain(at, true, APPOSITION) ?? (honorific ? undefined : this.principalBeforeName(at));
    // "Trợ lý Bộ trưởng, Chánh Văn phòng Bộ": without "đồng chí", the principal's one post is part of the aide's, and
    // the posts after it are the aide's own, unless the first is a membership, which the principal's office follows
    // ("Trợ lý Ủy viên Bộ Chính trị, Thủ tướng Chính phủ").
    if (honorific || !posts || MEMBERSHIP.test(posts.titles[0].canonical)) return posts && { ...post, continuesAt: posts.end };
    const principal = posts.titles[0];
    return { at: i, end: principal.end, canonical: `${head.canonical} ${principal.canonical}`, bare: false };
  }

  /**
   * The principal's one post at word k, in any case, when a name follows it straight away or a list of names opens
   * after it ("Hai Trợ lý Thủ tướng là ông A và ông B"): see aidePost.
   */
  private principalBeforeName(k: number): Chain | undefined {
    const post = this.title(k, true);
    if (!post || this.words.gap(post.end) !== 'space') return undefined;
    if (this.name(post.end, true, true) === undefined && this.listOpening(post.end) === undefined) return undefined;
    return { titles: [{ ...post, modifiers: [] }], end: post.end };
  }

  /**
   * A head alone in any case at word k that ends its clause or is followed
   * by the clause's next verb, as the post a predicate gives ("do ông A làm
   * trưởng đoàn.", "do đồng chí B làm chủ nhiệm,", "… làm trưởng đoàn vào
   * viếng"): there the verb shows it is a post, though no organisation follows.
   */
  private headEndingClause(k: number): Chain | undefined {
    const { words } = this;
    const head = this.headAlone(k);
    if (!head) return undefined;
    const ends = head.end >= words.length || words.gap(head.end) === 'line' || CLAUSE_MARKS.has(words.key(head.end)) || words.isMark(head.end, ')');
    // "do bà A làm trưởng đoàn vào viếng": the clause may go on with a verb of its own.
    const verbAfter = !ends && words.gap(head.end) === 'space' && !words.upper(head.end) && longestPhrase(this.lexicon.tries.clauseVerbs, words, head.end) !== undefined;
    return ends || verbAfter ? head : undefined;
  }

  /**
   * A counted head alone in any case at word i that opens a list of names
   * ("có ba phó ban là các ông A, …; B, …"): the count and the list show it
   * is a post, though no organisation follows.
   */
  private countedHead(i: number): Chain | undefined {
    // "gồm 12 ủy viên là các ông, bà: …": so is a member's head, which elsewhere needs its body.
    const head = this.counted(i) ? this.headAlone(i, true) : undefined;
    return head && this.listOpening(head.end) !== undefined ? head : undefined;
  }

  /**
   * A head alone in any case at word i that a verb gives or takes away, followed by who it is given to or taken from
   * ("trao quyết định bổ nhiệm phó chánh án cho các ông A, B", "miễn nhiệm phó giám đốc đối với ông C"): the verb and
   * the holders show it is a post, though no organisation follows.
   */
  private givenHead(i: number): Chain | undefined {
    const head = this.headAlone(i);
    if (!head || this.objectOf(i, head) === head) return undefined;
    return this.forWhom(head.end) !== undefined || this.holderAfter(head.end) || (this.words.key(head.end) === 'cho' && PLURALS.has(this.words.key(head.end + 1))) ? head : undefined;
  }

  /** A head of the lexicon at word k, written alone (no organisation read after it), as a bare post; with `member`, also a member's ("ủy viên"). */
  private headAlone(k: number, member = false): Chain | undefined {
    const { words } = this;
    const head = words.kind(k) === 'word' ? longestPhrase(this.lexicon.tries.heads, words, k) : undefined;
    if (!head) return undefined;
    let { canonical } = head;
    if (canonical.startsWith('!')) {
      canonical = canonical.slice(1);
      if (!member || !MEMBERSHIP.test(canonical)) return undefined;
    }
    return { titles: [{ at: k, end: head.end, canonical, bare: true, modifiers: [] }], end: head.end };
  }

  /**
   * Whether the word before the post at word i makes it plural: "các", "những", a number word or a small number
   * written as a word of its own ("hai Phó Chủ tịch", "các Phó Chủ tịch", "2 Phó Chủ tịch"), not the end of a date or
   * a code ("ngày 12/3 Phó Chủ tịch …").
   */
  private pluralPost(i: number): boolean {
    const { words } = this;
    if (words.gap(i) !== 'space') return false;
    if (PLURALS.has(words.key(i - 1))) return true;
    const at = this.countBefore(i);
    if (at === undefined) return false;
    if (words.kind(at) !== 'number') return true;
    const count = Number(words.key(at));
    return words.gap(at) !== 'none' && count >= 2 && count < 100;
  }

  /** Whether the holders of the post at word i are counted before it (see `countBefore`). */
  private counted(i: number): boolean {
    return this.countBefore(i) !== undefined;
  }

  /**
   * Whether the post at word i is made plural without a number: "các" or "những" right before it, or "một số" (some)
   * ("phân công một số Ủy viên Bộ Chính trị tham gia Ban Bí thư gồm: …"). Such a post heads a list only where a list
   * opens after it (see groupItems); elsewhere it names the holders in general.
   */
  private quantified(i: number): boolean {
    const { words } = this;
    if (i < 1 || words.gap(i - 1) !== 'space' || words.gap(i) !== 'space') return false;
    // The plural words of a list ("các", "những"; the number words among them are counts, which `counted` reads).
    if (PLURALS.has(words.key(i - 1))) return true;
    return words.key(i - 1) === 'số' && i >= 2 && words.key(i - 2) === 'một' && words.gap(i - 2) === 'space';
  }

  /**
   * The word counting the holders of the post at word i, a number or a number word: right before it ("4 Phó Chủ tịch",
   * "bốn Phó Chủ tịch"), or before the classifier "vị" ("bốn vị thứ trưởng"). Undefined when the post is not counted.
   */
  private countBefore(i: number): number | undefined {
    const { words } = this;
    const at = words.key(i - 1) === 'vị' && words.gap(i - 1) === 'space' && words.gap(i) === 'space' ? i - 2 : i - 1;
    return at >= 0 && (words.kind(at) === 'number' || COUNTS.has(words.key(at))) ? at : undefined;
  }

  /** The word after a term qualifier at word k ("khóa XX", "(khóa XI)", "nhiệm kỳ 2020 - 2025"), or k when there is none. */
  qualifier(k: number): number {
    const { words } = this;
    // "Phó Chủ tịch nước đương nhiệm, đại biểu Quốc hội …": "incumbent" says the post is held now, and the posts go on after it.
    if (words.key(k) === 'đương' && words.key(k + 1) === 'nhiệm' && words.gap(k) === 'space' && words.gap(k + 1) === 'space') return k + 2;
    // "Ủy viên UBND tỉnh, nhiệm kỳ 2021-2026 đối với …": the term may follow the title after a comma.
    if (words.isMark(k, ',') && this.termWordAt(k + 1)) {
      const term = this.qualifier(k + 1);
      return term > k + 1 ? term : k;
    }
    const open = words.isMark(k, '(') ? k + 1 : k;
    // "Ủy viên Trung ương Đảng các khóa X và XI": several terms, after "các".
    let end = words.key(open) === 'các' && words.gap(open + 1) === 'space' && TERM_WORDS.has(words.key(open + 1)) ? open + 1 : open;
    if (TERM_WORDS.has(words.key(end)) && this.organizationPhrases.fillSlot('numeral', end + 1)) {
      end += 2;
      // More numerals, written as the first was ("khóa XII, XIII"): a count after a comma ("khóa XV, 2 Phó Bí thư") is not one.
      const numeral = words.kind(end - 1);
      const more = (at: number) => words.gap(at) === 'space' && words.kind(at) === numeral && this.organizationPhrases.fillSlot('numeral', at)?.end === at + 1;
      while ((words.isMark(end, ',') || words.key(end) === 'và') && more(end + 1)) end += 2;
      if (words.isMark(end, ',') && words.key(end + 1) === 'nhiệm') end++;
    } else {
      // "các Phó Chủ tịch khóa trước, gồm …", "nhiệm kỳ tới": a term named by its place among the others.
      const relative = TERM_WORDS.has(words.key(end)) ? end + 1 : this.termWordAt(end) ? end + 2 : undefined;
      if (relative !== undefined && words.gap(relative) === 'space' && RELATIVE_TERMS.has(words.key(relative))) end = relative + 1;
    }
    // "nhiệm kỳ 2020 - 2025" or "giai đoạn 2015 - 2020", perhaps more than one ("nhiệm kỳ 2004 - 2011 và nhiệm kỳ 2011 - 2016").
    for (let years = this.termYears(end); years !== undefined; years = words.key(end) === 'và' ? this.termYears(end + 1) : undefined) end = years;
    if (end === open) return k;
    if (open > k) return words.isMark(end, ')') ? end + 1 : k;
    return end;
  }

  /** Whether "nhiệm kỳ" (a term), or "nhiệm kì" in the spelling that puts "i" for "y", is written at word k. */
  termWordAt(k: number): boolean {
    const second = this.words.key(k + 1);
    return this.words.key(k) === 'nhiệm' && (second === 'kỳ' || second === 'kì');
  }

  /**
   * The word after the years of a term or period at word k ("nhiệm kỳ 2020 - 2025", "nhiệm kỳ (2016 – 2021)", "giai
   * đoạn 2015 - 2020"), or undefined when none is written there.
   */
  private termYears(k: number): number | undefined {
    const { words } = this;
    const period = this.termWordAt(k) || (words.key(k) === 'giai' && words.key(k + 1) === 'đoạn');
    if (!period) return undefined;
    const bracket = words.isMark(k + 2, '(') ? 1 : 0;
    let years = k + 2 + bracket;
    if (words.kind(years) !== 'number') return undefined;
    years++;
    if (words.key(years) === '-' && words.kind(years + 1) === 'number') years += 2;
    if (bracket === 0) return years;
    return words.isMark(years, ')') ? years + 1 : undefined;
  }

  /**
   * A predicate after a name and its appositive ("được bầu giữ chức Bí thư
   * Tỉnh ủy …", "tiếp tục được bầu làm …", "thôi giữ chức …"), with the
   * titles it gives: each gets the predicate's modifier, except a plain
   * "làm" after a name that `agent` says follows "do".
   */
  private predicate(k: number, opening = false, agent = false): Chain | undefined {
    const { words } = this;
    // ", được bầu làm …", "… tái cử và được bầu …": a comma or "và" may come before the predicate.
    // The dash that closes an appositive opened by one ("A - Ủy viên …, Trưởng ban … - được …") leads to the predicate as a comma does.
    // "… cho thôi giữ chức vụ A; điều động, phân công giữ chức B": the decisions about one person may be listed after semicolons.
    let at = (words.isMark(k, ',') || words.isMark(k, ';') || words.key(k) === '-') && words.joins(k + 1) ? k + 1 : k;
    // "…, để tham gia Ban Chấp hành, giữ chức …", "…, sau khi được điều động giữ chức …", "… do vừa được bầu …": a
    // joiner may follow the comma or stand alone.
    if (at === k || words.isMark(k, ',')) at = this.afterJoiner(at);
    // "giới thiệu A và B để bầu giữ chức danh Phó Bí thư": an election a nomination is made for has not taken place.
    if (words.key(at - 1) === 'để' && words.key(at) === 'bầu' && this.nominatedBefore(at)) return undefined;
    // "…; trước đó là Bí thư Trung ương Đảng …": what the text says was before is a post held before.
    const earlier = words.key(at) === 'trước' && (words.key(at + 1) === 'đó' || words.key(at + 1) === 'đây') && words.gap(at + 1) === 'space' && words.gap(at + 2) === 'space';
    if (earlier || this.afterwardsAt(at)) at += 2;
    for (let n = 0; n < MAX_FILLERS; n++) {
      const filler = words.gap(at) === 'space' ? longestPhrase(this.lexicon.tries.predicateFillers, words, at) : undefined;
      if (!filler || verbPhrase(this.lexicon.tries.predicates, words, at)) break;
      at = filler.end;
    }
    // "thôi tham gia Ban Chấp hành, Ban Thường vụ và giữ chức …": joining or leaving bodies names no post, and the predicate after it goes on.
    const member = this.membership(at);
    if (member !== undefined && this.predicate(member)) return { titles: [], end: member };
    // "… thành phố ,giữ chức …": a predicate may be glued to the comma before it.
    const predicate: { end: number; canonical: string; agent?: NamedAgent } | undefined =
      opening || words.gap(at) === 'space' || (at > k && words.isMark(at - 1, ',')) ? (this.listedPredicate(at) ?? this.agentPredicate(at)) : undefined;
    // A predicate glued to the word after it is part of another word; a comma may follow it ("tái đắc cử, giữ chức …").
    if (!predicate || (words.gap(predicate.end) === 'none' && !words.isMark(predicate.end, ',') && !words.isMark(predicate.end, ':'))) return undefined;
    // "tái đắc cử, giữ chức …", "tái cử và được bầu …", "được bầu tiếp tục giữ chức vụ …", "được Trung ương bầu tái đắc cử chức danh …":
    // a predicate without its post, then the next one.
    const { predicateFillers, predicates } = this.lexicon.tries;
    const joined =
      words.isMark(predicate.end, ',') ||
      words.key(predicate.end) === 'và' ||
      // "được chỉ định để giữ chức …": "để" (to) may join them as well.
      words.key(predicate.end) === 'để' ||
      longestPhrase(predicateFillers, words, predicate.end) !== undefined ||
      verbPhrase(predicates, words, predicate.end) !== undefined;
    if (joined && this.predicate(predicate.end)) return { titles: [], end: predicate.end };
    // "chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức …": a verb whose object is joining bodies leads on to
    // the predicate after them.
    const joining = words.gap(predicate.end) === 'space' ? this.membership(predicate.end) : undefined;
    if (joining !== undefined && this.predicate(joining)) return { titles: [], end: joining };
    // "từng kinh qua các chức vụ: A; B", "… các chức vụ như A, B", "… như: A, B": a colon, "như" (such as) or both may
    // open the posts of a career.
    const such = predicate.canonical === 'former' && words.key(predicate.end) === 'như' ? predicate.end + 1 : predicate.end;
    const opens = words.isMark(such, ':') ? such + 1 : such > predicate.end && words.gap(such) === 'space' ? such : predicate.end;
    // "A là Thạc sỹ kinh tế; Cử nhân chính trị; Ủy viên Trung ương Đảng …": degrees listed before the posts are no posts.
    const titleAt = this.afterDegreeItems(opens);
    const chain = this.chain(titleAt, true, { stopBeforeName: true }) ?? this.headEndingClause(titleAt);
    if (!chain) return undefined;
    if (earlier && predicate.canonical === '') return { titles: withModifier(chain.titles, 'former'), end: chain.end };
    if (predicate.canonical === '' || (agent && predicate.end === at + 1 && words.key(at) === 'làm')) return chain;
    return { titles: withModifier(chain.titles, this.modifierOf(predicate.canonical)), end: chain.end, agent: predicate.agent };
  }

  /**
   * Whether "sau đó" (afterwards) opens the predicate at word k, after a comma: "từng là A, sau đó là B". The posts it
   * gives follow the ones before in time, as former ones when those were (see `laterInCareer`).
   */
  private afterwardsAt(k: number): boolean {
    const { words } = this;
    return words.key(k) === 'sau' && words.key(k + 1) === 'đó' && words.isMark(k - 1, ',') && words.gap(k + 1) === 'space' && words.gap(k + 2) === 'space';
  }

  /** The posts of the predicate at word k, former ones when "sau đó" opens it after posts that were (see `afterwardsAt`). */
  private laterInCareer(k: number, posts: readonly TitleMatch[], before: readonly TitleMatch[]): readonly TitleMatch[] {
    const at = this.words.isMark(k, ',') ? k + 1 : k;
    if (!this.afterwardsAt(at) || before.length === 0 || !before[before.length - 1].modifiers.includes('former')) return posts;
    // "từng làm A, sau đó làm B": the "làm" of a career appoints no one now.
    return posts.map((t) => ({ ...t, modifiers: ['former' as const, ...t.modifiers.filter((m) => m !== 'appointed' && m !== 'former')] }));
  }

  /**
   * Posts written before a name by "Với cương vị là", "Trên cương vị", "Với tư cách là" or "Với vai trò là" and a comma,
   * then the name, with its honorific or rank ("Với cương vị là Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, đồng chí A đã
   * vi phạm …"): they are that name's. Returns the word after what the person's reading took, or undefined.
   */
  private frontedPosts(i: number): number | undefined {
    const { words } = this;
    // Asked at every word: most start no opener, and are turned away before its three words are joined into a key.
    if (!FRONTING_FIRST.has(words.key(i)) || !FRONTING.has(`${words.key(i)} ${words.key(i + 1)} ${words.key(i + 2)}`)) return undefined;
    if (words.gap(i + 1) !== 'space' || words.gap(i + 2) !== 'space') return undefined;
    const at = words.key(i + 3) === 'là' && words.gap(i + 3) === 'space' ? i + 4 : i + 3;
    const chain = words.gap(at) === 'space' ? this.chain(at, true) : undefined;
    if (!chain || !words.isMark(chain.end, ',') || !words.joins(chain.end + 1)) return undefined;
    const k = chain.end + 1;
    const honorific = this.honorificAt(k);
    const nameAt = this.afterRank(honorific ? honorific.end : k);
    const length = words.gap(nameAt) === 'space' ? this.name(nameAt, true, true) : undefined;
    return length === undefined ? undefined : this.person(honorific ? { at: k, end: honorific.end } : undefined, chain, nameAt, length);
  }

  /** Whether a verb that nominates ("giới thiệu", "đề cử", "hiệp thương") ends within `reach` words before word k, in its sentence. */
  private nominatedBefore(k: number, reach = MAX_NOMINATION_REACH): boolean {
    const { words } = this;
    for (let j = k - 1; j > 0 && j >= k - reach; j--) {
      if (words.isMark(j, '.') || words.gap(j + 1) === 'line') return false;
      if (NOMINATING.has(`${words.key(j - 1)} ${words.key(j)}`)) return true;
    }
    return false;
  }

  /** The word after a joiner of predicates at word k ("và", "để", "do", "sau khi"), or k when none is written there. */
  private afterJoiner(k: number): number {
    const { words } = this;
    const end = words.key(k) === 'sau' && words.key(k + 1) === 'khi' && words.gap(k + 1) === 'space' ? k + 2 : PREDICATE_JOINERS.has(words.key(k)) ? k + 1 : k;
    return end > k && words.joins(end) ? end : k;
  }

  /**
   * A career list at word i ("…, từng đảm nhiệm các chức vụ quan trọng tại
   * tỉnh X như: A, B, C", "kinh qua các chức vụ: A; B"): a predicate that
   * makes its posts former ones, written after other words of the sentence,
   * a few words before a colon or right before the posts. The posts,
   * separated by commas or semicolons, belong to the person named last in the
   * same sentence, or anywhere before with `bySubject` (a pronoun standing for
   * that person is the subject). Returns the word after the list, or undefined
   * when no career list of such a person starts at i.
   */
  private career(i: number, bySubject = false): number | undefined {
    const { words } = this;
    const person = this.lastPerson;
    if (person === undefined || (!bySubject && i - person.end > MAX_CAREER_DISTANCE)) return undefined;
    const predicate = verbPhrase(this.lexicon.tries.predicates, words, i);
    if (!predicate || predicate.canonical !== 'former' || (words.gap(predicate.end) === 'none' && !words.isMark(predicate.end, ':'))) return undefined;
    if (!bySubject) for (let k = person.end; k < i; k++) if (words.isMark(k, '.') || words.gap(k) === 'line') return undefined;
    let at = predicate.end;
    // A full stop ends the preamble, unless it is an abbreviation's ("ở T.Ư và địa phương như …").
    for (let k = at; k < at + MAX_CAREER_PREAMBLE && k < words.length && !(words.isMark(k, '.') && words.gap(k + 1) !== 'none'); k++) {
      // "… các chức vụ quan trọng như: A, B", "… các vị trí công tác như A, B": a colon or "như" (such as) opens the posts.
      if (words.isMark(k, ':') || (words.key(k) === 'như' && words.gap(k + 1) === 'space' && words.upper(k + 1))) {
        at = k + 1;
        break;
      }
    }
    const posts: TitleMatch[] = [];
    for (let chain = this.chain(at, true); chain; chain = this.chain(at, true)) {
      posts.push(...chain.titles);
      at = chain.end;
      if (!(words.isMark(at, ';') && words.joins(at + 1))) break;
      at = this.itemAfter(at);
    }
    if (posts.length === 0) return undefined;
    this.giveTo(person.index, withModifier(posts, 'former'));
    return at;
  }

  /** Gives posts read away from a name to the person of the text at `index`. */
  private giveTo(index: number, posts: readonly TitleMatch[]): void {
    const holder = this.people[index];
    const titles = posts.map((m) => this.addTitle(m, holder.name));
    this.people[index] = { ...holder, titles: [...holder.titles, ...titles] };
  }

  /**
   * "Ông là Ủy viên Trung ương Đảng các khóa VII, VIII; Bí thư Trung ương Đảng khóa VII", "Từ năm 2016, ông được bầu
   * làm …", "Bà từng giữ các chức vụ: …": in a biography "ông", "bà" or "đồng chí" opening a clause, with no name after
   * it, stands for the person named last: a man for "ông", a woman (a middle name "Thị") for "bà", anyone for "đồng chí". The posts its predicates give,
   * and the posts listed after them between semicolons, are that person's. Returns the word after them, or undefined.
   */
  private pronounSubject(i: number): number | undefined {
    const { words } = this;
    const pronoun = words.key(i);
    const person = this.lastPerson;
    // "… Hà Nội. Nguyên: Ủy viên Ban Chấp hành Trung ương Đảng …; Tổng Bí thư …": an obituary's list with no subject.
    if (pronoun === 'nguyên' && words.isMark(i + 1, ':') && person !== undefined && (words.gap(i) === 'line' || words.isMark(i - 1, '.'))) return this.subjectlessCareer(i, person.index);
    // "Đồng chí: A / Sinh ngày: … / Quê quán: … / Chức vụ: Nguyên Bí thư Tỉnh ủy …, nguyên …": the posts line of an
    // obituary's record, a few lines after the name it is the record of.
    const recordLine = pronoun === 'chức' && (words.key(i + 1) === 'vụ' || words.key(i + 1) === 'danh') && words.isMark(i + 2, ':') && (i === 0 || words.gap(i) === 'line');
    if (recordLine && person !== undefined && i - person.end <= MAX_RECORD_DISTANCE) {
      const chain = this.chain(i + 3, true);
      return chain && this.giveList(person.index, chain, undefined);
    }
    // "Đồng chí" stands for anyone, "ông" for a man, "bà" for a woman.
    const comrade = pronoun === 'đồng' && words.key(i + 1) === 'chí' && words.gap(i + 1) === 'space';
    const after = comrade ? i + 2 : i + 1;
    if ((pronoun !== 'ông' && pronoun !== 'bà' && !comrade) || person === undefined || words.gap(after) !== 'space') return undefined;
    // The clause may open with a time: "Năm 2011 ông được …", "trước đó ông là …" (then the posts are former ones).
    const before = words.key(i - 1);
    const earlier = before === 'đó' && words.key(i - 2) === 'trước';
    const opensClause = i === 0 || words.gap(i) === 'line' || CLAUSE_MARKS.has(before) || before === 'đó' || words.kind(i - 1) === 'number';
    const woman = this.people[person.index].name.split(/\s+/).some((w) => matchKey(w) === 'thị');
    if (!opensClause || (!comrade && woman !== (pronoun === 'bà'))) return undefined;
    const career = this.career(after);
    if (career !== undefined) return career;
    const posts: TitleMatch[] = [];
    let k = after;
    for (let predicate = this.predicate(k, true); predicate; predicate = this.predicate(k)) {
      const lastPost = predicate.titles[predicate.titles.length - 1];
      const terms = this.careerTerms(lastPost ? lastPost.end : predicate.end);
      posts.push(...(earlier ? withModifier(predicate.titles, 'former') : this.laterInCareer(k, this.pastTerms(predicate.titles, terms.latest), posts)));
      // "…; Bí thư Trung ương Đảng khóa VII; Ủy viên Bộ Chính trị": the posts after the predicate's, between semicolons.
      const rest = this.restOfList(Math.max(terms.end, predicate.end), earlier ? 'former' : lastPost?.modifiers[0]);
      posts.push(...rest.titles);
      k = rest.end;
    }
    // "Ông cũng nguyên Bí thư Tỉnh ủy, nguyên Chủ tịch HĐND tỉnh": former posts written without a verb.
    if (posts.length === 0) {
      const filler = longestPhrase(this.lexicon.tries.predicateFillers, words, k);
      const chain = this.chain(filler && words.gap(filler.end) === 'space' ? filler.end : k, true);
      if (chain?.titles[0].modifiers.includes('former')) {
        posts.push(...chain.titles);
        k = chain.end;
      }
    }
    // "Trước khi về Huế, ông từng đảm nhiệm nhiều vị trí … như A, B": a career whose posts no predicate opens, which
    // the pronoun says is the person's named in an earlier sentence.
    if (posts.length === 0) return this.career(after, true);
    this.giveTo(person.index, posts);
    return k;
  }

  /** The former posts listed after "Nguyên:" at word i, given to the person of the text at `index`; the word after them. */
  private subjectlessCareer(i: number, index: number): number | undefined {
    const chain = this.chain(i, true);
    return chain?.titles[0]?.modifiers.includes('former') ? this.giveList(index, chain, 'former') : undefined;
  }

  /**
   * Gives the person of the text at `index` a chain of posts and the posts listed after it between semicolons, each of
   * those with `modifier` if any; returns the word after them.
   */
  private giveList(index: number, chain: Chain, modifier: TitleModifier | undefined): number {
    const rest = this.restOfList(this.termsOfCareer(chain.end), modifier);
    this.giveTo(index, [...chain.titles, ...rest.titles]);
    return rest.end;
  }

  /**
   * "Ông A sinh năm 1964. Quê quán: xã …, tỉnh Bạc Liêu. Bí thư Trung ương Đảng khóa XIII; Ủy viên Trung ương Đảng khóa
   * XII, XIII; …": in a profile, the sentence after the home town's, made of posts alone, lists the posts of the person
   * named last. Returns the word after them, or undefined when no such sentence starts at word i.
   */
  private profilePosts(i: number): number | undefined {
    const { words } = this;
    const person = this.lastPerson;
    if (person === undefined || !words.isMark(i - 1, '.') || i - person.end > MAX_RECORD_DISTANCE) return undefined;
    // The sentence before opens with "Quê quán:" (or "Quê:"), after the person's name.
    let start = i - 2;
    while (start > person.end && !words.isMark(start - 1, '.') && words.gap(start) !== 'line') start--;
    const home = words.key(start) === 'quê' && (words.isMark(start + 1, ':') || (words.key(start + 1) === 'quán' && words.isMark(start + 2, ':')));
    if (!home) return undefined;
    const chain = this.chain(i, false);
    return chain && !chain.titles.some((t) => t.bare) ? this.giveList(person.index, chain, undefined) : undefined;
  }

  /** The posts listed after semicolons from word k (see listedAfter), each given `modifier` if any, and the word after them. */
  private restOfList(k: number, modifier: TitleModifier | undefined): { titles: TitleMatch[]; end: number } {
    const titles: TitleMatch[] = [];
    let end = k;
    for (let more = this.listedAfter(end); more; more = this.listedAfter(end)) {
      titles.push(...(modifier ? withModifier(more.titles, modifier) : more.titles));
      end = more.end;
    }
    return { titles, end };
  }

  /** The posts after a semicolon at word k that continue a list of posts, or undefined. */
  private listedAfter(k: number): Chain | undefined {
    const { words } = this;
    // The rest of an item the grammar cannot read whole ("Ủy viên Thường vụ, Thường trực Bộ Chính trị") does not end the
    // list: the next item after a semicolon in the same sentence is read.
    let at = this.itemEnd(this.termsOfCareer(k));
    while (at !== undefined && words.isMark(at, ';') && words.joins(at + 1)) {
      const chain = this.chain(this.itemAfter(at), true);
      if (chain) {
        // The chain may have read the terms after its post already ("Bí thư Trung ương Đảng khóa VII"): they are read from the post's end.
        const terms = this.careerTerms(chain.titles[chain.titles.length - 1].end);
        return { titles: this.pastTerms(chain.titles, terms.latest), end: Math.max(terms.end, chain.end) };
      }
      at = this.itemEnd(at + 1);
    }
    return undefined;
  }

  /** The word opening the item after the semicolon at word k of a list of posts: the last item may take "và" ("…; và Bí thư Thành ủy …"). */
  private itemAfter(k: number): number {
    const { words } = this;
    return words.key(k + 1) === 'và' && words.gap(k + 2) === 'space' ? k + 2 : k + 1;
  }

  /** The semicolon or full stop that ends the item of a list at word k, if it comes within a few words; k when k is one. */
  private itemEnd(k: number): number | undefined {
    const { words } = this;
    for (let at = k; at < k + MAX_SKIPPED_ITEM && at < words.length; at++) {
      if (words.isMark(at, ';') || words.isMark(at, '.') || (at > k && words.gap(at) === 'line')) return at;
    }
    return undefined;
  }

  /**
   * The word after the terms a career names a post for, at word k ("các khóa VII, VIII", "khóa IX, khóa X", and a
   * period in brackets: "(từ tháng 12/1997 đến tháng 4/2001)"), or k.
   */
  private termsOfCareer(k: number): number {
    return this.careerTerms(k).end;
  }

  /** The word after the terms a career names at word k (see termsOfCareer), and the latest of those terms, if any. */
  private careerTerms(k: number): { end: number; latest?: number } {
    const { words } = this;
    let at = words.key(k) === 'các' && TERM_WORDS.has(words.key(k + 1)) ? k + 1 : k;
    let latest: number | undefined;
    const term = (i: number) => {
      const value = this.organizationPhrases.fillSlot('numeral', i)?.value;
      const ordinal = value === undefined ? undefined : fromRoman(value);
      if (ordinal !== undefined) latest = Math.max(latest ?? 0, ordinal);
      return ordinal !== undefined;
    };
    if (TERM_WORDS.has(words.key(at)) && term(at + 1)) {
      at += 2;
      for (;;) {
        const next = words.isMark(at, ',') || words.key(at) === 'và' ? at + 1 : -1;
        if (next > 0 && TERM_WORDS.has(words.key(next)) && term(next + 1)) at = next + 2;
        // "các khóa VII, VIII", "các khóa 10, 11": a bare numeral goes on the list; a number followed by more words ("khóa XIII, 2 Phó …") does not.
        else if (next > 0 && (words.kind(next) === 'word' || CLAUSE_MARKS.has(words.key(next + 1)) || words.key(next + 1) === 'và') && term(next)) at = next + 1;
        else break;
      }
    } else at = k;
    const close = words.isMark(at, '(') ? this.remarkClose(at) : undefined;
    return { end: close === undefined ? at : close + 1, latest };
  }

  /**
   * A career's posts with "former" added where their term was over before the article's year: "Ủy viên Bộ Chính
   * trị khóa VII, VIII" in 2020. The Party's central terms run from its congresses (the sixth in 1986, one every five
   * years), the National Assembly's from its elections; other bodies number their own terms, which say nothing here.
   */
  private pastTerms(titles: readonly TitleMatch[], latest: number | undefined): readonly TitleMatch[] {
    if (latest === undefined || this.year === undefined || titles.length === 0) return titles;
    // The terms qualify the post written right before them, not the others of its chain ("ủy viên Bộ Chính trị khóa 12,
    // ủy viên Trung ương các khóa 10, 11").
    const last = titles[titles.length - 1];
    const end = nationalTermEnd(last.canonical, latest);
    if (end === undefined || end >= this.year || last.modifiers.includes('former')) return titles;
    return [...titles.slice(0, -1), { ...last, modifiers: [...last.modifiers, 'former'] }];
  }

  /**
   * The longest predicate of the lexicon at word `at`. After "được" that is the predicate listed without it when it reads
   * further than one listed with it: "được bầu bổ sung chức vụ …" is "bầu bổ sung chức vụ" in the passive, not "được bầu".
   */
  private listedPredicate(at: number): { end: number; canonical: string } | undefined {
    const { words } = this;
    const { predicates } = this.lexicon.tries;
    const listed = verbPhrase(predicates, words, at);
    const active = words.key(at) === 'được' && words.gap(at + 1) === 'space' ? verbPhrase(predicates, words, at + 1) : undefined;
    return active && (!listed || active.end > listed.end) ? active : listed;
  }

  /** The predicate of the lexicon at word k or after an adverb there ("mới được bổ nhiệm"), if any. */
  private predicateAfterFiller(k: number): { end: number; canonical: string } | undefined {
    const { words } = this;
    if (words.gap(k) !== 'space') return undefined;
    const filler = longestPhrase(this.lexicon.tries.predicateFillers, words, k);
    return this.listedPredicate(k) ?? (filler && words.gap(filler.end) === 'space' ? this.listedPredicate(filler.end) : undefined);
  }

  /**
   * A predicate in the passive with its agent: "được Bộ Chính trị điều
   * động, chỉ định giữ chức …", "được Ban Thường vụ Tỉnh ủy chỉ định làm …".
   * The agent is an organisation; the predicate after it is read without
   * its "được". Returns the predicate's end and modifier as longestPhrase does.
   */
  private agentPredicate(at: number): { end: number; canonical: string; agent?: NamedAgent } | undefined {
    const { words } = this;
    // The fillers before a predicate may already have read the "được"; "bị" makes a passive of what is done to someone
    // ("bị Thủ tướng miễn nhiệm chức vụ …").
    const passive = (k: number) => words.key(k) === 'được' || words.key(k) === 'bị';
    let agentAt = passive(at) ? at + 1 : at;
    if (!passive(agentAt - 1) || words.gap(agentAt) !== 'space') return undefined;
    // "được 100% ĐBQH tỉnh thống nhất bầu …": how many of the agent voted may come first.
    if (words.kind(agentAt) === 'number' && words.isMark(agentAt + 1, '%') && words.gap(agentAt + 2) === 'space') agentAt += 2;
    // The agent is an organisation ("được Bộ Chính trị", "được HĐND tỉnh"), a body that meets ("được Đại hội", "được
    // Trung ương") or an official named by the post ("được Thủ tướng bổ nhiệm", "được Chủ tịch UBND tỉnh điều động").
    const body = longestPhrase(this.lexicon.tries.agents, words, agentAt);
    // "được các đại biểu HĐND thành phố bầu …": the body an agent of the list belongs to may follow it.
    const bodyOf = body && words.gap(body.end) === 'space' ? this.organizationPhrases.fillSlot('organization', body.end) : undefined;
    const official = this.title(agentAt, false);
    const agent = this.organizationPhrases.fillSlot('organization', agentAt) ?? (bodyOf ? { end: bodyOf.end } : body) ?? official;
    // "được Chủ tịch nước Trương Tấn Sang bổ nhiệm làm …": the official's name may follow the post.
    const named = agent === official && official && words.gap(official.end) === 'space' ? this.name(official.end, true, true) : undefined;
    // "được Trung ương khóa XIV bầu …": the agent's term may follow it, and "được Thủ tướng quyết định bổ nhiệm …" its decision.
    // "được ĐBQH tỉnh Hà Giang bầu …": the agent's place may follow it, as its term may.
    const termEnd = agent && (named !== undefined ? agent.end + named : this.qualifier(this.organizationPhrases.level(agent.end)));
    let verbAt = termEnd !== undefined && words.key(termEnd) === 'quyết' && words.key(termEnd + 1) === 'định' && words.gap(termEnd + 2) === 'space' ? termEnd + 2 : termEnd;
    if (verbAt === undefined || words.gap(verbAt) !== 'space') return undefined;
    // "được các đại biểu thống nhất bầu làm …": words of manner may stand between the agent and its verb.
    for (let n = 0; n < MAX_FILLERS; n++) {
      const filler = longestPhrase(this.lexicon.tries.predicateFillers, words, verbAt);
      if (!filler || words.gap(filler.end) !== 'space' || verbPhrase(this.lexicon.tries.predicates, words, verbAt)) break;
      verbAt = filler.end;
    }
    // After its agent an active verb is passive too: "được Bộ Chính trị chỉ định tiếp tục giữ chức …".
    const verb = verbPhrase(this.lexicon.tries.predicates, words, verbAt) ?? verbPhrase(this.lexicon.tries.objectVerbs, words, verbAt);
    // "được Bộ Chính trị phân công tham gia Tỉnh ủy, Ban Thường vụ Tỉnh ủy và giữ chức …": a verb of moving an official
    // may lead to joining bodies, and the predicate after them names the post (see `predicate`).
    if (!verb && termEnd !== undefined && verbAt > termEnd && this.membership(verbAt) !== undefined) return { end: verbAt, canonical: 'appointed' };
    return verb && official && named !== undefined ? { ...verb, agent: { post: official, nameAt: official.end, length: named } } : verb;
  }

  /**
   * The word after a clause that joins, leaves or moves to bodies rather
   * than posts ("tham gia Ban Chấp hành, Ban Thường vụ", "thôi tham gia Ban
   * Chấp hành Đảng bộ huyện nhiệm kỳ 2015 - 2020", "chuyển công tác về Ủy
   * ban Dân tộc"), at word at: a verb of data/titles.json (bodyVerbs), then
   * organisations, each possibly with its term, joined by commas or "và".
   * Undefined when no such clause starts there.
   */
  private membership(at: number): number | undefined {
    const { words } = this;
    const verb = longestPhrase(this.lexicon.tries.bodyVerbs, words, at);
    if (!verb || words.gap(verb.end) !== 'space') return undefined;
    let k = verb.end;
    // "đến nhận công tác tại xã Xuân Vân": a place, as a body, where the work is.
    const place = this.organizationPhrases.level(k);
    // "đến nhận công tác tại Sở Giao thông vận tải": a body the lexicon does not list is read by the organisation grammar.
    let body: { end: number } | undefined = this.organizationPhrases.fillSlot('organization', k) ?? (place > k ? { end: place } : undefined);
    // "đến nhận công tác và giữ chức vụ …": a verb of moving may name no body, the predicate after it naming the post.
    if (!body) return words.key(k) === 'và' || words.isMark(k, ',') ? k : undefined;
    while (body) {
      // "Ban Thường vụ tỉnh Đắk Lắk": a body may name its province.
      k = this.qualifier(this.organizationPhrases.level(body.end));
      const joined = (words.isMark(k, ',') || words.key(k) === 'và') && words.joins(k + 1);
      body = joined ? longestPhrase(this.lexicon.tries.organizations, words, k + 1, this.organizationPhrases.options) : undefined;
    }
    return k;
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

  /** Whether a person's name (a family name, then capitalised syllables) starts at word k and is not a known place. */
  personAt(k: number): boolean {
    return this.lexicon.surnames.has(this.words.key(k)) && !longestPhrase(this.lexicon.tries.places, this.words, k) && this.name(k, true, false) !== undefined;
  }

  /**
   * A name opening an item of a roll call, with its titles after a comma
   * ("Tham dự có các đồng chí: Lương Cường, Ủy viên Bộ Chính trị, Chủ tịch
   * nước; Phạm Minh Chính, …"): at the start of a line, after a colon, a
   * semicolon or "có", or after the comma that ends such an item, beginning with a
   * family name and not a place name. Returns the number of name words.
   */
  private listedName(i: number): number | undefined {
    const { words } = this;
    // "Dự có: A - Bí thư Tỉnh ủy, B - Chủ tịch UBND tỉnh": after the first item, a comma may end one.
    const nextItem = words.isMark(i - 1, ',') && this.rollCallEnd === i - 1;
    // "Dự hội nghị còn có A, Phó Bí thư …": "có" (there are) may open the roll call without a colon.
    const afterThereAre = words.key(i - 1) === 'có' && words.gap(i) === 'space';
    if (!(words.gap(i) === 'line' || words.isMark(i - 1, ':') || words.isMark(i - 1, ';') || nextItem || afterThereAre) || !words.upper(i)) return undefined;
    const n = this.name(i, true, true);
    if (n === undefined || !(words.isMark(i + n, ',') || words.key(i + n) === '-') || !words.joins(i + n + 1) || !this.modifiedTitle(i + n + 1, false)) return undefined;
    return longestPhrase(this.lexicon.tries.places, words, i)?.end === i + n ? undefined : n;
  }

  /**
   * A name written without an honorific as the object of a verb that appoints ("bổ nhiệm Trịnh Xuân Thanh giữ chức …",
   * "bầu Nguyễn Văn A làm …"), when a predicate giving a post follows it: the number of its words.
   */
  private objectName(i: number): number | undefined {
    const { words } = this;
    const { objectVerbs } = this.lexicon.tries;
    if (words.gap(i) !== 'space' || !words.upper(i)) return undefined;
    if (verbPhrase(objectVerbs, words, i - 1)?.end !== i && verbPhrase(objectVerbs, words, i - 2)?.end !== i) return undefined;
    const n = this.name(i, true, true);
    return n !== undefined && this.organizationPhrases.postChangingPredicate(i + n) ? n : undefined;
  }

  /**
   * A name written bare in running text, which the post after it in apposition shows is a person's: "Tòa tuyên phạt
   * Nguyễn Văn Tuyên, nguyên Giám đốc …", "2/ Ngô Văn Dụ, Bí thư Trung ương Đảng …", "… năm tù, Lê Đức Vinh (cựu chủ
   * tịch UBND tỉnh)". The name opens its phrase: after a mark, a number or a lower-case word that names no place,
   * street or body ("đường Nguyễn Huệ, …"); a post, not a body alone, follows it after a comma or a bracket. The number
   * of its words.
   */
  private nameBeforePost(i: number): number | undefined {
    const { words } = this;
    if (!words.upper(i) || !this.lexicon.surnames.has(words.key(i)) || !this.opensPhrase(i)) return undefined;
    const n = this.name(i, true, false);
    if (n === undefined || !(words.isMark(i + n, ',') || words.isMark(i + n, '(')) || !words.joins(i + n + 1)) return undefined;
    if (longestPhrase(this.lexicon.tries.places, words, i)?.end === i + n) return undefined;
    const post = this.modifiedTitle(i + n + 1, true);
    return post && !post.bare ? n : undefined;
  }

  /** Whether word i opens a phrase: the text or a line starts, or a mark, a number or a lower-case word that names no place, street or body stands before it. */
  private opensPhrase(i: number): boolean {
    const { words } = this;
    if (i === 0 || words.gap(i) === 'line') return true;
    if (words.gap(i) === 'none' && words.kind(i - 1) === 'word') return false;
    if (words.kind(i - 1) !== 'word') return true;
    return !(words.upper(i - 1) || STREETS.has(words.key(i - 1)) || this.levelEndsAt(i) || this.phraseEndsAt(this.lexicon.tries.organizationHeads, i));
  }

  /**
   * The number of words of a name starting at word i: two to four
   * capitalised Vietnamese syllables separated by spaces (the caller checks
   * what comes before the first), or, with `capitals`, two to four words in
   * capitals beginning with a family name ("NGUYỄN VĂN A"). A name does not
   * run into a post or an organisation, is not the start of one ("Chánh
   * Văn" of "Chánh Văn phòng"), and is not cut by the end of the text. With
   * `needsSurname`, the first word must be a known family name.
   */
  name(i: number, needsSurname: boolean, capitals: boolean): number | undefined {
    const { words } = this;
    if (i >= words.length) return undefined;
    if (needsSurname && !this.lexicon.surnames.has(words.key(i))) {
      // A pen name every reader knows needs no family name ("Tổng Bí thư Trường Chinh").
      const known = words.capitalised(i) ? longestPhrase(this.lexicon.tries.wellKnownNames, words, i) : undefined;
      return known && words.gap(known.end) !== 'none' ? known.end - i : undefined;
    }
    const inCapitals = capitals && words.allCaps(i) && this.lexicon.surnames.has(words.key(i));
    // "Nguyễn Lâm Thị Tú Anh": a second family name, or a middle name third, makes room for a fifth syllable.
    const { surnames, middleNames } = this.lexicon;
    const second = words.key(i + 1);
    const longest = (surnames.has(second) && !middleNames.has(second)) || middleNames.has(words.key(i + 2)) ? MAX_NAME + 1 : MAX_NAME;
    let n = 0;
    while (i + n < words.length && n <= longest) {
      const k = i + n;
      if (n > 0 && words.gap(k) !== 'space') break;
      // "Cao văn Bé Tư": the common middle names may slip into lower case between capitalised words.
      const lowerMiddle = n === 1 && !inCapitals && LOWER_CASE_MIDDLES.has(words.text.slice(words.start(k), words.end(k))) && words.gap(k + 1) === 'space' && words.capitalised(k + 1);
      if (!lowerMiddle && (!(inCapitals ? words.allCaps(k) || (words.upper(k) && words.end(k) - words.start(k) === 1) : words.capitalised(k)) || !isSyllable(words.key(k)))) break;
      // A head that needs an organisation ends a name only where one follows it: "Chánh" may be a given name ("Trần Công Chánh").
      const head = n > 0 ? longestPhrase(this.lexicon.tries.heads, words, k) : undefined;
      if (n > 0 && ((head && !head.canonical.startsWith('!')) || this.title(k, false) || longestPhrase(this.lexicon.tries.organizations, words, k))) break;
      n++;
    }
    if (n < MIN_NAME || n > longest) return undefined;
    // A headline's "Chủ tịch Hà Nội", "Bí thư Cao Bằng": a province written where a name could stand is the province,
    // unless an honorific says it is a person ("ông Hà Nam").
    if (this.provinceAt(i)?.end === i + n && !this.afterHonorific(i)) return undefined;
    // Cut by the end of the excerpt, or running into a cut word ("Hoàng Trung H"): the rest of the name is missing.
    if (i + n >= words.length) return undefined;
    if (words.gap(i + n) === 'space' && words.upper(i + n) && (i + n + 1 >= words.length || !isSyllable(words.key(i + n)))) return undefined;
    // The first words of a post or an organisation ("Chánh Văn" of "Chánh Văn phòng") are not a name.
    const post = longestPhrase(this.lexicon.tries.heads, words, i) ?? longestPhrase(this.lexicon.tries.organizations, words, i);
    if (post && post.end > i + 1) return undefined;
    return n;
  }

  /**
   * A name of the Central Highlands' peoples after an honorific, which has no Vietnamese family name,
   * may hold words that are no Vietnamese syllables and apostrophes inside words ("bà Ka Trinh", "ông
   * Điểu K'Ré", "bà Ksor H'Bơ Khăp", "ông Y Giang Gry Niê Knơng"). It is taken only where a post of a
   * Vietnamese local body, of the Party's or the state's central bodies or of the army follows after a comma, which says the words are
   * such a person's name; so does such a post in brackets after the name ("đồng chí Y Biêr Niê (Chủ tịch HĐND tỉnh)").
   * Returns the number of words (an apostrophe and the letters it joins count as words).
   */
  private highlandName(i: number): number | undefined {
    const { words } = this;
    const run = this.highlandWords(i);
    // "đồng chí Ksor Phước Hà - Chủ tịch …", "Rah Lan Chung- Phó Bí thư …": a dash may set the posts off as a comma does.
    const setOff = run && (words.isMark(i + run.n, ',') || words.isMark(i + run.n, '(') || DASHES.has(words.key(i + run.n)));
    if (!run || !setOff || !words.joins(i + run.n + 1)) return undefined;
    const post = this.chain(i + run.n + 1, true, APPOSITION)?.titles[0];
    return post && !post.bare && this.vietnamesePost(post) ? run.n : undefined;
  }

  /**
   * Such a name right after a Vietnamese post of its holder ("Phó Chủ tịch HĐND tỉnh Ayun H'Bút, …"), ending its clause
   * or the item of a list, with a word that is no Vietnamese syllable (a Vietnamese name is read by `name`).
   */
  private highlandNameAfter(chain: Chain, i: number): number | undefined {
    const { words } = this;
    const last = chain.titles[chain.titles.length - 1];
    const run = last && !last.bare && this.vietnamesePost(last) ? this.highlandWords(i) : undefined;
    // A name whose words are all Vietnamese syllables is one of these peoples' when it opens with one of their family names ("Nay Phi La").
    if (!run || !(run.foreign || this.highlandFamilyNameAt(i))) return undefined;
    const end = i + run.n;
    const closes = end >= words.length || CLAUSE_MARKS.has(words.key(end)) || words.isMark(end, '(') || (words.key(end) === 'và' && words.gap(end) === 'space');
    return closes || (words.gap(end) === 'space' && longestPhrase(this.lexicon.tries.clauseVerbs, words, end)) ? run.n : undefined;
  }

  /**
   * Such a name as an item of a list of names ("… gồm các ông, bà: A, B, Ksor Phước, C"): it opens with one of these
   * peoples' family names and ends where the item does. The number of its words.
   */
  private highlandNameListed(i: number): number | undefined {
    const { words } = this;
    const run = this.highlandFamilyNameAt(i) ? this.highlandWords(i) : undefined;
    const end = run && i + run.n;
    return end !== undefined && (end >= words.length || CLAUSE_MARKS.has(words.key(end)) || words.key(end) === 'và') ? run?.n : undefined;
  }

  /** Whether a capitalised family name of the Central Highlands' peoples opens a name at word k ("Nay Phi La", "Ksor Phước"). */
  highlandFamilyNameAt(k: number): boolean {
    const { words } = this;
    return words.upper(k) && words.gap(k + 1) === 'space' && words.upper(k + 1) && this.lexicon.highlandFamilyNames.has(words.key(k));
  }

  /**
   * The capitalised words of a name of the Central Highlands' peoples at word i, two to six parts (an apostrophe and
   * the letters it joins count as words), and whether one of them is no Vietnamese syllable.
   */
  private highlandWords(i: number): { n: number; foreign: boolean } | undefined {
    const { words } = this;
    let n = 0;
    let parts = 0;
    let foreign = false;
    while (i + n < words.length && parts < MAX_HIGHLAND_NAME) {
      const k = i + n;
      if (n > 0 && words.gap(k) !== 'space') break;
      if (words.kind(k) !== 'word' || !words.upper(k) || (n > 0 && (longestPhrase(this.lexicon.tries.heads, words, k) || longestPhrase(this.lexicon.tries.organizations, words, k)))) break;
      n++;
      const glued = n;
      while (APOSTROPHES.some((a) => words.isMark(i + n, a)) && words.gap(i + n) === 'none' && words.gap(i + n + 1) === 'none' && words.upper(i + n + 1)) n += 2;
      foreign ||= n > glued || !isSyllable(words.key(k));
      parts++;
    }
    return parts < MIN_NAME ? undefined : { n, foreign };
  }

  /** Whether a post is of a Vietnamese local body, the Party's or the state's central bodies or the army, not another country's. */
  private vietnamesePost(post: TitleMatch | Omit<TitleMatch, 'modifiers'>): boolean {
    const { words } = this;
    if (LOCAL_POST.test(post.canonical) || CENTRAL_POST.test(post.canonical)) return true;
    // "Chủ tịch Quốc hội Lào": the country named after a national body's post is not this one.
    const after = post.continuesAt ?? post.end;
    return NATIONAL_POST.test(post.canonical) && !(words.gap(after) === 'space' && words.upper(after));
  }

  /** A place the lexicon lists at word k, unless the same words are a name every reader knows ("Hồ Chí Minh" is the man, not the city). */
  provinceAt(k: number): { end: number; canonical: string } | undefined {
    const { places, wellKnownNames } = this.lexicon.tries;
    const place = longestPhrase(places, this.words, k);
    return place && longestPhrase(wellKnownNames, this.words, k)?.end !== place.end ? place : undefined;
  }

  /** Whether an honorific that may stand before a person named like a place ends right before word i ("ông", "Thượng tướng"; not "đại biểu"). */
  private afterHonorific(i: number): boolean {
    for (let from = Math.max(0, i - MAX_HONORIFIC_WORDS); from < i; from++) {
      const honorific = longestPhrase(this.lexicon.tries.honorifics, this.words, from);
      if (honorific?.end === i) return !this.lexicon.placeHonorifics.has(honorific.canonical);
    }
    return false;
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
      // Not the tail of a longer name ("Thanh Bình" in "Đỗ Thanh Bình"); a capitalised word opening the sentence is fine,
      // and so is an honorific that is a family name too ("Ông Trần Văn Minh" where the article names Trần Văn Minh).
      if (words.gap(i) === 'space' && words.capitalised(i - 1) && !this.taken[i - 1] && this.lexicon.surnames.has(words.key(i - 1)) && !this.afterHonorific(i)) continue;
      for (const keys of candidates) {
        const end = i + keys.length;
        if (end > words.length || !keys.every((k, j) => words.key(i + j) === k && (j === 0 || words.gap(i + j) === 'space') && !this.taken[i + j])) continue;
        if (words.gap(end) === 'space' && words.capitalised(end) && !this.organizationPhrases.startsPost(end) && !this.title(end, false)) continue;
        const name = words.textOf(i, end);
        this.people.push({ start: words.start(i), end: words.end(end - 1), key: personKey(name), name, titles: [] });
        i = end - 1;
        break;
      }
    }
  }
}

