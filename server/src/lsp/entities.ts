import type { Connection } from 'vscode-languageserver';
import { isEntityKind } from '../core';
import { guard } from './guard';
import { EntitiesRequest, MentionsRequest, type EntitiesResult, type MentionLocation } from './protocol';
import type { ServerState } from './state';

/** The custom requests behind the client's Entities view (see protocol.ts). */
export function registerEntities(connection: Connection, state: ServerState): void {
  connection.onRequest(EntitiesRequest, (params, token) =>
    guard(state.logger, 'entities', token, (): EntitiesResult => {
      const kinds = Array.isArray(params?.kinds) ? (params.kinds.filter(isEntityKind)) : undefined;
      const entities = state.service.entities(kinds, token).map((e) => ({
        id: e.id,
        kind: e.kind,
        name: e.name,
        mentions: e.mentions.length,
        files: new Set(e.mentions.map((m) => m.uri)).size,
      }));
      return { entities };
    }),
  );

  connection.onRequest(MentionsRequest, (params, token) =>
    guard(state.logger, 'mentions', token, (): MentionLocation[] => {
      if (typeof params?.id !== 'string') return [];
      return state.service.mentionsOf(params.id).flatMap((m) => {
        const positions = state.positions(m.uri);
        return positions ? [{ uri: m.uri, range: positions.range(m.start, m.end), text: m.text }] : [];
      });
    }),
  );
}
