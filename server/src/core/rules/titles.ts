import type { Article, Mention, PersonMention } from '../model';
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
   * ("nguyên Bí thư Tỉnh ủy"). It says nothing of who holds the post now.
   */
  readonly former: boolean;
  /** A post the text says the holder takes up ("được bổ nhiệm làm …", "tân …"). */
  readonly taken: boolean;
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
  let person: PersonMention | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (mention.kind === 'person') person = mention;
    if (mention.kind !== 'title') continue;
    const data = mention.data;
    // A title inside a person's mention belongs to that person even when the recogniser left its holder out.
    // A title written right before a name ("Thường trực Ban Bí thư Trần Cẩm Tú") is that person's, whatever came before.
    // When capitalised words that no recogniser read follow instead, someone unknown holds it: no holder is assumed.
    const named = nameRightAfter(mentions, i, text);
    const holder = named === null ? undefined : (named ?? data.holder ?? (person && mention.end <= person.end ? person.data.name : undefined));
    const split = splitTitle(mentions, i, text, lexicon);
    const end = split?.end ?? mention.end;
    const canonical = split?.canonical ?? data.canonical;
    // The recogniser reads "nguyên" and "thôi giữ chức" into the title's modifiers; the words before it catch what it did not attach.
    const past = data.modifiers?.some((m) => m === 'former' || m === 'left') ?? false;
    const former =
      past ||
      FORMER.test(text.slice(Math.max(0, mention.start - FORMER_REACH), mention.start));
    const taken = data.modifiers?.some((m) => m === 'appointed' || m === 'new') ?? false;
    out.push({ start: mention.start, end, canonical, written: surface(text.slice(mention.start, end)), holder, former, taken, mention });
  }
  return out;
}

/**
 * The person named right after a title, separated by spaces only: their
 * name, or null when the words there look like a name (two to four
 * capitalised syllables) that no recogniser read; undefined when no name follows.
 */
function nameRightAfter(mentions: readonly Mention[], i: number, text: string): string | null | undefined {
  const title = mentions[i];
  let other = false;
  for (let j = i + 1; j < mentions.length && mentions[j].start <= title.end + 2; j++) {
    const next = mentions[j];
    if (next.start < title.end || !/^\s*$/.test(text.slice(title.end, next.start))) continue;
    if (next.kind === 'person') return next.data.name;
    other = true;
  }
  // Words another recogniser took (an organisation, a place in a title) are no name.
  return !other && NAME_AFTER.test(text.slice(title.end, title.end + 40)) ? null : undefined;
}

/** Two to four capitalised syllables, then no further capitalised word. */
const NAME_AFTER = /^[ \u00a0]+\p{Lu}\p{Ll}*(?:[ \u00a0]+\p{Lu}\p{Ll}*){1,3}(?![ \u00a0]*\p{Lu})/u;

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
