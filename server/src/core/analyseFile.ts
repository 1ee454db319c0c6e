import type { FileAnalysis, SkippedFile } from './host';
import type { Lexicon } from './lexicon';
import { analyseArticle, unreadableArticle } from './article';
import { decodeArticle, invalidUtf8Message, undecodableMessage } from './text/decode';

/**
 * Decodes and analyses a file's bytes. This is the whole of what indexing
 * does with one file before it enters the index, so a worker thread or a
 * cache can do it in place of the service; it depends only on the bytes and
 * the lexicon. A file that cannot be decoded stays an article with its
 * reason, so the user sees one finding on it instead of silence.
 */
export function analyseBytes(uri: string, bytes: Uint8Array, lexicon: Lexicon): FileAnalysis {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { article: unreadableArticle(uri, '', 0, undecodableMessage(decoded), decoded.reason !== 'legacy'), skipped: decoded.reason };
  const article = analyseArticle(uri, decoded.text, 0, lexicon);
  return {
    article: decoded.invalid && !article.unreadable ? { ...article, invalidUtf8: { offset: decoded.invalid.offset, message: invalidUtf8Message(decoded.invalid) } } : article,
  };
}

/** A file the host would not read (not a regular file, over the size limit, unreadable), kept with its reason. */
export function skippedFileAnalysis(uri: string, file: SkippedFile): FileAnalysis {
  return { article: unreadableArticle(uri, '', 0, file.skipped, true), skipped: file.skipped };
}
