import type { Mention } from '../model';
import { mentionAt, type RecogniseContext } from './context';
import { findOfficials } from './officials';

/**
 * Titles (posts) from the lexicon, keyed by the canonical post; the mention
 * text stays as written, since title-variant compares written forms. A title
 * in a person's appositive list, or written right before a name, names its
 * holder.
 */
export function recogniseTitles(ctx: RecogniseContext): Mention[] {
  return findOfficials(ctx.source, ctx.lexicon, ctx.publication?.date.year).titles.map((t) =>
    mentionAt(ctx.source, 'title', t.start, t.end, t.key, {
      kind: 'title',
      canonical: t.canonical,
      ...(t.holder ? { holder: t.holder } : {}),
      ...(t.modifiers.length > 0 ? { modifiers: t.modifiers } : {}),
    }),
  );
}
