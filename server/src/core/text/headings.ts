/**
 * Headlines and headings: the lines of an article that are titles rather
 * than sentences ("Đưa Nghị quyết số 57 vào cuộc sống", "## Kết quả bầu
 * cử", "Hà Tĩnh làm gì để cụ thể hóa nghị quyết 57?"). Headings shorten
 * names by custom, so a rule that asks for a full form leaves them alone.
 */

/** A line with more words than this is a paragraph, however it ends. */
const MAX_HEADING_WORDS = 25;

/** Any character but white space, looked for from a position on (global, so that `lastIndex` says where from). */
const NON_SPACE = /\S/g;

/** How a sentence ends; a heading ends otherwise, or with a question or an exclamation. */
const SENTENCE_END = /[.;:,…]["'”’»)\]]*$/u;

/**
 * Whether the line holding `offset` is a heading: a short line that does not end as a sentence does, with text after
 * it. The last line is not one: an excerpt cut short ends in a sentence without its end.
 */
export function inHeading(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  NON_SPACE.lastIndex = newline;
  if (newline === -1 || !NON_SPACE.test(text)) return false;
  const line = text.slice(start, newline).trim();
  if (line.length === 0 || SENTENCE_END.test(line)) return false;
  // Counting the spaces between words: a paragraph may be long, and it is not split into words to be measured.
  let spaces = 0;
  for (let i = line.indexOf(' '); i !== -1; i = line.indexOf(' ', i + 1)) if (line[i - 1] !== ' ' && ++spaces >= MAX_HEADING_WORDS) return false;
  return true;
}
