import type { FileAnalysis } from './host';
import type { Lexicon } from './lexicon';
import { analyseArticle, unreadableArticle } from './article';
import { decodeArticle, legacyEncodingMessage } from './text/decode';

/**
 * Decodes and analyses a file's bytes. This is the whole of what indexing
 * does with one file before it enters the index, so a worker thread or a
 * cache can do it in place of the service; it depends only on the bytes and
 * the lexicon.
 */
export function analyseBytes(uri: string, bytes: Uint8Array, lexicon: Lexicon): FileAnalysis {
  const decoded = decodeArticle(bytes);
  // A file in a legacy encoding is kept with its reason, so the user sees a diagnostic on it instead of silence.
  if (!decoded.ok && decoded.reason === 'legacy') return { article: unreadableArticle(uri, '', 0, legacyEncodingMessage(decoded.encoding, false)) };
  if (!decoded.ok) return { skipped: decoded.reason };
  return { article: analyseArticle(uri, decoded.text, 0, lexicon) };
}
