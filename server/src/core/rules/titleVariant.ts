import type { Article } from '../model';
import type { Lexicon } from '../lexicon';
import type { Source } from '../text/source';
import { matchKey, remembered } from '../text/source';
import { decodeReferences } from '../text/characterReferences';
import { firstFiles, type Contribution, type Tally } from '../folderIndex/aggregates';
import type { Problem, Rule } from './rule';
import { writtenTitles, type WrittenTitle } from './titles';
import { quote } from './edits';
import { Words } from '../text/words';
import { longestPhrase } from '../text/phrases';
import type { TitleVariantMessages } from '../messages/catalogue';

/**
 * title-variant: one post written with the same words but in two ways
 * across the folder: letter case ("Trưởng ban" / "Trưởng Ban"), or a
 * stray comma that splits one post in two ("Phó Trưởng ban Thường trực, Ban
 * Tổ chức Trung ương").
 *
 * Only the same words are compared. A full and a short form of a post
 * ("Ủy viên Ban Chấp hành Trung ương Đảng", "Ủy viên Trung ương Đảng",
 * "UVTW") are both correct, and a text cannot be rewritten from one to the
 * other without adding or dropping words, so they are left alone. Tone
 * placement (Uỷ/Ủy) is spelling-variant's, and is ignored here.
 *
 * The case more articles of the folder write is taken as right (then the
 * one written more often; see Tally.majority); ties say nothing, and the letters the lexicon sets, the official
 * ones, are never told to change. An article that writes a post one way throughout keeps a house
 * style: that is reported as style (information). An article that writes
 * one post two ways is inconsistent, which is worth a warning.
 */

export const titleVariant: Rule = {
  id: 'title-variant',
  defaultSeverity: 'warning',
  contribute(article: Article, _source: Source, lexicon: Lexicon): Contribution[] {
    return compared(article, lexicon).map((t) => ({ group: groupOf(t), variant: caseShape(t.written), start: t.start, end: t.end }));
  },
  readsOf(tally: Tally, group: string) {
    // The majority's own files are told nothing; the others read the majority, its count and the file of the example
    // shown (the first file writing it, or the second for the first file itself). The example's offset is left out:
    // typing before it in that file would otherwise re-check every minority file at each keystroke.
    const usual = tally.majority(group);
    if (usual === undefined) return () => '';
    const reading = `${usual}\n${tally.variants(group).get(usual)?.count}\n${firstFiles(tally, group, usual)}`;
    return (variant) => (variant === usual ? '' : reading);
  },
  check({ article, tally, lexicon, messages }) {
    const problems: Problem[] = [];
    const titles = compared(article, lexicon);
    // The case shapes this article itself writes each post in.
    const own = new Map<string, Set<string>>();
    for (const t of titles) {
      const group = groupOf(t);
      own.set(group, (own.get(group) ?? new Set()).add(caseShape(t.written)));
    }
    // A house style is one problem: reported once per post, at its first occurrence, with a fix for every one.
    const styled = new Set<string>();
    for (const t of titles) {
      const commas = strayCommas(article.text, t);
      if (commas.length > 0) problems.push(strayComma(article, t, commas, messages.titleVariant));
      const group = groupOf(t);
      const shape = caseShape(t.written);
      const usual = tally.majority(group);
      if (usual === undefined || usual === shape || styled.has(group)) continue;
      // The lexicon's own letters, the official ones ("Tổng Bí thư", "Phó Chủ tịch", "Ủy ban Thường vụ Quốc hội"), are
      // never pushed toward others, however many articles of one outlet's house style write those.
      if (officialAlready(shape, usual, t.canonical, lexicon)) continue;
      const variants = tally.variants(group);
      // Character references left by a scraper ("B&iacute; thư") are written as their letters by the same fix.
      const written = decodeReferences(article.text.slice(t.start, t.end));
      const fixed = withCaseOf(written, usual);
      if (fixed === undefined || fixed === written) continue;
      const usualCount = variants.get(usual)?.count ?? 0;
      const example = tally.example(group, usual, article.uri);
      const consistent = own.get(group)?.size === 1;
      const same = consistent ? titles.filter((x) => groupOf(x) === group) : [t];
      if (consistent) styled.add(group);
      const edits = same.flatMap((x) => {
        const newText = withCaseOf(decodeReferences(article.text.slice(x.start, x.end)), usual);
        return newText === undefined ? [] : [{ uri: article.uri, start: x.start, end: x.end, newText }];
      });
      problems.push({
        start: t.start,
        end: t.end,
        message: messages.titleVariant.writtenElsewhere(quote(written), quote(fixed), usualCount, consistent, same.length),
        related: example ? [{ ...example, message: messages.titleVariant.writtenHere(quote(fixed)) }] : [],
        // Only letters change case: the words, spaces and tone marks stay as written.
        fixes: [{ title: messages.titleVariant.write(quote(fixed), same.length), edits, safe: true }],
        style: consistent,
      });
    }
    return problems;
  },
};

/**
 * Titles written in capitals only (headlines) have no case to compare. Nor has a post named in general, of many
 * bodies ("chức Bí thư tỉnh ủy, thành ủy các tỉnh", "Chủ tịch UBND các huyện"), which is rightly written in lower case,
 * nor a page's tag.
 */
function compared(article: Article, lexicon: Lexicon): WrittenTitle[] {
  return writtenTitles(article, lexicon).filter(
    (t) =>
      t.written !== t.written.toUpperCase() &&
      !GENERIC_AFTER.test(article.text.slice(t.end, t.end + 20).normalize('NFC')) &&
      !isTag(article.text, t.start) &&
      !afterCapitalModifier(article.text, t, lexicon) &&
      !cutHead(article.text, t, lexicon),
  );
}

/**
 * Whether a post is a head alone cut before the name of what it heads, which goes on in lower case ("Trưởng Phòng an
 * ninh Chính trị Nội bộ", read as far as "Trưởng Phòng"): its last word, written with a capital the head does not
 * have, begins that name, so its letters are not those of the head alone ("Trưởng phòng").
 */
function cutHead(text: string, t: WrittenTitle, lexicon: Lexicon): boolean {
  if (!LOWER_CASE_WORD_AFTER.test(text.slice(t.end, t.end + 2)) || !capitalLast(t.written) || capitalLast(t.canonical)) return false;
  const words = new Words(t.canonical);
  return words.length === new Words(t.written).length && longestPhrase(lexicon.tries.heads, words, 0)?.end === words.length;
}

/** Whether the last word of a phrase begins with a capital. */
function capitalLast(phrase: string): boolean {
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
  return last !== '' && last[0] !== last[0].toLowerCase();
}

/** A space, then a lower-case letter: the words after a post go on in lower case. */
const LOWER_CASE_WORD_AFTER = /^ \p{Ll}/u;

/**
 * Whether a post written in lower case follows a modifier written with the capital ("Quyền bí thư Tỉnh đoàn",
 * "Nguyên phó chủ tịch …"): the modifier took the post's capital, as a compound post's first word does ("Phó bí
 * thư"), so the post's own first letter says nothing of how the article writes the post.
 */
function afterCapitalModifier(text: string, t: WrittenTitle, lexicon: Lexicon): boolean {
  if (t.written[0] === t.written[0]?.toUpperCase()) return false;
  const before = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, t.start - MODIFIER_REACH), t.start).normalize('NFC'));
  return before !== null && longestPhrase(lexicon.tries.modifiers, new Words(before[1]), 0)?.end === 1;
}

/** A capitalised word, then the spaces before a post. */
const CAPITALISED_WORD_BEFORE = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*)\s+$/u;
/** How far before a post its modifier is looked for: the longest one-word modifier ("Nguyên", "Quyền") and its spaces. */
const MODIFIER_REACH = 12;

/** Whether a title is a page's tag, "#" glued to it ("#Bí thư tỉnh ủy"): a topic, in the case of the site's tags. */
function isTag(text: string, start: number): boolean {
  return text[start - 1] === '#';
}

/**
 * After a post: another body in lower case sharing it ("…, thành ủy", "… và huyện ủy", "Bí thư ban cán sự đảng, đảng
 * đoàn"), or the plural "các".
 */
const GENERIC_AFTER = /^(?:\s*(?:,|và|hoặc)\s*\p{Ll}+ (?:ủy|uỷ|đoàn|bộ)(?![\p{L}])|\s+các\s)/u;

/**
 * Whether a title written with the case shape `shape` differs from the folder's `usual` one only in letters the
 * lexicon sets, and has those as the lexicon does. A canonical post is the lexicon's where it lists the whole post,
 * its head ("Phó Chủ tịch") and an organisation it lists; elsewhere (an organisation it does not list, "UBND tỉnh Sơn
 * La") the canonical keeps the letters as written, which says nothing of how they should be.
 */
function officialAlready(shape: string, usual: string, canonical: string, lexicon: Lexicon): boolean {
  const boundary = caseShape(canonical.slice(0, officialLength(canonical, lexicon))).length;
  if (boundary === 0 || shape.length !== usual.length) return false;
  const official = caseShape(canonical);
  // Every letter the folder's form would change is one the lexicon sets, and the article writes it as the lexicon does
  // ("Phó bí thư thường trực Huyện ủy" beside a folder's "phó bí thư thường trực huyện ủy": its "P" and "H" are official).
  for (let k = 0; k < shape.length; k++) if (shape[k] !== usual[k] && (k >= boundary || shape[k] !== official[k])) return false;
  return true;
}

/**
 * How much of a canonical post, from its start, the lexicon sets: all of a listed post; or its head, then a listed
 * organisation after it or the head word of one it does not list ("Bộ Chỉ huy" of "Bộ Chỉ huy Quân sự tỉnh").
 */
function officialLength(canonical: string, lexicon: Lexicon): number {
  if (lexicon.titleByKey.get(matchKey(canonical)) === canonical) return canonical.length;
  const words = new Words(canonical);
  const head = longestPhrase(lexicon.tries.heads, words, 0);
  if (!head) return 0;
  const headEnd = words.end(head.end - 1);
  if (canonical.slice(0, headEnd) !== head.canonical.replace(/^!/, '')) return 0;
  if (head.end >= words.length) return headEnd;
  // A listed organisation, the whole of the post's or the longest it begins with ("Tỉnh ủy" of "Tỉnh ủy Lạng Sơn"):
  // its letters are set.
  for (let end = words.length; end > head.end; end--) {
    const listed = canonical.slice(words.start(head.end), words.end(end - 1));
    if (lexicon.organizationByKey.get(matchKey(listed)) === listed) return words.end(end - 1);
  }
  const unit = longestPhrase(lexicon.tries.organizationHeads, words, head.end);
  const unitEnd = unit ? words.end(unit.end - 1) : headEnd;
  return unit && canonical.slice(words.start(head.end), unitEnd) === unit.canonical ? unitEnd : headEnd;
}

/** The post and the words written for it, whatever their case, tone marks and commas. */
function groupOf(t: WrittenTitle): string {
  return `${matchKey(t.canonical)}|${caseShape(t.written).toLowerCase()}`;
}

/**
 * The letters of a title with their case, without diacritics and commas:
 * "Trưởng ban, Ban Tổ chức" and "Truong ban Ban To chuc" have one shape.
 * A folder writes the same few titles thousands of times, and each is
 * shaped several times over (its group, its variant, its check), so shapes
 * are remembered.
 */
const caseShape = remembered((written) =>
  written
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/,/g, '')
    .replace(/\s+/g, ' ')
    .trim(),
);

/**
 * The text with each letter in the case of the corresponding letter of a
 * shape, or undefined when the letters do not correspond. Everything but
 * the case is kept as written.
 */
function withCaseOf(written: string, shape: string): string | undefined {
  let out = '';
  let k = 0;
  for (const ch of written) {
    const base = caseShape(ch);
    if (base === '' || !/\p{L}/u.test(base)) {
      out += ch;
      continue;
    }
    while (k < shape.length && !/\p{L}/u.test(shape[k])) k++;
    if (k >= shape.length || shape[k].toLowerCase() !== base.toLowerCase()) return undefined;
    out += shape[k] === shape[k].toUpperCase() ? ch.toUpperCase() : ch.toLowerCase();
    k++;
  }
  return out;
}

/**
 * Commas inside a written title whose post has none ("Phó Trưởng ban Thường
 * trực, Ban Tổ chức Trung ương"): they split one post in two. A post whose
 * name holds commas ("… phòng, chống tham nhũng, tiêu cực") keeps them.
 */
function strayCommas(text: string, t: WrittenTitle): number[] {
  if (t.canonical.includes(',')) return [];
  const out: number[] = [];
  for (let i = t.start; i < t.end; i++) if (text.charCodeAt(i) === 0x2c) out.push(i);
  return out;
}

/**
 * Whether the writer meant one post or two cannot be told for sure
 * ("Phó Trưởng ban Thường trực, Ban Tổ chức Trung ương" may list two
 * things), so removing the comma is a suggestion.
 */
function strayComma(article: Article, t: WrittenTitle, commas: readonly number[], messages: TitleVariantMessages): Problem {
  const written = article.text.slice(t.start, t.end);
  return {
    start: t.start,
    end: t.end,
    message: messages.strayComma(quote(written), quote(t.canonical)),
    fixes: [{ title: messages.removeComma, edits: commas.map((at) => ({ uri: article.uri, start: at, end: at + 1, newText: '' })), safe: false }],
  };
}
