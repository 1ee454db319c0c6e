import type { Contribution, Tally } from '../folderIndex/aggregates';
import type { Problem } from './rule';
import { quote } from './edits';
import type { SpellingVariantMessages } from '../messages/catalogue';
import { groupBy } from '../groupBy';

/**
 * Findings for words an article writes in the folder's less usual form, one
 * per group (a word, a place name), each with a safe fix writing every
 * occurrence in the usual form. An article that writes only the other form
 * keeps a house style (a style finding); one that writes both is
 * inconsistent. Shared by the i/y words and the spellings of place names.
 *
 * `respell` gives a written occurrence in the usual variant; `only` is the
 * message for an article that never writes the usual form.
 */
export function minorityFormProblems(
  uri: string,
  text: string,
  own: readonly Contribution[],
  tally: Tally,
  messages: SpellingVariantMessages,
  respell: (written: string, usual: string) => string,
  only: (word: string, times: number, respelt: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  for (const [group, words] of groupBy(own, (c) => c.group)) {
    const usual = tally.majority(group);
    if (usual === undefined) continue;
    const others = words.filter((w) => w.variant !== usual);
    if (others.length === 0) continue;
    const [first] = others;
    const written = text.slice(first.start, first.end);
    const respelt = respell(written, usual);
    const also = words.length - others.length;
    const example = tally.example(group, usual, uri);
    problems.push({
      start: first.start,
      end: first.end,
      message: also === 0 ? only(quote(written), others.length, quote(respelt)) : messages.both(quote(written), others.length, quote(respelt), also, false),
      related: example ? [{ ...example, message: messages.writtenHere(quote(respelt)) }] : [],
      fixes: [
        {
          title: others.length > 1 ? messages.writeAll(quote(respelt), others.length) : messages.write(quote(respelt)),
          edits: others.map((w) => ({ uri, start: w.start, end: w.end, newText: respell(text.slice(w.start, w.end), usual) })),
          safe: true,
        },
      ],
      style: also === 0,
    });
  }
  return problems;
}
