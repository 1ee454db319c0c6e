import type { Article, CalendarDate } from '../model';

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
  /** The shared values by their content: their fields' names with the strings, numbers and shared values in them (a day by its number). */
  private readonly values = new Map<string | number, object>();
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
    // A value with a position is never shared (mentions, titles, spans): only what it holds is, and its own content is
    // not worked out. Otherwise the parts are joined once at the end: a string grown by concatenation is a tree of
    // pieces, which a map's key would keep whole.
    let content: string[] | undefined = 'start' in fields ? undefined : [Array.isArray(value) ? '[' : '{'];
    for (const name of Object.keys(fields)) {
      const field = fields[name];
      if (typeof field === 'string') {
        // Always written: strings compare by their characters, so the copy cannot be told from the field by comparing them.
        fields[name] = this.share(field);
        // The length first, so that no string can end early and pass the rest of itself off as further fields.
        content?.push(name, '="', String(field.length), ':', field, ';');
      } else if (typeof field === 'object' && field !== null) {
        const shared = this.shared(field);
        if (shared !== field) fields[name] = shared;
        const id = content && this.ids.get(shared);
        if (id === undefined) content = undefined;
        else content?.push(name, '=#', String(id), ';');
      } else {
        // A number, a boolean, undefined or null.
        content?.push(name, '=', String(field), ';');
      }
    }
    return content?.join('');
  }

  /** The shared copy of an object or array (which becomes the copy when there is none), or the object itself when it cannot be shared. */
  private shared(value: object): object {
    // A frozen value is a shared one or a constant of the code, and stays as it is.
    if (Object.isFrozen(value)) return value;
    // Days are the values repeated most (each date's first and last day, a citation's, a dateline's): they are known by
    // a number, which is quicker to look up than their content written out.
    const content = isDay(value) ? (value.year * 16 + value.month) * 32 + value.day : this.shareFields(value);
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

/**
 * A calendar day whose number (see `shared`) is its own: a whole year, a month from 1 to 12 and a day from 1 to 31,
 * and nothing else. An impossible date as written ("31/13/2020") is shared by its content instead.
 */
function isDay(value: object): value is CalendarDate {
  const { year, month, day } = value as Partial<CalendarDate>;
  return Number.isInteger(year) && month !== undefined && month >= 1 && month <= 12 && Number.isInteger(month) && day !== undefined && day >= 1 && day <= 31 && Number.isInteger(day) && Object.keys(value).length === 3;
}
