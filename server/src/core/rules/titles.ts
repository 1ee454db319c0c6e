import type { Article, Mention, PersonMention, TitleModifier } from '../model';
import type { Lexicon } from '../lexicon';
import { matchKey } from '../text/source';

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
  /** The title as written, NFC with spaces collapsed. */
  readonly written: string;
  readonly holder?: string;
  /** The modifiers of the title at this mention (former, appointed…). */
  readonly modifiers: readonly TitleModifier[];
  /** The mention it comes from (the first one, for a title split by a comma). */
  readonly mention: Mention;
}

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
    const holder = data.holder ?? (person && mention.end <= person.end ? person.data.name : undefined);
    const split = splitTitle(mentions, i, text, lexicon);
    const end = split?.end ?? mention.end;
    const canonical = split?.canonical ?? data.canonical;
    out.push({ start: mention.start, end, canonical, written: surface(text.slice(mention.start, end)), holder, modifiers: data.modifiers ?? [], mention });
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

/**
 * Whether a title says its holder holds the post at the article's date: not
 * a former post (nguyên) and not one the holder leaves (thôi giữ chức); a
 * post the holder is appointed to is held from that date.
 */
export function heldAtDate(title: WrittenTitle): boolean {
  return !title.modifiers.includes('former') && !title.modifiers.includes('left');
}

function surface(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
