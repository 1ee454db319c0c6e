import type { Article, DocumentData, Mention } from '../model';
import { partyTermAt } from '../terms';
import { matchKey } from '../text/source';
import { CODE_OF_TYPE } from '../documentTypes';
import codesData from '../../../../data/document-codes.json';
import issuersData from '../../../../data/issuers.json';

/**
 * What the document rules share: a document's identity within the folder,
 * the code a citation should carry and who issues it. Numbers restart every
 * term, so the identity includes the term of the citation's date (or, when
 * it has none, of the article's date).
 */

/** The numbered documents of an article, with what identifies each. */
export function numberedDocuments(article: Article): { mention: Mention; data: DocumentData; identity: string }[] {
  const out: { mention: Mention; data: DocumentData; identity: string }[] = [];
  for (const mention of article.mentions) {
    if (mention.kind !== 'document') continue;
    const data = mention.data;
    if (data.number === undefined) continue;
    const term = partyTermAt(data.date ?? article.publication?.date ?? { year: 0, month: 1, day: 1 }) ?? '?';
    const identity = `${matchKey(data.type)} ${data.number}${data.codeIssuer ? `/${data.codeIssuer.toUpperCase()}` : ''}@${term}`;
    out.push({ mention, data, identity });
  }
  return out;
}

/** The code a citation should carry: "138-QĐ/TW" for the Party's bodies, "793/QĐ-TTg" for the State's. */
export function codeFor(data: DocumentData, issuer: string): string | undefined {
  const abbreviation = CODE_OF_TYPE.get(matchKey(data.type));
  if (!abbreviation || !data.number) return undefined;
  return STATE_SUFFIXES.has(issuer) ? `${data.number}/${abbreviation}-${issuer}` : `${data.number}-${abbreviation}/${issuer}`;
}

/** The suffixes of the State's central bodies, whose codes are written the other way round (data/issuers.json). */
const STATE_SUFFIXES: ReadonlySet<string> = new Set(issuersData.issuers.filter((i) => 'state' in i && i.state).map((i) => i.suffix));

/** Code suffixes of provincial and lower Party committees ("TU" of a Tỉnh ủy). */
export const LOCAL_CODE_ISSUERS: ReadonlySet<string> = new Set(codesData.localIssuers);

/** matchKey(central body) → the suffix its codes carry ("bộ chính trị" → "TW"). */
const SUFFIX_OF_CENTRAL_BODY: ReadonlyMap<string, string> = new Map(issuersData.issuers.map((i) => [matchKey(i.name), i.suffix]));

/** The suffix a central body's codes carry, or undefined for any other issuer. */
export function centralSuffix(issuer: string): string | undefined {
  return SUFFIX_OF_CENTRAL_BODY.get(matchKey(issuer));
}

/**
 * "Bộ Chính trị đã ban hành Quyết định số …": the issuer written before the
 * citation, as the subject of a verb of issuing that ends right before it.
 */
const ISSUED_BY_BEFORE = new RegExp(
  `(${issuersData.issuers.map((i) => i.name).sort((a, b) => b.length - a.length).join('|')})\\s+(?:(?:đã|vừa|mới|đã ký)\\s+)?(?:ban hành|ký ban hành|ký|ra)\\s+$`,
  'iu',
);
/** How far back the issuer may stand: the longest body's name, a verb and its adverb. */
const ISSUER_REACH = 80;

/**
 * A citation's issuer: named after it ("… của Bộ Chính trị") or, failing that, as the subject that issued it. An issuer
 * read from the next citation of a list is left out (see `issuerShared`): the rules compare what is written.
 */
export function issuerOf(article: Article, mention: Mention): string | undefined {
  if (mention.kind !== 'document') return undefined;
  const data = mention.data;
  if (data.issuer && !data.issuerShared) return data.issuer;
  return ISSUED_BY_BEFORE.exec(article.text.slice(Math.max(0, mention.start - ISSUER_REACH), mention.start))?.[1];
}
