import type { Mention } from '../model';
import type { RecogniseContext } from './context';

// TODO(helper): implement.
export function recognisePeople(_ctx: RecogniseContext): Mention[] {
  return [];
}
