import { longestPhrase, type PhraseMatch, type PhraseTrie } from '../text/phrases';
import type { Words } from '../text/words';

/**
 * The limits, word classes and verb lookup that the reading of officials
 * (officials.ts) and of the organisation phrases inside their posts
 * (organizationPhrases.ts) share.
 */

/** A name has two to four syllables. */
export const MIN_NAME = 2;
export const MAX_NAME = 4;
/** Dashes that may join a post to the name after it. */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
/**
 * How deep organisations may nest inside one another through phrase slots
 * ("Ban Tổ chức Tỉnh ủy" inside a title, inside an organisation's name).
 * Real names nest two or three deep; without a bound, a run of repeated
 * organisation words ("Ban Tổ Chức Ban Tổ Chức …") nested once per repetition
 * and overflowed the stack.
 */
export const MAX_NESTED_ORGANIZATIONS = 6;
/** Marks after which a clause begins. */
export const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', '.', ':', ';']);
/** The word for a term qualifier after a title ("khóa XX"), in both spellings. */
export const TERM_WORDS: ReadonlySet<string> = new Set(['khóa', 'khoá']);
/** How many words a person's name after a body named by its head alone has at least ("Giám đốc Sở Nguyễn Văn Hùng"). */
export const MIN_NAME_AFTER_BODY = 3;

/**
 * The longest predicate (or object verb) of a trie at word `at`, less a last "vụ" that begins the post after it:
 * "giữ chức Vụ trưởng Vụ Pháp chế" is "giữ chức" and the post "Vụ trưởng …", not "giữ chức vụ" and "trưởng …".
 */
export function verbPhrase(trie: PhraseTrie, words: Words, at: number): PhraseMatch | undefined {
  const found = longestPhrase(trie, words, at);
  return found && found.end - 1 > at && writtenVuTruong(words, found.end - 1) ? { ...found, end: found.end - 1 } : found;
}

/**
 * Whether word i begins the post "Vụ trưởng" as the press writes it, the "Vụ" capitalised and the "trưởng" not. After
 * "chức" the words may also be the noun "chức vụ" before a post ("chức vụ Trưởng ban …"), written the other way round;
 * a text in capitals says neither, and is read as the noun.
 */
export function writtenVuTruong(words: Words, i: number): boolean {
  return words.key(i) === 'vụ' && words.key(i + 1) === 'trưởng' && words.gap(i + 1) === 'space' && words.upper(i) && !words.upper(i + 1);
}
