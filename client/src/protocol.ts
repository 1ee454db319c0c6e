/**
 * The client's copy of the custom protocol the Report Lens server speaks on
 * top of LSP (server/src/lsp/protocol.ts, which documents each message).
 * It is a copy because that file builds its message types from
 * vscode-languageserver, which the client must not bundle; change both
 * together.
 */
import { NotificationType, RequestType, type Range } from 'vscode-languageclient/node';

export interface EntitySummary {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly mentions: number;
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
  readonly findings: number;
  readonly indexing: { readonly done: number; readonly total: number } | null;
}

export const EntitiesRequest = new RequestType<EntitiesParams, EntitiesResult, void>('reportLens/entities');
export const MentionsRequest = new RequestType<MentionsParams, MentionLocation[], void>('reportLens/mentions');
export const StatusNotification = new NotificationType<StatusParams>('reportLens/status');

/** Run by the server's code lenses with `[uri, position, locations]` as LSP JSON; the client shows the references. */
export const SHOW_REFERENCES_COMMAND = 'reportLens.showReferences';
