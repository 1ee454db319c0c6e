/**
 * The first index in [0, length) at which `before` is false, or `length`:
 * a binary search over anything sorted so that `before` holds for a prefix
 * of it. The core searches sorted mentions, spans, days and files this way,
 * so that a question about one offset never reads a whole list.
 */
export function lowerBound(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
