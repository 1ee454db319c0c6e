/**
 * Workspace values (the knowledge file, article text) go into hover
 * markdown. Written as they are, `![x](https://…)` would make the hover load
 * a remote image, and brackets or backticks would break the layout; so
 * every such value is escaped, and links are made only from web addresses.
 */

/**
 * Characters that start emphasis, code, links, images, tables or HTML
 * inside a line. Values never start a line here (each follows a label), so
 * the line-start markers (`#`, `-`, `+`, `1.`) need no escape.
 */
const SPECIAL = /[\\`*_[\]<>!|~&]/g;

/** The text, shown literally by any CommonMark renderer. */
export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`).replace(/\r?\n|\r/g, ' ');
}

/**
 * A link to a source, named by its host (or file) so a list of them stays
 * readable. Only http(s) addresses and relative file paths become links (a
 * link is followed when the user clicks it, never loaded); any other scheme
 * (command:, file:, javascript:) is shown as escaped text.
 */
export function sourceLink(url: string | undefined): string {
  if (!url) return 'no source';
  const web = /^https?:\/\/(?:www\.)?([^/\s?#]+)/i.exec(url);
  const relative = !web && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');
  if (!web && !relative) return escapeMarkdown(url);
  const target = url.replace(/[\s()<>[\]`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  const name = web ? web[1] : url;
  // A plain host or file name is shown as it is; anything else is escaped.
  return `[${/^[\w.-]+$/.test(name) ? name : escapeMarkdown(name)}](${target})`;
}

/**
 * The text as an inline code span, shown literally: the fence is one
 * backtick longer than the longest run of backticks inside, so a file name
 * holding backticks cannot close the span early and have the rest read as
 * markdown (CommonMark's rule; a space pads text that starts or ends with a
 * backtick, and is dropped again when shown).
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n|\r/g, ' ');
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
