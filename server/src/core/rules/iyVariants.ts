import type { Source } from '../text/source';
import type { Contribution, Tally } from '../folderIndex/aggregates';
import type { Problem } from './rule';
import type { SpellingVariantMessages } from '../messages/catalogue';
import { minorityFormProblems } from './minorityForms';
import { wordCharAt, wordCharBefore } from './chars';

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
const I_FORMS = 'iìíỉĩị';
const Y_FORMS = 'yỳýỷỹỵ';
/** Initial consonants a final i or y may follow: the two-letter ones, then the one-letter ones. */
const PAIRS: readonly string[] = ['ch', 'kh', 'nh', 'ph', 'th', 'tr', 'ng'];
const SINGLES = 'bcdđhklmnpstvx';

/**
 * The article's i/y words: group (consonant and tone) and the letter written, in original offsets. A word is an
 * initial consonant and the vowel alone, in lower case, between non-letters: what
 * /(?<![\p{L}\p{M}\d])(ch|kh|nh|ph|th|tr|ng|[bcdđhklmnpstvx])([iìíỉĩịyỳýỷỹỵ])(?![\p{L}\p{M}\d])/u matches,
 * found by looking at each i or y instead, since a pattern with lookbehind tried at every offset costs far more.
 */
export function iyContributions(source: Source): Contribution[] {
  const out: Contribution[] = [];
  const norm = source.norm;
  // The last word of an excerpt cut short may be cut too ("HĐND tỉ" for "tỉnh"): it is not read.
  const cut = norm.trimEnd().length;
  for (let at = 1; at < norm.length; at++) {
    const code = norm.charCodeAt(at);
    const form = code < VOWEL_FORMS.length ? VOWEL_FORMS[code] : 0;
    if (form === 0 || wordCharAt(norm, at + 1) || at + 1 >= cut) continue;
    const pair = at >= 2 ? PAIR_INITIALS.get(norm.charCodeAt(at - 2) * 0x10000 + norm.charCodeAt(at - 1)) : undefined;
    const single = SINGLE_INITIALS.get(norm.charCodeAt(at - 1));
    const initial = pair !== undefined && !wordCharBefore(norm, at - 2) ? pair : single !== undefined && !wordCharBefore(norm, at - 1) ? single : undefined;
    if (initial === undefined) continue;
    out.push({
      group: initial.groups[(form - 1) % I_FORMS.length],
      variant: form <= I_FORMS.length ? 'i' : 'y',
      start: source.toOriginal(at - initial.length),
      end: source.toOriginal(at + 1),
    });
  }
  return out;
}

/** An initial consonant: its length, and its groups by tone (the word's consonant and tone), made once rather than for every word read. */
interface Initial {
  readonly length: number;
  readonly groups: readonly string[];
}

function initialOf(consonant: string): Initial {
  return { length: consonant.length, groups: [...I_FORMS].map((_, tone) => `${GROUP}${consonant}${tone}`) };
}

/** The two-letter initials by their two code units (the first times 0x10000 plus the second), the one-letter ones by their code unit. */
const PAIR_INITIALS = new Map(PAIRS.map((pair) => [pair.charCodeAt(0) * 0x10000 + pair.charCodeAt(1), initialOf(pair)]));
const SINGLE_INITIALS = new Map([...SINGLES].map((letter) => [letter.charCodeAt(0), initialOf(letter)]));

/** 1 + the index of each i form, 1 + I_FORMS.length + the index of each y form, 0 for every other code unit. */
const VOWEL_FORMS = new Uint8Array(0x1f00);
[...I_FORMS, ...Y_FORMS].forEach((ch, k) => (VOWEL_FORMS[ch.charCodeAt(0)] = k + 1));

/** A group of an i/y word (of all spelling-variant's groups). */
export function isIyGroup(group: string): boolean {
  return group.startsWith(GROUP);
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
