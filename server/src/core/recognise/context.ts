import type { MentionData, MentionOf, Publication } from '../model';
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
export function mentionAt<D extends MentionData>(
  source: Source,
  kind: D['kind'],
  normStart: number,
  normEnd: number,
  key: string,
  data: D,
  introduction = false,
): MentionOf<D> {
  const start = source.toOriginal(normStart);
  const end = source.toOriginal(normEnd);
  return { kind, start, end, text: source.original.slice(start, end), key, introduction, data };
}
