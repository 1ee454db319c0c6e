/**
 * Leftmost, non-overlapping matches of a recogniser's pattern, found in one
 * fast pass. A Unicode pattern with lookbehinds and many alternatives is slow
 * to try at every offset of a long article, so a cheap trigger (a global
 * regex of literal words, without the `u` flag) proposes offsets and the full
 * pattern, sticky, is tried only there. By default a match begins where its
 * trigger does; `startOf` may instead place the start a few characters
 * before the trigger (a document type before " số 35"), or reject the hit.
 * Every match of `pattern` must be proposed by some trigger hit.
 */
export function* triggeredMatches(
  text: string,
  trigger: RegExp,
  pattern: RegExp,
  startOf: (hit: RegExpExecArray) => number | undefined = (hit) => hit.index,
): Generator<RegExpExecArray> {
  if (!trigger.global || !pattern.sticky) throw new Error('triggeredMatches needs a global trigger and a sticky pattern');
  let end = 0;
  trigger.lastIndex = 0;
  for (let hit = trigger.exec(text); hit; hit = trigger.exec(text)) {
    const at = hit.index;
    const start = startOf(hit);
    pattern.lastIndex = start ?? 0;
    const match = start !== undefined && start >= end ? pattern.exec(text) : null;
    if (match && match[0].length > 0) {
      end = match.index + match[0].length;
      trigger.lastIndex = Math.max(at + 1, end);
      yield match;
    } else {
      // The trigger may have consumed offsets where a match could still begin.
      trigger.lastIndex = at + 1;
    }
  }
}
