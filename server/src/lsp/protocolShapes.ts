/**
 * The shapes and names of the custom messages the Report Lens server speaks
 * on top of LSP (documented in server/src/lsp/protocol.ts). Both the server
 * and the client import this file; it imports nothing but types, so the
 * client bundles it without pulling in the server's LSP library.
 */
import type { Range } from 'vscode-languageserver-types';

export interface EntitySummary {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  /** Number of mentions in the folder. */
  readonly mentions: number;
  /** Number of files with at least one mention. */
  readonly files: number;
}

export interface EntitiesParams {
  readonly kinds?: string[];
}

export interface EntitiesResult {
  readonly entities: EntitySummary[];
}

export interface MentionsParams {
  readonly id: string;
}

export interface MentionLocation {
  readonly uri: string;
  readonly range: Range;
  readonly text: string;
}

export interface StatusParams {
  readonly articles: number;
  readonly entities: number;
  /** Diagnostics currently published for articles (configuration errors excluded). */
  readonly findings: number;
  /** Progress of the folder indexing, or null when the index is complete. */
  readonly indexing: { readonly done: number; readonly total: number } | null;
}

export const ENTITIES_METHOD = 'reportLens/entities';
export const MENTIONS_METHOD = 'reportLens/mentions';
export const STATUS_METHOD = 'reportLens/status';
export const FIX_ALL_IN_FOLDER_COMMAND = 'reportLens.fixAllInFolder';
export const SHOW_REFERENCES_COMMAND = 'reportLens.showReferences';
