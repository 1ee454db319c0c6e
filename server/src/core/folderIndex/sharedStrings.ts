import type { Article } from '../model';

/** Distinct strings the table holds at most (about 4 MiB): a generated folder of 3,000 articles has fewer than 33,000. */
const TABLE_BOUND = 1 << 17;

/**
 * One copy of each string the folder's articles repeat. A folder writes the
 * same few thousand values hundreds of thousands of times: the kinds, the
 * canonical titles and organisations, the titles and names as written, how
 * each date was resolved. An article analysed in a worker thread or read
 * from the cache arrives with a fresh copy of every one of them, and one
 * analysed here holds slices that keep larger strings alive; made the
 * table's copies, its mentions share them instead. Only values are shared,
 * never objects, so no mention can see another's change.
 */
export class SharedStrings {
  private readonly table = new Map<string, string>();

  /** The table's copy of a string, which becomes the copy when the table has none. */
  share(value: string): string {
    const kept = this.table.get(value);
    if (kept !== undefined) return kept;
    // Every edit in the editor brings new values (a name being typed), which the table would keep for the whole
    // session: past a bound it starts afresh. The articles keep their strings; only later equal values get a new copy.
    if (this.table.size >= TABLE_BOUND) this.table.clear();
    this.table.set(value, value);
    return value;
  }

  /**
   * Replaces, in place, every string of an article's mentions and
   * publication by the table's copy. The article must be the caller's own (just
   * analysed, received or read), as the index keeps it; its text is left alone.
   */
  shareArticle(article: Article): void {
    for (const mention of article.mentions) this.shareIn(mention);
    if (article.publication) this.shareIn(article.publication);
  }

  /** The strings of an object's fields and of the objects and arrays under it (a mention's data, a title, a date). */
  private shareIn(value: object): void {
    // A frozen value is a constant of the code, shared already.
    if (Object.isFrozen(value)) return;
    const fields = value as Record<string, unknown>;
    for (const name of Object.keys(fields)) {
      const field = fields[name];
      if (typeof field === 'string') fields[name] = this.share(field);
      else if (typeof field === 'object' && field !== null) this.shareIn(field);
    }
  }
}
