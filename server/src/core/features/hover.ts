import type { Span } from '../model';
import type { CancellationToken } from '../host';
import type { WorkspaceIndex } from '../workspaceIndex';

export interface HoverResult {
  /** Markdown shown in the hover. */
  readonly markdown: string;
  readonly span: Span;
}

export function hover(_index: WorkspaceIndex, _uri: string, _offset: number, _token: CancellationToken): HoverResult | undefined {
  return undefined;
}
