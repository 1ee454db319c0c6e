/**
 * The custom protocol the Report Lens server speaks on top of LSP, for the
 * client's views. client/src/protocol.ts mirrors these shapes; change both
 * together. Ranges are LSP ranges (0-based line, UTF-16 character).
 *
 * - request `reportLens/entities` `{ kinds?: string[] }` → `{ entities: EntitySummary[] }`:
 *   every entity of the folder (optionally of some kinds only), with counts, not mention lists.
 * - request `reportLens/mentions` `{ id: string }` → `MentionLocation[]`: every mention of one
 *   entity (by its key, e.g. `person:trương thị mai`), files in URI order; `[]` for an unknown id.
 * - notification server → client `reportLens/status` `StatusParams`: sent while indexing
 *   (throttled) and after every change that republished diagnostics.
 * - command `reportLens.fixAllInFolder` (workspace/executeCommand, arguments `[ruleId?]`): the
 *   server applies the safe fixes of the whole folder (of one rule, or all) with one
 *   `workspace/applyEdit`, and answers `{ applied, edits }`.
 * - command `reportLens.exportAnnotations` (arguments `[format?]`, one of jsonl, brat, conll; asked
 *   with window/showMessageRequest when absent): the server writes brat .ann files beside the
 *   articles, or annotations.jsonl / annotations.conll in the first folder, and answers `{ files, format }`.
 * - command `reportLens.showReferences` (sent by code lenses, arguments `[uri, position,
 *   locations]` as JSON): the client turns them into `vscode.Uri`/`Position`/`Location` and runs
 *   `editor.action.showReferences`. The server does not handle it; the client must register it.
 */
import { NotificationType, RequestType, type Range } from 'vscode-languageserver';

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

export const EntitiesRequest = new RequestType<EntitiesParams, EntitiesResult, void>('reportLens/entities');
export const MentionsRequest = new RequestType<MentionsParams, MentionLocation[], void>('reportLens/mentions');
export const StatusNotification = new NotificationType<StatusParams>('reportLens/status');

export const FIX_ALL_IN_FOLDER_COMMAND = 'reportLens.fixAllInFolder';
export const SHOW_REFERENCES_COMMAND = 'reportLens.showReferences';
