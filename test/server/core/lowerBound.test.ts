import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lowerBound } from '../../../server/src/core/lowerBound';

describe('core/lowerBound', () => {
  it('finds the first element not before the value in any sorted list, as a scan from the start would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, value) => {
        const sorted = [...values].sort((a, b) => a - b);
        const scanned = sorted.findIndex((v) => v >= value);
        assert.equal(lowerBound(sorted.length, (i) => sorted[i] < value), scanned < 0 ? sorted.length : scanned);
      }),
      { seed: 1, numRuns: 500 },
    );
  });

  it('answers 0 for an empty list and never asks about an index outside it', () => {
    const asked: number[] = [];
    assert.equal(lowerBound(0, () => true), 0);
    assert.equal(lowerBound(5, (i) => (asked.push(i), true)), 5);
    assert.ok(asked.every((i) => i >= 0 && i < 5));
  });
});
