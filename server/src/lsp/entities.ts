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
        const text = state.service.text(m.uri);
        return positions && text !== undefined ? [{ uri: m.uri, range: positions.range(m.start, m.end), text: m.text, line: lineAround(text, m.start, m.end) }] : [];
      });
    }),
  );
}

/** Characters of context a mention row shows on each side of the mention, so rows stay one readable line. */
const CONTEXT = 50;

/** The mention's line, cut to some context on each side at a space, with the mention's place in it. */
export function lineAround(text: string, start: number, end: number): MentionLocation['line'] {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, 0);
  const lineBreak = text.indexOf('\n', end);
  const lineEnd = lineBreak === -1 ? text.length : lineBreak;
  let from = Math.max(lineStart, start - CONTEXT);
  let to = Math.min(lineEnd, end + CONTEXT);
  // Cut at a space, so no word is shown in half.
  if (from > lineStart) from = Math.min(start, text.indexOf(' ', from) + 1 || start);
  if (to < lineEnd) to = Math.max(end, text.lastIndexOf(' ', to));
  const head = from > lineStart ? '…' : '';
  const shown = text.slice(from, to).replace(/\s+$/, '');
  const leading = shown.length - shown.trimStart().length;
  return {
    text: `${head}${shown.trim()}${to < lineEnd ? '…' : ''}`,
    start: head.length + start - from - leading,
    end: head.length + end - from - leading,
  };
}
