import type { Article } from '../model';
import { matchKey } from '../text/source';
import type { Contribution } from './aggregates';
import type { Problem, Rule } from './rule';
import { CODE_OF_TYPE, codeFitsType, codeFor, numberedDocuments } from './documents';
import { quote, replaceFix } from './edits';

/**
 * document-code: a numbered citation without its code ("Quy định số 138"),
 * or whose code names another type ("Chỉ thị số 21-NQ/TW"). The missing code
 * is filled in only when the same document is cited with a code elsewhere in
 * the folder, and with one code only; otherwise the rule just says so.
 */

const NUMBER_IN_CITATION = /số\s*(\d+)/u;

export const documentCode: Rule = {
  id: 'document-code',
  defaultSeverity: 'warning',
  description: 'A numbered document citation missing its code, or whose code contradicts its type.',
  contribute(article: Article): Contribution[] {
    return numberedDocuments(article)
      .filter((d) => d.data.code && d.data.codeIssuer)
      .map((d) => ({ group: codeGroup(d.data.type, d.data.number, d.identity), variant: d.data.codeIssuer as string, start: d.mention.start, end: d.mention.end }));
  },
  check({ article, tally }) {
    const problems: Problem[] = [];
    for (const { mention, data, identity } of numberedDocuments(article)) {
      const expected = CODE_OF_TYPE.get(matchKey(data.type));
      if (data.codeType && expected && !codeFitsType(data.type, data.codeType)) {
        problems.push({
          start: mention.start,
          end: mention.end,
          message: `${quote(mention.text)}: a ${data.type} is coded ${expected}, but the code ${quote(data.code ?? data.codeType)} is that of another type.`,
        });
        continue;
      }
      // A short name ("Quy định 114" after "Quy định số 114-QĐ/TW", or "Nghị quyết 18" and "NQ 18" written without "số")
      // needs no code of its own, and one of a pair ("số 528 và 529-QĐNS/TW") shares the other's code family.
      if (data.code || data.codeType || data.shortOf || data.plenum !== undefined || data.congress !== undefined) continue;
      if (!NUMBER_IN_CITATION.test(mention.text)) continue;
      // The same document in the same term, or cited in an article whose date (hence term) is unknown.
      const groups = [codeGroup(data.type, data.number, identity), codeGroup(data.type, data.number, '@?')];
      const issuers = new Set(groups.flatMap((g) => [...tally.variants(g).keys()]));
      const [issuer] = issuers.size === 1 ? issuers : [];
      const code = issuer === undefined ? undefined : codeFor(data, issuer);
      const number = NUMBER_IN_CITATION.exec(mention.text);
      const example = issuer === undefined ? undefined : groups.map((g) => tally.example(g, issuer)).find((e) => e !== undefined);
      const fixable = code !== undefined && number !== null && example !== undefined;
      // The code is inserted right after the number, so nothing else in the citation changes.
      const end = (m: RegExpExecArray) => mention.start + m.index + m[0].length;
      problems.push({
        start: mention.start,
        end: mention.end,
        message: fixable
          ? `${quote(mention.text)} is cited without its code; it is ${quote(`${data.type} số ${code}`)} elsewhere.`
          : `${quote(mention.text)} is cited without its code (such as ${quote(`${data.number}-${expected ?? '…'}/TW`)}).`,
        related: fixable ? [{ ...example, message: `Cited with its code ${quote(code)} here` }] : [],
        fixes: fixable
          ? [replaceFix(`Write the code ${quote(code)}`, article.uri, end(number), end(number), code.slice(number[1].length), false)]
          : [],
      });
    }
    return problems;
  },
};

/** One document type and number within one term: the code issuers it is cited with are its variants. */
function codeGroup(type: string, number: string | undefined, identity: string): string {
  return `${matchKey(type)} ${number}@${identity.slice(identity.lastIndexOf('@') + 1)}`;
}
