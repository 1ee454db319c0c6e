import type { Connection } from 'vscode-languageserver';
import { guardDocument } from './guard';
import type { ServerState } from './state';
import { toWorkspaceEdit } from './workspaceEdit';

/**
 * Rename (F2) of a person or a document across the folder. prepareRename
 * tells the editor what would be renamed (a name, a document's code or
 * number), so the rename box opens on it; anything else cannot be renamed.
 */
export function registerRename(connection: Connection, state: ServerState): void {
  connection.onPrepareRename((params, token) =>
    guardDocument(state, 'prepareRename', params.textDocument, token, (uri, positions) => {
      const target = state.service.prepareRename(uri, positions.offset(params.position));
      return target ? { range: positions.range(target.start, target.end), placeholder: target.placeholder } : null;
    }),
  );
  connection.onRenameRequest((params, token) =>
    guardDocument(state, 'rename', params.textDocument, token, (uri, positions) => {
      const edits = state.service.rename(uri, positions.offset(params.position), params.newName, token);
      return edits.length > 0 ? (toWorkspaceEdit(state, edits) ?? null) : null;
    }),
  );
}
