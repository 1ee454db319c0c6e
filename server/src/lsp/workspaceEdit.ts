import type { TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { type TextEdit as CoreEdit } from '../core';
import type { ServerState } from './state';

/**
 * Core edits (offsets per URI) as one WorkspaceEdit. With versioned document
 * changes the editor refuses an edit computed on an outdated text; a file the
 * edit needs to create (the configuration file) is created first. Undefined
 * when the client cannot apply the edit or a file's text is unknown.
 */
export function toWorkspaceEdit(state: ServerState, edits: readonly CoreEdit[], createsFile?: string): WorkspaceEdit | undefined {
  const byUri = new Map<string, TextEdit[]>();
  for (const edit of edits) {
    const positions = state.positions(edit.uri) ?? (edit.uri === createsFile ? undefined : null);
    if (positions === null) return undefined;
    const range = positions ? positions.range(edit.start, edit.end) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const list = byUri.get(edit.uri) ?? [];
    list.push({ range, newText: edit.newText });
    byUri.set(edit.uri, list);
  }
  if (!state.support.documentChanges) {
    if (createsFile) return undefined;
    return { changes: Object.fromEntries(byUri) };
  }
  if (createsFile && !state.support.createFiles) return undefined;
  const documentEdits: TextDocumentEdit[] = [...byUri].map(([uri, textEdits]) => ({
    textDocument: { uri, version: state.isOpen(uri) ? (state.service.version(uri) ?? null) : null },
    edits: textEdits,
  }));
  return {
    documentChanges: [...(createsFile ? [{ kind: 'create' as const, uri: createsFile, options: { ignoreIfExists: true } }] : []), ...documentEdits],
  };
}
