import type { Connection } from 'vscode-languageserver';
import { canonicalUri } from '../node/uri';
import { guard } from './guard';
import { toLocations } from './locations';
import type { ServerState } from './state';

export function registerReferences(connection: Connection, state: ServerState): void {
  connection.onReferences((params, token) =>
    guard(state.logger, 'references', token, () => {
      const uri = canonicalUri(params.textDocument.uri);
      const positions = state.positionsAfterEdits(uri);
      if (!positions) return null;
      const offset = positions.offset(params.position);
      return toLocations(state, state.service.references(uri, offset, params.context.includeDeclaration, token));
    }),
  );
}
