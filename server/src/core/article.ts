import type { Article, Mention } from './model';
import { articleSource } from './text/articleText';
import { detectLegacyText } from './text/decode';
import type { FileReason } from './fileReason';
import type { Lexicon } from './lexicon';
import type { RecogniseContext } from './recognise/context';
import { recogniseDates } from './recognise/dates';
import { findPublication } from './recognise/publication';
import { recogniseDocumentCitations } from './recognise/documentCitations';
import { recogniseCongresses } from './recognise/congresses';
import { recogniseAwards } from './recognise/awards';
import { recogniseAuthors } from './recognise/authors';
import { recognisePeople } from './recognise/people';
import { recogniseTitles } from './recognise/titles';
import { recogniseOrganizations } from './recognise/organizations';

/**
 * Turns one article's text into its model: normalise, find the publication
 * date, run every recogniser, and sort the mentions. Depends on nothing but
 * the text and the lexicon, so it can run for one file at a time as it changes.
 */
export function analyseArticle(uri: string, text: string, version: number, lexicon: Lexicon): Article {
  // Mangled legacy text (an editor showing TCVN3 or VNI as Latin-1) would only yield false entities and findings.
  const legacy = detectLegacyText(text);
  if (legacy) return unreadableArticle(uri, text, version, { kind: 'legacy', encoding: legacy, asUtf8: true });
  const source = articleSource({ uri, text });
  const base: RecogniseContext = { source, lexicon };
  const publication = findPublication(base);
  const ctx: RecogniseContext = { source, lexicon, publication };
  const dates = recogniseDates(ctx);
  const mentions: Mention[] = [
    ...dates,
    ...recogniseDocumentCitations(ctx, dates),
    ...recogniseCongresses(ctx),
    ...recogniseAwards(ctx),
    ...recogniseAuthors(ctx),
    ...recognisePeople(ctx),
    ...recogniseTitles(ctx),
    ...recogniseOrganizations(ctx),
  ];
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { uri, text, version, publication, mentions };
}

/** An article kept in the index only to report why it cannot be read (skipped: it was not even decoded). */
export function unreadableArticle(uri: string, text: string, version: number, reason: FileReason, skipped = false): Article {
  return skipped ? { uri, text, version, mentions: [], unreadable: reason, skipped } : { uri, text, version, mentions: [], unreadable: reason };
}
