import { Words } from './words';

/**
 * A word trie over lexicon phrases, built once when the lexicon is created
 * and walked over an article's words, so finding every title and
 * organisation costs one short walk per word whatever the lexicon's size.
 *
 * A phrase may hold slots written in braces: "{organization}" (any
 * organisation of the lexicon), "{place}" (a province or city, or a
 * capitalised run read as one), "{province}" (only a place the lexicon lists),
 * "{ministry}" (a ministry of the lexicon written without its "Bộ", as in
 * "Bộ trưởng Tài chính"), "{numeral}" (a Roman or Arabic number, canonically Roman) and "{number}" (an
 * Arabic number, kept as written: an army division's "Sư đoàn 302"). "Phó Vụ trưởng {organization}"
 * thus matches "Phó Vụ trưởng Vụ V", and its canonical form is the
 * template with each slot replaced by the canonical form of what filled it.
 */

export type Slot = 'organization' | 'place' | 'province' | 'ministry' | 'numeral' | 'number';

const SLOTS: ReadonlySet<string> = new Set<Slot>(['organization', 'place', 'province', 'ministry', 'numeral', 'number']);

export interface PhraseNode {
  /** The nodes after this one, by the number of their word's key (see WORD_IDS). */
  readonly next: Map<number, PhraseNode>;
  readonly slots: Map<Slot, PhraseNode>;
  /** The canonical template of the phrase ending here, if one does. */
  canonical?: string;
  /** True when the path to this node went through a slot. */
  readonly templated: boolean;
}

/**
 * Where phrases start: the first characters and lengths of their first words,
 * so most words are turned away without a lookup, and the first words
 * themselves by number. Recognisers ask a dozen tries about every word of
 * every article, so the first two are bit sets read with a shift and a mask
 * rather than sets of numbers.
 */
export interface PhraseStarts {
  /** One bit per lower-case first code unit of the phrases' first words. */
  readonly firsts: Uint32Array;
  /** One bit per length of the phrases' first words; lengths from 31 up share the last bit. */
  lengths: number;
  /** 1 at the number (see WORD_IDS) of each first word of a phrase, so a word is turned away by one read of a typed array. */
  starts: Uint8Array;
}

/** A word trie over phrases, with where they start. */
export interface PhraseTrie extends PhraseStarts {
  readonly root: PhraseNode;
}

function createStarts(): PhraseStarts {
  return { firsts: new Uint32Array(0x10000 >> 5), lengths: 0, starts: new Uint8Array(0) };
}

export function createTrie(): PhraseTrie {
  return { root: { next: new Map(), slots: new Map(), templated: false }, ...createStarts() };
}

/** The bit of a first word's length in `PhraseTrie.lengths`. */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/** Adds one spelling (possibly with slots) of a phrase; the first canonical given for a spelling stays. */
export function addPhrase(trie: PhraseTrie, spelling: string, canonical: string): void {
  let node = trie.root;
  for (const part of spelling.split(/(\{\w+\})/)) {
    const slot = /^\{(\w+)\}$/.exec(part)?.[1];
    if (slot !== undefined) {
      if (!SLOTS.has(slot)) throw new Error(`Unknown slot {${slot}} in lexicon phrase "${spelling}"`);
      // Matching starts from the first word's first character, so a phrase cannot begin with a slot.
      if (node === trie.root) throw new Error(`Lexicon phrase "${spelling}" begins with a slot`);
      node = child(node.slots, slot as Slot, true);
      continue;
    }
    const words = new Words(part.normalize('NFC'));
    for (let k = 0; k < words.length; k++) {
      const id = wordId(matchedKey(words.key(k)));
      if (node === trie.root) markFirstWord(trie, words.first(k), words.end(k) - words.start(k), id);
      node = child(node.next, id, node.templated);
    }
  }
  node.canonical ??= canonical;
}

/**
 * A number for every word (lower-case key) of every phrase of every trie,
 * given when the word is first added. Trie edges are keyed by these numbers,
 * so an article's word is looked up by its key once, in this map, and then in
 * each trie by its number: the recognisers ask a dozen tries about every word.
 */
const WORD_IDS = new Map<string, number>();

/** The key a word is matched by: "&" stands for "và" inside names ("Bộ Lao động, Thương binh & Xã hội", "TB&XH"). */
function matchedKey(key: string): string {
  return key === '&' ? 'và' : key;
}

function wordId(key: string): number {
  let id = WORD_IDS.get(key);
  if (id === undefined) {
    id = WORD_IDS.size;
    WORD_IDS.set(key, id);
  }
  return id;
}

/**
 * The numbers of the words of the article read last (the recognisers of one
 * article share its words, see wordsOf), looked up on first use: NOT_LOOKED_UP,
 * or -1 for a word in no phrase. They are made again when a phrase added a
 * word since, so a word unknown then is looked up again.
 */
let lastIds: { words: Words; ids: Int32Array; known: number } | undefined;
const NOT_LOOKED_UP = -2;

function idAt(words: Words, i: number): number {
  if (i < 0 || i >= words.length) return -1;
  if (lastIds?.words !== words || lastIds.known !== WORD_IDS.size) lastIds = { words, ids: new Int32Array(words.length).fill(NOT_LOOKED_UP), known: WORD_IDS.size };
  let id = lastIds.ids[i];
  if (id === NOT_LOOKED_UP) {
    id = WORD_IDS.get(matchedKey(words.key(i))) ?? -1;
    lastIds.ids[i] = id;
  }
  return id;
}

/** Notes that a phrase starts with a word: its lower-case first code unit, its length and its number. */
function markFirstWord(starts: PhraseStarts, first: number, length: number, id: number): void {
  starts.firsts[first >> 5] |= 1 << (first & 31);
  starts.lengths |= lengthBit(length);
  markStart(starts, id);
}

/** Notes that a phrase of the trie starts with the word numbered `id`, growing `starts` to the numbers given so far. */
function markStart(trie: PhraseStarts, id: number): void {
  if (id >= trie.starts.length) {
    const bigger = new Uint8Array(Math.max(64, WORD_IDS.size * 2));
    bigger.set(trie.starts);
    trie.starts = bigger;
  }
  trie.starts[id] = 1;
}

function child<K>(map: Map<K, PhraseNode>, key: K, templated: boolean): PhraseNode {
  let node = map.get(key);
  if (!node) {
    node = { next: new Map(), slots: new Map(), templated };
    map.set(key, node);
  }
  return node;
}

export interface PhraseMatch {
  /** Index of the first word after the match. */
  readonly end: number;
  readonly canonical: string;
  /** The phrase was written with a comma inside it ("Phó Trưởng ban Thường trực, Ban Tổ chức Trung ương"). */
  readonly strayComma: boolean;
}

/** Fills a slot at a word index: the index after it and its canonical text, or undefined. */
export type SlotFiller = (slot: Slot, at: number) => { readonly end: number; readonly value: string } | undefined;

export interface MatchOptions {
  readonly fill?: SlotFiller;
  /**
   * Accept a comma between a complete phrase and words that extend it to a
   * longer phrase, since writers split titles that way by mistake.
   */
  readonly strayComma?: boolean;
  /**
   * Read past an abbreviation in brackets inside a phrase ("Ủy ban Kiểm tra
   * (UBKT) Trung ương", "Quân đội nhân dân (QĐND) Việt Nam"): writers give
   * the short form where the name first appears, and it is not part of it.
   */
  readonly abbreviations?: boolean;
}

const NO_OPTIONS: MatchOptions = {};

/**
 * The state of one `longestPhrase` call: where it started and the best match
 * so far, in one object passed down the walk. A closure and a record per
 * candidate were close to half of what analysing an article allocated.
 */
interface Walk {
  readonly words: Words;
  readonly at: number;
  readonly options: MatchOptions;
  /** The word after the best match so far, or -1 before one is found. */
  end: number;
  template: string;
  values: readonly string[];
  templated: boolean;
  strayComma: boolean;
}

const NO_VALUES: readonly string[] = [];

/**
 * Where a phrase of one of `tries` starts, and where one of the lower-case `words` stands: `startsPhrase` answers for
 * all of them at once, with one lookup.
 */
export function startsOfAny(tries: readonly PhraseStarts[], words: readonly string[]): PhraseStarts {
  const union = createStarts();
  for (const trie of tries) {
    for (let k = 0; k < union.firsts.length; k++) union.firsts[k] |= trie.firsts[k];
    union.lengths |= trie.lengths;
    for (let id = 0; id < trie.starts.length; id++) if (trie.starts[id] !== 0) markStart(union, id);
  }
  for (const word of words) markFirstWord(union, word.charCodeAt(0), word.length, wordId(word));
  return union;
}

/** Whether a phrase of the trie may start at word `at`: its first word is the first word of one (what longestPhrase tries first). */
export function startsPhrase(trie: PhraseStarts, words: Words, at: number): boolean {
  if (at >= words.length) return false;
  const first = words.first(at);
  if ((trie.firsts[first >> 5] & (1 << (first & 31))) === 0 || (trie.lengths & lengthBit(words.end(at) - words.start(at))) === 0) return false;
  const id = idAt(words, at);
  return id >= 0 && id < trie.starts.length && trie.starts[id] !== 0;
}

/**
 * The longest phrase of the trie starting at word `at`; between equally
 * long matches a phrase written out in full beats one built from slots.
 */
export function longestPhrase(trie: PhraseTrie, words: Words, at: number, options: MatchOptions = NO_OPTIONS): PhraseMatch | undefined {
  // Most words start no phrase: answer those without setting up the walk.
  if (!startsPhrase(trie, words, at)) return undefined;
  const best: Walk = { words, at, options, end: -1, template: '', values: NO_VALUES, templated: false, strayComma: false };
  walk(best, trie.root, at, NO_VALUES, false, false);
  if (best.end < 0) return undefined;
  // Most phrases have no slot, and their canonical form is the template itself.
  const canonical = best.template.includes('{') ? filledTemplate(best.template, best.values) : best.template;
  return { end: best.end, canonical, strayComma: best.strayComma };
}

/**
 * A template with its slots replaced, in order, by the values that filled them. A value that begins with the words the
 * template writes right before its slot keeps them once: "Ủy ban nhân dân thành phố {place}" filled with "Thành phố Hồ
 * Chí Minh" is "Ủy ban nhân dân Thành phố Hồ Chí Minh", the post "UBND TP.HCM" names too. A function of its own: the
 * closure it makes would otherwise make every call of longestPhrase allocate a context, phrase or no phrase.
 */
function filledTemplate(template: string, values: readonly string[]): string {
  let k = 0;
  let out = '';
  let from = 0;
  for (const slot of template.matchAll(/\{\w+\}/g)) {
    const value = values[k++] ?? '';
    out += withoutRepeatedWords(template.slice(from, slot.index), value) + value;
    from = slot.index + slot[0].length;
  }
  return out + template.slice(from);
}

/** `before` without its last one or two words when `value` begins with them (in any case). */
function withoutRepeatedWords(before: string, value: string): string {
  if (!before.endsWith(' ')) return before;
  const words = before.trimEnd().split(' ');
  const lower = value.toLowerCase();
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    if (lower.startsWith(`${words.slice(-n).join(' ').toLowerCase()} `)) return `${words.slice(0, -n).join(' ')} `;
  }
  return before;
}

/** Follows the trie from `node` at word j: the words themselves, filled slots, a stray comma, an abbreviation in brackets. */
function walk(best: Walk, node: PhraseNode, j: number, values: readonly string[], strayComma: boolean, justSkipped: boolean): void {
  const { words, at, options } = best;
  if (node.canonical !== undefined && !justSkipped && j > at) {
    if (best.end < 0 || j > best.end || (j === best.end && best.templated && !node.templated)) {
      best.end = j;
      best.template = node.canonical;
      best.values = values;
      best.templated = node.templated;
      best.strayComma = strayComma;
    }
  }
  if (j >= words.length || (j > at && !words.joins(j))) return;
  const next = node.next.get(idAt(words, j));
  if (next) walk(best, next, j + 1, values, strayComma, false);
  // Most nodes have no slot: the test spares making an iterator at every step of every walk.
  if (options.fill && node.slots.size > 0) {
    for (const [slot, slotNode] of node.slots) {
      const filled = options.fill(slot, j);
      if (filled) walk(best, slotNode, filled.end, [...values, filled.value], strayComma, false);
    }
  }
  if (options.strayComma && node.canonical !== undefined && !justSkipped && j > at && words.isMark(j, ',')) {
    walk(best, node, j + 1, values, true, true);
  }
  if (options.abbreviations && !justSkipped && j > at && words.isMark(j, '(') && words.allCaps(j + 1) && words.isMark(j + 2, ')') && words.joins(j + 3)) {
    walk(best, node, j + 3, values, strayComma, true);
  }
}
