import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { CancelledError, type Logger } from '../core';

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
