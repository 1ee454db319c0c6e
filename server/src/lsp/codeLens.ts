import type { CodeLens, Connection } from 'vscode-languageserver';
import { guardDocument } from './guard';
import { SHOW_REFERENCES_COMMAND } from './protocol';
import type { ServerState } from './state';

/**
 * "Name: N mentions in M files" above each person's introduction in the file
 * (the first per person). The counts come from the digest and the lens
 * carries only the position: the client asks for the references on a click.
 */
export function registerCodeLens(connection: Connection, state: ServerState): void {
  connection.onCodeLens((params, token) =>
    guardDocument(state, 'code lenses', params.textDocument, token, (uri, positions): CodeLens[] | null => {
      const mentions = state.service.mentions(uri);
      if (!mentions) return null;
      const seen = new Set<string>();
      const lenses: CodeLens[] = [];
      for (const mention of mentions) {
        if (mention.data.kind !== 'person' || !mention.introduction || seen.has(mention.key)) continue;
        seen.add(mention.key);
        // Counts only: a lens never carries the entity's locations, which the click asks for as references.
        const counts = state.service.mentionCounts(mention.key);
        const range = positions.range(mention.start, mention.end);
        lenses.push({
          range,
          command: {
            title: state.messages.lens(mention.data.name, counts.mentions, counts.files),
            command: SHOW_REFERENCES_COMMAND,
            arguments: [uri, range.start],
          },
        });
      }
      return lenses;
    }),
  );
}
