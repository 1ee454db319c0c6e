import type { AuthorData, Mention } from '../model';
import { authorKey } from '../entityKeys';
import { longestPhrase } from '../text/phrases';
import { isSyllable, Words, wordsOf } from '../text/words';
import { mentionAt, type RecogniseContext } from './context';

/**
 * Bylines and credits, which name journalists and agencies, never officials:
 * - a labelled credit: "Tin: Ngọc Diệp", "Ảnh: Ngô Khiêm", "(Ảnh: TTXVN)",
 *   also when glued to the previous word ("Ngọc DiệpẢnh: Ngô Khiêm");
 * - an agency credit in parentheses: "(TTXVN/Vietnam+)", "(Theo TTXVN)";
 * - the writer's name in capitals on its own line where the article ends
 *   ("LINH BẢO"), after which only lines without lower-case letters follow.
 * The mention spans the name only.
 */

const MAX_NAME = 4;

interface Credit {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly role: AuthorData['role'];
}

export function recogniseAuthors(ctx: RecogniseContext): Mention[] {
  const words = wordsOf(ctx.source);
  const credits: Credit[] = [];
  const reader = new CreditReader(words, ctx);
  for (let i = 0; i < words.length; i++) {
    const end = reader.labelled(i, credits) ?? reader.agencies(i, credits);
    if (end !== undefined) i = end - 1;
  }
  const closing = closingByline(words);
  if (closing && !credits.some((c) => c.start === closing.start)) credits.push(closing);
  return credits
    .sort((a, b) => a.start - b.start)
    .map((c) => mentionAt(ctx.source, 'author', c.start, c.end, authorKey(c.name), { kind: 'author', name: c.name, role: c.role }));
}

class CreditReader {
  constructor(
    private readonly words: Words,
    private readonly ctx: RecogniseContext,
  ) {}

  /**
   * "Tin: Ngọc Diệp", "Ảnh: TTXVN": a capitalised label at the start of a
   * line, after a full stop or glued to a word, or a label in any case after
   * "(", then a colon and names.
   */
  labelled(i: number, out: Credit[]): number | undefined {
    const { words } = this;
    if (words.kind(i) !== 'word') return undefined;
    const gap = words.gap(i);
    const inParentheses = words.isMark(i - 1, '(');
    const placed = i === 0 || gap === 'line' || words.isMark(i - 1, '.') || (gap === 'none' && words.kind(i - 1) === 'word');
    if (!inParentheses && !(placed && words.capitalised(i))) return undefined;
    const label = longestPhrase(this.ctx.lexicon.tries.bylineLabels, words, i);
    if (!label || !words.isMark(label.end, ':')) return undefined;
    const role = label.canonical as 'text' | 'photo';
    let j = label.end + 1;
    const found: Credit[] = [];
    for (;;) {
      const credit = this.credit(j, role);
      if (!credit) break;
      found.push(credit.credit);
      j = credit.end;
      if (!words.isMark(j, ',') || !words.joins(j + 1)) break;
      j++;
    }
    if (found.length === 0) return undefined;
    out.push(...found);
    return j;
  }

  /** "(TTXVN/Vietnam+)", "(Theo TTXVN)": agencies of the lexicon between parentheses, separated by "/" or ",". */
  agencies(i: number, out: Credit[]): number | undefined {
    const { words } = this;
    if (!words.isMark(i, '(')) return undefined;
    let j = i + 1;
    if (words.key(j) === 'theo') j += 1;
    else if (words.key(j) === 'nguồn' && words.isMark(j + 1, ':')) j += 2;
    const found: Credit[] = [];
    while (j < words.length) {
      const agency = longestPhrase(this.ctx.lexicon.tries.agencies, words, j);
      if (!agency) return undefined;
      found.push({ start: words.start(j), end: words.end(agency.end - 1), name: words.textOf(j, agency.end), role: 'agency' });
      j = agency.end;
      if (words.isMark(j, ')')) {
        out.push(...found);
        return j + 1;
      }
      if (!words.isMark(j, '/') && !words.isMark(j, ',')) return undefined;
      j++;
    }
    return undefined;
  }

  /** One credited name from word j: an agency of the lexicon, or two to four capitalised or all-capital syllables. */
  private credit(j: number, role: 'text' | 'photo'): { credit: Credit; end: number } | undefined {
    const { words } = this;
    if (words.gap(j) !== 'space') return undefined;
    const agency = longestPhrase(this.ctx.lexicon.tries.agencies, words, j);
    if (agency) {
      return { credit: { start: words.start(j), end: words.end(agency.end - 1), name: words.textOf(j, agency.end), role: 'agency' }, end: agency.end };
    }
    const outlet = outletLength(words, j);
    if (outlet !== undefined) {
      return { credit: { start: words.start(j), end: words.end(j + outlet - 1), name: words.textOf(j, j + outlet), role: 'agency' }, end: j + outlet };
    }
    const n = nameLength(words, j);
    if (n === undefined) return undefined;
    return { credit: { start: words.start(j), end: words.end(j + n - 1), name: words.textOf(j, j + n), role }, end: j + n };
  }
}

/** The words that open an outlet's name ("Báo Quân đội nhân dân", "Cổng TTĐT tỉnh"): a credit to it names no person. */
const OUTLET_HEADS: ReadonlySet<string> = new Set(['báo', 'đài', 'cổng', 'trang', 'kênh', 'tạp']);
/** How many words an outlet's name may have. */
const MAX_OUTLET = 8;

/** The words of an outlet's name from word j, up to a mark or the end of the line; undefined when no outlet opens there. */
function outletLength(words: Words, j: number): number | undefined {
  if (!words.capitalised(j) || !OUTLET_HEADS.has(words.key(j)) || (words.key(j) === 'tạp' && words.key(j + 1) !== 'chí')) return undefined;
  let n = 1;
  while (n < MAX_OUTLET && words.kind(j + n) === 'word' && words.gap(j + n) === 'space') n++;
  return n >= 2 ? n : undefined;
}

/** Two to four name syllables from word j, all capitalised ("Ngô Khiêm") or all in capitals ("LINH BẢO"), single-spaced. */
function nameLength(words: Words, j: number): number | undefined {
  const shape = (k: number) => (words.capitalised(k) ? 'title' : words.allCaps(k) ? 'caps' : undefined);
  const kind = shape(j);
  if (!kind) return undefined;
  let n = 0;
  while (j + n < words.length && n <= MAX_NAME) {
    const k = j + n;
    if ((n > 0 && words.gap(k) !== 'space') || shape(k) !== kind || !isSyllable(words.key(k))) break;
    n++;
  }
  return n >= 2 && n <= MAX_NAME ? n : undefined;
}

/** The writer's name in capitals on a line of its own, where only lines without lower-case letters follow. */
function closingByline(words: Words): Credit | undefined {
  // Walk back over the trailing lines that hold no lower-case letter; the byline is one of them.
  let lineEnd = words.length;
  while (lineEnd > 0) {
    let lineStart = lineEnd - 1;
    while (lineStart > 0 && words.gap(lineStart) !== 'line') lineStart--;
    for (let k = lineStart; k < lineEnd; k++) if (words.kind(k) === 'word' && words.hasLower(k)) return undefined;
    let caps = true;
    for (let k = lineStart; k < lineEnd; k++) caps &&= words.allCaps(k);
    if (caps && lineEnd - lineStart >= 2 && nameLength(words, lineStart) === lineEnd - lineStart) {
      return { start: words.start(lineStart), end: words.end(lineEnd - 1), name: words.textOf(lineStart, lineEnd), role: 'text' };
    }
    lineEnd = lineStart;
  }
  return undefined;
}
