import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { folderWith, removeFolders } from '../../support/cliRun';

/**
 * The kill test of issue 10: `check --fix` over 1,000 files, killed with
 * SIGKILL at 25 moments drawn from a seeded generator over the length of a
 * whole run. After each kill every file must be whole: the original text
 * or the fixed one, never empty, truncated or mixed.
 * It runs in `npm run test:kill` (part of `npm test`), not in the unit
 * suite: 25 runs over 1,000 files take one to two minutes on a shared
 * two-core machine.
 */

const CLI = path.resolve(__dirname, '../../../../dist/cli.js');
const FILES = 1000;
const KILLS = 25;

const original = (i: number) => `Bài số ${i}.\nCông tác tác đào tạo năm ${1990 + (i % 30)}.\n`;
const fixed = (i: number) => `Bài số ${i}.\nCông tác đào tạo năm ${1990 + (i % 30)}.\n`;
const name = (i: number) => `f${String(i).padStart(4, '0')}.txt`;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function runKilledAfter(dir: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'check', '.', '--fix'], { cwd: dir, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('cli/fix killed at random moments', function () {
  this.timeout(240_000);
  after(removeFolders);

  it(`leaves each of ${FILES} files original or fixed after ${KILLS} kills`, async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < FILES; i++) files[name(i)] = original(i);
    const dir = folderWith(files);
    // One whole run gives the span the kill moments are drawn from.
    const started = Date.now();
    spawnSync(process.execPath, [CLI, 'check', '.', '--fix'], { cwd: dir, stdio: 'ignore' });
    const span = Date.now() - started;
    for (let i = 0; i < FILES; i++) assert.equal(fs.readFileSync(path.join(dir, name(i)), 'utf8'), fixed(i));

    const next = random(10);
    let sawMixed = false;
    for (let kill = 0; kill < KILLS; kill++) {
      for (let i = 0; i < FILES; i++) fs.writeFileSync(path.join(dir, name(i)), original(i));
      await runKilledAfter(dir, Math.floor(next() * span));
      let changed = 0;
      for (let i = 0; i < FILES; i++) {
        const text = fs.readFileSync(path.join(dir, name(i)), 'utf8');
        assert.ok(text === original(i) || text === fixed(i), `kill ${kill}: ${name(i)} holds ${JSON.stringify(text)}`);
        if (text === fixed(i)) changed++;
      }
      if (changed > 0 && changed < FILES) sawMixed = true;
    }
    // At least one kill must have landed in the middle of the writes, or the test proved nothing.
    assert.ok(sawMixed, 'no kill landed while files were being written');
  });
});
