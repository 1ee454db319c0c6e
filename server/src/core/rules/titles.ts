import type { Article, CalendarDate, Mention, PersonData, TitleData } from '../model';
import type { Lexicon } from '../lexicon';
import { matchKey } from '../text/source';
import { decodeReferences } from '../text/characterReferences';

/**
 * What the title rules share: an article's title mentions, each with its
 * canonical post and its surface as written, including the "stray comma"
 * form where a writer split one post in two ("Phó Trưởng ban Thường trực,
 * Ban Tổ chức Trung ương"): a title, a comma, then an organisation that
 * together spell a post of the lexicon.
 */

export interface WrittenTitle {
  readonly start: number;
  readonly end: number;
  /** The canonical post, from the lexicon. */
  readonly canonical: string;
  /** The title as written, NFC with spaces collapsed and character references decoded. */
  readonly written: string;
  readonly holder?: string;
  /**
   * A past post: written after "nguyên", "cựu", "từng là", "lúc đó là"…
   * ("nguyên Bí thư Tỉnh ủy"), or in a paragraph that tells of an earlier
   * year. It says nothing of who holds the post now.
   */
  readonly former: boolean;
  /** The mention it comes from (the first one, for a title split by a comma). */
  readonly mention: Mention;
}

/** Words that make the title after them a past post, right before it. */
const FORMER = /(?:^|[\s,(])(?:nguyên|cựu|từng là|từng giữ chức|trước đây là|lúc đó là|khi đó là|khi ấy là|lúc ấy là|thời điểm đó là)\s+$/iu;
/** How far back those words are looked for: the longest of them and its spaces. */
const FORMER_REACH = 24;

export function writtenTitles(article: Article, lexicon: Lexicon): WrittenTitle[] {
  const out: WrittenTitle[] = [];
  const { mentions, text } = article;
  // The person mention that may span an appositive title list ("Đồng chí X, Ủy viên …, Bí thư …").
  let person: Mention | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (mention.kind === 'person') person = mention;
    if (mention.kind !== 'title') continue;
    const data = mention.data as TitleData;
    // A title inside a person's mention belongs to that person even when the recogniser left its holder out.
    const holder = data.holder ?? (person && mention.end <= person.end ? (person.data as PersonData).name : undefined);
    const split = splitTitle(mentions, i, text, lexicon);
    const end = split?.end ?? mention.end;
    const canonical = split?.canonical ?? data.canonical;
    const former =
      FORMER.test(text.slice(Math.max(0, mention.start - FORMER_REACH), mention.start)) ||
      (article.publication !== undefined && narratedYear(text, mention.start, article.publication.date) !== undefined);
    out.push({ start: mention.start, end, canonical, written: surface(text.slice(mention.start, end)), holder, former, mention });
  }
  return out;
}

/** A title followed by ", " and an organisation that together form one post of the lexicon. */
function splitTitle(mentions: readonly Mention[], i: number, text: string, lexicon: Lexicon): { end: number; canonical: string } | undefined {
  const title = mentions[i];
  for (let j = i + 1; j < mentions.length && mentions[j].start <= title.end + 2; j++) {
    const org = mentions[j];
    if (org.kind !== 'organization' || !/^,\s$/.test(text.slice(title.end, org.start))) continue;
    const canonical = lexicon.titleByKey.get(matchKey(`${title.text} ${org.text}`));
    if (canonical) return { end: org.end, canonical };
  }
  return undefined;
}

function surface(text: string): string {
  return decodeReferences(text).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * A year before the article's own that the paragraph writes ahead of a
 * title ("Năm 1956, … ông Lê Văn Lương - Trưởng Ban Tổ chức Trung ương"):
 * the paragraph tells of that time, so the title is a post held then, not
 * at the article's date.
 */
function narratedYear(text: string, at: number, date: CalendarDate): number | undefined {
  const paragraph = Math.max(text.lastIndexOf('\n', at - 1) + 1, 0);
  let found: number | undefined;
  for (const m of text.slice(paragraph, at).matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year < date.year - 1) found = year;
    else found = undefined;
  }
  return found;
}

/** A year written as a year ("năm 1956", "1956,"), not part of a date range or a code. */
const YEAR = /(?<![\d/.\-–])\b(1[89]\d\d|20\d\d)\b(?![\d/.\-–]\d)/g;
