import syllablesData from '../../../../data/syllables.json';

/**
 * Whether a word is spelt as no Vietnamese syllable can be: the trace of a
 * typing slip ("Truỏng" for "Trưởng", "uỷe") or of damaged text ("đă" for
 * "đã"). Only a word that means to be Vietnamese is judged: one written with
 * a mark no other language in Latin letters uses (ă, â, ê, ô, ơ, ư, đ, a hook
 * above, a dot below, a tilde on e, i, u or y), whose consonants stand where a
 * Vietnamese syllable has them (an initial, vowels, a final). A foreign word
 * ("crêpe", "José") or a syllable of a minority language ("Đắk", "Kđăm") fails
 * that frame and is left alone; the caller leaves out the names.
 */
export function misspeltSyllable(word: string): boolean {
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    verdict = judge(word);
    // Articles repeat a few thousand syllables; a bounded table spares decomposing each again.
    if (word.length <= MAX_CACHED_LENGTH) {
      if (verdicts.size >= MAX_CACHED) verdicts.clear();
      verdicts.set(word, verdict);
    }
  }
  return verdict;
}

/** Whether `text` from `start` to `end` holds a letter only Vietnamese writes (see isVietnameseLetter). */
export function hasVietnameseLetter(text: string, start = 0, end = text.length): boolean {
  for (let k = start; k < end; k++) if (isVietnameseLetter(text.charCodeAt(k))) return true;
  return false;
}

/** Whether a character (NFC) is a letter only Vietnamese writes: ă, â, ê, ô, ơ, ư, đ, or a vowel with a Vietnamese tone mark. */
function isVietnameseLetter(code: number): boolean {
  return (
    (code >= 0x1ea0 && code <= 0x1ef9) ||
    code === 0x103 || code === 0x102 || code === 0xe2 || code === 0xc2 || code === 0xea || code === 0xca || code === 0xf4 || code === 0xd4 ||
    code === 0x1a1 || code === 0x1a0 || code === 0x1b0 || code === 0x1af || code === 0x111 || code === 0x110 ||
    code === 0x129 || code === 0x128 || code === 0x169 || code === 0x168
  );
}

/** The combining tone marks: grave, acute, tilde, hook above, dot below. */
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const TONE_MARKS = new RegExp(`[${TONES.join('')}]`, 'gu');
/** The acute and the dot below: the only tones of a syllable ending in a stop. */
const STOP_TONES = new Set(['\u0301', '\u0323']);
const RHYMES: ReadonlySet<string> = new Set(syllablesData.rhymes);
const STOP_FINALS: ReadonlySet<string> = new Set(syllablesData.stopFinals);
const FRAME = new RegExp(`^(${alternatives(syllablesData.initials)})?([aăâeêioôơuưy]+)(${alternatives(syllablesData.finals)})?$`, 'u');

function alternatives(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).join('|');
}

function judge(word: string): boolean {
  return hasVietnameseLetter(word) && spelling(word) === 'misspelt';
}

/** How a word stands to the spelling of a Vietnamese syllable: one, none on its frame, or not on its frame at all. */
function spelling(word: string): 'syllable' | 'misspelt' | 'other' {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS) ?? [];
  const frame = FRAME.exec(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
  if (!frame) return 'other';
  const [, initial = '', vowels, final = ''] = frame;
  if (tones.length > 1) return 'misspelt';
  if (STOP_FINALS.has(final) && !(tones.length === 1 && STOP_TONES.has(tones[0]))) return 'misspelt';
  return RHYMES.has(rhymeOf(initial, vowels + final)) ? 'syllable' : 'misspelt';
}

/** A syllable a misspelt word may have been meant as, and how many marks and tones differ from the word. */
export interface Neighbour {
  readonly syllable: string;
  readonly distance: number;
}

/**
 * The syllables a misspelt word may have been meant as, nearest first: the same letters with one or two of its vowels
 * written with another mark or tone ("Truỏng": "Truổng", then "Trưởng"), in the word's case, each with how many marks
 * and tones differ. Which one was meant only the text around it can say (see the text-artifact rule).
 *
 * Each word's answer is kept in a bounded table: a word being typed is linted at every keystroke, in its article's
 * analysis and again in its findings, and a search costs a millisecond or two.
 */
export function syllableNeighbours(word: string): readonly Neighbour[] {
  let found = neighbours.get(word);
  if (found === undefined) {
    found = searchNeighbours(word);
    if (neighbours.size >= MAX_CACHED) neighbours.clear();
    neighbours.set(word, found);
  }
  return found;
}

/**
 * The search behind syllableNeighbours. A syllable carries one tone at most, so a candidate that would carry two is
 * turned away before its spelling is judged: that leaves about a third of the candidates of two vowels to judge.
 */
function searchNeighbours(word: string): Neighbour[] {
  const letters = [...word.normalize('NFC')];
  const vowels = letters.flatMap((c, k) => (VOWEL_VARIANTS.has(baseOf(c)) ? [k] : []));
  // A neighbour keeps the word's letters, so a word with more vowels than a syllable holds has none; and the search,
  // which pairs every two vowels, would take seconds on damaged text ("ăăăă…").
  if (vowels.length > MOST_VOWELS) return [];
  const toned = letters.map((c) => (hasTone(c) ? 1 : 0));
  const tones = toned.reduce((sum: number, t) => sum + t, 0);
  const variants = new Map(vowels.map((k) => [k, variantsOf(letters[k]).map((v) => ({ letter: v, toned: hasTone(v) ? 1 : 0 }))]));
  const found = new Set<string>();
  const consider = (candidate: string[]) => {
    const text = candidate.join('');
    if (text !== word && spelling(text) === 'syllable') found.add(text);
  };
  for (const p of vowels) {
    const atP = variants.get(p) ?? [];
    for (const v of atP) if (tones - toned[p] + v.toned <= 1) consider(letters.map((c, k) => (k === p ? v.letter : c)));
    for (const q of vowels) {
      if (q <= p) continue;
      const others = tones - toned[p] - toned[q];
      for (const v of atP) {
        for (const w of variants.get(q) ?? []) {
          if (others + v.toned + w.toned <= 1) consider(letters.map((c, k) => (k === p ? v.letter : k === q ? w.letter : c)));
        }
      }
    }
  }
  return [...found].map((syllable) => ({ syllable, distance: markDistance(word, syllable) })).sort((a, b) => a.distance - b.distance);
}

/** Whether a letter carries a tone mark (`search` reads TONE_MARKS from the start whatever its global flag left behind). */
function hasTone(letter: string): boolean {
  return letter.normalize('NFD').search(TONE_MARKS) !== -1;
}

/** How many vowel marks (circumflex, breve, horn) and tones differ between two spellings of the same letters. */
function markDistance(a: string, b: string): number {
  const left = [...a.normalize('NFC')];
  const right = [...b.normalize('NFC')];
  let distance = 0;
  for (let k = 0; k < left.length; k++) {
    const [x, y] = [left[k].normalize('NFD'), (right[k] ?? '').normalize('NFD')];
    if (x === y) continue;
    if (x.match(VOWEL_MARK)?.[0] !== y.match(VOWEL_MARK)?.[0]) distance++;
    if (x.match(TONE_MARKS)?.[0] !== y.match(TONE_MARKS)?.[0]) distance++;
  }
  return distance;
}

const VOWEL_MARK = /[\u0302\u0306\u031b]/;

/** The vowel letters each base vowel may be written as, with a mark or without. */
const VOWEL_VARIANTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['a', ['a', 'ă', 'â']],
  ['e', ['e', 'ê']],
  ['i', ['i']],
  ['o', ['o', 'ô', 'ơ']],
  ['u', ['u', 'ư']],
  ['y', ['y']],
]);

/** The most vowel letters a syllable holds: those of the longest rhyme ("oai", "uyê") and one of an initial ("qu", "gi"). */
const MOST_VOWELS = Math.max(...syllablesData.rhymes.map(vowelCount)) + Math.max(...syllablesData.initials.map(vowelCount));

function vowelCount(spelling: string): number {
  return [...spelling].filter((c) => VOWEL_VARIANTS.has(baseOf(c))).length;
}

/** A vowel letter without its mark and tone, in lower case ("Ở": "o"). */
function baseOf(letter: string): string {
  return letter.toLowerCase().normalize('NFD').charAt(0);
}

/** Every way of writing a vowel letter's base with a mark and a tone, in the letter's case. */
function variantsOf(letter: string): string[] {
  const upper = letter !== letter.toLowerCase();
  return (VOWEL_VARIANTS.get(baseOf(letter)) ?? []).flatMap((v) => ['', ...TONES].map((t) => (v + t).normalize('NFC'))).map((v) => (upper ? v.toUpperCase() : v));
}

/**
 * The rhyme as the list writes it. After "qu" the u is the glide the list writes "o" before a, ă and e ("quan" rhymes
 * with "oan") and "u" elsewhere ("quân", "quốc", "quy"; "quít" is "quýt"); after "gi" the i may be the first vowel of
 * the rhyme as well ("giết": "iêt").
 */
function rhymeOf(initial: string, rest: string): string {
  if (initial === 'qu') return /^[aăe]/u.test(rest) ? `o${rest}` : rest.startsWith('i') ? `uy${rest.slice(1)}` : `u${rest}`;
  if (initial === 'gi' && !RHYMES.has(rest)) return `i${rest}`;
  return rest;
}

const verdicts = new Map<string, boolean>();
const neighbours = new Map<string, readonly Neighbour[]>();
const MAX_CACHED = 20_000;
const MAX_CACHED_LENGTH = 8;
