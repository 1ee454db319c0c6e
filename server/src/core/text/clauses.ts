/**
 * The sentence or clause the text before offset `at` ends in: what follows the last of `breaks` among the `reach`
 * characters before `at` (all of them when none is there). A full stop in an abbreviation ("TP.") may cut a sentence
 * short; the patterns read in it allow for that.
 */
export function partBefore(text: string, at: number, reach: number, breaks: readonly string[]): string {
  const before = text.slice(Math.max(0, at - reach), at);
  return before.slice(Math.max(...breaks.map((mark) => before.lastIndexOf(mark))) + 1);
}

/** What ends a sentence: a full stop before a space, a line break. */
export const SENTENCE_BREAKS: readonly string[] = ['. ', '\n'];

/** What ends a clause: a full stop, a semicolon, a colon, a line break. */
export const CLAUSE_BREAKS: readonly string[] = ['.', ';', ':', '\n'];
