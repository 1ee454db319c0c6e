import type { Mention } from '../model';
import type { RecogniseContext } from './context';

// TODO(helper): implement.
export function recogniseOrganizations(_ctx: RecogniseContext): Mention[] {
  return [];
}
