import { LSPErrorCodes, ResponseError, type CancellationToken, type TextDocumentIdentifier } from 'vscode-languageserver';
import { CancelledError, type Logger } from '../core';
import { canonicalUri } from '../node/uri';
import type { Positions } from './positions';
import type { ServerState } from './state';

/**
 * The one place where the LSP layer meets failure. Every request handler runs
 * inside `guard`: a cancelled request (the core threw CancelledError, or the
 * client cancelled while we worked) answers RequestCancelled, and any other
 * error is logged and answers null, so one bad file or bug never takes the
 * server down or leaves the editor waiting.
 */
export async function guard<T>(
  logger: Logger,
  what: string,
  token: CancellationToken,
  run: () => T | Promise<T>,
): Promise<T | null | ResponseError<void>> {
  if (token.isCancellationRequested) return cancelled();
  try {
    return await run();
  } catch (error) {
    if (isCancelled(error) || token.isCancellationRequested) return cancelled();
    logger.error(`${what} failed: ${describe(error)}`);
    return null;
  }
}

/**
 * A request on one document, inside `guard`: the document's URI in canonical
 * form and its positions, after its pending edit was analysed (the editor's
 * positions are in its newest text, so the core must answer about that text).
 * Null when the core knows no such file.
 */
export async function guardDocument<T>(
  state: ServerState,
  what: string,
  textDocument: TextDocumentIdentifier,
  token: CancellationToken,
  run: (uri: string, positions: Positions) => T | Promise<T>,
): Promise<T | null | ResponseError<void>> {
  return guard(state.logger, what, token, () => {
    const uri = canonicalUri(textDocument.uri);
    const positions = state.positionsAfterEdits(uri);
    return positions ? run(uri, positions) : null;
  });
}

/** The same protection for work the server starts itself (notifications, timers): errors are logged, never thrown. */
export async function safely(logger: Logger, what: string, run: () => void | Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!isCancelled(error)) logger.error(`${what} failed: ${describe(error)}`);
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof CancelledError || (error instanceof Error && error.name === 'CancelledError');
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
