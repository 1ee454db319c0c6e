import type { EntityKind, Span } from '../model';
import type { CancellationToken } from '../host';
import type { WorkspaceIndex } from '../workspaceIndex';

export interface SymbolItem extends Span {
  readonly uri: string;
  readonly name: string;
  readonly kind: EntityKind;
  /** Extra text shown beside the name (titles, ISO date, code). */
  readonly detail?: string;
}

export interface EntitySummary {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly mentions: readonly { readonly uri: string; readonly start: number; readonly end: number; readonly text: string }[];
}

export function documentSymbols(_index: WorkspaceIndex, _uri: string, _token: CancellationToken): SymbolItem[] {
  return [];
}
export function workspaceSymbols(_index: WorkspaceIndex, _query: string, _token: CancellationToken): SymbolItem[] {
  return [];
}
export function entities(_index: WorkspaceIndex, _kinds: readonly EntityKind[] | undefined, _token: CancellationToken): EntitySummary[] {
  return [];
}
