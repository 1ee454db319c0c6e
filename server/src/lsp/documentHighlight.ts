import { DocumentHighlightKind, type Connection, type DocumentHighlight } from 'vscode-languageserver';
import { canonicalUri } from '../node/uri';
import { guard } from './guard';
import type { ServerState } from './state';

export function registerDocumentHighlight(connection: Connection, state: ServerState): void {
  connection.onDocumentHighlight((params, token) =>
    guard(state.logger, 'document highlight', token, (): DocumentHighlight[] | null => {
      const uri = canonicalUri(params.textDocument.uri);
      const positions = state.positionsAfterEdits(uri);
      if (!positions) return null;
      // Mentions are neither read nor written; Text is the kind for plain occurrences.
      return state.service
        .highlights(uri, positions.offset(params.position), token)
        .map((s) => ({ range: positions.range(s.start, s.end), kind: DocumentHighlightKind.Text }));
    }),
  );
}
