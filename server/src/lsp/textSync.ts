import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection } from 'vscode-languageserver';
import { canonicalUri } from '../node/uri';
import type { DiagnosticsPublisher } from './diagnostics';
import { safely } from './guard';
import type { ServerState } from './state';

/**
 * Incremental text sync. An opened document is analysed at once (its text
 * now wins over the disk); edits are applied to the document immediately
 * but analysed after a short pause in typing (or before the next request on
 * it); a closed document goes back to its text on disk, or leaves the index
 * when it is not an article of the folder.
 */
export function registerTextSync(connection: Connection, state: ServerState, publisher: DiagnosticsPublisher): void {
  connection.onDidOpenTextDocument(({ textDocument }) => {
    void safely(state.logger, 'opening a document', () => {
      const uri = canonicalUri(textDocument.uri);
      state.documents.set(uri, TextDocument.create(uri, textDocument.languageId, textDocument.version, textDocument.text));
      state.analyse(uri);
      publisher.publishStale();
    });
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    void safely(state.logger, 'applying an edit', () => {
      const uri = canonicalUri(textDocument.uri);
      const document = state.documents.get(uri);
      if (!document) return;
      state.documents.set(uri, TextDocument.update(document, contentChanges, textDocument.version));
      state.schedule(uri);
    });
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    void safely(state.logger, 'closing a document', async () => {
      const uri = canonicalUri(textDocument.uri);
      state.documents.delete(uri);
      state.cancelPending(uri);
      if (state.files.isArticle(uri)) await state.service.refreshFile(uri);
      else state.service.removeFile(uri);
      publisher.publishStale();
    });
  });
}
