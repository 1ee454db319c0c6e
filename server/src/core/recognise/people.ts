import type { Mention } from '../model';
import { mentionAt, type RecogniseContext } from './context';
import { findOfficials } from './officials';

/**
 * People (officials): the name only, keyed by the name. A mention is an
 * introduction when titles are attached to it (see officials.ts for how
 * names, honorifics and appositive title lists are read).
 */
export function recognisePeople(ctx: RecogniseContext): Mention[] {
  return findOfficials(ctx.source, ctx.lexicon).people.map((p) =>
    mentionAt(
      ctx.source,
      'person',
      p.start,
      p.end,
      p.key,
      { kind: 'person', name: p.name, ...(p.honorific ? { honorific: p.honorific } : {}), titles: p.titles },
      p.titles.length > 0,
    ),
  );
}
