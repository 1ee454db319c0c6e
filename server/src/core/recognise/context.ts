import type { EntityKind, Mention, MentionData, Publication } from '../model';
import type { Source } from '../text/source';
import type { Lexicon } from '../lexicon';

/** What every recogniser receives: the article's matching text and the shared data. */
export interface RecogniseContext {
  readonly source: Source;
  readonly lexicon: Lexicon;
  /** The article's publication date, once the dateline recogniser has found or inferred it. */
  readonly publication?: Publication;
}

/** Builds a mention from offsets in the normalised text, reporting original offsets. */
export function mentionAt(
  source: Source,
  kind: EntityKind,
  normStart: number,
  normEnd: number,
  key: string,
  data: MentionData,
  introduction = false,
): Mention {
  const start = source.toOriginal(normStart);
  const end = source.toOriginal(normEnd);
  return { kind, start, end, text: source.original.slice(start, end), key, introduction, data };
}
