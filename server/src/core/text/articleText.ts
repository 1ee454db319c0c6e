import type { Span } from '../model';
import { isMarkdown, maskMarkdown, type MaskedText } from './markdownProse';
import { createSource, type Source } from './source';
import { lowerBound } from '../lowerBound';

/**
 * The text recognisers and rules read for an article: a Markdown report's
 * prose with everything else blanked out (same length, same offsets), any
 * other file as it is. Analysing, counting and linting each ask in turn, so
 * the last answer is kept.
 */
export function analysedText(article: { readonly uri: string; readonly text: string }): MaskedText {
  if (!isMarkdown(article.uri)) return { text: article.text, masked: [] };
  if (last?.uri !== article.uri || last.text !== article.text) last = { uri: article.uri, text: article.text, masked: maskMarkdown(article.text) };
  return last.masked;
}

let last: { uri: string; text: string; masked: MaskedText } | undefined;

/** The matching source of an article's analysed text. */
export function articleSource(article: { readonly uri: string; readonly text: string }): Source {
  return createSource(analysedText(article).text);
}

/** Whether a range touches a blanked-out region (masked is sorted): a finding or fix there would edit code or markup. */
export function touchesMasked(masked: readonly Span[], start: number, end: number): boolean {
  // The first region ending after start; the range touches it when it begins before end.
  const lo = lowerBound(masked.length, (i) => masked[i].end <= start);
  return lo < masked.length && masked[lo].start < Math.max(end, start + 1);
}
