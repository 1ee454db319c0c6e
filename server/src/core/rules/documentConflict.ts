import type { Article } from '../model';
import { toIso } from '../calendar';
import { firstFiles, type Contribution, type Tally } from '../folderIndex/aggregates';
import type { Problem, Related, Rule } from './rule';
import { issuerOf, numberedDocuments } from './documents';
import { quote } from './edits';
import { issuerKey, sameIssuer } from '../knowledge/citations';
import { citationContradictions, oneProblemPerSpan } from './knowledgeChecks';

/**
 * document-conflict: one document (type, number, issuer code, term) cited
 * with two different dates or two different issuing bodies anywhere in the
 * folder. Documents of the same number in different terms are different
 * documents and never conflict. When most citations of the document agree,
 * only the others are flagged (pointing at the majority); on a tie, all are. A citation whose date or issuer contradicts
 * the knowledge-base document it resolves to is flagged too. No fix: the
 * rule cannot tell which is right.
 */

const DATE = 'date ';
const ISSUER = 'issuer ';

export const documentConflict: Rule = {
  id: 'document-conflict',
  defaultSeverity: 'warning',
  contribute(article: Article): Contribution[] {
    const out: Contribution[] = [];
    for (const { mention, data, identity } of numberedDocuments(article)) {
      const span = { start: mention.start, end: mention.end };
      if (data.date) out.push({ group: DATE + identity, variant: toIso(data.date), ...span });
      // The issuer may be named after the citation or, as the subject that issued it, before.
      const issuer = issuerOf(article, mention);
      if (issuer) out.push({ group: ISSUER + identity, variant: issuerKey(issuer), ...span });
    }
    return out;
  },
  readsOf(tally: Tally, group: string) {
    // A citation is told the dates or issuers it conflicts with and where they are cited, unless it agrees with the
    // majority: a document cited alike in thousands of files is not re-checked there when an odd citation changes.
    const files = new Map([...tally.variants(group).keys()].map((v) => [v, firstFiles(tally, group, v)]));
    return (variant) =>
      conflictsOf(tally, group, variant)
        .map((v) => `${v} ${files.get(v)}`)
        .join('\n');
  },
  check({ article, tally, own, knowledge, messages }) {
    const problems: Problem[] = [];
    for (const c of own) {
      const conflicting = conflictsOf(tally, c.group, c.variant);
      if (conflicting.length === 0) continue;
      const what = c.group.startsWith(DATE) ? 'date' : 'issuer';
      const related: Related[] = [];
      for (const v of conflicting) {
        const at = tally.example(c.group, v, article.uri);
        if (at) related.push({ ...at, message: messages.documentConflict.citedHere(what, v) });
      }
      const text = article.text.slice(c.start, c.end);
      problems.push({
        start: c.start,
        end: c.end,
        message: messages.documentConflict.conflict(quote(text), what, c.variant, conflicting.join(', ')),
        related,
      });
    }
    return oneProblemPerSpan([...problems, ...citationContradictions(article, knowledge, messages.knowledgeChecks)]);
  },
};

/**
 * The other dates or issuers a citation of a document conflicts with, none when it agrees with the majority of the
 * document's citations: when most agree, the odd ones are the mistakes, and the citations of the majority are not flagged.
 */
function conflictsOf(tally: Tally, group: string, variant: string): string[] {
  const same = group.startsWith(DATE) ? (a: string, b: string) => a === b : sameIssuer;
  const conflicting = [...tally.variants(group).keys()].filter((v) => !same(v, variant));
  const majority = tally.majority(group);
  return conflicting.length === 0 || (majority !== undefined && same(majority, variant)) ? [] : conflicting;
}
