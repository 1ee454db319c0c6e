import * as assert from 'node:assert/strict';
import { format, report, type Format } from '../../../server/src/cli/check';
import type { OpenedFolder } from '../../../server/src/cli/files';
import type { Finding, ReportLensService } from '../../../server/src/core/service';
import { decodeArticle } from '../../../server/src/core/text/decode';

/**
 * Linear cost at the CLI's edges (issue 10: one line index per finding made
 * an 8 MB file take 146 s). Inputs of 1, 2, 4 and 8 MB; the test checks that
 * doubling the input never much more than doubles the time, never an
 * absolute time. The smallest input runs once first to warm the JIT; each
 * size is then timed three times and the fastest run kept, so a busy
 * machine does not fail it. The ratio is taken between 8 MB and 2 MB, where
 * times are long enough to measure: 4× the input takes 4× the time when
 * linear and 16× when quadratic; the bound is 8×.
 */

const MB = 1024 * 1024;
const SIZES = [1, 2, 4, 8];

/** The fastest of three runs, in milliseconds. */
function time(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/** Fails when 4× the input (2 MB → 8 MB) takes more than 8× the time. */
function assertNearLinear(label: string, times: readonly number[]): void {
  const ratio = times[3] / Math.max(times[1], 1);
  const growth = SIZES[3] / SIZES[1];
  assert.ok(ratio < growth * 2, `${label}: ${times.map((t, i) => `${SIZES[i]} MB ${t.toFixed(0)} ms`).join(', ')} (ratio ${ratio.toFixed(1)} for ${growth}× the input)`);
}

/** A folder of one file whose service answers a finding every `every` characters, on lines of 200 characters. */
function folderOf(text: string, every: number): OpenedFolder {
  const uri = 'file:///big.txt';
  const findings: Finding[] = [];
  for (let at = 0; at + 2 < text.length; at += every) {
    findings.push({ rule: 'text-artifact', severity: 'warning', uri, start: at, end: at + 2, message: 'm', related: [], fixes: [{ title: 't', edits: [{ uri, start: at, end: at + 1, newText: '' }], safe: true }], alsoRules: [] });
  }
  const service = { article: () => ({ uri, text, version: 0, mentions: [] }), diagnostics: () => findings } as unknown as ReportLensService;
  return { service, listed: [uri], readHashes: new Map(), roots: ['/'] };
}

describe('cli output and decoding scale linearly', function () {
  this.timeout(120_000);

  for (const kind of ['text', 'json'] as Format[]) {
    it(`reports a finding every 1,000 characters of a 1–8 MB file as ${kind} in linear time`, () => {
      const line = `${'số '.repeat(66)}số\n`;
      const run = (mb: number) => {
        const folder = folderOf(line.repeat(Math.ceil((mb * MB) / line.length)), 1000);
        return time(() => format(kind, report(folder, { cwd: '/', out() {}, err() {} })));
      };
      run(SIZES[0]);
      const times = SIZES.map(run);
      assertNearLinear(kind, times);
    });
  }

  it('decodes 1–8 MB of UTF-8 with damaged bytes in linear time', () => {
    const unit = Buffer.concat([Buffer.from('Công tác tổ chức xây dựng Đảng '), Buffer.from([0xff])]);
    const run = (mb: number) => {
      const bytes = Buffer.alloc(mb * MB, unit);
      return time(() => decodeArticle(bytes));
    };
    run(SIZES[0]);
    const times = SIZES.map(run);
    assertNearLinear('decode', times);
  });
});
