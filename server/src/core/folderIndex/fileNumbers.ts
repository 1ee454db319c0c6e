import { lowerBound } from '../lowerBound';

/**
 * A number for each file of the folder, given when the file is first seen
 * and kept while the folder is open (a file deleted and made again gets its
 * number back). The folder's tables know files by these numbers: they hold
 * hundreds of thousands of (entity or variant, file) entries, and a number
 * packs into a sorted array where a URI needs an entry of a hash table (38
 * bytes each, measured in a heap snapshot of 3,000 generated articles).
 * Files are numbered as they are first indexed, so indexing a folder only
 * ever appends to those arrays.
 */
export class FileNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly uris: string[] = [];

  /** The file's number, given now if it has none. */
  numberOf(uri: string): number {
    let file = this.numbers.get(uri);
    if (file === undefined) {
      file = this.uris.length;
      this.numbers.set(uri, file);
      this.uris.push(uri);
    }
    return file;
  }

  /** The file's number, or undefined for a file never numbered: a question about it gives it none. */
  find(uri: string): number | undefined {
    return this.numbers.get(uri);
  }

  uriOf(file: number): string {
    return this.uris[file];
  }
}

/**
 * Where a file is, or would go, among `count` files sorted by number, the k-th being `fileAt(k)`. Indexing a folder
 * adds each file after every file numbered before it, and then asks again about the file it just added, so the end is
 * looked at before the binary search.
 */
export function placeOfFile(count: number, fileAt: (k: number) => number, file: number): number {
  if (count === 0) return 0;
  const last = fileAt(count - 1);
  if (last < file) return count;
  if (last === file) return count - 1;
  return lowerBound(count, (k) => fileAt(k) < file);
}
