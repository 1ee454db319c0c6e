import * as assert from 'node:assert/strict';
import { escapeRegExp } from '../../../../server/src/core/text/regExp';

describe('core/text/regExp', () => {
  it('makes a pattern that matches a text literally, in a Unicode pattern too', () => {
    const text = 'Bà Rịa - Vũng Tàu (cũ) [2025] a.b*c+d?e^f$g{h}i|j\\k';
    const pattern = new RegExp(`^${escapeRegExp(text)}$`, 'u');
    assert.ok(pattern.test(text));
    assert.ok(!pattern.test(text.replace('.', 'x')));
  });
});
