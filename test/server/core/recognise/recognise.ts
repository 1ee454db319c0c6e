import type { EntityKind, Mention, Publication } from '../../../../server/src/core/model';
import { createSource } from '../../../../server/src/core/text/source';
import { createLexicon } from '../../../../server/src/core/lexicon';
import type { RecogniseContext } from '../../../../server/src/core/recognise/context';
import { findPublication } from '../../../../server/src/core/recognise/publication';
import { toIso } from '../../../../server/src/core/calendar';

/**
 * Shared by the recogniser tests: run one recogniser on a text the way
 * article.ts does (publication date first, then the recogniser with it), and
 * show mentions and publication dates as short readable lines.
 */

const lexicon = createLexicon();

export function contextFor(text: string): RecogniseContext {
  const source = createSource(text);
  return { source, lexicon, publication: findPublication({ source, lexicon }) };
}

export function mentionsOf(text: string, recognise: (ctx: RecogniseContext) => Mention[]): Mention[] {
  return recognise(contextFor(text));
}

/** `«text» key · detail · detail…`, the text exactly as the mention's original offsets cut it. */
export function showMention(text: string, mention: Mention, details: readonly (string | undefined)[]): string {
  const shown = `«${text.slice(mention.start, mention.end)}» ${mention.key}`;
  return [shown, ...details.filter((d): d is string => d !== undefined && d !== '')].join(' · ');
}

/** `2021-01-04 dateline «22:12' 4/1/2021» · evidence`, `2022-01-12 inferred · evidence`, with ` updated 2017-03-07` when given. */
export function showPublication(text: string, publication: Publication | undefined): string {
  if (!publication) return 'none';
  const span = publication.span ? ` «${text.slice(publication.span.start, publication.span.end)}»` : '';
  const updated = publication.updated ? ` updated ${toIso(publication.updated)}` : '';
  const precision = publication.precision === 'day' ? '' : ` (${publication.precision})`;
  // A dateline's evidence only repeats its span.
  const evidence = publication.source === 'dateline' ? '' : ` · ${publication.evidence}`;
  return `${toIso(publication.date)}${precision} ${publication.source}${span}${updated}${evidence}`;
}

/** `start-end key` of every mention of a kind, for checking original offsets in NFD or NBSP text. */
export function spansOf(mentions: readonly Mention[], kind: EntityKind): string[] {
  return mentions.filter((m) => m.kind === kind).map((m) => `${m.start}-${m.end} ${m.key}`);
}
