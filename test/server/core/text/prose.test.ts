import * as assert from 'node:assert/strict';
import { judgeProse } from '../../../../server/src/core/text/prose';

describe('core/text/prose', () => {
  it('takes a Vietnamese paragraph, composed or decomposed', () => {
    const text = 'Sáng 12/1, Ban Tổ chức Trung ương tổ chức hội nghị triển khai nhiệm vụ năm 2024.';
    assert.equal(judgeProse(text).prose, true);
    assert.equal(judgeProse(text.normalize('NFD')).prose, true);
  });

  it('takes a short heading with two marked syllables, not one accented English word', () => {
    assert.equal(judgeProse('Ban Tổ chức').prose, true);
    assert.equal(judgeProse('Notes from the café').prose, false);
  });

  it('leaves a licence, an English note, a requirement list and code alone', () => {
    const licence = 'Permission is hereby granted, free of charge, to any person obtaining a copy of this software.';
    const requirements = 'requests==2.31.0\nnumpy>=1.26\npandas\n';
    const code = 'export function main(): void {\n  const total = items.reduce((a, b) => a + b, 0);\n}\n';
    for (const text of [licence, requirements, code, '']) assert.equal(judgeProse(text).prose, false, text);
  });

  it('leaves alone English text with a few Vietnamese names in it', () => {
    const text =
      'The meeting in Hà Nội was chaired by the minister. The delegates discussed the budget, the schedule and the next steps for the project over two days.';
    const verdict = judgeProse(text);
    assert.equal(verdict.prose, false);
    assert.equal(verdict.marked, 2);
  });
});
