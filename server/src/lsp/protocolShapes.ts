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
  /** The mention's line as written (cut around the mention when long), and where the mention sits in it. */
  readonly line: { readonly text: string; readonly start: number; readonly end: number };
}

export interface TimelineParams {
  /** The person's entity key (`person:…`). */
  readonly id: string;
}

/** One article naming the official: its date, the titles it gives, the first mention to link to, and titles in conflict with the knowledge base. */
export interface TimelineArticle {
  readonly uri: string;
  readonly file: string;
  readonly date?: string;
  readonly titles: readonly string[];
  readonly range: Range;
  readonly conflicts: readonly string[];
}

/** A known post: dates as written in the knowledge base and as the earliest/latest ISO days they may be. */
export interface TimelinePost {
  readonly title: string;
  readonly term?: number;
  readonly start: { readonly text: string; readonly earliest?: string; readonly latest?: string };
  readonly end?: { readonly text: string; readonly earliest?: string; readonly latest?: string };
  readonly source?: string;
}

export interface TimelineResult {
  readonly id: string;
  readonly name: string;
  readonly articles: readonly TimelineArticle[];
  readonly posts: readonly TimelinePost[];
  readonly knowledgeNote?: 'unknown' | 'ambiguous';
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
export const TIMELINE_METHOD = 'reportLens/timeline';
export const SHOW_TIMELINE_COMMAND = 'reportLens.showTimeline';
export const FIX_ALL_IN_FOLDER_COMMAND = 'reportLens.fixAllInFolder';
export const SHOW_REFERENCES_COMMAND = 'reportLens.showReferences';
