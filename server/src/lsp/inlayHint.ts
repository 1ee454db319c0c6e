import type { Connection, InlayHint } from 'vscode-languageserver';
import { entityName } from '../core';
import { guardDocument } from './guard';
import type { ServerState } from './state';

/**
 * After a date written without its year ("Sáng 12/1"), the date it resolves
 * to ("2022-01-12"), so the reader sees which year the tool assumed.
 * Switched by `reportLens.inlayHints.dates`.
 */
export function registerInlayHint(connection: Connection, state: ServerState): void {
  connection.languages.inlayHint.on((params, token) =>
    guardDocument(state, 'inlay hints', params.textDocument, token, (uri, positions): InlayHint[] | null => {
      if (!state.settings.inlayHints.dates) return [];
      const mentions = state.service.mentions(uri);
      if (!mentions) return null;
      const from = positions.offset(params.range.start);
      const to = positions.offset(params.range.end);
      return mentions
        .filter((m) => m.data.kind === 'date' && m.data.yearInferred && m.end >= from && m.end <= to)
        .map((m) => ({
          position: positions.position(m.end),
          label: entityName(m),
          paddingLeft: true,
          ...(m.data.kind === 'date' ? { tooltip: m.data.resolution } : {}),
        }));
    }),
  );
}
