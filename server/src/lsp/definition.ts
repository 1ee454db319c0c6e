import type { Connection } from 'vscode-languageserver';
import { canonicalUri } from '../node/uri';
import { guard } from './guard';
import { toLocations } from './locations';
import type { ServerState } from './state';

/** Go to Definition: the introductions, earliest article first (F12 jumps to the first, Peek lists them all). */
export function registerDefinition(connection: Connection, state: ServerState): void {
  connection.onDefinition((params, token) =>
    guard(state.logger, 'definition', token, () => {
      const uri = canonicalUri(params.textDocument.uri);
      const positions = state.positions(uri);
      if (!positions) return null;
      return toLocations(state, state.service.definition(uri, positions.offset(params.position), token));
    }),
  );
}
