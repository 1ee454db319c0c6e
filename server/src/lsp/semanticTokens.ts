import { SemanticTokensBuilder, type Connection, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import { type Mention } from '../core';
import { guardDocument } from './guard';
import { TOKEN_MODIFIERS, TOKEN_TYPES, tokenTypeOf } from './kinds';
import type { Positions } from './positions';
import type { ServerState } from './state';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const DECLARATION = 1 << TOKEN_MODIFIERS.indexOf('declaration');

/**
 * Semantic tokens for every mention. Tokens may not overlap, while mentions
 * nest (a date and an issuer inside a document citation), so the text is cut
 * into segments each coloured by the innermost mention covering it; a segment
 * crossing a line break is split per line, as tokens are single-line.
 */
export function registerSemanticTokens(connection: Connection, state: ServerState): void {
  connection.languages.semanticTokens.on((params, token) =>
    guardDocument(state, 'semantic tokens', params.textDocument, token, (uri, positions): SemanticTokens => {
      const mentions = state.service.mentions(uri);
      const builder = new SemanticTokensBuilder();
      if (!mentions) return builder.build();
      for (const segment of segments(mentions)) push(builder, positions, segment);
      return builder.build();
    }).then((result) => result ?? { data: [] }),
  );
}

interface Segment {
  readonly start: number;
  readonly end: number;
  readonly mention: Mention;
}

/** Non-overlapping segments in text order; mentions are sorted by start, longer first. */
export function segments(mentions: readonly Mention[]): Segment[] {
  const out: Segment[] = [];
  const open: Mention[] = [];
  let cursor = 0;
  const emit = (end: number, mention: Mention) => {
    if (end > cursor) out.push({ start: cursor, end, mention });
    cursor = Math.max(cursor, end);
  };
  // Colours the text up to `until` with the innermost open mentions, closing those that end before it.
  const advance = (until: number) => {
    while (open.length > 0) {
      const top = open[open.length - 1];
      if (top.end > until) {
        emit(until, top);
        return;
      }
      emit(top.end, top);
      open.pop();
    }
  };
  for (const mention of mentions) {
    advance(mention.start);
    cursor = Math.max(cursor, mention.start);
    open.push(mention);
  }
  advance(Infinity);
  return out;
}

function push(builder: SemanticTokensBuilder, positions: Positions, segment: Segment): void {
  const type = tokenTypeOf(segment.mention.kind);
  const modifiers = segment.mention.introduction ? DECLARATION : 0;
  const start = positions.position(segment.start);
  const end = positions.position(segment.end);
  for (let line = start.line; line <= end.line; line++) {
    const bounds = positions.lineBounds(line);
    const from = line === start.line ? segment.start : bounds.start;
    const to = line === end.line ? segment.end : bounds.end;
    if (to > from) builder.push(line, from - bounds.start, to - from, type, modifiers);
  }
}
