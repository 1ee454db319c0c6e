import type { Mention } from '../model';
import { mentionAt, type RecogniseContext } from './context';
import { findOfficials } from './officials';

/**
 * Organisations from the lexicon, keyed by the canonical name. One inside a
 * title ("Trưởng Ban Tổ chức Trung ương") is part of that title, not a
 * mention of its own.
 */
export function recogniseOrganizations(ctx: RecogniseContext): Mention[] {
  return findOfficials(ctx.source, ctx.lexicon, ctx.publication?.date.year).organizations.map((o) =>
    mentionAt(ctx.source, 'organization', o.start, o.end, o.key, { kind: 'organization', canonical: o.canonical }),
  );
}
