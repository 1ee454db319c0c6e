import type { Connection, Location, ResultProgressReporter } from 'vscode-languageserver';
import { CancelledError, type FileReferences } from '../core';
import { guardDocument } from './guard';
import { Positions } from './positions';
import type { ServerState } from './state';

/**
 * Locations per partial result. An entity named in thousands of files has
 * tens of thousands of locations, a few megabytes of JSON: a client that asks
 * for partial results (it sends a partialResultToken) gets them in pages of
 * this size, the first as soon as it is converted, instead of waiting for the
 * whole list to be converted, written and read. VS Code's client asks for
 * the whole list.
 */
export const REFERENCES_PAGE = 250;

export function registerReferences(connection: Connection, state: ServerState): void {
  connection.onReferences((params, token, _workDone, resultProgress) =>
    guardDocument(state, 'references', params.textDocument, token, (uri, positions) => {
      const offset = positions.offset(params.position);
      // The count comes without a walk over the files, and each page reads the files it holds when it is made: the
      // first page of an entity named in every article costs its own files, not the folder's.
      const { count, files } = state.service.referencesByFile(uri, offset, params.context.includeDeclaration, token);
      if (!resultProgress || count <= REFERENCES_PAGE) {
        // One page of every location: the whole answer, in the one list it was converted into.
        const [whole = []] = pages(state, files, Infinity);
        return whole;
      }
      return sendInPages(pages(state, files, REFERENCES_PAGE), resultProgress, token);
    }),
  );
}

/** The locations in pages of up to `size`, each converted against the text its offsets are in. */
function* pages(state: ServerState, files: Iterable<FileReferences>, size: number): Generator<Location[]> {
  let page: Location[] = [];
  for (const file of files) {
    const current = state.positions(file.uri);
    // A file edited since its mentions were read (its page was made before the edit) is converted against the text they were found in.
    const positions = current?.text === file.text ? current : new Positions(file.text);
    for (const span of file.spans) {
      page.push({ uri: file.uri, range: positions.range(span.start, span.end) });
      if (page.length < size) continue;
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}

/** Reports each page, letting it go out before the next is converted; the final answer is then empty, as the protocol asks. */
async function sendInPages(
  pageList: Iterable<Location[]>,
  progress: ResultProgressReporter<Location[]>,
  token: { readonly isCancellationRequested: boolean },
): Promise<Location[]> {
  for (const page of pageList) {
    if (token.isCancellationRequested) throw new CancelledError();
    progress.report(page);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return [];
}
