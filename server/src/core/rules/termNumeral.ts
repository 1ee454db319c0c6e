import type { Article, CongressData } from '../model';
import { toRoman } from '../calendar';
import { readsPreferred, type Contribution, type Tally } from '../folderIndex/aggregates';
import type { Problem, Rule } from './rule';
import type { PreferredForms } from './config';
import { quote, replaceFix } from './edits';

/**
 * term-numeral: congresses and terms written in Arabic numerals ("Đại hội
 * 13", "khóa 13") in a folder that writes them in Roman ones, or the other
 * way round when the folder (or the configuration) prefers Arabic. Plenums
 * ("Hội nghị Trung ương 9") are always numbered in Arabic and are left alone.
 */

const GROUP = 'numerals';
const NUMBERED_BODIES: ReadonlySet<CongressData['body']> = new Set(['party-congress', 'party-term', 'national-assembly']);

export const termNumeral: Rule = {
  id: 'term-numeral',
  defaultSeverity: 'information',
  contribute(article: Article): Contribution[] {
    return numbered(article).map(({ start, end, data }) => ({ group: GROUP, variant: data.numeral as string, start, end }));
  },
  readsOf(tally: Tally, group: string, preferred: PreferredForms) {
    // A numeral is reported in the spelling the configuration or else the folder does not prefer, with an example of
    // the preferred one from another file: only the files of the other spelling read anything. So when the first file
    // writing Roman numerals stops writing them, the files that write Roman numerals (most of the folder) are not
    // re-checked, and neither are they when the first file writing Arabic ones changes.
    return readsPreferred(tally, group, preferred.numerals ?? tally.majority(group));
  },
  check({ article, tally, config, messages }) {
    const preferred = config.preferred.numerals ?? (tally.majority(GROUP) as 'roman' | 'arabic' | undefined);
    if (!preferred) return [];
    const problems: Problem[] = [];
    const example = tally.example(GROUP, preferred, article.uri);
    for (const { start, end, text, data } of numbered(article)) {
      const numeral = data.numeral === preferred || data.ordinal === undefined ? undefined : (data.numeralSpan ?? numeralIn(text, start, data.ordinal, data.numeral));
      if (!numeral || data.ordinal === undefined) continue;
      const written = preferred === 'roman' ? toRoman(data.ordinal) : String(data.ordinal);
      // "các khóa 4-8": the other end of a range is rewritten with it, or "khóa IV-8" would mix the two.
      const range = preferred === 'roman' ? RANGE_END.exec(article.text.slice(numeral.end, numeral.end + 8)) : null;
      const newText = range ? `${written}${range[1]}${toRoman(Number(range[2]))}` : written;
      problems.push({
        start,
        end,
        message: messages.termNumeral.numbered(quote(text), data.numeral ?? 'arabic', preferred, config.preferred.numerals !== undefined, written),
        related: example ? [{ ...example, message: messages.termNumeral.writtenHere(preferred) }] : [],
        fixes: [replaceFix(messages.termNumeral.write(quote(newText)), article.uri, numeral.start, numeral.end + (range?.[0].length ?? 0), newText, true)],
      });
    }
    return problems;
  },
};

/** The other end of an Arabic range right after the numeral: "-8", "–15". */
const RANGE_END = /^([-–])(\d{1,2})(?!\d)/u;

function numbered(article: Article): { start: number; end: number; text: string; data: CongressData }[] {
  const out: { start: number; end: number; text: string; data: CongressData }[] = [];
  for (const m of article.mentions) {
    if (m.kind !== 'congress') continue;
    const data = m.data;
    if (data.numeral && NUMBERED_BODIES.has(data.body)) out.push({ start: m.start, end: m.end, text: m.text, data });
  }
  return out;
}

/** Where the numeral stands in a mention when the recogniser did not say: its last occurrence as a whole word. */
function numeralIn(text: string, start: number, ordinal: number, numeral: CongressData['numeral']): { start: number; end: number } | undefined {
  const written = numeral === 'roman' ? toRoman(ordinal) : String(ordinal);
  let match: RegExpMatchArray | undefined;
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\d])${written}(?![\\p{L}\\d])`, 'giu'))) match = m;
  return match?.index === undefined ? undefined : { start: start + match.index, end: start + match.index + written.length };
}
