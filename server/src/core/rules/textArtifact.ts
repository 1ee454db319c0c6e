import { matchKey, type Source } from '../text/source';
import { DIGIT, LOWER, OTHER, UPPER, classAt, isLetter, sameLetters } from './chars';
import type { Problem, Rule, RuleContext } from './rule';
import { problemInNorm, quote, replaceFix } from './edits';
import compoundsData from '../../../../data/compounds.json';

/**
 * text-artifact: damage left by scraping web pages — words glued together,
 * a sentence running into the next without a space, a word broken across
 * lines, a word written twice, and blocks of page furniture (comment forms,
 * "related news" lists, related-article links) inside the article.
 */

/** Reduplications that Vietnamese writes on purpose. */
const INTENDED_REPEATS = new Set([
  'mãi', 'đời', 'ngày', 'người', 'nhà', 'dần', 'từ', 'xa', 'đâu', 'ai', 'nơi', 'lớp', 'đôi', 'năm', 'tháng', 'vùng', 'cùng', 'chầm', 'thường',
]);

/**
 * Two-syllable words (data/compounds.json). A syllable written twice is
 * ordinary Vietnamese when it ends one word and begins the next: "quy định
 * định hướng" is "quy định" + "định hướng", while "công tác tác đào tạo" has
 * no word "tác đào" and is damage.
 */
const COMPOUNDS: ReadonlySet<string> = new Set(compoundsData.compounds);

/** Lines that only web pages have; one starts a block of page furniture. */
const RESIDUE_LINES = new Set([
  'tin cùng chuyên mục', 'bài cùng chuyên mục', 'tin liên quan', 'bài liên quan', 'các tin khác', 'tin khác', 'các bài khác',
  'phản hồi', 'mới nhất', 'xem nhiều nhất', 'đọc nhiều nhất', 'tin mới nhất', 'tin đọc nhiều',
  'ý kiến bạn đọc về bài viết này', 'ý kiến bạn đọc', 'gửi ý kiến', 'gửi bình luận', 'bình luận', 'họ và tên',
  'mã bảo vệ', 'ý kiến của bạn', 'video clips', 'giới thiệu tạp chí in',
]);
/** A related-article link: a whole line of several words in square brackets. */
const RELATED_LINK = /^\[[^\]\n]{10,200}\]$/;
/** Lines that continue a furniture block: form fields ("Địa chỉ :") and short labels without a full stop. */
const FORM_FIELD = /:\s*\*?\s*$/;

export const textArtifact: Rule = {
  id: 'text-artifact',
  defaultSeverity: 'warning',
  description: 'Scraping damage: glued words, missing space after a sentence, a word broken across lines, a repeated word, web-page residue.',
  check(ctx) {
    return [...scanWords(ctx), ...residueBlocks(ctx)];
  },
};

/**
 * One pass over the text, word by word, for the damage visible at word
 * boundaries: a lower-case letter or a short number run into a capitalised
 * word ("1Trưởng", "DiệpẢnh"), a sentence run into the next ("2020.Đồng"),
 * a line broken inside a sentence ("tổng⏎ kết") and a word written twice.
 */
function scanWords({ source, article }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const norm = source.norm;
  const insertSpace = (at: number, message: string) => {
    const original = source.toOriginal(at);
    problems.push(
      problemInNorm(source, wordStart(norm, at - 1), wordEnd(norm, at), message, [replaceFix('Insert a space', article.uri, original, original, ' ', true)]),
    );
  };
  // The previous word and the one before it in the same run of words (start -1 when none), for
  // telling a repeated word from two compounds. Kept as numbers: an object per word would cost more than the scan.
  let previousStart = -1;
  let previousEnd = -1;
  let beforeStart = -1;
  let beforeEnd = -1;
  let i = 0;
  while (i < norm.length) {
    const cls = classAt(norm, i);
    if (isLetter(cls)) {
      let end = i + 1;
      while (isLetter(classAt(norm, end))) end++;
      if (
        previousStart >= 0 &&
        previousEnd + 1 === i &&
        norm.charCodeAt(previousEnd) === SPACE &&
        sameWord(norm, previousStart, previousEnd, i, end) &&
        !endsProperName(norm, { start: previousStart, end: previousEnd }, i) &&
        !straddlesCompounds(norm, beforeStart >= 0 ? { start: beforeStart, end: beforeEnd } : undefined, { start: previousStart, end: previousEnd }, { start: i, end })
      ) {
        problems.push(
          problemInNorm(source, previousStart, end, `The word ${quote(norm.slice(i, end))} is written twice.`, [
            replaceFix('Delete the repeated word', article.uri, source.toOriginal(previousEnd), source.toOriginal(end), '', true),
          ]),
        );
      }
      beforeStart = previousStart;
      beforeEnd = previousEnd;
      previousStart = i;
      previousEnd = end;
      for (let j = i + 1; j < end; j++) {
        if (classAt(norm, j) === UPPER && classAt(norm, j - 1) === LOWER && classAt(norm, j + 1) === LOWER && !isCamelCase(norm, i, end)) {
          insertSpace(j, `Two words are glued together: ${quote(norm.slice(i, end))}; a space is missing.`);
        }
      }
      i = end;
    } else if (cls === DIGIT) {
      let end = i + 1;
      while (classAt(norm, end) === DIGIT) end++;
      // A short number run into a capitalised word, as a photo number into its caption: "ảnh 1Trưởng".
      if (end - i <= 3 && !isLetter(classAt(norm, i - 1)) && classAt(norm, end) === UPPER && classAt(norm, end + 1) === LOWER) {
        insertSpace(end, `A number is glued to the next word: ${quote(norm.slice(i, wordEnd(norm, end)))}; a space is missing.`);
      }
      i = end;
    } else {
      const code = norm.charCodeAt(i);
      if (isSentenceEnd(code) && classAt(norm, i + 1) === UPPER && classAt(norm, i + 2) === LOWER && endsSentence(norm, i)) {
        insertSpace(i + 1, `A sentence runs into the next without a space: ${quote(norm.slice(wordStart(norm, i), wordEnd(norm, i + 1)))}.`);
      }
      if (code === LF || code === CR) brokenLine(source, article.uri, i, problems);
      if (code !== SPACE && code !== TAB) previousStart = beforeStart = -1;
      i++;
    }
  }
  return problems;
}

const [SPACE, TAB, LF, CR] = [0x20, 0x09, 0x0a, 0x0d];

function isSentenceEnd(code: number): boolean {
  return code === 0x2e /* . */ || code === 0x21 /* ! */ || code === 0x3f /* ? */;
}

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

function sameWord(text: string, firstStart: number, firstEnd: number, start: number, end: number): boolean {
  if (end - start !== firstEnd - firstStart || !sameLetters(text, firstStart, start, end - start)) return false;
  return !INTENDED_REPEATS.has(text.slice(start, end).toLowerCase());
}

/**
 * "Tỉnh ủy Bình Định định hướng": a capitalised word inside a sentence
 * followed by the same word in lower case is the end of a proper name and a
 * verb, not a word scraped twice (which repeats the case as well).
 */
function endsProperName(text: string, first: { start: number; end: number }, second: number): boolean {
  if (classAt(text, first.start) !== UPPER || classAt(text, second) !== LOWER) return false;
  let k = first.start - 1;
  while (k >= 0 && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k--;
  return k >= 0 && !isSentenceEnd(text.charCodeAt(k)) && text.charCodeAt(k) !== LF && text.charCodeAt(k) !== CR;
}

/** "quy định định hướng": the first of two equal words closes a compound with the word before, the second opens one with the word after. */
function straddlesCompounds(
  text: string,
  before: { start: number; end: number } | undefined,
  first: { start: number; end: number },
  second: { start: number; end: number },
): boolean {
  if (!before || before.end + 1 !== first.start) return false;
  if (text.charCodeAt(second.end) !== SPACE || !isLetter(classAt(text, second.end + 1))) return false;
  let afterEnd = second.end + 1;
  while (isLetter(classAt(text, afterEnd))) afterEnd++;
  const word = (start: number, end: number) => text.slice(start, end).toLowerCase();
  return (
    COMPOUNDS.has(`${word(before.start, before.end)} ${word(first.start, first.end)}`) &&
    COMPOUNDS.has(`${word(second.start, second.end)} ${word(second.end + 1, afterEnd)}`)
  );
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

/**
 * At a line break (the first character of it): a line ending in a letter,
 * continued by a line that starts, after spaces, in lower case is one
 * sentence broken in two. The fix joins the lines with one space.
 */
function brokenLine(source: Source, uri: string, at: number, problems: Problem[]): void {
  const norm = source.norm;
  let before = at;
  while (before > 0 && isBlank(norm[before - 1])) before--;
  if (!isLetter(classAt(norm, before - 1))) return;
  let after = at + 1;
  if (norm[at] === '\r' && norm[after] === '\n') after++;
  while (after < norm.length && isBlank(norm[after])) after++;
  if (classAt(norm, after) !== LOWER) return;
  const start = wordStart(norm, before - 1);
  const end = wordEnd(norm, after);
  problems.push(
    problemInNorm(source, start, end, `A sentence is broken across lines at ${quote(`${norm.slice(start, before)} ${norm.slice(after, end)}`)}.`, [
      replaceFix('Join the lines', uri, source.toOriginal(before), source.toOriginal(after), ' ', true),
    ]),
  );
}

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
    const what = link ? 'A link to another article' : 'Web-page residue';
    problems.push(
      problemInNorm(source, start, end, `${what} is left in the text: ${quote(source.norm.slice(start, end))}.`, [
        replaceFix('Delete the web-page residue', article.uri, source.toOriginal(first.start), source.toOriginal(deleteEnd), '', false),
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
