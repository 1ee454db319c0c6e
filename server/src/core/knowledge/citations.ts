import type { Article, DocumentData, Mention } from '../model';
import { matchKey } from '../text/source';
import type { DocumentResolution, KnowledgeBase } from './knowledgeBase';

/**
 * Which knowledge-base document a citation in an article means. The
 * recogniser's key already carries the type abbreviation, number, issuing
 * suffix and term (document:CT-35/TW@12), even for a citation written
 * without its code; the citation's own date, else the article's date, picks
 * between documents that share a number. A citation the user linked to a
 * document in the workspace knowledge file means that document.
 */

const NUMBERED_KEY = /^document:([^-]+)-(\d+)\/([^@]+)@(\d+)$/u;

export function resolveCitation(article: Article, mention: Mention, knowledge: KnowledgeBase): DocumentResolution | undefined {
  if (mention.data.kind !== 'document') return undefined;
  const data: DocumentData = mention.data;
  const linked = knowledge.documentAliases.get(matchKey(mention.text));
  if (linked) return { document: linked, candidates: [linked], ambiguous: false, reason: { kind: 'linked' } };
  const parts = NUMBERED_KEY.exec(mention.key);
  if (!parts) return undefined;
  const [, codeType, number, codeIssuer, term] = parts;
  const when = data.date ?? article.publication?.date ?? { term: Number(term) };
  return knowledge.resolveDocument(codeType, number, codeIssuer, when);
}

/** Issuers compare without the trailing "Trung ương Đảng" that writers add or drop ("Ban Bí thư Trung ương Đảng" = "Ban Bí thư"). */
export function issuerKey(issuer: string): string {
  return matchKey(issuer).replace(/(?: trung ương)?(?: đảng)?$/u, '');
}

/** Two issuers name the same body when one key begins the other ("ban chấp hành" and "ban chấp hành … khóa xiii"). */
export function sameIssuer(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
