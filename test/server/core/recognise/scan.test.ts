import * as assert from 'node:assert/strict';
import { triggeredMatches } from '../../../../server/src/core/recognise/scan';

/**
 * The trigger-and-verify scan must find exactly what a global regex finds:
 * the leftmost match, then the next one after it, never overlapping.
 */

function viaTrigger(text: string, trigger: RegExp, pattern: RegExp, startOf?: (hit: RegExpExecArray) => number | undefined): string[] {
  return [...triggeredMatches(text, trigger, pattern, startOf)].map((m) => `${m.index}:${m[0]}`);
}

function viaGlobal(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags.replace('y', '') + 'g'))].map((m) => `${m.index}:${m[0]}`);
}

describe('core/recognise/scan', () => {
  const text = 'Sáng 12/1, 56/67 cấp ủy; ngày 3/4 và ngày 5/6/2020, x7/8, Sáng Sáng 9/10.';
  const pattern = /(?<![\p{L}\d])(?:Sáng )?(?:ngày )?\d{1,2}\/\d{1,2}(?:\/\d{4})?/uy;

  it('finds the same matches as a global regex when every match begins at a trigger', () => {
    const expected = ['0:Sáng 12/1', '11:56/67', '25:ngày 3/4', '37:ngày 5/6/2020', '63:Sáng 9/10'];
    assert.deepEqual(viaGlobal(text, pattern), expected);
    assert.deepEqual(viaTrigger(text, /(?<!\d)\d|Sáng |ngày /g, pattern), expected);
  });

  it('lets a trigger place the start before it, and never yields overlapping matches', () => {
    const numbered = /(?<!\p{L})(?:Chỉ thị|Quy định) số \d+/uy;
    const doc = 'Chỉ thị số 35 và Quy định số 138, Quy định số 7.';
    const startOf = (hit: RegExpExecArray) => {
      const type = /(?:Chỉ thị|Quy định)$/u.exec(doc.slice(Math.max(0, hit.index - 8), hit.index));
      return type ? hit.index - type[0].length : undefined;
    };
    assert.deepEqual(viaTrigger(doc, / số \d/g, numbered, startOf), viaGlobal(doc, numbered));
  });

  it('refuses a trigger or pattern that cannot be used', () => {
    assert.throws(() => [...triggeredMatches(text, /\d/, pattern)]);
    assert.throws(() => [...triggeredMatches(text, /\d/g, /\d/gu)]);
  });
});
