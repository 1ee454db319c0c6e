import type { Article, AwardData, MentionOf } from '../model';
import { toRoman } from '../calendar';
import { matchKey } from '../text/source';
import { readsPreferred, type Contribution, type Tally } from '../folderIndex/aggregates';
import type { Problem, Rule } from './rule';
import { quote } from './edits';
import { mentionStartingAt } from './mentionSearch';

/**
 * edition-year: an award edition whose year disagrees with the folder. Annual
 * awards keep a fixed distance between edition and year (Búa liềm vàng: V in
 * 2020, VI in 2021, VIII in 2023, so edition + 2015); the folder's majority
 * distance per award is the reference, so one wrong pair stands out even when
 * no other article cites that very edition. No fix: either number may be wrong.
 */

export const editionYear: Rule = {
  id: 'edition-year',
  defaultSeverity: 'warning',
  contribute(article: Article): Contribution[] {
    return awards(article).map(({ start, end, data }) => ({ group: matchKey(data.name), variant: String((data.year as number) - data.edition), start, end }));
  },
  readsOf(tally: Tally, group: string) {
    // Only a pair off the award's usual distance is reported, with an example of the usual one: an edition cited in
    // thousands of files is not re-checked there when the first file writing an odd year changes.
    return readsPreferred(tally, group);
  },
  check({ article, tally, own, messages }) {
    const problems: Problem[] = [];
    for (const c of own) {
      const usual = tally.majority(c.group);
      if (usual === undefined || usual === c.variant) continue;
      const mention = mentionStartingAt(article.mentions, 'award', c.start);
      const data = mention?.data;
      if (!data || data.year === undefined) continue;
      const example = tally.example(c.group, usual, article.uri);
      problems.push({
        start: c.start,
        end: c.end,
        message: messages.editionYear.disagrees(quote(article.text.slice(c.start, c.end)), toRoman(data.edition), data.name, data.edition + Number(usual), data.year),
        related: example ? [{ ...example, message: messages.editionYear.agrees }] : [],
      });
    }
    return problems;
  },
};

function awards(article: Article): { start: number; end: number; data: AwardData }[] {
  return article.mentions
    .filter((m): m is MentionOf<AwardData> => m.kind === 'award' && m.data.year !== undefined)
    .map((m) => ({ start: m.start, end: m.end, data: m.data }));
}
