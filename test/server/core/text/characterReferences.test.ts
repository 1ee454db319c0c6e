import * as assert from 'node:assert/strict';
import { decodeReferences } from '../../../../server/src/core/text/characterReferences';
import { createSource } from '../../../../server/src/core/text/source';

describe('core/text/characterReferences', () => {
  it('reads named, decimal and hexadecimal references as their characters, and leaves other ampersands alone', () => {
    assert.equal(decodeReferences('Ph&oacute; B&iacute; th&#432; T&#x1EC9;nh ủy'), 'Phó Bí thư Tỉnh ủy');
    assert.equal(decodeReferences('A &amp; B &foo; C & D'), 'A & B &foo; C & D');
  });

  it('gives the matching text one word where a reference sits inside it, mapped back to the text as written', () => {
    const original = 'Tỉnh Quảng Ng&atilde;i, &nbsp;ngày 5';
    const source = createSource(original);
    assert.equal(source.norm, 'Tỉnh Quảng Ngãi,  ngày 5');
    const end = source.norm.indexOf(',');
    assert.equal(original.slice(source.toOriginal(source.norm.indexOf('Ngãi')), source.toOriginal(end)), 'Ng&atilde;i');
    assert.equal(original.slice(source.toOriginal(source.norm.indexOf('ngày'))), 'ngày 5');
  });
});
