import type { Mention } from '../model';
import type { RecogniseContext } from './context';

// TODO(helper): implement.
export function recogniseDates(_ctx: RecogniseContext): Mention[] {
  return [];
}

/** The article's publication date: from the dateline, else inferred from the text. */
export function findPublication(_ctx: RecogniseContext): import('../model').Publication | undefined {
  return undefined;
}
