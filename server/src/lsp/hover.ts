import type { Connection, Hover } from 'vscode-languageserver';
import { guardDocument } from './guard';
import { SHOW_TIMELINE_COMMAND } from './protocol';
import type { ServerState } from './state';

export function registerHover(connection: Connection, state: ServerState): void {
  connection.onHover((params, token) =>
    guardDocument(state, 'hover', params.textDocument, token, (uri, positions): Hover | null => {
      const result = state.service.hover(uri, positions.offset(params.position), token);
      if (!result) return null;
      const value = result.markdown + timelineLink(state, uri, result.span.start, result.span.end);
      return { contents: { kind: 'markdown', value }, range: positions.range(result.span.start, result.span.end) };
    }),
  );
}

/** A person's hover ends with a command link that opens their timeline panel (the client trusts only that command). */
function timelineLink(state: ServerState, uri: string, start: number, end: number): string {
  const person = state.service.mentions(uri)?.find((m) => m.kind === 'person' && m.start === start && m.end === end);
  if (!person) return '';
  return `\n\n[${state.messages.showTimeline}](command:${SHOW_TIMELINE_COMMAND}?${encodeURIComponent(JSON.stringify([person.key]))})`;
}
