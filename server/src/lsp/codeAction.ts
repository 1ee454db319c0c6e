import { CodeActionKind, type CodeAction, type Connection } from 'vscode-languageserver';
import { type CodeFix } from '../core';
import { toDiagnostic } from './diagnostics';
import { guardDocument } from './guard';
import type { ServerState } from './state';
import { toWorkspaceEdit } from './workspaceEdit';

const KIND = { quickfix: CodeActionKind.QuickFix, 'source.fixAll': CodeActionKind.SourceFixAll } as const;

/** The kind `editor.codeActionsOnSave` names to run Report Lens's fixes on save: `"source.fixAll.reportLens": "explicit"`. */
export const FIX_ALL_ON_SAVE_KIND = `${CodeActionKind.SourceFixAll}.reportLens`;

/** Whether an action kind is among those asked for: the same kind or a sub-kind of one ("source.fixAll" under "source"). */
function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/**
 * In Restricted Mode only the quick fix of a finding in the article itself
 * is offered (an undoable edit of an open text): fix-all, suppressions and
 * annotations, which write the workspace's own files, are left out.
 */
function allowedWhenRestricted(state: ServerState, fix: CodeFix): boolean {
  const workspaceFiles = [state.configUri(), state.knowledgeUri()];
  return fix.kind === 'quickfix' && fix.createsFile === undefined && !fix.edits.some((e) => workspaceFiles.includes(e.uri));
}

/**
 * Quick fixes for the findings at the range, fix-all of their rules in the
 * file (as a source action, and again as a quick fix so Ctrl+. lists it), and
 * suppressions. Asked for source.fixAll only (on save), one action applies
 * every safe fix of the file.
 */
export function registerCodeAction(connection: Connection, state: ServerState): void {
  connection.onCodeAction((params, token) =>
    guardDocument(state, 'code actions', params.textDocument, token, (uri, positions): CodeAction[] | null => {
      const only = params.context.only;
      if (only && only.every((k) => k.startsWith(CodeActionKind.SourceFixAll))) {
        const edits = state.service.fixAllInFile(uri, token);
        const edit = edits.length > 0 ? toWorkspaceEdit(state, edits) : undefined;
        return edit ? [{ title: state.messages.fixAllOnSave, kind: FIX_ALL_ON_SAVE_KIND, edit }] : [];
      }
      const fixes = state.service.codeFixes(uri, positions.offset(params.range.start), positions.offset(params.range.end), token);
      return fixes.filter((fix) => state.trusted || allowedWhenRestricted(state, fix)).flatMap((fix) => {
        const edit = toWorkspaceEdit(state, fix.edits, fix.createsFile);
        if (!edit) return [];
        const diagnostic = fix.finding ? toDiagnostic(state, fix.finding) : undefined;
        // Fix-all is offered under both kinds: Source Action… lists source actions, Ctrl+. lists quick fixes.
        const kinds = fix.kind === 'source.fixAll' ? [KIND[fix.kind], CodeActionKind.QuickFix] : [KIND[fix.kind]];
        return kinds
          .filter((kind) => wanted(kind, only))
          .map((kind) => ({
            title: fix.title,
            kind,
            edit,
            ...(fix.preferred ? { isPreferred: true } : {}),
            ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
          }));
      });
    }),
  );
}
