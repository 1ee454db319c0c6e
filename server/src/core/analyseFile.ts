import type { FileAnalysis, SkippedFile } from './host';
import type { Lexicon } from './lexicon';
import { analyseArticle, unreadableArticle } from './article';
import { decodeArticle, detectLegacyText, type Decoded, type InvalidUtf8 } from './text/decode';
import type { FileReason } from './fileReason';
import { analysedText } from './text/articleText';
import { judgeProse, notProseReason } from './text/prose';
import { quietRules } from './rules/engine';

/**
 * Decodes and analyses a file's bytes. This is the whole of what indexing
 * does with one file before it enters the index (the rules that read the text
 * alone included), so a worker thread or a
 * cache can do it in place of the service; it depends only on the bytes, the
 * lexicon and whether the file is analysed whatever its text (`anyText`). A
 * file that cannot be decoded stays an article with its reason, so the user
 * sees one finding on it instead of silence.
 */
export function analyseBytes(uri: string, bytes: Uint8Array, lexicon: Lexicon, anyText = false): FileAnalysis {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) {
    const reason = undecodable(decoded);
    return { article: unreadableArticle(uri, '', 0, reason, decoded.reason !== 'legacy'), skipped: reason };
  }
  return analyseText(uri, decoded.text, 0, lexicon, anyText, decoded.invalid);
}

/**
 * Analyses a text unless it is not Vietnamese prose (a licence, an English
 * note, code): then the analysis is an empty article with the reason in
 * `notProse`, and the file is left out of the index. An empty file is an
 * article about to be written, and text in a legacy encoding is analysed
 * anyway, to report that; `anyText` analyses any text (a setting or the
 * command line named the file).
 */
export function analyseText(uri: string, text: string, version: number, lexicon: Lexicon, anyText: boolean, invalid?: InvalidUtf8): FileAnalysis {
  if (!anyText) {
    const verdict = judgeProse(analysedText({ uri, text }).text);
    if (!verdict.prose && verdict.words > 0 && !detectLegacyText(text)) return { article: analyseArticle(uri, '', version, lexicon), notProse: notProseReason(verdict) };
  }
  const article = analyseArticle(uri, text, version, lexicon);
  if (article.unreadable) return { article };
  // The rules that read the text alone are checked here too: on every core when this runs in a worker, and once
  // for all runs when the analysis is cached. Linting then skips those that find nothing, as most find nothing.
  return { article: { ...article, quietRules: quietRules(article, lexicon), ...(invalid ? { invalidUtf8: invalid } : {}) } };
}

/** Why a file that is not text the core can decode was not analysed. */
function undecodable(decoded: Extract<Decoded, { ok: false }>): FileReason {
  if (decoded.reason === 'legacy') return { kind: 'legacy', encoding: decoded.encoding, asUtf8: false };
  return decoded.reason === 'binary' ? { kind: 'binary' } : { kind: 'utf16WithoutBom', encoding: decoded.encoding };
}

/** A file the host would not read (not a regular file, over the size limit, unreadable), kept with its reason. */
export function skippedFileAnalysis(uri: string, file: SkippedFile): FileAnalysis {
  return { article: unreadableArticle(uri, '', 0, file.skipped, true), skipped: file.skipped };
}
