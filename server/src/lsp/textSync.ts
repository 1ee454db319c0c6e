import type { Connection } from 'vscode-languageserver';
import { canonicalUri } from '../node/uri';
import type { DiagnosticsPublisher } from './diagnostics';
import { safely } from './guard';
import type { ServerState } from './state';

/**
 * Incremental text sync, forwarded to the state. An opened document is
 * analysed at once (its text now wins over the disk); edits are applied to
 * the document immediately and analysed once the messages already received
 * are handled (or before the next request on it); a closed document goes
 * back to its text on disk, or leaves the index when it is not an article of
 * the folder.
 */
export function registerTextSync(connection: Connection, state: ServerState, publisher: DiagnosticsPublisher): void {
  connection.onDidOpenTextDocument(({ textDocument }) => {
    void safely(state.logger, 'opening a document', () => {
      const uri = canonicalUri(textDocument.uri);
      state.openDocument(uri, textDocument.languageId, textDocument.version, textDocument.text);
      publisher.publishStale();
    });
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    void safely(state.logger, 'applying an edit', () => {
      state.changeDocument(canonicalUri(textDocument.uri), contentChanges, textDocument.version);
    });
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    void safely(state.logger, 'closing a document', async () => {
      await state.closeDocument(canonicalUri(textDocument.uri));
      publisher.publishStale();
    });
  });
}
