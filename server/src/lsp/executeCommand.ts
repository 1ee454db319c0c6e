import { createHash } from 'node:crypto';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { CancelledError, type TextEdit, editKey, ruleName } from '../core';
import { guard } from './guard';
import { EXPORT_ANNOTATIONS_COMMAND, FIX_ALL_IN_FOLDER_COMMAND, type FixAllPreview, type FixAllResult } from './protocol';
import type { ServerState } from './state';
import { toWorkspaceEdit } from './workspaceEdit';
import { exportAnnotations } from './exportAnnotations';

export const COMMANDS = [FIX_ALL_IN_FOLDER_COMMAND, EXPORT_ANNOTATIONS_COMMAND];

/**
 * `reportLens.server.fixAllInFolder [ruleId | null, fingerprint?]`: the safe
 * fixes of the folder (of one rule, or all). Without the fingerprint of the
 * current edits it only answers a preview (rules, edits, files, fingerprint);
 * with it, it applies them as one workspace edit, so a single undo reverts it.
 * `reportLens.server.exportAnnotations`: see exportAnnotations.ts.
 */
/** How long a confirmed fix-all waits for a cancellation already sent. */
const CANCELLATION_GRACE_MS = 50;

export function registerExecuteCommand(connection: Connection, state: ServerState): void {
  connection.onExecuteCommand((params, token) =>
    guard(state.logger, `command ${params.command}`, token, async () => {
      if (params.command === EXPORT_ANNOTATIONS_COMMAND) return exportAnnotations(connection, state, params.arguments ?? [], token);
      if (params.command !== FIX_ALL_IN_FOLDER_COMMAND) return null;
      const [ruleId, confirm] = params.arguments ?? [];
      return fixAllInFolder(connection, state, typeof ruleId === 'string' ? ruleId : undefined, confirm, token);
    }),
  );
}

/** Exported for the test that cancels it half-way. */
export async function fixAllInFolder(connection: Connection, state: ServerState, ruleId: string | undefined, confirm: unknown, token: CancellationToken): Promise<FixAllResult> {
  if (!state.trusted) return { applied: false, edits: 0, restricted: state.messages.restricted };
  state.analysePendingEdits();
  const edits = state.service.fixAll(ruleId, token);
  const preview = previewOf(state, edits);
  if (edits.length === 0) return { applied: true, edits: 0, preview };
  if (confirm !== preview.fingerprint) return { applied: false, edits: edits.length, preview, ...(typeof confirm === 'string' ? { changed: true as const } : {}) };
  // A cancellation sent meanwhile, or just behind the confirmation, is read before anything is applied: a cancelled
  // fix-all applies nothing. The short wait costs nothing next to a confirmed bulk edit, and lets a cancellation
  // still on its way through a busy machine's pipe arrive.
  await new Promise((resolve) => setTimeout(resolve, CANCELLATION_GRACE_MS));
  if (token.isCancellationRequested) throw new CancelledError();
  const edit = toWorkspaceEdit(state, edits);
  if (!edit) return { applied: false, edits: edits.length };
  const label = state.messages.fixAllInFolder(ruleId === undefined ? undefined : ruleName(state.messages, ruleId));
  const result = await connection.workspace.applyEdit({ label, edit });
  return { applied: result.applied, edits: edits.length };
}

/** Counts by rule and file, and a fingerprint of the edits and of the versions they were computed on; one pass over the edits. */
function previewOf(state: ServerState, edits: readonly TextEdit[]): FixAllPreview {
  const byUri = new Map<string, TextEdit[]>();
  for (const edit of edits) {
    const list = byUri.get(edit.uri);
    if (list) list.push(edit);
    else byUri.set(edit.uri, [edit]);
  }
  const hash = createHash('sha256');
  const rules = new Map<string, { edits: number; files: Set<string> }>();
  for (const [uri, fileEdits] of byUri) {
    hash.update(`${uri}\0${state.service.version(uri) ?? ''}\0`);
    const causes = state.service.fixCauses(uri);
    for (const edit of fileEdits) {
      hash.update(`${editKey(edit)}\0`);
      const rule = causes(edit).rule;
      const entry = rules.get(rule) ?? { edits: 0, files: new Set<string>() };
      entry.edits++;
      entry.files.add(uri);
      rules.set(rule, entry);
    }
  }
  return {
    fingerprint: hash.digest('hex'),
    edits: edits.length,
    files: [...byUri.keys()],
    rules: [...rules].map(([rule, { edits: count, files }]) => ({ rule, edits: count, files: files.size })).sort((a, b) => b.edits - a.edits || a.rule.localeCompare(b.rule)),
  };
}
