import type { Connection, SymbolInformation } from 'vscode-languageserver';
import { guard } from './guard';
import { symbolKindOf } from './kinds';
import type { ServerState } from './state';

/** Ctrl+T: any entity of the folder by the letters of its name, pointing at its definition. */
export function registerWorkspaceSymbol(connection: Connection, state: ServerState): void {
  connection.onWorkspaceSymbol((params, token) =>
    guard(state.logger, 'workspace symbols', token, (): SymbolInformation[] =>
      state.service.workspaceSymbols(params.query, token).flatMap((item) => {
        const positions = state.positions(item.uri);
        if (!positions || item.name.trim() === '') return [];
        return [
          {
            name: item.name,
            kind: symbolKindOf(item.kind),
            location: { uri: item.uri, range: positions.range(item.start, item.end) },
            ...(item.detail ? { containerName: item.detail } : {}),
          },
        ];
      }),
    ),
  );
}
