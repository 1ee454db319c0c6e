import type { Connection, DocumentSymbol } from 'vscode-languageserver';
import { guardDocument } from './guard';
import { symbolKindOf } from './kinds';
import type { ServerState } from './state';

/**
 * The outline, nested by containment in the text: a date or congress written
 * inside a document citation ("Chỉ thị số 35-CT/TW ngày 30-5-2019 …") sits
 * under that document, everything else at the top, in text order.
 */
export function registerDocumentSymbol(connection: Connection, state: ServerState): void {
  connection.onDocumentSymbol((params, token) =>
    guardDocument(state, 'document symbols', params.textDocument, token, (uri, positions): DocumentSymbol[] | null => {
      const items = [...state.service.documentSymbols(uri, token)].sort((a, b) => a.start - b.start || b.end - a.end);
      const roots: DocumentSymbol[] = [];
      const open: { end: number; symbol: DocumentSymbol }[] = [];
      for (const item of items) {
        while (open.length > 0 && open[open.length - 1].end < item.end) open.pop();
        const range = positions.range(item.start, item.end);
        const symbol: DocumentSymbol = {
          // Editors reject empty symbol names.
          name: item.name.trim() || positions.text.slice(item.start, item.end).trim() || item.kind,
          detail: item.detail,
          kind: symbolKindOf(item.kind),
          range,
          selectionRange: range,
          children: [],
        };
        const parent = open[open.length - 1];
        (parent ? (parent.symbol.children as DocumentSymbol[]) : roots).push(symbol);
        open.push({ end: item.end, symbol });
      }
      return roots;
    }),
  );
}
