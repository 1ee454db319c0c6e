import * as assert from 'node:assert/strict';
import expected from './seeds-numeric.json';
import type { Mention } from '../../../../server/src/core/model';
import { recogniseDates } from '../../../../server/src/core/recognise/dates';
import { recogniseDocumentCitations } from '../../../../server/src/core/recognise/documentCitations';
import { recogniseCongresses } from '../../../../server/src/core/recognise/congresses';
import { recogniseAwards } from '../../../../server/src/core/recognise/awards';
import { nameOf, seedFiles } from '../../../support/fixture';
import { contextFor } from './recognise';

/**
 * The dates, documents, congresses and awards of the five seeds, exactly as
 * seeds-numeric.json lists them (written by reading the articles, not from
 * the recognisers' output): a missed, extra or wrongly keyed entity fails.
 */

const FILES: Record<string, readonly { kind: string; text: string; key: string }[]> = expected.files;

function numericMentions(text: string): Mention[] {
  const ctx = contextFor(text);
  const dates = recogniseDates(ctx);
  return [...dates, ...recogniseDocumentCitations(ctx, dates), ...recogniseCongresses(ctx), ...recogniseAwards(ctx)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

describe('core/recognise on the seeds (dates, documents, congresses, awards)', () => {
  const seeds = seedFiles();
  it('lists every seed', () => {
    assert.deepEqual([...seeds.keys()].map(nameOf).sort(), Object.keys(FILES).sort());
  });
  for (const [uri, text] of seeds) {
    it(`finds exactly the entities of ${nameOf(uri)}`, () => {
      const actual = numericMentions(text).map((m) => ({ kind: m.kind, text: m.text, key: m.key }));
      assert.deepEqual(actual, FILES[nameOf(uri)]);
    });
  }
});
