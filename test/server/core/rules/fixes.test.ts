import * as assert from 'node:assert/strict';
import { memoryFiles, seedFiles, parseFixture } from '../../../support/fixture';
import { createReportLensService, type Finding } from '../../../../server/src/core/service';
import { applyEdits } from '../../../../server/src/core/rules/engine';
import type { TextEdit } from '../../../../server/src/core/rules/rule';
import type { RuleFixture } from './lint';
import { FIXTURES as titleVariant } from './titleVariant.test';
import { FIXTURES as titleConflict } from './titleConflict.test';
import { FIXTURES as nameVariant } from './nameVariant.test';
import { FIXTURES as dateWeekday } from './dateWeekday.test';
import { FIXTURES as dateInvalid } from './dateInvalid.test';
import { FIXTURES as dateContext } from './dateContext.test';
import { FIXTURES as documentCode } from './documentCode.test';
import { FIXTURES as documentConflict } from './documentConflict.test';
import { FIXTURES as termNumeral } from './termNumeral.test';
import { FIXTURES as termYears } from './termYears.test';
import { FIXTURES as editionYear } from './editionYear.test';
import { FIXTURES as spellingVariant } from './spellingVariant.test';
import { FIXTURES as textArtifact } from './textArtifact.test';

/**
 * The property every fix must have, over every rule fixture and the seeds:
 * applying all safe fixes of a folder changes nothing outside the fixed
 * ranges, and fix-all reaches a fixed point: on the fixed text no finding
 * has a safe fix left, so a second run changes nothing.
 */
const ALL: readonly RuleFixture[] = [
  titleVariant, titleConflict, nameVariant, dateWeekday, dateInvalid, dateContext, documentCode,
  documentConflict, termNumeral, termYears, editionYear, spellingVariant, textArtifact,
].flat();

async function check(files: ReadonlyMap<string, string>, config: RuleFixture['config'] = {}): Promise<void> {
  const service = createReportLensService({ files: memoryFiles(files) });
  service.configureRules(config);
  await service.indexWorkspace();
  const edits = service.fixAll();
  for (const [uri, text] of files) {
    const own = edits.filter((e) => e.uri === uri);
    const fixed = applyEdits(text, own);
    assertOnlyEditedRangesChanged(text, fixed, own);
    service.setText(uri, fixed, 1);
  }
  const left: Finding[] = [...files.keys()].flatMap((uri) => service.diagnostics(uri).filter((f) => f.fixes.some((x) => x.safe)));
  assert.deepEqual(left.map((f) => `${f.rule} ${f.message}`), [], 'safe fixes left after fixing');
  assert.deepEqual(service.fixAll(), [], 'a second fix-all changes nothing');
}

/** Rebuilds the fixed text from the original between the edits, so any change elsewhere shows. */
function assertOnlyEditedRangesChanged(original: string, fixed: string, edits: readonly TextEdit[]): void {
  let expected = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    assert.ok(e.start >= at, 'edits overlap');
    expected += original.slice(at, e.start) + e.newText;
    at = e.end;
  }
  assert.equal(fixed, expected + original.slice(at));
}

describe('core/rules fixes', () => {
  for (const f of ALL) {
    it(`fixing leaves nothing to fix and nothing else changed: ${f.name}`, () => check(parseFixture(f.fixture).files, f.config));
  }
  it('fixing the seeds leaves nothing to fix and nothing else changed', () => check(seedFiles()));
});
