import type { Article } from '../model';
import type { Lexicon } from '../lexicon';
import type { Source } from '../text/source';
import { matchKey } from '../text/source';
import type { Contribution, Tally } from './aggregates';
import type { Problem, Rule } from './rule';
import { writtenTitles } from './titles';
import { quote, replaceFix } from './edits';

/**
 * title-variant: one post written two ways across the folder — case
 * ("Trưởng ban" / "Trưởng Ban"), abbreviation, a stray comma. The way the
 * folder writes the post most often is taken as right; ties say nothing.
 * A comma inside a post is never right: it splits one post into two.
 */

export const titleVariant: Rule = {
  id: 'title-variant',
  defaultSeverity: 'warning',
  description: 'One title written two ways across the folder (case, abbreviation, stray comma).',
  contribute(article: Article, _source: Source, lexicon: Lexicon): Contribution[] {
    return writtenTitles(article, lexicon).map((t) => ({ group: matchKey(t.canonical), variant: t.written, start: t.start, end: t.end }));
  },
  check({ article, tally, own }) {
    const problems: Problem[] = [];
    for (const c of own) {
      const usual = preferredForm(tally, c.group, c.variant);
      if (usual === undefined || usual === c.variant) continue;
      const usualCount = tally.variants(c.group).get(usual)?.count ?? 0;
      const example = tally.example(c.group, usual, article.uri);
      problems.push({
        start: c.start,
        end: c.end,
        message: c.variant.includes(',')
          ? `${quote(c.variant)} splits one title with a stray comma; it is ${quote(usual)}.`
          : `${quote(c.variant)} is written ${quote(usual)} elsewhere in the folder (${usualCount} time${usualCount === 1 ? '' : 's'}).`,
        related: example ? [{ ...example, message: `Written ${quote(usual)} here` }] : [],
        fixes: [replaceFix(`Write ${quote(usual)}`, article.uri, c.start, c.end, usual)],
      });
    }
    return problems;
  },
};

/** The form to write: for a form with a stray comma, the usual form without one; else the folder's majority. */
function preferredForm(tally: Tally, group: string, variant: string): string | undefined {
  if (!variant.includes(',')) return tally.majority(group);
  let best: string | undefined;
  for (const [other, stats] of tally.variants(group)) {
    if (!other.includes(',') && (!best || stats.count > (tally.variants(group).get(best)?.count ?? 0))) best = other;
  }
  return best ?? variant.replace(/,\s*/g, ' ');
}
