import { matchKey, type Source } from '../text/source';
import { DIGIT, LOWER, OTHER, UPPER, classAt, isLetter, isSentenceEnd, isUpperCodePoint, sameLetters, wordCharAt } from './chars';
import type { Problem, Rule, RuleContext } from './rule';
import type { TextArtifactMessages } from '../messages/catalogue';
import { problemInNorm, quote, replaceFix } from './edits';
import { COMPOUNDS, WORDS_BEFORE_THEIR_COMPOUNDS } from '../text/compounds';
import reduplicativesData from '../../../../data/reduplicatives.json';
import markupData from '../../../../data/markup.json';
import { characterOf } from '../text/characterReferences';
import { hasVietnameseLetter, misspeltSyllable, syllableNeighbours } from '../text/syllables';
import { isSyllable } from '../text/words';

/**
 * text-artifact: damage left by scraping web pages — words glued together,
 * a sentence running into the next without a space, a word broken across
 * lines, a word written twice, an abbreviation split by a space, and blocks of page furniture (comment forms,
 * "related news" lists, related-article links) inside the article — and a word no Vietnamese syllable is spelt
 * like, left by a typing slip or a damaged conversion.
 */

/**
 * Words Vietnamese writes twice on purpose, in lower case (data/reduplicatives.json:
 * "luôn luôn", "ngày ngày"). A scraper doubles a word as written, capital
 * included, so a listed word is a reduplication only when its second
 * occurrence is in lower case.
 */
const REDUPLICATIVES: ReadonlySet<string> = new Set(reduplicativesData.reduplicatives);

/**
 * The keys of the Telex input method that put tones and marks on a syllable (s, f, r, x, j, z; w for ư, ơ, ă): a
 * mistyped syllable leaves one of them glued to the next word ("zTuyên"), where no other single letter is left.
 */
const TELEX_KEYS: ReadonlySet<string> = new Set(['s', 'f', 'r', 'x', 'j', 'z', 'w']);

/** Lines that only web pages have; one starts a block of page furniture. */
const RESIDUE_LINES = new Set([
  'tin cùng chuyên mục', 'bài cùng chuyên mục', 'tin liên quan', 'bài liên quan', 'các tin khác', 'tin khác', 'các bài khác',
  'phản hồi', 'mới nhất', 'xem nhiều nhất', 'đọc nhiều nhất', 'tin mới nhất', 'tin đọc nhiều',
  'ý kiến bạn đọc về bài viết này', 'ý kiến bạn đọc', 'gửi ý kiến', 'gửi bình luận', 'bình luận', 'họ và tên',
  'mã bảo vệ', 'ý kiến của bạn', 'video clips', 'giới thiệu tạp chí in', 'đăng nhập', 'đăng ký', 'yêu cầu xóa tin',
]);
/** A related-article link: a whole line of several words in square brackets. */
const RELATED_LINK = /^\[[^\]\n]{10,200}\]$/;
/** Lines that continue a furniture block: form fields ("Địa chỉ :") and short labels without a full stop. */
const FORM_FIELD = /:\s*\*?\s*$/;

export const textArtifact: Rule = {
  id: 'text-artifact',
  defaultSeverity: 'warning',
  textOnly: true,
  check(ctx) {
    const blocks = residueBlocks(ctx);
    // Damage inside a block of page furniture goes with the block: one problem, one finding.
    const outside = (p: Problem) => !blocks.some((b) => b.start <= p.start && p.end <= b.end);
    return [...scanWords(ctx).filter(outside), ...splitAbbreviations(ctx).filter(outside), ...markupResidue(ctx), ...blocks];
  },
};

/**
 * An abbreviation split by a space ("Ủy viên T Ư") where the same article
 * writes it whole ("TƯ"): the article itself says which is meant, so the
 * fix, taking the space out, is safe. Capitals apart that the article never
 * writes together (a list of classes "A B", initials) are left alone.
 *
 * The text is read once, run by run of letters, marks and digits: an
 * abbreviation written whole is a run of two to six capitals, one split is
 * two runs of one to three capitals with one space between them (what
 * /(?<![\p{L}\p{M}\d])(\p{Lu}{1,3}) (\p{Lu}{1,3})(?![\p{L}\p{M}\d])/u finds, without
 * trying a lookbehind at every offset).
 */
function splitAbbreviations({ source, article, messages }: RuleContext): Problem[] {
  const norm = source.norm;
  const whole = new Set<string>();
  // Each split abbreviation found: its start, the space, its end.
  const splits: number[] = [];
  // The start of the run before, when it is one to three capitals not already taken by a split; -1 otherwise.
  let shortBefore = -1;
  let endBefore = -1;
  for (let i = 0; i < norm.length; ) {
    if (!wordCharAt(norm, i)) {
      i++;
      continue;
    }
    let end = i;
    let letters = 0;
    let capitals = true;
    while (end < norm.length && wordCharAt(norm, end)) {
      const code = norm.codePointAt(end) as number;
      if (!isUpperCodePoint(code)) capitals = false;
      letters++;
      end += code > 0xffff ? 2 : 1;
    }
    if (capitals && letters >= 2 && letters <= 6) whole.add(norm.slice(i, end));
    const short = capitals && letters <= 3;
    if (short && shortBefore !== -1 && endBefore + 1 === i && norm.charCodeAt(endBefore) === SPACE) {
      splits.push(shortBefore, endBefore, end);
      shortBefore = -1;
    } else shortBefore = short ? i : -1;
    endBefore = end;
    i = end;
  }
  const problems: Problem[] = [];
  for (let k = 0; k < splits.length; k += 3) {
    const start = splits[k];
    const space = splits[k + 1];
    const end = splits[k + 2];
    const joined = norm.slice(start, space) + norm.slice(space + 1, end);
    if (!whole.has(joined)) continue;
    const original = source.toOriginal(space);
    problems.push(
      problemInNorm(source, start, end, messages.textArtifact.splitAbbreviation(quote(norm.slice(start, end)), quote(joined)), [
        replaceFix(messages.textArtifact.joinAbbreviation(quote(joined)), article.uri, original, original + 1, '', true),
      ]),
    );
  }
  return problems;
}

/** A word's span in the matching text. */
interface Word {
  readonly start: number;
  readonly end: number;
}

/**
 * One pass over the text, word by word, for the damage visible at word
 * boundaries: a lower-case letter or a short number run into a capitalised
 * word ("1Trưởng", "DiệpẢnh"), a sentence run into the next ("2020.Đồng"),
 * a comma run into the next word ("Mai,Trưởng"), lines broken inside a
 * sentence ("tổng⏎ kết") and a word or a two-word phrase written twice.
 */
function scanWords({ source, article, messages }: RuleContext): Problem[] {
  const m = messages.textArtifact;
  const problems: Problem[] = [];
  const norm = source.norm;
  const insertSpace = (start: number, at: number, end: number, message: string, fixable = true) => {
    const original = source.toOriginal(at);
    problems.push(problemInNorm(source, start, end, message, fixable ? [replaceFix(m.insertSpace, article.uri, original, original, ' ', true)] : []));
  };
  // The last three words of the current run of words (separated by single spaces), newest last.
  const run: Word[] = [];
  const breaks: { at: number; line: number; before: number; after: number }[] = [];
  const misspelled: Word[] = [];
  let line = 0;
  let i = 0;
  while (i < norm.length) {
    const cls = classAt(norm, i);
    if (isLetter(cls)) {
      let end = i + 1;
      // Whether a capital follows a lower-case letter inside the word: only then is it looked at again for glued words.
      let capitalInside = false;
      for (let before = cls, now = classAt(norm, end); isLetter(now); before = now, now = classAt(norm, ++end)) {
        if (now === UPPER && before === LOWER) capitalInside = true;
      }
      const word = { start: i, end };
      const previous = run[run.length - 1];
      const afterSpace = previous !== undefined && previous.end + 1 === i && norm.charCodeAt(previous.end) === SPACE;
      // Each occurrence is underlined where it stands, as a spelling checker does: each is a word to put right.
      if (!capitalInside && misspelt(norm, afterSpace ? previous : undefined, word)) misspelled.push(word);
      if (afterSpace) {
        if (isRepeatedWord(norm, run, word)) {
          // A lower-case copy that begins a word may be another syllable mistyped ("thực nhiệm nhiệm vụ"); a capital is copied by a scraper.
          const plainCopy = classAt(norm, previous.start) !== LOWER || !opensWord(norm, word);
          problems.push(repeatProblem(source, article.uri, [previous], [word], m, plainCopy));
        } else if (run.length >= 3 && repeatsPhrase(norm, run, word)) problems.push(repeatProblem(source, article.uri, run.slice(-3, -1), [previous, word], m, true));
      } else run.length = 0;
      run.push(word);
      if (run.length > 3) run.shift();
      for (let j = i + 1; capitalInside && j < end; j++) {
        if (classAt(norm, j) === UPPER && classAt(norm, j - 1) === LOWER && classAt(norm, j + 1) === LOWER && !isCamelCase(norm, i, end)) {
          // One stray letter before a word ("zTuyên") is a typing slip: a space would make a word of it, so there is no fix.
          // Any other single letter is a brand's prefix, as "iPhone" is ("vĐồng", a news site's name).
          const stray = j - i === 1;
          if (!stray || TELEX_KEYS.has(norm[i])) insertSpace(i, j, end, m.glued(quote(norm.slice(i, end))), !stray);
        }
      }
      i = end;
    } else if (cls === DIGIT) {
      let end = i + 1;
      while (classAt(norm, end) === DIGIT) end++;
      // A short number run into a capitalised word, as a photo number into its caption: "ảnh 1Trưởng".
      if (end - i <= 3 && !isLetter(classAt(norm, i - 1)) && classAt(norm, end) === UPPER && classAt(norm, end + 1) === LOWER) {
        insertSpace(i, end, wordEnd(norm, end), m.numberGlued(quote(norm.slice(i, wordEnd(norm, end)))));
      }
      run.length = 0;
      i = end;
    } else {
      const code = norm.charCodeAt(i);
      if (isSentenceEnd(code) && classAt(norm, i + 1) === UPPER && classAt(norm, i + 2) === LOWER && endsSentence(norm, i)) {
        insertSpace(wordStart(norm, i), i + 1, wordEnd(norm, i + 1), m.sentenceRunsOn(quote(norm.slice(wordStart(norm, i), wordEnd(norm, i + 1)))));
      }
      // "Mai,Trưởng": a comma between two words with no space after it. Digits around a comma are a decimal number.
      if (code === COMMA && isLetter(classAt(norm, i - 1)) && isLetter(classAt(norm, i + 1))) {
        const start = wordStart(norm, i - 1);
        const end = wordEnd(norm, i + 1);
        insertSpace(start, i + 1, end, m.commaGlued(quote(norm.slice(start, end))));
      }
      if (code === LF || (code === CR && norm.charCodeAt(i + 1) !== LF)) {
        const broken = brokenLine(norm, i);
        if (broken) breaks.push({ ...broken, at: i, line });
        line++;
      }
      if (code !== SPACE && code !== TAB) run.length = 0;
      i++;
    }
  }
  problems.push(...brokenPassages(source, article.uri, breaks, m), ...misspelledWords(source, article.uri, misspelled, m));
  return problems;
}

const [SPACE, TAB, LF, CR, COMMA] = [0x20, 0x09, 0x0a, 0x0d, 0x2c];

/** The punctuation ends a sentence when a long word or a number precedes it, not an abbreviation ("Tp.Hồ Chí Minh"). */
function endsSentence(text: string, at: number): boolean {
  const before = classAt(text, at - 1);
  if (before === DIGIT) return classAt(text, at - 2) === DIGIT;
  return before === LOWER && classAt(text, at - 2) === LOWER && classAt(text, at - 3) === LOWER;
}

/** Brand names are written in camel case ("VnExpress", "TikTok"); glued Vietnamese words carry diacritics. */
function isCamelCase(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) > 0x7f) return false;
  return true;
}

/**
 * Whether the word closing `run` is written again as `word` by damage: the
 * same letters, not a reduplication, not the end of a name followed by a
 * verb ("Bình Định định hướng"), not a syllable shared by two words ("thiết
 * thực thực hiện", "Trưởng ban Ban Tổ chức"), and not the last word of a
 * truncated text (which may be a word cut short).
 */
function isRepeatedWord(text: string, run: readonly Word[], word: Word): boolean {
  const previous = run[run.length - 1];
  const before = run.length >= 2 ? run[run.length - 2] : undefined;
  if (!sameWord(text, previous, word)) return false;
  if (REDUPLICATIVES.has(text.slice(word.start, word.end).toLowerCase()) && classAt(text, word.start) === LOWER) return false;
  if (endsProperName(text, previous, word.start) || beginsProperName(text, previous, word) || betweenNames(text, previous, word) || endsTruncatedText(text, word.end)) return false;
  // A capitalised copy may open a name ("Phó Trưởng Đoàn Đoàn đại biểu Quốc hội", "Trưởng ban Ban công tác phía Nam"):
  // then, as for a copy that opens a word, a first copy ending a word of its own is no damage.
  if (!opensWord(text, word) && classAt(text, word.start) !== UPPER) return true;
  // Only a word right before the first copy lets it be a word of its own: "nhập tỉnh … thành thành phố mới", not "các tỉnh ủy, thành thành ủy".
  if (!before || before.end + 1 !== previous.start) return true;
  // "nhập tỉnh … thành thành phố mới": a word of its own before a word it begins.
  if (WORDS_BEFORE_THEIR_COMPOUNDS.has(text.slice(previous.start, previous.end).toLowerCase())) return false;
  return !COMPOUNDS.has(pair(text, before, previous));
}

/**
 * A word spelt as no Vietnamese syllable is (see text/syllables.ts), which a typing slip or damaged text leaves
 * ("Truỏng đoàn", "huyện uỷe", "đă hoàn thành"). A capitalised word beside another, written with one space between,
 * is part of a name, perhaps of a minority people ("Niê Thuật"), whose spelling the name-variant rule judges; the last
 * word of a truncated text may be cut short ("Trung ươ").
 */
function misspelt(text: string, previous: Word | undefined, word: Word): boolean {
  // Most words are plain: a look at their letters spares cutting each out of the text.
  if (!hasVietnameseLetter(text, word.start, word.end) || endsTruncatedText(text, word.end)) return false;
  if (classAt(text, word.start) === UPPER) {
    if (previous && classAt(text, previous.start) === UPPER) return false;
    if (text.charCodeAt(word.end) === SPACE && classAt(text, word.end + 1) === UPPER) return false;
  }
  return misspeltSyllable(text.slice(word.start, word.end));
}

/**
 * A problem for each misspelt word. The fix writes the syllable the article itself writes more often, twice at least,
 * among the nearest ones with the same letters and other marks or tones ("nguời" where the article writes "người"): a
 * suggestion, since it changes a word, and offered only when the article writes one of them. A nearer syllable the
 * article does not write may be the one meant ("truờng" is "trường", not the "trưởng" of the article's posts), and a
 * form the article writes more often than any neighbour is damage throughout ("đă" for every "đã", beside one "đa"):
 * neither gets a fix; nor does a slip the article never writes right ("Truỏng đoàn").
 */
function misspelledWords(source: Source, uri: string, words: readonly Word[], m: TextArtifactMessages): Problem[] {
  if (words.length === 0) return [];
  const written = wordCounts(source.norm);
  return words.map((word) => {
    const text = source.norm.slice(word.start, word.end);
    const times = written.get(text.toLowerCase()) ?? 0;
    const neighbours = syllableNeighbours(text);
    const nearest = neighbours.filter((n) => n.distance === neighbours[0]?.distance).map((n) => n.syllable);
    const meant = nearest.filter((n) => (written.get(n.toLowerCase()) ?? 0) >= Math.max(2, times + 1));
    const start = source.toOriginal(word.start);
    const end = source.toOriginal(word.end);
    const fixes = meant.length === 1 ? [replaceFix(m.writeWritten(quote(meant[0]), written.get(meant[0].toLowerCase()) ?? 0), uri, start, end, meant[0], false)] : [];
    return { start, end, message: m.misspelt(quote(text)), fixes };
  });
}

/** How often the text writes each word, in lower case. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const key = word.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** "Trung ương Trung ương": the two words before the last pair are that pair again. */
function repeatsPhrase(text: string, run: readonly Word[], word: Word): boolean {
  const a = run[run.length - 3];
  const b = run[run.length - 2];
  const c = run[run.length - 1];
  if (a.end + 1 !== b.start || b.end + 1 !== c.start) return false;
  return sameWord(text, a, c) && sameWord(text, b, word) && !sameWord(text, a, b) && !endsTruncatedText(text, word.end);
}

function sameWord(text: string, a: Word, b: Word): boolean {
  return a.end - a.start === b.end - b.start && sameLetters(text, a.start, b.start, b.end - b.start);
}

/** The word and the next one as a lower-case pair, for looking up compounds. */
function pair(text: string, a: Word, b: Word): string {
  return `${text.slice(a.start, a.end)} ${text.slice(b.start, b.end)}`.toLowerCase();
}

/**
 * Whether a word begins a word of its own with what follows: a compound
 * ("thực hiện"), or a name, a capitalised word followed by another ("Ban Tổ
 * chức", "Ban Chỉ đạo").
 */
function opensWord(text: string, word: Word): boolean {
  if (text.charCodeAt(word.end) !== SPACE || !isLetter(classAt(text, word.end + 1))) return false;
  let end = word.end + 1;
  while (isLetter(classAt(text, end))) end++;
  const next = { start: word.end + 1, end };
  return COMPOUNDS.has(pair(text, word, next)) || (classAt(text, word.start) === UPPER && classAt(text, next.start) === UPPER);
}

/** Only spaces, or an ellipsis, follow: the text was cut there, perhaps inside a word. */
function endsTruncatedText(text: string, at: number): boolean {
  const rest = text.slice(at, at + 8);
  return at + 8 >= text.length && /^\s*(?:…|\.\.\.)?\s*$/.test(rest);
}

/**
 * A word, or two words, written twice: the problem covers both copies.
 * When the copies are written alike the fix deletes the first, so the
 * second keeps its place at the head of what follows ("Tỉnh Tỉnh ủy": the
 * organisation "Tỉnh ủy" is untouched), and it is safe. "Công công tác"
 * (a capital that starts the sentence) keeps the first; "ban Ban" may end
 * one word and start a name, so those fixes are suggestions. So is one
 * whose second copy begins a word (`plainCopy` false): the first may be
 * another syllable mistyped ("thực nhiệm nhiệm vụ" for "thực hiện nhiệm vụ").
 */
function repeatProblem(source: Source, uri: string, first: readonly Word[], second: readonly Word[], m: TextArtifactMessages, plainCopy: boolean): Problem {
  const norm = source.norm;
  const from = first[0].start;
  const to = second[second.length - 1].end;
  const alike = first.every((w, k) => norm.slice(w.start, w.end) === norm.slice(second[k].start, second[k].end));
  const kind = second.length === 1 ? 'word' : 'phrase';
  const title = m.deleteRepeated(kind);
  const [start, end] = alike ? [from, second[0].start] : [first[first.length - 1].end, to];
  return problemInNorm(source, from, to, m.repeated(kind, quote(norm.slice(second[0].start, to))), [replaceFix(title, uri, source.toOriginal(start), source.toOriginal(end), '', alike && plainCopy)]);
}

/**
 * "Tỉnh ủy Bình Định định hướng": a capitalised word inside a sentence
 * followed by the same word in lower case is the end of a proper name and a
 * verb, not a word scraped twice (which repeats the case as well).
 */
function endsProperName(text: string, first: Word, second: number): boolean {
  if (classAt(text, first.start) !== UPPER || classAt(text, second) !== LOWER) return false;
  let k = first.start - 1;
  while (k >= 0 && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k--;
  return k >= 0 && !isSentenceEnd(text.charCodeAt(k)) && text.charCodeAt(k) !== LF && text.charCodeAt(k) !== CR;
}

/**
 * "chiến trường Trường Sơn", "thành phố Phố Hiến": a word in lower case followed by the same word capitalised, with
 * another capitalised word after it, is a common noun before a proper name that begins with it; damage repeats the case.
 */
function beginsProperName(text: string, first: Word, second: Word): boolean {
  return classAt(text, first.start) === LOWER && classAt(text, second.start) === UPPER && text.charCodeAt(second.end) === SPACE && classAt(text, second.end + 1) === UPPER;
}

/**
 * "nghĩa trang Rú Rường Rường Trên": a capitalised word written twice with capitalised words right before and after
 * it, one space apart, ends one name and begins the next; deleting a copy would change a name.
 */
function betweenNames(text: string, first: Word, second: Word): boolean {
  if (classAt(text, first.start) !== UPPER || classAt(text, second.start) !== UPPER) return false;
  const before = text.charCodeAt(first.start - 1) === SPACE && isLetter(classAt(text, first.start - 2));
  const after = text.charCodeAt(second.end) === SPACE && classAt(text, second.end + 1) === UPPER;
  if (!before || !after) return false;
  const previous = wordStart(text, first.start - 2);
  const next = wordEnd(text, second.end + 1);
  // A word written over and over ("Nội Nội Nội") is damage, whatever stands around it.
  const copy = text.slice(first.start, first.end);
  return classAt(text, previous) === UPPER && text.slice(previous, first.start - 1) !== copy && text.slice(second.end + 1, next) !== copy;
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

/**
 * At a line break (the first character of it): a line ending in a letter,
 * continued by a line that starts, after spaces, with a Vietnamese word in lower case is one
 * sentence broken in two. Returns the end of the first line's text and the
 * start of the second's.
 */
function brokenLine(norm: string, at: number): { before: number; after: number } | undefined {
  let before = at;
  while (before > 0 && isBlank(norm[before - 1])) before--;
  if (!isLetter(classAt(norm, before - 1))) return undefined;
  let after = at + 1;
  if (norm[at] === '\r' && norm[after] === '\n') after++;
  while (after < norm.length && isBlank(norm[after])) after++;
  // A line that opens with a word of no Vietnamese ("banner 1" under a headline) is page furniture, not the sentence's rest.
  return classAt(norm, after) === LOWER && isSyllable(norm.slice(after, wordEnd(norm, after)).toLowerCase()) ? { before, after } : undefined;
}

/**
 * Broken lines, one finding per passage: a text copied from a page laid out
 * in lines breaks every line of a paragraph, and that is one problem. The
 * fix joins each broken line to the next with one space.
 */
function brokenPassages(source: Source, uri: string, breaks: readonly { line: number; before: number; after: number }[], m: TextArtifactMessages): Problem[] {
  const norm = source.norm;
  const problems: Problem[] = [];
  for (let k = 0; k < breaks.length; ) {
    let last = k;
    while (last + 1 < breaks.length && breaks[last + 1].line === breaks[last].line + 1) last++;
    const passage = breaks.slice(k, last + 1);
    const start = wordStart(norm, passage[0].before - 1);
    const end = wordEnd(norm, passage[passage.length - 1].after);
    const first = passage[0];
    const where = quote(`${norm.slice(wordStart(norm, first.before - 1), first.before)} ${norm.slice(first.after, wordEnd(norm, first.after))}`);
    const message = passage.length === 1 ? m.brokenLine(where) : m.brokenLines(passage.length, where);
    const edits = passage.map((b) => ({ uri, start: source.toOriginal(b.before), end: source.toOriginal(b.after), newText: ' ' }));
    problems.push(problemInNorm(source, start, end, message, [{ title: passage.length === 1 ? m.joinLine : m.joinLines, edits, safe: true }]));
    k = last + 1;
  }
  return problems;
}

/**
 * HTML left in the text by a scraper: tags ("<p>", "</span>", "<image>"),
 * character references ("&nbsp;", "&agrave;"), caption shortcodes
 * ("[caption]") and empty Markdown images ("![]()"). One finding per
 * article, at the first piece: markup comes with the whole page, not one
 * word. The fix deletes the tags and writes each reference as its
 * character; it is safe, since markup holds no words of the article.
 */
function markupResidue({ article, messages }: RuleContext): Problem[] {
  // The matching text reads character references as their characters, so markup is looked for in the text as written.
  const text = article.text;
  if (!MARKUP_HINT.test(text)) return [];
  const edits: { uri: string; start: number; end: number; newText: string }[] = [];
  let first: { start: number; end: number } | undefined;
  for (const m of text.matchAll(MARKUP)) {
    const [piece, tag, entity] = m;
    if (tag !== undefined && !TAGS.has(tag.toLowerCase())) continue;
    const newText = entity === undefined ? '' : characterOf(entity);
    if (newText === undefined) continue;
    first ??= { start: m.index, end: m.index + piece.length };
    edits.push({ uri: article.uri, start: m.index, end: m.index + piece.length, newText });
  }
  if (!first) return [];
  return [
    {
      start: first.start,
      end: first.end,
      message: messages.textArtifact.markup(quote(text.slice(first.start, first.end)), edits.length - 1),
      fixes: [{ title: messages.textArtifact.removeMarkup, edits, safe: true }],
    },
  ];
}

/** A cheap test before the full pattern: every piece of markup holds one of these characters. */
const MARKUP_HINT = /[<&[!]/;
/** A tag (group 1: its name), a character reference (group 2: its name or number), a caption shortcode, an empty Markdown image. */
const MARKUP = /<\/?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>\n]{0,200})?\/?>|&(#\d{1,6}|#x[0-9A-Fa-f]{1,5}|[A-Za-z]{2,8});|\[\/?caption[^\]\n]{0,200}\]|!\[\]\([^)\n]{0,200}\)/g;
const TAGS: ReadonlySet<string> = new Set(markupData.tags);
/** Blocks of page furniture: from a residue line over the form fields and short labels that follow it. */
function residueBlocks(ctx: RuleContext): Problem[] {
  const { source, article } = ctx;
  const lines = linesOf(source.norm);
  const problems: Problem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i];
    const link = first.text.trimStart().startsWith('[') && RELATED_LINK.test(first.text.trim());
    if (!link && !RESIDUE_LINES.has(labelKey(first.text))) continue;
    let last = i;
    // A related-article link stands alone; any other residue line drags its labels and fields along.
    for (let j = i + 1; !link && j < lines.length; j++) {
      const text = lines[j].text.trim();
      if (text === '') continue;
      if (!RESIDUE_LINES.has(labelKey(text)) && !FORM_FIELD.test(text) && !isShortLabel(text)) break;
      last = j;
    }
    const start = first.start + (first.text.length - first.text.trimStart().length);
    const end = lines[last].start + lines[last].text.trimEnd().length;
    // The fix removes whole lines, with the line break that ends the block.
    const deleteEnd = last + 1 < lines.length ? lines[last + 1].start : lines[last].start + lines[last].text.length;
    problems.push(
      problemInNorm(source, start, end, ctx.messages.textArtifact.residue(link, quote(source.norm.slice(start, end))), [
        replaceFix(ctx.messages.textArtifact.deleteResidue, article.uri, source.toOriginal(first.start), source.toOriginal(deleteEnd), '', false),
      ]),
    );
    i = last;
  }
  return problems;
}

/** A line of page furniture: a few words, no sentence punctuation at its end. */
function isShortLabel(text: string): boolean {
  return text.split(/\s+/).length <= 8 && !/[.!?…"”)]$/.test(text);
}

/** Residue labels are short; long lines (whole paragraphs) are not normalised just to be compared. */
const LONGEST_LABEL = 60;

function labelKey(line: string): string {
  return line.length > LONGEST_LABEL ? '' : matchKey(line.replace(/[\s:*]+$/, ''));
}

function linesOf(text: string): { start: number; text: string }[] {
  const lines: { start: number; text: string }[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    lines.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, text: text.slice(start) });
  return lines;
}

function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && (classAt(text, i - 1) !== OTHER || isSentenceEnd(text.charCodeAt(i - 1)))) i--;
  return i;
}

function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && classAt(text, i) !== OTHER) i++;
  return i;
}
