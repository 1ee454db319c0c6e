/**
 * The custom protocol the Report Lens server speaks on top of LSP, for the
 * client's views. The message shapes live in protocolShapes.ts, which the
 * client imports too. Ranges are LSP ranges (0-based line, UTF-16 character).
 *
 * - request `reportLens/entities` `{ kinds?: string[] }` → `{ entities: EntitySummary[] }`:
 *   every entity of the folder (optionally of some kinds only), with counts, not mention lists.
 * - request `reportLens/mentions` `{ id: string }` → `MentionLocation[]`: every mention of one
 *   entity (by its key, e.g. `person:trương thị mai`), files in URI order; `[]` for an unknown id.
 * - notification server → client `reportLens/status` `StatusParams`: sent while indexing
 *   (throttled) and after every change that republished diagnostics.
 * - command `reportLens.server.fixAllInFolder` (workspace/executeCommand, arguments
 *   `[ruleId | null, fingerprint?]`): the safe fixes of the whole folder (of one rule, or all).
 *   Without the fingerprint of the current edits the server answers `FixAllResult` with a
 *   `preview` (rules, edits, files, fingerprint) and applies nothing; with it, the server applies
 *   exactly those edits with one `workspace/applyEdit`. The client's "Fix All Problems in Folder"
 *   (`reportLens.fixAllInFolder`) shows the preview and asks before confirming.
 * - command `reportLens.server.exportAnnotations` (arguments `[format, targetUri?]`): brat .ann
 *   files beside the articles, or the jsonl / conll file at `targetUri` (the client asks with a
 *   save dialog); answers `ExportResult`.
 * - initialization option `trusted: false` (Restricted Mode): both commands, suppressions and
 *   knowledge-file actions are off; hovers, navigation and diagnostics work.
 * - command `reportLens.showReferences` (sent by code lenses, arguments `[uri, position,
 *   locations]` as JSON): the client turns them into `vscode.Uri`/`Position`/`Location` and runs
 *   `editor.action.showReferences`. The server does not handle it; the client must register it.
 */
import { NotificationType, RequestType } from 'vscode-languageserver';
import {
  ENTITIES_METHOD,
  MENTIONS_METHOD,
  STATUS_METHOD,
  type EntitiesParams,
  type EntitiesResult,
  type MentionLocation,
  type MentionsParams,
  type StatusParams,
} from './protocolShapes';

export * from './protocolShapes';

export const EntitiesRequest = new RequestType<EntitiesParams, EntitiesResult, void>(ENTITIES_METHOD);
export const MentionsRequest = new RequestType<MentionsParams, MentionLocation[], void>(MENTIONS_METHOD);
export const StatusNotification = new NotificationType<StatusParams>(STATUS_METHOD);
