import type { Span } from '../model';
import type { CancellationToken } from '../host';
import type { WorkspaceIndex } from '../workspaceIndex';

export interface Location extends Span {
  readonly uri: string;
}

export function definition(_index: WorkspaceIndex, _uri: string, _offset: number, _token: CancellationToken): Location[] {
  return [];
}
export function references(_index: WorkspaceIndex, _uri: string, _offset: number, _inc: boolean, _token: CancellationToken): Location[] {
  return [];
}
export function highlights(_index: WorkspaceIndex, _uri: string, _offset: number, _token: CancellationToken): Span[] {
  return [];
}
