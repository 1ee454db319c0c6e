/**
 * The shapes and names of the custom messages the Report Lens server speaks
 * on top of LSP (documented in server/src/lsp/protocol.ts). Both the server
 * and the client import this file; it imports nothing but types, so the
 * client bundles it without pulling in the server's LSP library.
 */
import type { Range } from 'vscode-languageserver-types';
import { type EntityKind, type Timeline, type TimelinePost } from '../core';

export interface EntitySummary {
  readonly id: string;
  readonly kind: EntityKind;
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

/**
 * One article naming the official, as the core's timeline gives it (date,
 * titles, titles in conflict with the knowledge base), with its file name and
 * the first mention as a range to link to.
 */
export interface TimelineArticle extends Omit<Timeline['articles'][number], 'start' | 'end'> {
  readonly file: string;
  readonly range: Range;
}

/** A known post is sent as the core describes it. */
export type { TimelinePost };

/** The core's timeline of an official, under the person's entity key as `id`, with articles in the editor's terms. */
export interface TimelineResult extends Omit<Timeline, 'key' | 'articles'> {
  readonly id: string;
  readonly articles: readonly TimelineArticle[];
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
/** The server's fix-all command; the client's "Fix All Problems in Folder" (`reportLens.fixAllInFolder`) previews, asks, then runs it. */
export const FIX_ALL_IN_FOLDER_COMMAND = 'reportLens.server.fixAllInFolder';
/** The server's export command; the client's "Export Annotations…" (`reportLens.exportAnnotations`) asks for the format and the file first. */
export const EXPORT_ANNOTATIONS_COMMAND = 'reportLens.server.exportAnnotations';

/** What fix-all in the folder would change: counts by rule, the files, and a fingerprint of the exact edits. */
export interface FixAllPreview {
  /** Identifies these edits on these versions: applying needs it back, so nothing unseen is applied. */
  readonly fingerprint: string;
  readonly edits: number;
  /** URIs of the files the edits change. */
  readonly files: string[];
  readonly rules: { readonly rule: string; readonly edits: number; readonly files: number }[];
}

export interface FixAllResult {
  readonly applied: boolean;
  readonly edits: number;
  /** Answered when the call did not confirm the current fingerprint: what applying would do. */
  readonly preview?: FixAllPreview;
  /** The fingerprint given no longer matches: the folder changed since the preview. */
  readonly changed?: true;
  /** Why nothing was done in Restricted Mode. */
  readonly restricted?: string;
}

export interface ExportResult {
  readonly files: number;
  readonly format?: string;
  /** Files not written, with the reason (an article, a hand-made .ann, a write error), or why nothing was done. */
  readonly refused?: { readonly uri: string; readonly reason: string }[];
  readonly error?: string;
}

/** The English of the catalogue's Restricted Mode sentence (a test keeps them equal): the client's l10n bundle translates it by this text. */
export const RESTRICTED_MESSAGE =
  'Report Lens reads only in Restricted Mode: hovers and diagnostics work, but it writes no file (fix all, suppressions, the knowledge file, exports) until you trust this folder.';

/** The client's initialization options. */
export interface InitializationOptions {
  /** False in Restricted Mode (an untrusted workspace): the server then writes nothing. */
  readonly trusted?: boolean;
  /** True when the client shows indexing in a status bar item of its own: the server then sends no window progress. */
  readonly statusBar?: boolean;
  /** The client's storage for this workspace (VS Code's storageUri), where the server keeps its analysis cache. */
  readonly storageUri?: string;
}
export const SHOW_REFERENCES_COMMAND = 'reportLens.showReferences';
