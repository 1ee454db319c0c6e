import type { Span } from '../model';

/**
 * The prose of a Markdown report, at the offsets where it is written. What is
 * not prose (front matter, fenced and indented code, inline code, HTML, link
 * destinations, bare URLs, and the markup characters themselves: heading
 * hashes, list markers, emphasis, table pipes, escapes) is replaced by spaces,
 * one for one, keeping line breaks, so every offset the recognisers report
 * stays exact in the file as written. The scan is one pass over the lines.
 */
export interface MaskedText {
  readonly text: string;
  /** The replaced regions, sorted and disjoint: findings and fixes never reach into them. */
  readonly masked: readonly Span[];
}

const FRONT_MATTER_OPEN = /^---\s*$/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_BLOCK = /^ {0,3}<(?:!--|\?|![A-Za-z]|\/?[A-Za-z][\w-]*(?:[\s/>]|$))/;
const INDENTED = /^(?: {4}|\t)/;
const BLANK = /^\s*$/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S/;
/** Thematic breaks, setext underlines and table delimiter rows: markup with no prose on the line. */
const MARKUP_LINE = /^ {0,3}(?:(?:[-*_]\s*){3,}|=+|\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?)\s*$/;
/** Block markers in front of a line's prose: quotes, a heading's hashes, a list marker, a task box. */
const BLOCK_PREFIX = /^ {0,3}(?:>\s?)*(?:#{1,6}(?=\s|$)|(?:[-*+]|\d{1,9}[.)])(?=\s)(?:\s+\[[ xX]\](?=\s))?)?/;
const CLOSING_HASHES = /\s#+\s*$/;
const AUTOLINK = /<(?:[A-Za-z][\w+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/g;
const INLINE_HTML = /<!--[\s\S]*?-->|<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/g;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/g;
const ESCAPE = /\\(?=[!-/:-@[-`{-~])/g;
const PIPE = /\|/g;
/** A link's destination and title after its text, or a reference label. */
const LINK_TAIL = /^(?:\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)|\[[^\]]*\])/;
/** Emphasis and strike-through delimiters: runs of * _ ~ at the edge of a word. */
const DELIMITER = /[*_~]{1,3}/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isMarkdown(uri: string): boolean {
  return /\.(?:md|markdown)$/i.test(uri.replace(/[?#].*$/, ''));
}

export function maskMarkdown(text: string): MaskedText {
  const mask = new Uint8Array(text.length);
  const hide = (start: number, end: number) => mask.fill(1, start, end);
  let fence: string | undefined;
  let html: 'comment' | 'block' | undefined;
  let frontMatter = FRONT_MATTER_OPEN.test(firstLine(text)) && hasFrontMatterEnd(text);
  let previousBlank = true;
  let inCode = false;
  let inList = false;
  let lineNumber = 0;
  for (let start = 0; start < text.length; lineNumber++) {
    const next = text.indexOf('\n', start);
    const end = next === -1 ? text.length : next;
    const line = text.slice(start, end).replace(/\r$/, '');
    const lineEnd = start + line.length;
    const blank = BLANK.test(line);
    if (frontMatter) {
      hide(start, lineEnd);
      if (lineNumber > 0 && FRONT_MATTER_CLOSE.test(line)) frontMatter = false;
    } else if (fence !== undefined) {
      hide(start, lineEnd);
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && BLANK.test(line.slice(close[0].length))) fence = undefined;
    } else if (html !== undefined) {
      hide(start, lineEnd);
      if (html === 'comment' ? line.includes('-->') : blank) html = undefined;
    } else if (FENCE.test(line)) {
      fence = FENCE.exec(line)![1];
      hide(start, lineEnd);
    } else if (HTML_BLOCK.test(line)) {
      hide(start, lineEnd);
      const comment = /^ {0,3}<!--/.test(line);
      if (comment ? !line.includes('-->') : !blank) html = comment ? 'comment' : 'block';
    } else if (!blank && INDENTED.test(line) && (inCode || (previousBlank && !inList))) {
      // Indented code cannot interrupt a paragraph, and inside a list an indented line continues the item.
      inCode = true;
      hide(start, lineEnd);
    } else if (!blank) {
      inCode = false;
      if (LIST_ITEM.test(line)) inList = true;
      else if (previousBlank && !INDENTED.test(line)) inList = false;
      if (LINK_DEFINITION.test(line) || MARKUP_LINE.test(line)) hide(start, lineEnd);
      else maskInline(line, start, mask, hide);
    }
    previousBlank = blank;
    start = next === -1 ? text.length : next + 1;
  }
  return build(text, mask);
}

function maskInline(line: string, offset: number, mask: Uint8Array, hide: (start: number, end: number) => void): void {
  const prefix = BLOCK_PREFIX.exec(line);
  if (prefix) hide(offset, offset + prefix[0].length);
  if (/^ {0,3}#/.test(line)) {
    const closing = CLOSING_HASHES.exec(line);
    if (closing) hide(offset + closing.index, offset + line.length);
  }
  maskCodeSpans(line, offset, hide);
  const each = (pattern: RegExp) => {
    for (const m of line.matchAll(pattern)) if (!mask[offset + m.index]) hide(offset + m.index, offset + m.index + m[0].length);
  };
  each(AUTOLINK);
  each(INLINE_HTML);
  maskLinks(line, offset, mask, hide);
  each(BARE_URL);
  each(ESCAPE);
  each(PIPE);
  for (const m of line.matchAll(DELIMITER)) {
    const before = m.index > 0 ? line[m.index - 1] : ' ';
    const after = m.index + m[0].length < line.length ? line[m.index + m[0].length] : ' ';
    // snake_case and 2*3 stay: a delimiter sits between a word and a space or punctuation, not inside a word.
    if (WORD_CHAR.test(before) && WORD_CHAR.test(after)) continue;
    if (/\s/.test(before) && /\s/.test(after)) continue;
    hide(offset + m.index, offset + m.index + m[0].length);
  }
}

/** Backtick runs close on the next run of the same length; an unclosed run is literal text. */
function maskCodeSpans(line: string, offset: number, hide: (start: number, end: number) => void): void {
  const runs = [...line.matchAll(/`+/g)];
  // For each run, the next run of the same length, found in one backward pass.
  const closer = new Array<number>(runs.length).fill(-1);
  const seen = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    closer[i] = seen.get(runs[i][0].length) ?? -1;
    seen.set(runs[i][0].length, i);
  }
  for (let i = 0; i < runs.length; i++) {
    const close = closer[i];
    if (close === -1) continue;
    hide(offset + runs[i].index, offset + runs[close].index + runs[close][0].length);
    i = close;
  }
}

/** `[text](url "title")`, `![alt](url)`, `[text][ref]`: the text stays, the brackets and what follows go. */
function maskLinks(line: string, offset: number, mask: Uint8Array, hide: (start: number, end: number) => void): void {
  const open: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (mask[offset + i]) continue;
    if (line[i] === '[') open.push(i);
    else if (line[i] === ']' && open.length > 0) {
      const start = open.pop()!;
      const tail = LINK_TAIL.exec(line.slice(i + 1));
      if (!tail) continue;
      hide(offset + (start > 0 && line[start - 1] === '!' ? start - 1 : start), offset + start + 1);
      hide(offset + i, offset + i + 1 + tail[0].length);
      i += tail[0].length;
    }
  }
}

function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

function hasFrontMatterEnd(text: string): boolean {
  return /\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(text);
}

/** Masked characters become spaces, except line breaks, which keep the lines where they are. */
function build(text: string, mask: Uint8Array): MaskedText {
  const masked: Span[] = [];
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    if (!mask[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && mask[j]) j++;
    parts.push(text.slice(copied, i), text.slice(i, j).replace(/[^\r\n]/g, ' '));
    masked.push({ start: i, end: j });
    copied = j;
    i = j;
  }
  if (masked.length === 0) return { text, masked };
  parts.push(text.slice(copied));
  return { text: parts.join(''), masked };
}
