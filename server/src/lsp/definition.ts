import type { CancellationToken, Connection, Location, TextDocumentPositionParams } from 'vscode-languageserver';
import { guardDocument } from './guard';
import { toLocations } from './locations';
import type { ServerState } from './state';

/**
 * Go to Definition and Go to Declaration. The core answers with the entity's
 * definitions, the best first: its workspace knowledge entry when it has one,
 * then its introduction in every article, earliest article first.
 *
 * VS Code sorts several definition results by file name and opens Peek, so a
 * full list would make F12 land in whichever file sorts first. Definition
 * therefore answers with the best one only (F12 jumps straight to it), and
 * Declaration (Peek Declaration, Go to Declaration) lists them all.
 */
export function registerDefinition(connection: Connection, state: ServerState): void {
  const answer = (feature: string, all: boolean) => (params: TextDocumentPositionParams, token: CancellationToken) =>
    guardDocument(state, feature, params.textDocument, token, (uri, positions): Location[] =>
      toLocations(state, state.service.definition(uri, positions.offset(params.position), token, all)),
    );
  connection.onDefinition(answer('definition', false));
  connection.onDeclaration(answer('declaration', true));
}
