import { CodeActionKind, type CodeAction, type Connection } from 'vscode-languageserver';
import { canonicalUri } from '../node/uri';
import { toDiagnostic } from './diagnostics';
import { guard } from './guard';
import type { ServerState } from './state';
import { toWorkspaceEdit } from './workspaceEdit';

const KIND = { quickfix: CodeActionKind.QuickFix, 'source.fixAll': CodeActionKind.SourceFixAll } as const;

/** Whether an action kind is among those asked for: the same kind or a sub-kind of one ("source.fixAll" under "source"). */
function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** Quick fixes for the findings at the range, fix-all of their rules in the file, and suppressions. */
export function registerCodeAction(connection: Connection, state: ServerState): void {
  connection.onCodeAction((params, token) =>
    guard(state.logger, 'code actions', token, (): CodeAction[] | null => {
      const uri = canonicalUri(params.textDocument.uri);
      const positions = state.positions(uri);
      if (!positions) return null;
      const fixes = state.service.codeFixes(uri, positions.offset(params.range.start), positions.offset(params.range.end), token);
      return fixes.flatMap((fix) => {
        const kind = KIND[fix.kind];
        if (!wanted(kind, params.context.only)) return [];
        const edit = toWorkspaceEdit(state, fix.edits, fix.createsFile);
        if (!edit) return [];
        const diagnostic = fix.finding ? toDiagnostic(state, fix.finding) : undefined;
        return [
          {
            title: fix.title,
            kind,
            edit,
            ...(fix.preferred ? { isPreferred: true } : {}),
            ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
          },
        ];
      });
    }),
  );
}
