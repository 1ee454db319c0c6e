import type { Connection, Hover } from 'vscode-languageserver';
import { canonicalUri } from '../node/uri';
import { guard } from './guard';
import type { ServerState } from './state';

export function registerHover(connection: Connection, state: ServerState): void {
  connection.onHover((params, token) =>
    guard(state.logger, 'hover', token, (): Hover | null => {
      const uri = canonicalUri(params.textDocument.uri);
      const positions = state.positions(uri);
      if (!positions) return null;
      const result = state.service.hover(uri, positions.offset(params.position), token);
      if (!result) return null;
      return { contents: { kind: 'markdown', value: result.markdown }, range: positions.range(result.span.start, result.span.end) };
    }),
  );
}
