import type { Source } from '../text/source';
import type { Fix, Problem } from './rule';

/**
 * Small constructors shared by the rules, so every rule builds findings and
 * fixes the same way and maps offsets from matching text to the text as written.
 */

/** A problem over a range of the normalised text, reported in original offsets. */
export function problemInNorm(source: Source, normStart: number, normEnd: number, message: string, fixes: Fix[] = []): Problem {
  return { start: source.toOriginal(normStart), end: source.toOriginal(normEnd), message, fixes };
}

/** A fix made of one edit; `safe` says whether bulk fixing may apply it (see Fix.safe). */
export function replaceFix(title: string, uri: string, start: number, end: number, newText: string, safe: boolean): Fix {
  return { title, edits: [{ uri, start, end, newText }], safe };
}

/** Quotes text inside a message, shortened so a long block stays readable. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}
