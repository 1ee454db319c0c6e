import { DocumentHighlightKind, type Connection, type DocumentHighlight } from 'vscode-languageserver';
import { guardDocument } from './guard';
import type { ServerState } from './state';

export function registerDocumentHighlight(connection: Connection, state: ServerState): void {
  connection.onDocumentHighlight((params, token) =>
    guardDocument(state, 'document highlight', params.textDocument, token, (uri, positions): DocumentHighlight[] | null => {
      // Mentions are neither read nor written; Text is the kind for plain occurrences.
      return state.service
        .highlights(uri, positions.offset(params.position), token)
        .map((s) => ({ range: positions.range(s.start, s.end), kind: DocumentHighlightKind.Text }));
    }),
  );
}
