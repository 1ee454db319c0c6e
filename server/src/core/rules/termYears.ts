import type { CongressData, Mention } from '../model';
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

/** The bodies whose terms have known years: the Party's congresses and Central Committee terms, and the National Assembly's. */
const CHECKED_BODIES: ReadonlySet<CongressData['body']> = new Set(['party-congress', 'party-term', 'national-assembly']);

export const termYears: Rule = {
  id: 'term-years',
  defaultSeverity: 'error',
  description: 'A term ordinal and the years written with it disagree.',
  check({ article }) {
    const problems: Problem[] = [];
    const congresses = article.mentions.filter((m) => m.kind === 'congress');
    congresses.forEach((mention, i) => {
      const data = mention.data as CongressData;
      // Only national bodies have known term years; a local body's khóa numbers its own terms.
      if (data.ordinal === undefined || !CHECKED_BODIES.has(data.body)) return;
      const next = congresses[i + 1];
      const nextData = next?.data as CongressData | undefined;
      const following = nextData?.body === 'term-years' && next.start - mention.end <= ADJACENT ? next : undefined;
      const years = data.years ?? (following?.data as CongressData | undefined)?.years;
      const expected = data.body === 'national-assembly' ? assemblyTerm(data.ordinal)?.termYears : partyCongress(data.ordinal)?.termYears;
      if (!years || !expected || (years[0] === expected[0] && years[1] === expected[1])) return;
      const end = (following as Mention | undefined)?.end ?? mention.end;
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
