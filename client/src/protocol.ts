/**
 * The custom protocol the Report Lens server speaks on top of LSP, as the
 * client's message types. The shapes and names come from the server's
 * protocolShapes.ts, which imports only types; the message objects are built
 * here with the language client's own classes.
 */
import { NotificationType, RequestType } from 'vscode-languageclient/node';
import {
  ENTITIES_METHOD,
  MENTIONS_METHOD,
  STATUS_METHOD,
  type EntitiesParams,
  type EntitiesResult,
  type MentionLocation,
  type MentionsParams,
  type StatusParams,
} from '../../server/src/lsp/protocolShapes';

export {
  EXPORT_ANNOTATIONS_COMMAND,
  FIX_ALL_IN_FOLDER_COMMAND,
  RESTRICTED_MESSAGE,
  SHOW_REFERENCES_COMMAND,
  type EntitySummary,
  type ExportResult,
  type FixAllResult,
  type InitializationOptions,
  type MentionLocation,
  type StatusParams,
} from '../../server/src/lsp/protocolShapes';

export const EntitiesRequest = new RequestType<EntitiesParams, EntitiesResult, void>(ENTITIES_METHOD);
export const MentionsRequest = new RequestType<MentionsParams, MentionLocation[], void>(MENTIONS_METHOD);
export const StatusNotification = new NotificationType<StatusParams>(STATUS_METHOD);
