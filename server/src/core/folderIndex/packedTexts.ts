import type { Article } from '../model';
import type { TextPacker } from '../host';

/** How many texts stay unpacked after use: the file being linted or hovered, and the few the last requests read. */
const RECENT = 8;

/** The packed bytes of an article's text, and who unpacks them. */
interface Packed {
  readonly bytes: Uint8Array;
  readonly texts: PackedTexts;
}

/** Where a held article keeps its packed text: a symbol, not enumerable, so a copy made by spreading the article does not take it. */
const PACKED = Symbol('packed text');

type Held = Article & { readonly [PACKED]: Packed };

/**
 * The one getter of every held article's `text`: one function for all of
 * them, so their objects share one shape in V8 whatever their number.
 */
function heldText(this: Held): string {
  const packed = this[PACKED];
  return packed.texts.unpack(packed);
}

/**
 * The folder's article texts, held packed. On a large archive the texts are
 * the largest thing the index keeps (a third of the live heap on 10,000
 * articles) and are read only while one file is linted, fixed or asked
 * about. A held article is the article with its `text` read from packed
 * bytes through the host's packer; the last few texts read stay unpacked,
 * so the many reads of one file's text while it is linted unpack it once.
 *
 * Copies of a held article made by spreading it (the knowledge file's and
 * the namesakes' keys) have a plain text again: holding one of those reuses
 * the packed bytes of the text it was copied from, which is still among the
 * recent ones, instead of packing it again.
 */
export class PackedTexts {
  /** Most recent first. */
  private readonly recent: { packed: Packed; text: string }[] = [];

  constructor(private readonly packer: TextPacker) {}

  /**
   * The article with its text packed, into `bytes` when the text was packed where it was analysed (by this
   * packer, which gives it back exactly); an article already held is returned as it is.
   */
  hold(article: Article, bytes?: Uint8Array): Article {
    if (PACKED in article) return article;
    const { text, ...fields } = article;
    const packed = (bytes && { bytes, texts: this }) ?? this.recent.find((r) => r.text === text)?.packed ?? { bytes: this.packer.pack(text), texts: this };
    this.remember(packed, text);
    Object.defineProperty(fields, 'text', { get: heldText, enumerable: true });
    Object.defineProperty(fields, PACKED, { value: packed });
    return fields as Held;
  }

  /** A held text, unpacked once while it stays among the recent ones. */
  unpack(packed: Packed): string {
    const kept = this.recent.find((r) => r.packed === packed);
    const text = kept?.text ?? this.packer.unpack(packed.bytes);
    this.remember(packed, text);
    return text;
  }

  private remember(packed: Packed, text: string): void {
    const at = this.recent.findIndex((r) => r.packed === packed);
    if (at === 0) return;
    if (at > 0) this.recent.splice(at, 1);
    else if (this.recent.length === RECENT) this.recent.pop();
    this.recent.unshift({ packed, text });
  }
}
