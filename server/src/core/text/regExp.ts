/**
 * A text as a regular expression that matches it literally, for patterns built
 * from data (issuers, document types, place spellings). Only the syntax
 * characters are escaped: in a Unicode pattern (`u` flag), escaping any other
 * character outside a class, such as the dash of "Bà Rịa - Vũng Tàu", is a
 * syntax error.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
