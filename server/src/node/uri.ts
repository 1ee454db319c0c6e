import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * URI ↔ path helpers. Editors spell the same file URI differently (VS Code
 * percent-encodes `:` and some punctuation that Node leaves alone), so every
 * URI entering the server is brought to one canonical form before it is used
 * as a key; otherwise an open document and the file listed on disk would be
 * two articles.
 */

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

/** The file system path of a `file:` URI, or undefined for other schemes (untitled documents…). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The canonical spelling of a URI: `file:` URIs as Node writes them for their path, others unchanged. */
export function canonicalUri(uri: string): string {
  const file = uriToPath(uri);
  return file === undefined ? uri : pathToUri(file);
}

/** The file system paths of `file:` URIs (workspace folders, storage), leaving out other schemes. */
export function filePaths(uris: readonly string[]): string[] {
  return uris.flatMap((uri) => uriToPath(uri) ?? []);
}
