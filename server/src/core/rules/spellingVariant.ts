import type { Article, Span } from '../model';
import type { Lexicon } from '../lexicon';
import type { Source } from '../text/source';
import { readsPreferred, type Contribution, type Tally } from '../folderIndex/aggregates';
import type { Problem, Rule, RuleContext } from './rule';
import type { PreferredForms } from './config';
import { quote } from './edits';
import { groupBy } from '../groupBy';
import type { SpellingVariantMessages, ToneStyle } from '../messages/catalogue';
import { classAt, isLetter } from './chars';
import { isIyGroup, iyContributions, iyProblems } from './iyVariants';
import { isPlaceGroup, placeContributions, placeProblems } from './placeSpellings';

/**
 * spelling-variant: one folder, two spellings. Vietnamese places the tone of
 * an open oa/oe/uy syllable either on the first vowel (new style: khóa, Ủy,
 * hòa) or on the second (old style: khoá, Uỷ, hoà). The folder's majority
 * style wins unless configuration names one. Text not in NFC (decomposed
 * diacritics) is reported too, because it looks the same but does not match.
 */

const DECOMPOSED_WORD = /[\p{L}\p{M}]+/gu;
/** Combining tone marks: grave, acute, tilde, hook above, dot below. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
/** An open syllable ending in oa, oe or uy after an optional initial consonant (not "qu", where u is part of the consonant). */
const OPEN_PAIR = /^(?:ngh|ch|gh|kh|ng|nh|ph|th|tr|[bcdđghklmnprstvx])?(?:oa|oe|uy)$/;

type Style = ToneStyle;
const STYLE_GROUP = 'tone placement';

interface TonedWord {
  readonly normStart: number;
  readonly normEnd: number;
  readonly text: string;
  readonly style: Style;
  /** The word without its tone, lower case, plus the tone: the same word whatever the style. */
  readonly identity: string;
}

export const spellingVariant: Rule = {
  id: 'spelling-variant',
  defaultSeverity: 'information',
  contribute(article: Article, source: Source, lexicon: Lexicon): Contribution[] {
    const out: Contribution[] = [];
    const names = nameSpans(article);
    let next = 0;
    for (const w of tonedWords(source)) {
      const start = source.toOriginal(w.normStart);
      const end = source.toOriginal(w.normEnd);
      // A person's name is spelt as the person registered it ("Nguyễn Văn Hoà", "Lê Thị Thuỷ"): it neither sets the folder's style nor breaks it.
      while (next < names.length && names[next].end <= start) next++;
      if (next < names.length && names[next].start <= start) continue;
      out.push({ group: STYLE_GROUP, variant: w.style, start, end }, { group: w.identity, variant: w.style, start, end });
    }
    out.push(...iyContributions(source), ...placeContributions(source, lexicon));
    return out;
  },
  readsOf(tally: Tally, group: string, preferred: PreferredForms) {
    // An i/y word or a place name is told the group's majority; a word of two tone placements is told the folder's
    // style (the configuration's, or the majority of all such words), with an example of the same word in that style
    // when the folder has one, else of any word in it. Either way only the files writing the other form read anything:
    // a folder-wide style is not re-checked in thousands of files because the first file writing the rare form changed.
    if (isIyGroup(group) || isPlaceGroup(group)) return readsPreferred(tally, group);
    return readsPreferred(tally, group, preferred.spelling ?? tally.majority(STYLE_GROUP));
  },
  check(ctx) {
    const { source, article, tally } = ctx;
    const problems: Problem[] = [];
    const preferred = ctx.config.preferred.spelling ?? (tally.majority(STYLE_GROUP) as Style | undefined);
    // The tone-placement contributions come in pairs; the i/y ones (see iyVariants.ts) and the place names (placeSpellings.ts) follow them.
    const toned = ctx.own.filter((c) => !isIyGroup(c.group) && !isPlaceGroup(c.group));
    if (preferred) problems.push(...otherStyle({ ...ctx, own: toned }, preferred as Style));
    problems.push(...iyProblems(article.uri, article.text, ctx.own.filter((c) => isIyGroup(c.group)), tally, ctx.messages.spellingVariant));
    problems.push(...placeProblems(article.uri, article.text, ctx.own.filter((c) => isPlaceGroup(c.group)), tally, ctx.messages.spellingVariant));
    // A normalised text equal to the original is NFC already, which spares normalising every article again.
    if (source.norm !== source.original && source.original.normalize('NFC') !== source.original) problems.push(...decomposed(article.uri, source.original, ctx.messages.spellingVariant));
    return problems;
  },
};

/**
 * The article's words in the style the folder (or the configuration) does
 * not use, one finding per problem, each with a fix that respells every
 * occurrence it covers. An article written in the other style throughout
 * keeps a house style: one finding, as style. So does a word the article
 * always writes the other way. A word the article writes both ways ("Uỷ
 * ban" beside "Tỉnh ủy") is inconsistent: one finding for that word, not
 * style.
 */
function otherStyle(ctx: RuleContext, preferred: Style): Problem[] {
  const { article, tally } = ctx;
  const m = ctx.messages.spellingVariant;
  const configured = ctx.config.preferred.spelling !== undefined;
  const others: { start: number; end: number; style: Style; identity: string }[] = [];
  // How often the article writes each word (by identity) in the preferred style.
  const preferredCount = new Map<string, number>();
  // The article's own toned words are its contributions: a style entry, then the word's own entry, for each word.
  for (let k = 0; k + 1 < ctx.own.length; k += 2) {
    const { start, end, variant } = ctx.own[k];
    const identity = ctx.own[k + 1].group;
    if (variant === preferred) preferredCount.set(identity, (preferredCount.get(identity) ?? 0) + 1);
    else others.push({ start, end, style: variant as Style, identity });
  }
  if (others.length === 0) return [];
  const respell = (w: { start: number; end: number }) => ({ uri: article.uri, start: w.start, end: w.end, newText: moveTone(article.text.slice(w.start, w.end)) });
  const finding = (words: typeof others, message: string, style: boolean): Problem => {
    const [first] = words;
    const sameWord = tally.example(first.identity, preferred, article.uri);
    const example = sameWord ?? tally.example(STYLE_GROUP, preferred, article.uri);
    const newText = respell(first).newText;
    return {
      start: first.start,
      end: first.end,
      message,
      related: example ? [{ ...example, message: sameWord ? m.writtenHere(quote(newText)) : m.styleUsedHere(preferred) }] : [],
      fixes: [{ title: words.length > 1 ? m.respellAll(words.length, preferred) : m.write(quote(newText)), edits: words.map(respell), safe: true }],
      style,
    };
  };
  if (preferredCount.size === 0) {
    const text = article.text.slice(others[0].start, others[0].end);
    return [finding(others, m.throughout(others[0].style, quote(text), others.length, configured, preferred), true)];
  }
  const byWord = groupBy(others, (w) => w.identity);
  return [...byWord.values()].map((words) => {
    const text = article.text.slice(words[0].start, words[0].end);
    const respelt = respell(words[0]).newText;
    const also = preferredCount.get(words[0].identity) ?? 0;
    return also === 0
      ? finding(words, m.always(quote(text), words.length, words[0].style, configured, quote(respelt)), true)
      : finding(words, m.both(quote(text), words.length, quote(respelt), also, configured), false);
  });
}

/**
 * Text in decomposed form (NFD) is reported once per file, at its first
 * word, with one fix composing every such word: a file copied from another
 * system is usually decomposed throughout, and a finding per word would bury
 * everything else.
 */
function decomposed(uri: string, text: string, m: SpellingVariantMessages): Problem[] {
  const words = [...text.matchAll(DECOMPOSED_WORD)].filter((m) => m[0].normalize('NFC') !== m[0]);
  if (words.length === 0) return [];
  const [first] = words;
  return [
    {
      start: first.index,
      end: first.index + first[0].length,
      message: m.decomposed(quote(first[0].normalize('NFC')), words.length - 1),
      fixes: [
        {
          title: m.toNfc,
          safe: true,
          edits: words.map((m) => ({ uri, start: m.index, end: m.index + m[0].length, newText: m[0].normalize('NFC') })),
        },
      ],
    },
  ];
}

/** The spans of the article's people's and authors' names, in text order. */
function nameSpans(article: Article): Span[] {
  return article.mentions.filter((m) => m.kind === 'person' || m.kind === 'author').map((m) => ({ start: m.start, end: m.end }));
}

/** The words of the text whose tone placement has two spellings, with the style they use. */
function tonedWords(source: Source): TonedWord[] {
  const words: TonedWord[] = [];
  const norm = source.norm;
  // Only short words ending in oa, oe or uy (with any tone) can be open syllables of two spellings, so the
  // text is scanned for such a pair ending a word, and the word's start is looked for only there.
  for (let end = 2; end <= norm.length; end++) {
    if (!isVowelPair(norm.charCodeAt(end - 2), norm.charCodeAt(end - 1)) || isLetter(classAt(norm, end))) continue;
    let start = end - 2;
    while (start > end - MAX_TONED && isLetter(classAt(norm, start - 1))) start--;
    if (isLetter(classAt(norm, start - 1))) continue;
    const word = tonedWord(norm.slice(start, end), start);
    if (word) words.push(word);
  }
  return words;
}

/** The longest open oa/oe/uy syllable: an initial of up to three letters ("ngh") and the pair. */
const MAX_TONED = 5;

/**
 * The vowels of oa/oe/uy pairs, with or without a tone, so most words are
 * skipped before any normalisation: one bit per vowel in a table of the code
 * units up to the Latin Extended Additional block, read for every short word.
 */
const O = 1;
const A_OR_E = 2;
const U = 4;
const Y = 8;
const VOWELS = new Uint8Array(0x1f00);
mark('oòóỏõọOÒÓỎÕỌ', O);
mark('aàáảãạeèéẻẽẹAÀÁẢÃẠEÈÉẺẼẸ', A_OR_E);
mark('uùúủũụUÙÚỦŨỤ', U);
mark('yỳýỷỹỵYỲÝỶỸỴ', Y);

function mark(letters: string, bit: number): void {
  for (const ch of letters) VOWELS[ch.charCodeAt(0)] |= bit;
}

function isVowelPair(first: number, last: number): boolean {
  const a = first < VOWELS.length ? VOWELS[first] : 0;
  const b = last < VOWELS.length ? VOWELS[last] : 0;
  return ((a & O) !== 0 && (b & A_OR_E) !== 0) || ((a & U) !== 0 && (b & Y) !== 0);
}

function tonedWord(text: string, normStart: number): TonedWord | undefined {
  let reading = readings.get(text);
  if (reading === undefined) {
    reading = readTonedWord(text);
    // A folder writes a few hundred such words over and over; a session's edits bring few new ones.
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(text, reading);
  }
  return reading === null ? undefined : { normStart, normEnd: normStart + text.length, text, ...reading };
}

/** Each word's style and identity (null: not an open syllable with a tone), since decomposing it again costs more than a lookup. */
const readings = new Map<string, Pick<TonedWord, 'style' | 'identity'> | null>();
const MAX_READINGS = 10_000;

function readTonedWord(text: string): Pick<TonedWord, 'style' | 'identity'> | null {
  const decomposed = text.toLowerCase().normalize('NFD');
  const tone = TONE.exec(decomposed);
  if (!tone) return null;
  const toneless = (decomposed.slice(0, tone.index) + decomposed.slice(tone.index + 1)).normalize('NFC');
  if (!OPEN_PAIR.test(toneless)) return null;
  // In NFD the tone follows the letter it sits on; the pair is the last two letters.
  const onFirstOfPair = tone.index === decomposed.length - 2;
  return { style: onFirstOfPair ? 'new' : 'old', identity: `${toneless} ${tone[0]}` };
}

/** Moves the tone to the other vowel of the final pair, keeping the letters' case. */
function moveTone(word: string): string {
  const decomposed = word.normalize('NFD');
  const tone = TONE.exec(decomposed);
  if (!tone) return word;
  const letters = decomposed.slice(0, tone.index) + decomposed.slice(tone.index + 1);
  const onLast = tone.index === decomposed.length - 1;
  // Put the tone after the first vowel of the pair when it was on the last, and the other way round.
  const at = onLast ? letters.length - 1 : letters.length;
  return (letters.slice(0, at) + tone[0] + letters.slice(at)).normalize('NFC');
}
