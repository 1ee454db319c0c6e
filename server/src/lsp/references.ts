import type { Connection } from 'vscode-languageserver';
import { guardDocument } from './guard';
import { toLocations } from './locations';
import type { ServerState } from './state';

export function registerReferences(connection: Connection, state: ServerState): void {
  connection.onReferences((params, token) =>
    guardDocument(state, 'references', params.textDocument, token, (uri, positions) => {
      const offset = positions.offset(params.position);
      return toLocations(state, state.service.references(uri, offset, params.context.includeDeclaration, token));
    }),
  );
}
