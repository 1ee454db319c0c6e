import type { CongressData, MentionOf } from '../model';
import { toRoman } from '../calendar';
import { assemblyTerm, partyCongress } from '../terms';
import type { Problem, Rule } from './rule';
import { quote } from './edits';

/**
 * term-years: a term written with its years ("khóa XIV, nhiệm kỳ 2021-2026")
 * where the years are not that term's. The years come either with the term's
 * own mention or from a "nhiệm kỳ …" mention written right after it. No fix:
 * either the ordinal or the years may be the wrong half.
 */

/** How far (in characters: ", " or " ") a "nhiệm kỳ" may follow the term it belongs to. */
const ADJACENT = 2;

export const termYears: Rule = {
  id: 'term-years',
  defaultSeverity: 'error',
  description: 'A term ordinal and the years written with it disagree.',
  check({ article }) {
    const problems: Problem[] = [];
    const congresses = article.mentions.filter((m): m is MentionOf<CongressData> => m.kind === 'congress');
    congresses.forEach((mention, i) => {
      const data = mention.data;
      if (data.ordinal === undefined || data.body === 'plenum' || data.body === 'term-years') return;
      const next = congresses[i + 1];
      const nextData = next?.data;
      const following = nextData?.body === 'term-years' && next.start - mention.end <= ADJACENT ? next : undefined;
      const years = data.years ?? following?.data.years;
      const expected = data.body === 'national-assembly' ? assemblyTerm(data.ordinal)?.termYears : partyCongress(data.ordinal)?.termYears;
      if (!years || !expected || (years[0] === expected[0] && years[1] === expected[1])) return;
      const end = following?.end ?? mention.end;
      const body = data.body === 'national-assembly' ? 'The National Assembly’s term' : 'The Party’s term (khóa)';
      problems.push({
        start: mention.start,
        end,
        message:
          `${quote(article.text.slice(mention.start, end))}: ${body} ${toRoman(data.ordinal)} runs ${expected[0]}–${expected[1]}, ` +
          `not ${years[0]}–${years[1]}.`,
      });
    });
    return problems;
  },
};
