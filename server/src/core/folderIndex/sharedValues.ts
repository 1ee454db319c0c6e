import type { Article } from '../model';

/** Distinct strings, and distinct values, the tables hold at most (about 4 MiB each): a generated folder of 3,000 articles has fewer than 33,000 strings. */
const TABLE_BOUND = 1 << 17;

/**
 * One copy of each string and each small value the folder's articles repeat.
 * A folder writes the same few thousand strings hundreds of thousands of times:
 * the kinds, the canonical titles and organisations, the titles and names as
 * written, how each date was resolved. It repeats small values as often: a
 * date's day, an organisation's data, a title's modifiers. An article analysed
 * in a worker thread or read from the cache arrives with a fresh copy of every
 * one of them, and one analysed here holds slices that keep larger strings
 * alive; made the tables' copies, its mentions share them instead.
 *
 * A value is shared only when nothing in it says where it stands in its
 * article (no `start` or `end`, in it or under it), so mentions share what
 * they say, never where they are. A shared value is frozen, so no mention can
 * change what another holds.
 */
export class SharedValues {
  private readonly strings = new Map<string, string>();
  /** The shared values by their content: their fields' names with the strings, numbers and shared values in them. */
  private readonly values = new Map<string, object>();
  /** A number for each shared value, which stands for it in the content of the values holding it. */
  private readonly ids = new Map<object, number>();
  private nextId = 0;

  /** The table's copy of a string, which becomes the copy when the table has none. */
  share(value: string): string {
    const kept = this.strings.get(value);
    if (kept !== undefined) return kept;
    // Every edit in the editor brings new values (a name being typed), which the table would keep for the whole
    // session: past a bound it starts afresh. The articles keep their strings; only later equal values get a new copy.
    if (this.strings.size >= TABLE_BOUND) this.strings.clear();
    this.strings.set(value, value);
    return value;
  }

  /**
   * Replaces, in place, every string and every value without a position in
   * an article's mentions and publication by the tables' copy. The article
   * must be the caller's own (just analysed, received or read), as the index
   * keeps it; its text is left alone.
   */
  shareArticle(article: Article): void {
    for (const value of [...article.mentions, article.publication]) {
      // A frozen mention is a constant of the code, and stays as it is.
      if (value && !Object.isFrozen(value)) this.shareFields(value);
    }
  }

  /**
   * Shares the fields of an object or array in place, and gives its content as
   * a string when the object itself may be shared: when it has no position and
   * every field is a string, a number, a boolean or a shared value.
   */
  private shareFields(value: object): string | undefined {
    const fields = value as Record<string, unknown>;
    // The parts are joined once at the end: a string grown by concatenation is a tree of pieces, which a map's key
    // would keep whole.
    let content: string[] | undefined = [Array.isArray(value) ? '[' : '{'];
    for (const name of Object.keys(fields)) {
      const field = fields[name];
      let part: string | undefined;
      if (typeof field === 'string') {
        fields[name] = this.share(field);
        // The length first, so that no string can end early and pass the rest of itself off as further fields.
        part = `"${field.length}:${field}`;
      } else if (typeof field === 'number' || typeof field === 'boolean' || field === undefined || field === null) {
        part = String(field);
      } else if (typeof field === 'object') {
        const shared = this.shared(field);
        if (shared !== field) fields[name] = shared;
        const id = this.ids.get(shared);
        part = id === undefined ? undefined : `#${id}`;
      }
      if (part === undefined || name === 'start' || name === 'end') content = undefined;
      else content?.push(name, '=', part, ';');
    }
    return content?.join('');
  }

  /** The shared copy of an object or array (which becomes the copy when there is none), or the object itself when it cannot be shared. */
  private shared(value: object): object {
    // A frozen value is a shared one or a constant of the code, and stays as it is.
    if (Object.isFrozen(value)) return value;
    const content = this.shareFields(value);
    if (content === undefined) return value;
    const kept = this.values.get(content);
    if (kept !== undefined) return kept;
    if (this.values.size >= TABLE_BOUND) {
      // The values already shared stay frozen and keep their numbers; only later equal values get a new copy.
      this.values.clear();
      this.ids.clear();
    }
    Object.freeze(value);
    this.values.set(content, value);
    this.ids.set(value, this.nextId++);
    return value;
  }
}
