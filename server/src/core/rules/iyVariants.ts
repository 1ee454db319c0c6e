import type { Source } from '../text/source';
import type { Contribution, Tally } from '../folderIndex/aggregates';
import type { Problem } from './rule';
import type { SpellingVariantMessages } from '../messages/catalogue';
import { minorityFormProblems } from './minorityForms';

/**
 * The i/y variant of spelling-variant. After a consonant, a syllable ending
 * in i alone may be written with i or y ("nhiệm kì" / "nhiệm kỳ", "sĩ" /
 * "sỹ", "tỉ" / "tỷ"): the same word either way. Each such word (consonant
 * and tone) is counted across the folder, and an article that writes the
 * folder's less usual form is reported, one finding per word, with a safe
 * fix respelling each occurrence in the usual form. An article that keeps
 * the other form throughout keeps a house style (a style finding); one that
 * writes the word both ways is inconsistent. Only words in lower case are
 * read: a capital marks a name ("Lý", "Kỳ Anh"), whose spelling is its own.
 */

const GROUP = 'i/y ';
const WORD = /(?<![\p{L}\p{M}\d])(ch|kh|nh|ph|th|tr|ng|[bcdđhklmnpstvx])([iìíỉĩịyỳýỷỹỵ])(?![\p{L}\p{M}\d])/gu;
const I_FORMS = 'iìíỉĩị';
const Y_FORMS = 'yỳýỷỹỵ';

/** The article's i/y words: group (consonant and tone) and the letter written, in original offsets. */
export function iyContributions(source: Source): Contribution[] {
  const out: Contribution[] = [];
  // The last word of an excerpt cut short may be cut too ("HĐND tỉ" for "tỉnh"): it is not read.
  const cut = source.norm.trimEnd().length;
  for (const m of source.norm.matchAll(WORD)) {
    if (m.index + m[0].length >= cut) continue;
    const inI = I_FORMS.indexOf(m[2]);
    const tone = inI !== -1 ? inI : Y_FORMS.indexOf(m[2]);
    out.push({
      group: `${GROUP}${m[1]}${tone}`,
      variant: inI !== -1 ? 'i' : 'y',
      start: source.toOriginal(m.index),
      end: source.toOriginal(m.index + m[0].length),
    });
  }
  return out;
}

export function isIyContribution(c: Contribution): boolean {
  return c.group.startsWith(GROUP);
}

/** The findings for an article's i/y words written in the folder's less usual form (see above). */
export function iyProblems(uri: string, text: string, own: readonly Contribution[], tally: Tally, messages: SpellingVariantMessages): Problem[] {
  return minorityFormProblems(uri, text, own, tally, messages, respell, messages.iyOnly);
}

/** The word with its final i or y swapped for the other, tone kept. */
function respell(word: string, letter: string): string {
  const last = word.slice(-1);
  const tone = Math.max(I_FORMS.indexOf(last), Y_FORMS.indexOf(last));
  return word.slice(0, -1) + (letter === 'i' ? I_FORMS : Y_FORMS)[tone];
}
