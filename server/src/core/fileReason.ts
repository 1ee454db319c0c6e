import type { LegacyEncoding } from './text/decode';

/**
 * Why a file was not analysed, as a reason code and its values: made when
 * the file is read or decoded, before any reader's language is known, and
 * kept in the index and the analysis cache; the catalogue's `files.reasons`
 * says it in the reader's language (messages/sentences.ts).
 */
export type FileReason =
  /** Bytes of a legacy Vietnamese encoding, or (`asUtf8`) such text read as Latin-1 and saved as UTF-8. */
  | { readonly kind: 'legacy'; readonly encoding: LegacyEncoding; readonly asUtf8: boolean }
  | { readonly kind: 'binary' }
  | { readonly kind: 'utf16WithoutBom'; readonly encoding: 'utf-16le' | 'utf-16be' }
  /** A link, pipe, device, socket or folder where an article was expected; `opened`: found only on the open handle. */
  | { readonly kind: 'notRegular'; readonly what: NotRegular; readonly opened: boolean }
  /** Sizes in bytes. */
  | { readonly kind: 'tooLarge'; readonly size: number; readonly limit: number }
  /** `error`: the system's error code (EACCES, ELOOP…), else its message. */
  | { readonly kind: 'unreadable'; readonly error: string }
  /** A folder that could not be listed, read as one skipped file. */
  | { readonly kind: 'unlisted'; readonly error: string }
  /** Listed, but gone before it was read. */
  | { readonly kind: 'vanished' };

/**
 * Why an export file was not written (the catalogue's `files.notWritten`):
 * export files land among the user's own, so one the tool did not write is
 * never replaced. `error`: the system's message.
 */
export type WriteRefusal =
  | { readonly kind: 'notRegular' }
  | { readonly kind: 'unreadable'; readonly error: string }
  | { readonly kind: 'notOurs' }
  | { readonly kind: 'noFolder' }
  | { readonly kind: 'writeFailed'; readonly error: string };

export type NotRegular = 'link' | 'fifo' | 'device' | 'socket' | 'folder' | 'other';
