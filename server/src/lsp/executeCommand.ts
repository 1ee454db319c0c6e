import type { Connection } from 'vscode-languageserver';
import { guard } from './guard';
import { FIX_ALL_IN_FOLDER_COMMAND } from './protocol';
import type { ServerState } from './state';
import { toWorkspaceEdit } from './workspaceEdit';
import { EXPORT_ANNOTATIONS_COMMAND, exportAnnotations } from './exportAnnotations';

export const COMMANDS = [FIX_ALL_IN_FOLDER_COMMAND, EXPORT_ANNOTATIONS_COMMAND];

/**
 * `reportLens.fixAllInFolder [ruleId]`: every safe fix of the folder (of one
 * rule, or all) as one workspace edit, so a single undo reverts it.
 * `reportLens.exportAnnotations [format]`: see exportAnnotations.ts.
 */
export function registerExecuteCommand(connection: Connection, state: ServerState): void {
  connection.onExecuteCommand((params, token) =>
    guard(state.logger, `command ${params.command}`, token, async () => {
      if (params.command === EXPORT_ANNOTATIONS_COMMAND) return exportAnnotations(connection, state, params.arguments ?? [], token);
      if (params.command !== FIX_ALL_IN_FOLDER_COMMAND) return null;
      const [ruleId] = params.arguments ?? [];
      state.flushAll();
      const edits = state.service.fixAll(typeof ruleId === 'string' ? ruleId : undefined, token);
      if (edits.length === 0) return { applied: true, edits: 0 };
      const edit = toWorkspaceEdit(state, edits);
      if (!edit) return { applied: false, edits: edits.length };
      const label = typeof ruleId === 'string' ? `Fix all ${ruleId} problems in the folder` : 'Fix all problems in the folder';
      const result = await connection.workspace.applyEdit({ label, edit });
      return { applied: result.applied, edits: edits.length };
    }),
  );
}
